"""Data only: what news counts and measures, and the words that say which.

``PREDICATES`` maps a canonical property to the words that state it near a count of people
("killing more than 100 people", "170 others were injured", "the death toll rose to 84").
``NOUN_CLASSES`` maps counted nouns to a class; a class that is itself what is counted
(explosions, vehicles) names its property in ``NOUN_PROPERTIES``. Keys are lower case; the
matcher also tries rapidfuzz for spellings the table does not list.
"""

from __future__ import annotations

PREDICATES: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed", "killing", "kills", "kill", "dead", "died", "die", "dying", "deaths",
        "death toll", "toll", "fatalities", "fatality", "lives lost", "lost their lives",
        "perished", "slain", "bodies", "fatally", "lost their lives", "killed",
    ),
    "injured": (
        "injured", "injuring", "injuries", "injures", "wounded", "wounding", "hurt",
        "hospitalized", "hospitalised", "treated for injuries",
    ),
    "missing": ("missing", "unaccounted for", "unaccounted"),
    "arrested": ("arrested", "arrests", "detained", "detentions", "in custody", "taken into custody"),
    "evacuated": ("evacuated", "evacuation", "evacuations", "ordered to leave"),
    "displaced": ("displaced", "homeless", "fled their homes", "lost their homes"),
    "rescued": ("rescued", "pulled from", "recovered", "saved", "plucked from", "rescue"),
}
"""Property -> words that state it about a count of people."""

NOUN_CLASSES: dict[str, tuple[str, ...]] = {
    "person": (
        "people", "person", "persons", "others", "other", "civilians", "civilian", "victims",
        "victim", "children", "child", "men", "man", "women", "woman", "soldiers", "soldier",
        "officers", "officer", "policemen", "policeman", "police officers", "police",
        "workers", "worker", "passengers", "passenger", "residents", "resident", "students",
        "student", "pilgrims", "mourners", "members", "member", "protesters", "protester",
        "migrants", "firefighters", "firefighter", "miners", "miner", "crew", "crew members",
        "tourists", "climbers", "skiers", "hikers", "staff", "employees", "patients",
        "individuals", "adults", "minors", "boys", "girls", "demonstrators", "fans",
        "spectators", "survivors", "guards", "troops", "fighters", "militants", "journalists",
        "villagers", "inhabitants", "citizens", "nationals", "bystanders", "pedestrians",
        "motorists", "drivers", "sailors", "fishermen", "rescuers", "volunteers", "suspects",
        "inmates", "prisoners", "detainees", "refugees", "evacuees", "casualties",
    ),
    "explosion": (
        "explosions", "explosion", "blasts", "blast", "detonations", "detonation", "bombs",
        "bomb", "bombings", "bombing", "explosive devices", "devices", "suicide bombers",
    ),
    "vehicle": (
        "vehicles", "vehicle", "cars", "car", "rail cars", "railcars", "tank cars", "wagons",
        "wagon", "trucks", "truck", "buses", "bus", "carriages", "coaches",
    ),
    "building": (
        "homes", "home", "houses", "house", "buildings", "building", "structures",
        "structure", "dwellings", "residences", "apartments", "shops",
    ),
}
"""Counted noun class -> nouns (singular and plural) of that class."""

NOUN_PROPERTIES: dict[str, str] = {
    "explosion": "explosions",
    "vehicle": "vehicles",
    "building": "buildings",
}
"""Noun classes whose count is itself the property (``Two explosions`` counts explosions)."""

BUILDING_PREDICATES: dict[str, tuple[str, ...]] = {
    "destroyed": ("destroyed", "razed", "flattened", "burned", "burnt", "levelled", "leveled"),
    "damaged": ("damaged",),
}
"""For buildings: what happened to them, which splits their counts into properties."""

SUBSET_CUES: tuple[str, ...] = (
    "among the", "among them", "of the dead", "of the injured", "of the victims",
    "of whom", "of which", "of them", "of those", "including", "included",
)
"""Words that make a count a part of a total ("three policemen were among the dead")."""

ENTITY_ORDINALS: dict[str, str] = {
    "first": "first", "second": "second", "third": "third", "fourth": "fourth",
    "initial": "first", "latter": "second", "former": "first", "last": "last",
    "final": "last",
}
"""Words before a noun that tell one thing of a kind from another ("the second explosion")."""

MEASURE_CUES: dict[str, tuple[str, ...]] = {
    "distance": ("from", "away", "distance", "off", "offshore", "inland", "north of",
                 "south of", "east of", "west of", "outside", "near", "within"),
    "length": ("long", "length", "span", "stretch", "stretching", "lengths", "-long"),
    "height": ("tall", "high", "height", "storey", "story", "elevation", "altitude"),
    "depth": ("deep", "depth", "below the surface", "underground"),
    "width": ("wide", "width", "across", "broad"),
}
"""Words that say what a length measures; the default for a length is ``length``."""

DIMENSION_PROPERTIES: dict[str, str] = {
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[mass]": "mass",
    "[length] / [time]": "speed",
    "[temperature]": "temperature",
    "percent": "percentage",
    "[time]": "duration",
}
"""Default property of a measured quantity by its dimension (lengths use ``MEASURE_CUES``)."""
