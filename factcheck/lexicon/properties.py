"""Data only: what news counts and measures, and the words that say which.

``PREDICATES`` maps a canonical property to the words that state it near a count of people
("killing at least 30 people", "60 others were injured", "the death toll rose to 41").
``NOUN_CLASSES`` maps counted nouns to a class; a class that is itself what is counted
(explosions, vehicles, storeys) names its property in ``NOUN_PROPERTIES``. Then come the cues
for parts of a total, ordinals, lengths, money and shares; the words that make a date a
statement's or a later step's (``REPORTING_WORDS``, ``FOLLOW_UP_WORDS``); and the things a size
belongs to (``THING_CLASSES``). Keys are lower case; :mod:`factcheck.properties` also matches
spellings the tables do not list with rapidfuzz.
"""

from __future__ import annotations

PREDICATES: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed",
        "killing",
        "kills",
        "kill",
        "dead",
        "died",
        "die",
        "dying",
        "deaths",
        "death toll",
        "toll",
        "fatalities",
        "fatality",
        "lives lost",
        "lost their lives",
        "perished",
        "slain",
        "fatally",
        "buried alive",
        "feared buried",
        "feared dead",
    ),
    "injured": (
        "injured",
        "injuring",
        "injuries",
        "injures",
        "wounded",
        "wounding",
        "hurt",
        "treated for injuries",
    ),
    # In hospital is a part of the injured, and a count that falls as patients go home.
    "hospitalised": (
        *("hospitalized", "hospitalised", "in hospital", "hospitalizations"),
        "hospitalisations",
    ),
    "missing": ("missing", "unaccounted for", "unaccounted", "searching for", "search for"),
    "trapped": ("trapped", "stuck"),
    "infected": ("infected", "sickened", "fell ill", "falling ill"),
    "stranded": ("stranded",),
    "arrested": (
        "arrested",
        "arrests",
        "detained",
        "detentions",
        "in custody",
        "taken into custody",
    ),
    "evacuated": (
        "evacuated",
        "evacuation",
        "evacuations",
        "ordered to leave",
        "told to leave",
        "airlifted",
        "flown out",
        "moved to safety",
        "taken to safety",
    ),
    "displaced": (
        "displaced",
        "homeless",
        "fled their homes",
        "fled",
        "lost their homes",
        "sheltered",
        "in shelters",
        "to shelters",
        "into shelters",
        "in emergency shelters",
        "to emergency shelters",
        "in temporary shelters",
        "in evacuation centres",
        "in evacuation centers",
        "in relief camps",
    ),
    "rescued": (
        "rescued",
        "pulled alive",
        "pulled out alive",
        "pulled from",
        "plucked from",
        "survivors",
        "survived",
        "rescued alive",
        "recovered",
    ),
    "treated": ("treated", "treated for", "treated at", "treated in"),
    # ``treated`` is loose: people treated at a scene, in hospitals, for shock or for smoke
    # are counted by place and time; such counts may agree, never clash with the injured.
    "present": ("on board", "aboard", "carrying", "inside", "on shift", "on duty", "at work"),
    # ``present`` is loose (see LOOSE_PROPERTIES): "250 people inside" and "four trapped
    # inside" count different people at one place; "on shift", "on duty" and "at work" say
    # the same of a workplace.
    "participants": (
        "marched",
        "took part",
        "joined",
        "attended",
        "gathered",
        "protested",
        "rallied",
        "demonstrated",
    ),
    "without_power": (
        "lost power",
        "without power",
        "without electricity",
        "power outages",
        "lost electricity",
        "knocked out power to",
        "cut power to",
        "cut off power to",
        "outages for",
        "in the dark",
    ),
    "destroyed": ("destroyed", "razed", "flattened", "levelled", "leveled", "burned down"),
    "damaged": ("damaged",),
}
"""Property -> words that state it about a count of people. Shelters are where people go,
never people: only "in shelters" and the like after a count of people say they are displaced.
"Buried" alone may be a funeral ("the victims were buried on Friday"); only "buried alive" and
"feared buried" count the dead. "Treated" alone may be for shock; only "treated for injuries"
counts the injured."""

RECOVERY_WORDS = frozenset(["recovered", "pulled from", "pulled out"])
"""Predicates of the rescued that count the dead when their sentence speaks of the dead or of
bodies ("Divers recovered 11 women and 6 children among the dead")."""

OBJECT_PREDICATES: tuple[str, ...] = ("searching for", "search for")
"""Predicates that describe the count after them only ("searching for six others"), never
their subject ("200 volunteers were searching for the climbers")."""

SUBJECT_PREDICATES: tuple[str, ...] = ("in the dark",)
"""Predicates that describe only a count before them ("340,000 homes remained in the dark",
"left 5,000 homes in the dark"), never one after them ("the village was left in the dark as 12
people died")."""

HOSPITAL = ("to hospital", "to a hospital", "to hospitals", "to the hospital")
"""Words after a predicate that make its count the injured ("airlifted to hospital")."""

LIFE_VERBS: dict[str, str] = {
    "lost": "killed",
    "claimed": "killed",
    "claiming": "killed",
    "took": "killed",
    "taken": "killed",
    "saved": "lives_saved",
    "saving": "lives_saved",
    "spared": "lives_saved",
}
"""Verbs that say what a count of lives is: "claimed 12 lives", "three lives were lost",
"saved 40 lives". A count of lives without one of them says nothing. Lives saved are an
estimate of deaths averted, often by different hands ("warnings saved hundreds of lives",
"crews saved 40 lives"): ``lives_saved`` is loose, never a clash."""

LIFE_NOUNS = frozenset(["lives", "life"])

NOUN_CLASSES: dict[str, tuple[str, ...]] = {
    "person": (
        "people",
        "person",
        "persons",
        "others",
        "other",
        "civilians",
        "civilian",
        "victims",
        "victim",
        "children",
        "child",
        "men",
        "man",
        "women",
        "woman",
        "soldiers",
        "soldier",
        "officers",
        "officer",
        "policemen",
        "policeman",
        "police officers",
        "police",
        "workers",
        "worker",
        "passengers",
        "passenger",
        "residents",
        "resident",
        "students",
        "student",
        "pilgrims",
        "mourners",
        "members",
        "member",
        "protesters",
        "protester",
        "migrants",
        "miners",
        "miner",
        "crew",
        "crew members",
        "tourists",
        "climbers",
        "skiers",
        "hikers",
        "staff",
        "employees",
        "patients",
        "individuals",
        "adults",
        "minors",
        "boys",
        "girls",
        "demonstrators",
        "fans",
        "spectators",
        "survivors",
        "guards",
        "troops",
        "fighters",
        "militants",
        "journalists",
        "villagers",
        "inhabitants",
        "citizens",
        "nationals",
        "bystanders",
        "pedestrians",
        "motorists",
        "drivers",
        "sailors",
        "fishermen",
        "rescuers",
        "volunteers",
        "suspects",
        "inmates",
        "prisoners",
        "detainees",
        "refugees",
        "evacuees",
        "casualties",
        "gunmen",
        "gunman",
        "bombers",
        "suicide bombers",
        "attackers",
        "assailants",
    ),
    "explosion": (
        "explosions",
        "explosion",
        "blasts",
        "blast",
        "detonations",
        "detonation",
        "bombs",
        "bomb",
        "bombings",
        "bombing",
        "explosive devices",
        "improvised explosive devices",
    ),
    "vehicle": (
        "vehicles",
        "vehicle",
        "cars",
        "car",
        "rail cars",
        "railcars",
        "tank cars",
        "wagons",
        "wagon",
        "trucks",
        "truck",
        "buses",
        "bus",
        "carriages",
        "coaches",
    ),
    "building": (
        "homes",
        "home",
        "houses",
        "house",
        "buildings",
        "building",
        "structures",
        "structure",
        "dwellings",
        "residences",
        "apartments",
        "shops",
        "businesses",
    ),
    "firefighter": ("firefighters", "firefighter", "fire fighters"),
    "body": ("bodies", "body"),
    "storey": ("storeys", "storey", "stories", "floors", "floor"),
    "fatality": ("fatalities",),
    "household": ("households", "household", "customers", "customer", "families", "family"),
    "animal": (
        *("animals", "animal", "livestock", "cattle", "cows", "cow", "sheep", "goats", "goat"),
        *("pigs", "pig", "horses", "horse", "dogs", "dog", "cats", "cat", "camels", "camel"),
        *("chickens", "chicken", "poultry", "birds", "bird", "fish", "whales", "whale"),
        *("dolphins", "dolphin", "elephants", "elephant", "deer", "buffalo", "buffaloes"),
        *("donkeys", "donkey", "mules", "mule", "pets", "pet", "hens", "ducks", "geese"),
    ),
    # coins of more than one country, so no currency the number reader can convert
    "currency": ("kroner", "krone", "crowns"),
}
"""Counted noun class -> nouns (singular and plural) of that class. Animals are a class of
their own: "the flood killed 200 cattle" is no toll of people; nor is "a toll of 540 kroner"
(Norwegian or Danish: a sum, but of which currency the word does not say)."""

NOUN_PROPERTIES: dict[str, str] = {
    "explosion": "explosions",
    "vehicle": "vehicles",
    "building": "buildings",
    "storey": "storeys",
    "body": "bodies",
    "fatality": "killed",
    "firefighter": "firefighters",
    "animal": "animals",
    "currency": "money_unconverted",
}
"""Noun classes whose count is itself the property (``Two explosions`` counts explosions)."""

SUBSET_CUES: tuple[str, ...] = (
    "among the",
    "among",
    "of the dead",
    "of the injured",
    "of the victims",
)
"""Words after a count, in its clause, that make it a part of a total ("three policemen were
among the dead", "Four suspected gunmen were among 11 people detained")."""

PART_OF: tuple[str, ...] = ("of whom", "of which", "of them", "of those", "of the", "of these")
"""Words right after a count that take it out of a whole ("Six of the overturned trucks")."""

SUBSET_LEADS: tuple[str, ...] = ("including", "among them", "among those", "of whom", "of which")
"""Words right before a count that make it a part ("137 killed, including three children").
After a count, "including" and "among them" introduce *its* parts, so they are not cues there."""

NEAR_BELOW: tuple[str, ...] = ("nearly", "almost", "just under", "close to", "not quite")
"""Qualifiers that put a figure just below what is stated: "nearly two miles" never states
the same figure as "3 kilometres" even where their intervals meet."""

ENTITY_ORDINALS: dict[str, str] = {
    "first": "first",
    "second": "second",
    "third": "third",
    "fourth": "fourth",
    "initial": "first",
    "latter": "second",
    "former": "first",
    "last": "last",
    "final": "last",
}
"""Words before a noun that tell one thing of a kind from another ("the second explosion")."""

MEASURE_CUES: dict[str, tuple[str, ...]] = {
    "distance": (
        "from",
        "away",
        "distance",
        "off",
        "offshore",
        "inland",
        "north of",
        "south of",
        "east of",
        "west of",
        "outside",
        "near",
        "within",
    ),
    "length": ("long", "length", "span", "stretch", "stretching", "lengths", "-long"),
    "height": (
        "tall",
        "high",
        "height",
        "storey",
        "story",
        "elevation",
        "altitude",
        "wave",
        "waves",
        "tsunami",
        "surge",
        "swell",
    ),
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
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] / [length] / [time] ** 2": "pressure",
    "[mass] * [length] / [time] ** 2": "force",
    "[length] / [time] ** 2": "acceleration",
    "[mass] / [length] ** 3": "density",
    "[mass] / [length] ** 2": "mass_per_area",
    "[length] ** 3 / [time]": "flow_rate",
    "[length] ** 2 / [time] ** 2": "radiation_dose",
    "[current] * [time]": "electric_charge",
    "[information]": "data_size",
    "[information] / [time]": "data_rate",
    "1 / [time]": "frequency",
}
"""Default property of a measured quantity by its dimension (lengths use ``MEASURE_CUES``).
A dimension not listed is its own property, as pint writes it. Energy per mass is read as a
radiation dose: news gives it in sieverts and grays far more often than in joules per kg."""

REPORTING_VERBS = frozenset(
    ["said", "says", "say", "told", "reported", "added", "stated", "announced", "confirmed"]
)
"""The verbs of ``REPORTING_WORDS`` that open a reported clause: a predicate before one does
not govern the figure after it ("Survivors said 120 people had been on board")."""

REPORTING_WORDS: tuple[str, ...] = (
    "said",
    "says",
    "say",
    "told",
    "announced",
    "confirmed",
    "reported",
    "added",
    "stated",
    "declared",
    "estimated",
    "warned",
    "as of",
    "dated",
    "released",
    "published",
    "announcement",
    "statement",
    "bulletin",
    "updated",
    "showed",
    "shows",
)
"""Words right before a date that make it the date of a statement ("officials said on
Thursday", "as of Monday", "a bulletin dated 2024-04-12"), not of the event reported.
Each report's statements have their own dates, so such dates are never compared."""

OBJECT_REPORTING_WORDS: tuple[str, ...] = (
    "told",
    "informed",
    "briefed",
    "assured",
    "reminded",
    "reported",
    "announced",
    "confirmed",
    "recorded",
    "registered",
    "logged",
)
"""Reporting verbs followed by whom they told or what they reported ("told reporters on
Tuesday", "reported 300 new cases on Monday"): a date after that object is the statement's."""

REFERENCE_PRICE_CUES: tuple[str, ...] = (
    "closing price",
    "last close",
    "premium to",
    "premium over",
    "discount to",
    "down from",
    "up from",
    "guideline of",
    "guidelines of",
    "safe limit of",
    "legal limit of",
    "threshold of",
    "benchmark of",
    # legal ceilings: "the maximum fine for such an offence is five million euros"
    "maximum fine",
    "maximum fines",
    "maximum penalty",
    "maximum sentence",
    "maximum prison sentence",
    "maximum jail term",
    "maximum prison term",
    # what a vessel, a hall or a tank can take: "the Kaprisa, which can carry 82,000 tonnes"
    "can carry",
    "could carry",
    "can hold",
    "can seat",
    "can accommodate",
    "able to carry",
    "designed to carry",
    "capacity of",
    "room for",
    "space for",
    "spaces for",
)
"""Background cues that say so of a figure after them only: "a 31% premium to Norvik's closing
price of 29 euros" makes the 29 euros a reference, not the 31%; "the new limit, down from 7.5
metric tons" makes 7.5 tons the earlier value, not the new limit; "the WHO's 24-hour guideline
of 15 micrograms per cubic metre" is a yardstick, not a reading; "the maximum fine for such an
offence is five million euros" is what the law allows, not the fine imposed; "a ship that
can carry 82,000 tonnes", "a stadium with a capacity of 60,000" or "the garage had room for
150 cars" gives what it can take, not what it took."""

BACKGROUND_CUES: tuple[str, ...] = (
    "previous",
    "a year ago",
    "a year earlier",
    "last year",
    "in the past",
    "on average",
    "average",
    "annual",
    "every year",
    "each year",
    "a year",
    "per year",
    "a month",
    "per month",
    "annually",
    "typically",
    "usually",
    *REFERENCE_PRICE_CUES,
)
"""Words before a figure in its clause that make it a fact of other times ("the previous
record toll was 120", "on average 30 people die each year"): background, never the event's.
Not "record" or "deadliest" alone: "killed a record 40 people" is the event's own toll. A
bid's premium is over a market price of another day ("a 31% premium to Norvik's closing
price of 29 euros on Friday"): that price is a reference, not the deal's."""

FOLLOW_UP_WORDS: dict[str, str] = {
    "claimed": "step_date",  # "claimed victory on Monday", "claimed responsibility on Monday"
    # people reacting after the event: "Thousands of workers rallied outside on Friday"
    "rallied": "step_date",
    "protested": "step_date",
    "demonstrated": "step_date",
    "mourned": "step_date",
    "arrested": "arrest_date",
    "detained": "arrest_date",
    "charged": "arrest_date",
    "appeared": "court_date",
    "recovered": "recovery_date",
    "found": "recovery_date",
    "discovered": "recovery_date",  # "the asteroid, discovered on April 4, passed on Wednesday"
    "spotted": "step_date",  # "He was spotted from a helicopter on Sunday"
    "located": "step_date",
    "set": "step_date",  # only "set out" and "set off": see FOLLOW_UP_PARTICLES
    "rescued": "rescue_date",
    "pulled": "rescue_date",
    "freed": "rescue_date",
    "extricated": "rescue_date",
    "raised": "update_date",
    "rose": "update_date",
    "risen": "update_date",
    "climbed": "update_date",
    "revised": "update_date",
    "contained": "containment_date",
    "planned": "plan_date",
    "scheduled": "plan_date",
    "expected": "plan_date",
    "reopened": "reopening_date",
    "funeral": "funeral_date",
    "funerals": "funeral_date",
    "buried": "funeral_date",
    "visited": "visit_date",
    "toured": "visit_date",
    "visit": "visit_date",
    "declared": "step_date",
    "mourning": "step_date",
    "vigil": "step_date",
    "resumed": "step_date",
    "restored": "step_date",
    "suspended": "step_date",
    # Later steps of a story told with their own day: the aftermath ("lifted", "sealed",
    # "demolished"), the people ("identified", "discharged", "returned"), the courts
    # ("indicted", "sentenced"), the weather ("weakened", "downgraded"), the search ("called
    # off"). The event's own verbs are not here: "collapsed on Tuesday" is the event's day.
    **dict.fromkeys(
        [
            *("lifted", "ended", "sealed", "cordoned", "inspected", "demolished", "demolition"),
            *("repaired", "finished", "cleared", "rebuilt", "extinguished", "doused"),
            *("identified", "discharged", "returned", "grounded", "called"),
            *("indicted", "arraigned", "sentenced", "weakened", "dissipated", "downgraded"),
        ],
        "step_date",
    ),
}
"""Verbs of what happened after the event ("was arrested on Tuesday", "raised the toll to 80
on Friday"): a date they govern is that step's date, which other reports may give for
other steps, so such dates are kept apart from the event's date."""

MACHINE_NOUNS = frozenset(
    [
        *("helicopter", "helicopters", "chopper", "choppers", "aircraft", "plane", "planes"),
        *("airplane", "airplanes", "jet", "jets", "drone", "drones", "boat", "boats", "ship"),
        *("ships", "vessel", "vessels", "ferry", "ferries", "dinghy", "dinghies", "raft"),
        *("rafts", "ambulance", "ambulances", "tractor", "tractors", "bulldozer", "bulldozers"),
        *("excavator", "excavators", "crane", "cranes", "pump", "pumps", "machine", "machines"),
    ]
)
"""Craft and machines that a verb of people may govern ("More than 120 searchers, two
helicopters and dog teams took part in the search", "three boats joined the search"): they
take part, but a count of them is never a count of people, so it keeps its own noun (land
vehicles are a class of their own, ``vehicle``)."""

UNSCALED_TEMPERATURE = "[temperature] scale not stated"
"""The property of a temperature whose words name no scale ("reached 100 degrees"): read as
Fahrenheit or as Celsius, it may be either (see :mod:`factcheck.verdicts`)."""

STATE_WORDS = frozenset(
    [
        *("still", "remained", "remain", "remains", "stayed", "stood", "stands"),
        *("holding", "housing", "sheltering", "hosting", "accommodating"),
    ]
)
"""Words of a state that lasts ("12 were still there on Friday", "remained in hospital on
Monday", "the toll stood at 41 on Friday", "the centre, which was holding 1,100 people on
Monday"): a day they govern is the day the state was seen, which the story tells days after
the event, so it is a ``state_date``, never the event's day."""

STATE_PROGRESSIVES = frozenset(["holding", "housing", "sheltering", "hosting", "accommodating"])
"""State words that say so only after a form of "be" ("was holding 1,100 people on Monday"):
"a boat holding 80 migrants sank on Sunday" dates the sinking."""

OTHER_VERB_PARTICLES: dict[str, tuple[str, ...]] = {"lifted": ("off",)}
"""Particles that make a follow-up verb another verb: a rocket "lifted off" at 14:32 is the
launch itself, not a restriction lifted later."""

RATE_VERBS = frozenset(
    [
        *("cut", "cuts", "raised", "raises", "lowered", "lowers", "improved", "improves"),
        *("widened", "widens", "narrowed", "narrows", "reduced", "reduces", "boosted", "lifted"),
        *("shrank", "eased", "added", "lost", "gained", "trimmed", "slashed", "hiked"),
    ]
)
"""Verbs that change a rate by points: the rate is their subject ("the margin improved by 1.3
points") or their object ("cut rates by 50 basis points")."""

FOLLOW_UP_PARTICLES: dict[str, tuple[str, ...]] = {"set": ("out", "off")}
"""Follow-up verbs that are one only with a particle: a hiker "set out on Thursday" (a step
before the event), not "set fire to the hall on Tuesday" (the event)."""

ORDINAL_DAY_WORDS = frozenset(["second", "third", "fourth", "fifth", "sixth", "seventh"])
"""Ordinals that, before "day" in a date's clause ("stayed home for a second day on Tuesday",
"a third straight day"), make the date one step of a story over several days."""

SECONDARY_EVENTS: dict[str, str] = {"aftershock": "aftershock", "aftershocks": "aftershock"}
"""Events that follow the one a story is about: a time they "struck" at is theirs, not the
main event's ("The strongest aftershock struck at 12:32 a.m.")."""

EVENT_TIME_WORDS = frozenset(
    [
        *("struck", "hit", "exploded", "erupted", "crashed", "collapsed", "derailed", "sank"),
        *("capsized", "detonated", "shelled", "bombed", "attacked", "landfall", "ashore"),
        *("quake", "earthquake", "tremor", "temblor", "aftershock", "blast", "explosion"),
        *("explosions", "fire", "blaze", "attack", "crash", "collapse", "eruption", "shooting"),
        *("derailment", "stampede", "strike", "landslide", "flood", "bombing", "accident"),
        *("broke", "caught", "happened", "occurred"),
    ]
)
"""Words that name the event itself near a time of day ("the quake struck at 4:10", "made
landfall at 7:45", "the 16:10 tremor", "fire broke out at about 6 a.m."): such times are all
the event's time and compare with each other; a time of another step ("departed at 1:05")
compares only with times of the same step."""

INCIDENT_VERBS = frozenset(
    [
        *("overturned", "collided", "plunged", "skidded", "toppled", "flipped", "burst"),
        *("flooded", "burned", "burnt", "spilled", "leaked", "ignited", "caved", "slid"),
        *("smashed", "rammed", "sunk", "swept", "tore", "slammed", "ripped", "battered"),
        *("engulfed", "flattened", "destroyed", "damaged", "killed", "injured", "wounded"),
        *("died", "drowned", "trapped", "buried", "stranded", "displaced"),
    ]
)
"""Past verbs of an accident or disaster and its harm ("a tanker overturned on Tuesday", "a
mudslide buried the village on Friday"): with ``EVENT_TIME_WORDS``, a day they govern is the
day of the story's event, while a day governed by any other past verb ("a rival bidder
withdrew on Friday", "residents were allowed back on Monday") is that deed's own."""

GENERIC_EVENT_VERBS = frozenset(
    ["happened", "occurred", "took", "began", "started", "came", "was", "were", "struck", "hit"]
)
"""Verbs that say only that something happened: a time they govern is anchored to the noun
before them ("the blast happened at 10:15"), not to the verb."""

IRREGULAR_PAST_VERBS = frozenset(
    [
        *("hit", "struck", "began", "broke", "fell", "shook", "took", "came", "left", "went"),
        *("sank", "flew", "blew", "ran", "tore", "swept", "spread", "caught", "met", "rang"),
        *("shot", "stood", "burst", "set", "lost", "made", "gave", "got", "saw", "led"),
        *("put", "brought", "held", "kept", "fought", "sent", "withdrew", "won", "sold"),
        *("bought", "paid", "drew", "drove", "threw", "wrote", "chose", "froze", "sought"),
        *("spent", "fled", "hid", "overtook", "undertook", "forbade", "swore"),
    ]
)
"""Past tenses without "-ed" that may govern a time of day ("the quake struck at 4:17")."""

FIXTURE_NOUNS = frozenset(
    [
        *("final", "finals", "semi-final", "semifinal", "decider", "showdown", "match", "game"),
        *("race", "vote", "runoff", "run-off", "ballot", "hearing", "debate", "summit"),
    ]
)
"""Events held on a set day that a story about another one names by its weekday ("won the
decider to set up Sunday's final"): whether that day is past or ahead the words seldom say, so
its date ("fixture_date") is each report's own."""

STATEMENT_NOUNS = frozenset(["forecast", "prediction", "statement", "announcement", "warning"])
"""Nouns of something said: a day right after them ("ESA's forecast, made on Thursday") is
when it was said, never the event's."""

OTHER_INSTANCE_WORDS = frozenset(
    [
        *("women's", "men's", "womens", "mens", "girls'", "boys'", "junior", "juniors'"),
        *("other", "another", "previous", "next", "earlier"),
    ]
)
"""Words of a noun phrase that name another instance of the story's kind of event ("The
women's giant slalom on Saturday", "the other semi-final on Friday", "the previous round on
Tuesday"): the date right after them is that instance's ("fixture_date"), not the event's."""

UNCOMPARED_DATE_PROPERTIES = frozenset(
    [
        *("statement_date", "tally_period", "step_date", "fixture_date", "state_date"),
        *FOLLOW_UP_WORDS.values(),
    ]
)
"""Dates that are each report's own (a statement, a later step, the period a running tally
or a part of it covers): never compared across reports."""

FOLLOW_UP_REACH = 12
"""How many words may sit between a follow-up verb and the date it governs, not counting
place phrases (``PLACE_PREPOSITIONS`` and a name: "in Küçükçekmece", "at Rod Laver Arena")."""

PROSPECT_CUES: tuple[str, ...] = (
    *("on course to", "on track to", "poised to", "in line to", "on the verge of"),
    *("on the brink of", "headed for", "heading for"),
)
"""Words of a prospect ("was on course to become governor early on Monday after a tight
runoff"): a day in their clause is when the prospect stood (the count, the lead), not the day
of the event the reports share, which they may date the day before."""

PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "across", "off"])
"""Prepositions that, before a capitalised name, make a place phrase."""

MONEY_CUES: dict[str, tuple[str, ...]] = {
    "cost": (
        "cost",
        "costs",
        "price",
        "bill",
        "rebuild",
        "rebuilding",
        "replace",
        "replacing",
        "repair",
        "repairs",
        "sells for",
        "sell for",
        "retails for",
        "retail for",
        "priced at",
        "admission",
    ),
    "value": ("worth", "value", "valued", "street value"),
    "funds": (
        *("funds", "funding", "money", "aid", "grant", "released", "approved"),
        *("budget", "budgets", "spending", "package"),
    ),
    "settlement": ("settle", "settled", "settlement", "compensation"),
    "fine": ("fine", "fined", "fines", "fining", "penalty", "penalties"),
    "losses": ("losses", "insured", "damage", "damages"),
}
"""Words that say what a sum of money is ("the cost of replacing", "a street value of"): sums
of different kinds are different properties (``money_cost``, ``money_value``...). Not "pay"
or "paid": a fine, a toll, a bribe and a project's bill are all paid."""

POSSESSION_VERBS = frozenset(["has", "have"])
"""Present verbs of having: a count right after one ("Istanbul has about 1.2 million
buildings", "the building has 14 apartments") tells a standing fact of a place or thing, not
what the event did. "has killed 40" is another clause: its verb stands between."""

COST_VERBS = frozenset(["cost", "costs", "costing"])
"""The verb whose subject is what a sum is the cost of ("Repairs to the track will cost
around €3 million", "a braking system, which would cost about €1.2 billion")."""

COST_AUXILIARIES = frozenset(
    [
        *("will", "would", "could", "may", "might", "should", "can", "must", "is", "are"),
        *("was", "were", "be", "been", "to", "expected", "likely", "set", "also", "now"),
        *("eventually", "ultimately", "initially", "still", "only", "probably", "not"),
    ]
)
"""Words between a thing and the verb "cost" that say nothing of what costs ("the system
is expected to cost", "the repairs will eventually cost")."""

COST_SAYING = frozenset(["said", "says", "estimated", "estimates", "believes", "thinks"])
"""Verbs of a sayer inside a relative clause of cost ("a braking system, which it said would
cost"): the thing that costs is the relative pronoun's antecedent, not the sayer."""

COST_OF_STOPS = frozenset(
    [
        *("at", "is", "was", "are", "were", "will", "would", "could", "be", "has", "had"),
        *("to", "put", "rose", "climbed", "reached", "came", "comes", "stood", "stands"),
        *("estimated", "now", "of", "in", "by", "for", "from", "and", "or", "as", "after"),
    ]
)
"""Words that end the noun phrase after "the cost of" ("the cost of replacing the Key Bridge
at between $1.7 billion and $1.9 billion"): its last word before them is what costs."""

SUM_TOTAL_WORDS: tuple[str, ...] = (
    *("total", "overall", "combined", "altogether", "aggregate", "in all", "all told"),
    "in total",
)
"""Words in a sum's clause that make it a total ("Total prize money rose 12% to A$107.5
million", "$40 million in all"): a total is a figure of its own (``entity`` ``SUM_TOTAL``),
never a rival of a part of it ("the winner takes home A$3.5 million"); it clashes only with
another total."""

SUM_TOTAL = "total"

PERIOD_LEADS: tuple[str, ...] = ("so far", "to date", "so far in", "year to date")
"""Words before a date that make it the period of a running tally ("18 deaths so far this
year"), not the day of the event."""

CALENDAR_PERIODS: tuple[str, ...] = (
    "this week",
    "this month",
    "this year",
    "this season",
    "this summer",
    "this winter",
    "the past week",
    "the past month",
    "the past year",
)
"""The calendar periods a tally runs over ("this week", "the past year")."""

PERIOD_DATES: tuple[str, ...] = (*CALENDAR_PERIODS, "since")
"""Dates that, in a clause in the perfect ("has killed 90 people this week"), give the period
of a running tally rather than the day of an event."""

RUNNING_TOTAL_PERIODS: tuple[str, ...] = (
    *CALENDAR_PERIODS,
    "so far this",
    "to date",
    "year to date",
)
"""Words in a count's clause that make it a running total over a calendar period ("18 deaths
so far this year", "has killed 90 people this week"): such a total is a figure of its own
(``entity`` "running total"), never compared with one event's toll or one day's part."""

RUNNING_TOTAL = "running total"

LOAD_VERBS = frozenset(
    [
        *("hauling", "hauled", "carrying", "carried", "carries", "transporting"),
        *("holds", "held", "holding", "contained", "containing", "contains"),
        *("storing", "stored", "stores"),
    ]
)
"""Verbs right before an amount of matter (only qualifiers between) that make it what a truck,
a tank, a ship or a store had: "The truck was hauling 6,000 gallons of acid", "The tank holds
14,000 pounds of ammonia", "a warehouse storing 300 tonnes of solvents". A load (``entity``
``LOAD``) is not the amount spilled or burned, and clashes only with another load."""

LOADED_WITH = frozenset(["loaded", "laden", "filled", "packed"])
"""Words before "with" and an amount of matter that make it a load ("laden with 300 tonnes")."""

LOAD_AFTER: tuple[str, ...] = ("on board", "aboard")
"""Words after an amount of matter in its clause that make it a load ("had 8,800 gallons of
gasoline on board")."""

LOAD = "load"

RECOVERY_VERBS = frozenset(
    [
        *("recovered", "recovering", "skimmed", "skimming", "collected", "collecting"),
        *("removed", "removing", "cleaned", "pumped", "vacuumed", "siphoned", "retrieved"),
        "salvaged",
    ]
)
"""Verbs right before an amount of matter (only qualifiers between) that make it what crews
took back ("Crews skimmed 21,000 gallons of oil from the creek", "had recovered about 500
barrels"): a part of the spill, not all of it (``entity`` ``RECOVERED``); it clashes only with
another amount recovered."""

RECOVERED = "recovered"

TIME_UNITS = frozenset(["second", "minute", "hour", "day", "night", "week", "month", "year"])
"""Units of time that make a figure a rate when it is given per one of them: "The pipeline
carries 300,000 barrels of oil a day", "The pump removes 400 gallons of oil an hour"."""

RATE_ENTITY = "per {}"
"""The ``entity`` of a figure per unit of time ("per day"): a rate, never the amount of the
event; it clashes only with a rate per the same unit."""

RUNNING_TOTAL_STARTS: tuple[str, ...] = ("since", "so far")
"""Words that count a figure from a start, in its clause or opening its sentence: "More than
200 people have been arrested since Thursday", "Since the collapse, rescuers have recovered 17
bodies", "40 people have died so far". Such a total (``entity`` ``RUNNING_TOTAL_SINCE``) holds
every day's count since its start: it meets a count with no such word when they overlap ("has
burned hundreds of houses"), and clashes only with another such total, never with one day's
count ("Police arrested 11 people on Sunday night")."""

RUNNING_TOTAL_SINCE = "running total since"

FATE = "what befell: {}"
"""The ``entity`` of things counted with no listed predicate, naming the verb that befell them
("About 300 homes were flooded" -> "what befell: flooded"): such counts meet whatever their
verbs, and clash only when they name the same one. Its own mark, so that no other entity of
such a count ("per year", a running total) is read as a verb."""

SINCE_COMPARISONS = frozenset(["first", "worst", "most", "least", "best", "only", "last"])
"""Words that make a "since" close a comparison, not start a tally: "the first since 2019",
"the calmest night since protests began" (a word in "-est" by the determiner before it)."""

SUPERLATIVE_DETERMINERS = frozenset(["the", "its", "their", "his", "her", "our", "my", "your"])
"""Words that make the "-est" word after them a superlative ("the calmest", "its busiest");
with no such word, a word in "-est" is none ("Budapest", "harvest", "guest", "modest")."""

PERFECT_AUXILIARIES = frozenset(["has", "have", "had"])
"""Words that put a clause in the perfect: its period is a tally's, not an event's day."""

PERIOD_FOLLOWERS: tuple[str, ...] = ("so far", "to date", "alone")
"""Words right after a date that make it a tally's period ("this year so far") or the day of a
part of it ("on Sunday alone")."""

RATE_CUES: tuple[str, ...] = (
    *("per", "each", "a head", "apiece", "a year", "a day", "a month", "a share", "a barrel"),
)
"""Words right after a sum that make it a rate ("$70,000 per household", "$70,000 each")."""

THING_CLASSES: dict[str, tuple[str, ...]] = {
    "bridge": ("bridge", "span", "crossing", "viaduct", "overpass", "flyover"),
    "ship": (
        "ship",
        "vessel",
        "freighter",
        "tanker",
        "boat",
        "ferry",
        "trawler",
        "yacht",
        "barge",
        "submersible",
        "submarine",
        "sub",
    ),
    "slick": ("slick", "spill", "sheen", "plume"),
    "building": ("building", "block", "tower", "house", "structure", "skyscraper"),
    "road": ("road", "motorway", "highway", "freeway", "street", "avenue"),
    "tunnel": ("tunnel", "underpass", "shaft"),
    "dam": ("dam", "levee", "dyke", "dike", "embankment", "barrier"),
    "aircraft": ("aircraft", "plane", "jet", "airliner", "helicopter"),
    "train": ("train", "locomotive"),
    "wall": ("wall", "fence", "barricade"),
}
"""What a length measures, by class: head nouns that name one kind of thing in news copy
("the 2-mile viaduct" and "the 3-kilometre bridge" measure one thing; "the 200-metre Aurora",
a ship's name, another). Spellings and plurals the table does not list are matched with
rapidfuzz; other words stand for themselves."""

MEASURED_PARTICIPLES: tuple[str, ...] = (
    "stretching",
    "measuring",
    "spanning",
    "covering",
    "extending",
    "running",
)
"""Words between a thing and its size ("a spill stretching 900 metres", "a wall running 3 km")."""

DIMENSIONS_OF_THINGS = frozenset(["length", "height", "width", "depth", "area", "volume", "mass"])
"""Properties that belong to a thing: figures about different things never clash."""

TRAVEL_WORDS = frozenset(
    ["down", "up", "climbed", "descended", "fell", "plunged", "dropped", "jumped", "walked"]
)
"""Words right before a count of floors that make it floors gone through ("ran down nine
floors", "fell 20 storeys"), not the height of a building."""

PART_OF_BUILDING_WORDS = frozenset(
    ["upper", "top", "uppermost", "topmost", "lower", "bottom", "lowest", "highest", "last"]
)
"""Words right before a count of floors that make it a part of the building ("The upper three
storeys fell", "the top two floors were built without permission"), not how tall it is."""

FLOORS_NOT_HEIGHT = TRAVEL_WORDS | PART_OF_BUILDING_WORDS

MEASURES_OF_MATTER = frozenset(["volume", "mass"])
"""Properties whose thing may be the matter named after them ("tonnes of iron ore", "litres of
diesel") when no noun before them names it."""

LOOSE_PROPERTIES = frozenset(["present", "treated", "lives_saved", "animals", "money_unconverted"])
"""Properties whose counts may agree but never clash: the words say where people were, not
which people ("the 250 people inside" and "four people trapped inside"); counts of animals
name kinds that differ between reports ("200 cattle", "300 sheep"); sums in coins of no named
country ("180 kroner") may be of two currencies."""

INCREMENT_LEADS: tuple[str, ...] = (
    "another",
    "a further",
    "an additional",
    "additional",
    "further",
)
"""Words right before a count that make it an increment, not the toll: "another 12 people
died overnight" adds to a total that other reports give whole."""

INCREMENT_FOLLOWERS: tuple[str, ...] = ("more", "additional")
"""Words right after a figure that make it an increment ("five more were arrested") unless an
earlier predicate of another kind shows "more" means more things of the noun before
("destroyed 20 houses and damaged 15 more": 15 damaged houses, the whole damaged count)."""

INCREMENT_SUFFIX = "_increment"
"""Appended to a property for an increment ("killed_increment"): it may agree with another
report's increment, never clash with it (two reports may add different nights)."""

WHOLE_QUANTIFIERS: frozenset[str] = frozenset(
    [
        "most",
        "many",
        "some",
        "several",
        "few",
        "none",
        "majority",
        "minority",
        "part",
        "dozens",
        "percent",
        "cent",
        "proportion",
        "share",
        "fraction",
        "handful",
    ]
)
"""Words that, with any number or fraction word, take a part out of a whole before "of the"
("half of the 300 pupils", "two of the nine crew"): the count after "of the" is the whole,
which no predicate of the clause describes ("all of the" is the whole itself)."""

PART_FOLLOWERS: tuple[str, ...] = ("alone",)
"""Words after a figure's time or place that make it a part of a running total ("35 deaths on
Sunday alone")."""

REVISION_WORDS: tuple[str, ...] = (
    "lowered",
    "lowering",
    "corrected",
    "correcting",
    "downgraded",
    "scaled back",
    "reduced",
)
REVISION_DOWN_VERBS: tuple[str, ...] = ("revised", "revising", "adjusted", "adjusting", "brought")
"""Words before a figure that make it an explicit correction of an earlier, higher one
("officials lowered the toll to 31"), or a verb of ``REVISION_DOWN_VERBS`` with "down" ("revised
the toll down to 31"): a later corrected
figure supersedes the earlier ones and never contradicts them. A bare "revised the toll to N"
says no direction and is no such evidence: one source revising its own figure does not
explain away another source's different estimate."""

EVOLVING_MEASURES = frozenset(["area", "money_losses", "money_cost"])
"""Measures that grow as a story develops, like tolls: the area a fire has burned, the
estimated damage or cost. A higher figure published later revises a lower one."""

EVOLVING_SHARES = frozenset(["contained", "counted", "containment", "reported"])
"""What a share that grows is of: "5% contained", "with 75% of votes counted"."""

PART_OF_PEOPLE = frozenset(
    [
        *("child", "children", "civilian", "civilians", "soldier", "soldiers", "woman"),
        *("women", "man", "men", "officer", "officers", "police", "policeman", "policemen"),
        *("student", "students", "worker", "workers", "miner", "miners", "passenger"),
        *("passengers", "tourist", "tourists", "pilgrim", "pilgrims", "firefighter"),
        *("firefighters", "patient", "patients", "resident", "residents", "foreigner"),
        *("foreigners", "migrant", "migrants", "fighter", "fighters", "troops", "crew"),
    ]
)
"""Kinds of people a toll may be broken into: "two children were killed" may be a part of
"killed 41 people" in another report, never a rival figure for the whole."""

STANDING_NOUNS: dict[str, str] = {"survivors": "surviving", "survivor": "surviving"}
"""Nouns that state their predicate ("40 survivors" were rescued) but, after a definite
determiner and with no verb of that predicate in their clause, count who is in that state
now ("The six survivors were in stable condition"), a count that falls as the injured die: a
property of its own, never the rescued count of another report ("eight survivors had been
pulled from the wreckage"). A bare "pulled 40 survivors from the rubble" stays rescued."""

DEFINITE_DETERMINERS = frozenset(["the", "its", "their", "these", "those", "all"])
"""Words before a count that point back at people the story knows ("the six survivors")."""

FLUCTUATING_PROPERTIES = frozenset(
    [
        *("missing", "displaced", "evacuated", "without_power", "trapped", "stranded"),
        *("hospitalised", "surviving"),
    ]
)
"""Counts that fall as well as rise as a story develops (the missing are found, evacuees go
home): a later figure, higher or lower, is an update of an earlier one."""

TOTAL_WORDS: tuple[str, ...] = ("total", "tally", "number", "count", "figure", "overall toll")
"""Nouns of a running total ("bringing the total to 87", "the tally now stands at 30"): the
figure after them is the total of what the sentence (or the one before) counts."""

TOTAL_MODIFIERS = frozenset(
    [
        *("the", "a", "an", "its", "their", "this", "that", "overall", "total", "grand"),
        *("final", "official", "new", "latest", "updated", "revised", "provisional"),
        *("running", "current", "cumulative", "combined", "daily", "weekly", "monthly"),
        *("annual", "yearly", "national", "global", "local", "regional", "same", "high"),
        *("low", "record", "higher", "lower", "total's", "exact", "true", "actual"),
    ]
)
"""Words before a total word that do not name what it counts ("the final tally"): any other
word there does ("the weekly case count", "the infection tally")."""

CAUSE_CLASSES: dict[str, tuple[str, ...]] = {
    "explosion": ("bomb", "bombs", "blast", "blasts", "explosion", "explosions", "bombing"),
    "attack": ("attack", "attacks", "assault", "raid", "shooting", "ambush", "gunmen", "gunman"),
    "earthquake": ("earthquake", "quake", "tremor", "aftershock"),
    "storm": ("storm", "hurricane", "typhoon", "cyclone", "tornado", "twister"),
    "fire": ("fire", "blaze", "wildfire", "inferno", "fires"),
    "flood": ("flood", "floods", "flooding", "deluge"),
    "crash": ("crash", "collision", "accident", "derailment", "pile-up"),
    "landslide": ("landslide", "mudslide", "avalanche", "landslip"),
}
"""Head nouns of what killed or hurt people ("A car bomb in the capital killed 22"), by kind.
Two figures whose causes are of different kinds ("a car bomb" and "a suicide attack") may be
two events of one report: they are never called a contradiction. Unlisted causes say nothing."""

CAUSE_VERBS = frozenset(
    ["killed", "kills", "killing", "injured", "injuring", "wounded", "wounding", "left"]
)
"""Verbs whose subject is the cause of the count after them."""

MEASURED_BY_NOUN = frozenset(["speed", "temperature"])
"""Properties of a measured quantity (with ``duration``) whose subject is the noun the clause
names before the figure ("winds of 200 km/h", "the blackout lasted 12 hours"): figures of
different nouns, or of none, never clash (a train's speed is not a speed limit)."""

ESTIMATE_VERBS = frozenset(
    ["said", "says", "say", "estimated", "estimates", "estimate", "counted", "claimed", "claim"]
)
"""Verbs right before a figure whose subject gives it ("the unions said 250,000", "police
counted 42,000"): a crowd's size by two named counters is two estimates, not a clash."""

FATE_SKIPPED = frozenset(
    ["were", "was", "are", "is", "have", "has", "had", "been", "being", "also", "still", "all"]
)
"""Words between a count of homes and the verb that says what befell them ("were flooded",
"have also been evacuated")."""

FATE_WORDS = frozenset(["under", "without", "cut", "swept", "left"])
"""Words other than past participles that open what befell homes ("under water", "without
water", "cut off", "left empty")."""

EACH_WORDS: tuple[str, ...] = ("each", "apiece")
"""Words in a size's clause that make it one item's ("Each satellite weighs about 800 kg",
"22 satellites, each weighing about 800 kilograms", "two tanks of 500 litres apiece"): never
the whole load's ("17.6 tonnes in all"); it clashes only with another item's. Only sizes of
things: a sum "each" meets one "per household" as one figure."""

EACH_NOT_AFTER = frozenset(["other", "year", "day", "week", "month", "time", "hour", "night"])
"""Words after "each" that make no item of it ("each other", "each year")."""

EACH = "each"

ESTIMATE_NOUNS = frozenset(["count", "estimate", "estimates", "tally", "figures", "reckoning"])
"""Nouns that end a fronted phrase naming who gives the figure after it: "By the organisers'
count, 250,000 people took part", "In the unions' estimate, 48,000": that counter's estimate,
as "according to the police" before or after it."""

ANSWER_VERBS = frozenset(
    [
        *("approve", "approves", "disapprove", "disapproves", "support", "supports"),
        *("oppose", "opposes", "favour", "favours", "favor", "favors", "back", "backs"),
        *("reject", "rejects", "trust", "trusts", "distrust", "distrusts", "agree", "agrees"),
        *("disagree", "disagrees", "say", "says", "said", "think", "thinks", "believe"),
        *("believes", "want", "wants", "plan", "plans", "expect", "expects"),
        *("approved", "disapproved", "supported", "opposed", "favoured", "favored", "backed"),
        *("rejected", "trusted", "agreed", "disagreed", "believed", "wanted"),
    ]
)
"""A poll's answers right after the whole of a share ("42% of Americans approve", "54% of
Americans disapprove"): the answer is part of what the share is of."""

CROWD_PROPERTIES = frozenset(["participants"])
"""Counts whose size rival counters estimate as a matter of course (police and organisers of a
march): figures of two named estimators never clash."""

PAYMENT_VERBS = frozenset(
    [
        "pledged",
        "promised",
        "donated",
        "gave",
        "paid",
        "approved",
        "released",
        "granted",
        "allocated",
        "offered",
        "contributed",
        "sent",
        "committed",
        "earmarked",
        "raised",
    ]
)
"""Verbs whose subject gives a sum ("The EU pledged $50 million"): sums given by different
named givers are never a contradiction."""

THING_DATE_WORDS = frozenset(
    [
        "built",
        "completed",
        "opened",
        "founded",
        "established",
        "constructed",
        "erected",
        "launched",
        "inaugurated",
        "commissioned",
        "installed",
        "renovated",
        "restored",
        "rebuilt",
        "designed",
        "dedicated",
    ]
)
"""Verbs of a parenthesis that dates the subject of its sentence ("The bridge, built in 1968,
carried ..."): the date is the thing's, not the frame of the sentence's figures."""

FORECAST_MODALS: tuple[str, ...] = ("could", "may", "might", "would", "will")
FORECAST_CHANGE_VERBS: tuple[str, ...] = (
    "rise",
    "reach",
    "climb",
    "exceed",
    "top",
    "hit",
    "surpass",
    "pass",
    "increase",
    "grow",
    "double",
    "soar",
    "go up",
    "be higher",
)
"""A modal before a verb of change ("the toll could rise to 60", "may reach 100") makes a
count a forecast; a modal alone does not ("as many as 100 may have died" estimates what
happened)."""

EXPECTATION_CUES: tuple[str, ...] = (
    "sought",
    "had sought",
    "demanded",
    "called for",
    "asked for",
    "expected",
    "had expected",
    "forecast",
    "had forecast",
    "predicted",
    "projected",
    "estimates had",
    "warned of",
    "warning of",
    "warnings of",
    "request for",
    "requested",
    "asking for",
    # the positions of two parties to a dispute: "The union wants a 15% raise", "Operators
    # offered a 9% raise"; each side's, neither the outcome, and they differ while it lasts
    *("wants", "want", "seeking", "seeks", "demands", "demanding", "calls for", "calling for"),
    "pushing for",
)
"""Words before any figure (a sum, a share, a sentence) that make it what someone asked for,
offered or foresaw, not what happened: "prosecutors had sought 10 years", "economists had
expected 3.6%", "forecasters warned of a storm surge of 12 to 16 feet", "rejected the
government's request for a $1 million fine", "the union wants a 15% raise". Such a figure has
the role ``future``, grouped apart from the outcome; two such figures may meet, never clash
(an offer and a demand are two parties' positions)."""

OFFER_CUES: tuple[str, ...] = ("offered", "offers", "offering", "proposed", "proposes", "proposing")
"""Words of an offer, which make a figure an expectation only when the figure is the thing
offered: a sum or a share right after them or after "a"/"an" ("Operators offered a 9% raise",
"The company offered $2 million"), never a count of those offered something ("The airline
offered 300 passengers hotel rooms")."""

OFFERED_GAP = frozenset(["a", "an", "up", "to", "about", "nearly", "almost", "some", "roughly"])
"""Words that may stand between an offer and the sum or share offered ("offered up to $5m")."""

FORECAST_CUES: tuple[str, ...] = (
    *(f"{modal} {verb}" for modal in FORECAST_MODALS for verb in FORECAST_CHANGE_VERBS),
    "expected to",
    "likely to",
    "projected to",
    "forecast to",
    "set to",
    "plans to",
    "plan to",
    "planned to",
    "aims to",
    "threatens",
    "threatened",
    "at risk",
)
"""Words in a count's clause that make it a forecast or a plan ("the toll is expected to
exceed 100", "plans to evacuate 10,000 people"): the role ``future``, which groups loosely (may
agree, never clash) and never with what happened. Not the bare modals ("could", "may"): news
gives estimates with them ("could cost up to $600 million", "surge could reach 3.7 metres"),
which compare with other estimates; and sizes, sums and dates keep their readings. Only a
modal with a verb of change (``FORECAST_MODALS`` x ``FORECAST_CHANGE_VERBS``) is a forecast."""

# The present day said by a speaker or the writer: "Today", "Tonight", "This morning" opening a
# quoted sentence ("“Today gives our families some peace,” she said") or a sentence in the
# present ("Today the charity begins to rebuild.") dates no event the reports share.
PRESENT_DAY_OPENERS = frozenset(
    {"today", "tonight", "this morning", "this afternoon", "this evening"}
)
QUOTE_OPENERS = frozenset({'"', "“", "‘", "'"})
"""Marks that open a quotation: a present day right after one is the speaker's."""
PAST_CLAUSE_WORDS = frozenset({"was", "were", "had"})
"""Auxiliaries that tell a past clause, besides a past verb ("This morning was the worst")."""

CUE_WORD_STEMS: tuple[str, ...] = (
    "offer",
    "propos",
    "the past ",
    "can ",
    "limit of",
    "space",
    "per ",
    "this ",
)
"""Pieces that several cue words of the reading's cue sets hold ("offer" for "offered",
"offering", "offers"; "this " for "this month", "this year" and four more): the one scan of
a text for the piece spares the scan for each of its words where it is absent (most texts)."""
