"""A figure that names a thing with the word before it ("Falcon 9", "Camp 3", "mile 20") is no
count; the counts and measures next to such names still are."""

from __future__ import annotations

import pytest

from factcheck.quantities import find_quantities

# id, text, every quoted phrase
DESIGNATIONS = [
    ("rocket-name-before-a-verb", "The launch of the Falcon 9 lifted off at dawn", []),
    ("rocket-name-before-its-noun", "aboard an Ariane 6 rocket from Kourou", []),
    ("rocket-name-alone", "launched from California aboard a Falcon 9.", []),
    ("camp-names", "climbers stranded at Camp 3 and Camp 4 on Everest", []),
    ("milestone-kilometre", "he attacked at kilometre 130 of the race", []),
    ("milestone-mile", "she pulled away at mile 20, and won", []),
    ("unit-name", "the strike by UAW Local 12 ended", []),
    ("version", "the gang behind LockBit 3.0 ransomware", []),
    ("military-unit", "a statement from Space Launch Delta 45.", []),
    ("race-name", "he won the Sierra Crest 100 race in June", []),
    ("school-year", "girls in Year 8 fell to 72.9%", ["72.9%"]),
    ("index-before-a-verb", "The Kestral 50 lost 136 points", ["136 points"]),
    ("aircraft-model", "A Sukhoi Superjet 100 carrying 87 people", ["87 people"]),
    # the right readings nearby
    ("plural-noun-is-counted", "in Gaza 40 people died", ["40 people"]),
    ("verb-of-a-count", "officials told Reuters 12 were killed", ["12"]),
    # any one-word predicate of a count keeps the figure a count, not only "died"
    ("predicate-perished", "officials told Reuters 12 perished", ["12 perished"]),
    ("predicate-survived", "officials told Reuters 12 survived", ["12 survived"]),
    ("predicate-dead", "officials told Reuters 40 dead", ["40"]),
    # a word that opens a line opens its sentence, as after a full stop
    ("word-opening-a-line", "Storm update\nShelters 12 across the city opened", ["12"]),
    ("unit-after-a-name", "Reuters 12 km away", ["12 km"]),
    ("opening-word-is-no-name", "Nearly 40 were hurt", ["Nearly 40"]),
    ("currency-code", "I would like to buy this item for EUR 125.", ["EUR 125"]),
    ("gapped-list", "Norris has 390 points, Piastri 366 and Verstappen 341.", None),
    ("gapped-and", "Framingham measured 23 inches and Worcester 20.5.", ["23 inches", "20.5"]),
    ("capitalised-word-after", "Cannington-South 32 Ltd", ["32 Ltd"]),
    ("mile-as-a-unit", "It ran a mile 20 minutes later", ["a mile", "20 minutes"]),
    ("count-before-a-name", "the 12 Democrats who voted", ["12 Democrats"]),
]


@pytest.mark.parametrize(
    ("text", "phrases"), [c[1:] for c in DESIGNATIONS], ids=[c[0] for c in DESIGNATIONS]
)
def test_designation(text: str, phrases: list[str] | None) -> None:
    got = [text[m.start : m.end] for m in find_quantities(text)]
    if phrases is None:
        # the gapped figures are counts, whatever their noun
        assert [p for p in got if p in ("366", "341")] == ["366", "341"]
    else:
        assert got == phrases
