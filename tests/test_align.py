"""Alignment and verdicts across documents: short reports, one phenomenon each.

Every case is a handful of reports written for this table, two quotes that must share a group
(with its verdict) or stay apart, and no contradiction unless one is named.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

import factcheck
from factcheck.align import _exact_day

T0 = dt.datetime(2024, 5, 14, 8, tzinfo=dt.UTC)
"""A Tuesday: weekdays in the reports below resolve to the days before it."""


@dataclass(frozen=True)
class Case:
    docs: dict[str, str]
    first: tuple[str, str]
    second: tuple[str, str]
    verdict: str | None
    """The verdict of the group holding both quotes, or None when they must stay apart."""
    hours: tuple[int, ...] = ()
    """Hours after T0 at which each document was published (default: all at T0)."""


def _report(case: Case) -> factcheck.Report:
    hours = case.hours or (0,) * len(case.docs)
    docs = [
        factcheck.Document(id=doc, text=text, published=T0 + dt.timedelta(hours=h))
        for (doc, text), h in zip(case.docs.items(), hours, strict=True)
    ]
    return factcheck.compare(docs)


def groups_of(report: factcheck.Report, doc: str, words: str) -> set[int]:
    text = next(d.text for d in report.documents if d.id == doc)
    start = text.index(words)
    end = start + len(words)
    return {
        i
        for i, g in enumerate(report.groups)
        for c in g.claims
        if c.doc == doc and c.start < end and start < c.end
    }


CASES = {
    "temperatures-of-two-cities-stay-apart": Case(
        {
            "a": "Seville hit 44C on Monday as the heatwave spread.",
            "b": "Madrid reached 40C on Monday, the weather service said.",
        },
        ("a", "44C"),
        ("b", "40C"),
        None,
    ),
    "temperatures-of-one-city-meet": Case(
        {
            "a": "Seville hit 44C on Monday as the heatwave spread.",
            "b": "Seville reached 44 degrees Celsius on Monday.",
        },
        ("a", "44C"),
        ("b", "44 degrees Celsius"),
        "agree",
    ),
    "the-time-a-fire-was-put-out-is-not-when-it-broke-out": Case(
        {
            "a": "The fire broke out at about 1:30 a.m. on Monday, firefighters said.",
            "b": "The blaze was finally put out at 6:30 a.m. on Monday.",
        },
        ("a", "1:30 a.m."),
        ("b", "6:30 a.m."),
        None,
    ),
    "a-tally-told-day-by-day-is-parts-of-the-weekend": Case(
        {
            "a": "Police said 12 people were arrested on Saturday and 7 on Sunday.",
            "b": "Nineteen arrests were made over the weekend, police said.",
        },
        ("a", "12 people"),
        ("b", "Nineteen arrests"),
        None,
    ),
    "valuations-of-two-companies-stay-apart": Case(
        {
            "a": "Wiz was valued at $12 billion in May, people familiar said.",
            "b": "Alphabet's market value is about $2.3 trillion, a filing showed.",
        },
        ("a", "$12 billion"),
        ("b", "$2.3 trillion"),
        None,
    ),
    "valuations-of-one-company-still-clash": Case(
        {
            "a": "Wiz was valued at $12 billion in May, people familiar said.",
            "b": "Wiz is worth $32 billion, the startup said.",
        },
        ("a", "$12 billion"),
        ("b", "$32 billion"),
        "contradict",
    ),
    "a-valuation-whose-owner-is-unsaid-meets-a-named-one": Case(
        {
            "a": "Wiz was valued at $12 billion in May, people familiar said.",
            "b": "The startup was valued at $12 billion after its last round.",
        },
        ("a", "$12 billion"),
        ("b", "$12 billion"),
        "agree",
    ),
    "a-toll-that-could-rise-is-a-forecast": Case(
        {
            "a": "The death toll could rise to 60, officials warned on Monday.",
            "b": "Forty people were killed in the landslide, police said.",
        },
        ("a", "60"),
        ("b", "Forty people"),
        None,
    ),
    "the-whole-after-an-owner-is-no-toll": Case(
        {
            "a": "The flood destroyed 400 of the village's 1,000 houses.",
            "b": "About 400 houses were destroyed, the mayor said.",
        },
        ("a", "1,000 houses"),
        ("b", "About 400 houses"),
        None,
    ),
    "animals-killed-are-no-toll": Case(
        {
            "a": "The flood killed 200 cattle, farmers said.",
            "b": "The flood killed three people, police said.",
        },
        ("a", "200 cattle"),
        ("b", "three people"),
        None,
    ),
    "animals-of-two-kinds-never-clash": Case(
        {
            "a": "The flood killed 200 cattle, farmers said.",
            "b": "The flood killed 900 sheep, farmers said.",
        },
        ("a", "200 cattle"),
        ("b", "900 sheep"),
        None,
    ),
    "times-in-two-zones-are-one-instant": Case(
        {
            "a": "The rocket lifted off at 14:32 UTC on Monday.",
            "b": "The rocket lifted off at 10:32 a.m. EDT on Monday.",
        },
        ("a", "14:32 UTC"),
        ("b", "10:32 a.m. EDT"),
        "agree",
    ),
    "one-clock-reading-two-zones-contradict": Case(
        {
            "a": "The rocket lifted off at 10:32 UTC on Monday.",
            "b": "The rocket lifted off at 10:32 a.m. EDT on Monday.",
        },
        ("a", "10:32 UTC"),
        ("b", "10:32 a.m. EDT"),
        "contradict",
    ),
    "a-zoned-time-and-a-local-one-stay-apart": Case(
        {
            "a": "The rocket lifted off at 14:32 UTC on Monday.",
            "b": "The rocket lifted off at 10:32 a.m. on Monday.",
        },
        ("a", "14:32 UTC"),
        ("b", "10:32 a.m."),
        None,
    ),
    "hospitalised-are-a-part-of-the-injured": Case(
        {
            "a": "The bus crash injured 40 people.",
            "b": "Twelve people were hospitalised after the crash.",
        },
        ("a", "40 people"),
        ("b", "Twelve people"),
        None,
    ),
    "after-a-reporting-verb-the-figure-is-reported": Case(
        {
            "a": "Survivors said 120 people had been on board the boat.",
            "b": "The coast guard rescued 87 people from the boat.",
        },
        ("a", "120 people"),
        ("b", "87 people"),
        None,
    ),
    "a-fine-is-no-repayment": Case(
        {
            "a": "Lind was ordered to pay a €250,000 fine.",
            "b": "Lind was ordered to pay back €3.4m.",
        },
        ("a", "€250,000"),
        ("b", "€3.4m"),
        None,
    ),
    "a-sentence-sought-is-no-sentence": Case(
        {
            "a": "Prosecutors had sought 10 years in prison.",
            "b": "The judge jailed him for seven years.",
        },
        ("a", "10 years"),
        ("b", "seven years"),
        None,
    ),
    "results-showed-on-a-day-is-a-statement": Case(
        {
            "a": "The election was held on Sunday.",
            "b": "The party won, official results showed on Monday.",
        },
        ("a", "Sunday"),
        ("b", "Monday"),
        None,
    ),
    "a-night-meets-the-morning-after": Case(
        {
            "a": "Rebels attacked the town overnight Sunday, officials said.",
            "b": "Rebels attacked the town early on Monday, officials said.",
        },
        ("a", "overnight Sunday"),
        ("b", "Monday"),
        "compatible",
    ),
    "a-night-agrees-with-its-day": Case(
        {
            "a": "Rebels attacked the town on Sunday night, officials said.",
            "b": "Rebels attacked the town on Sunday, officials said.",
        },
        ("a", "Sunday night"),
        ("b", "Sunday"),
        "agree",
    ),
    "a-modal-end-is-no-start": Case(
        {
            "a": "Rail workers walked out on Monday.",
            "b": "The union said the walkout could end on Thursday.",
        },
        ("a", "Monday"),
        ("b", "Thursday"),
        None,
    ),
    "last-weekday-is-either-week": Case(
        {
            "a": "The talks opened last Friday, officials said.",
            "b": "The talks opened on May 10, officials said.",
        },
        ("a", "last Friday"),
        ("b", "May 10"),
        "compatible",
        hours=(96, 96),  # published on Saturday, May 18: last Friday is May 10 or May 17
    ),
    "times-of-two-steps-stay-apart": Case(
        {
            "a": "The plane departed Kathmandu at 1:05 p.m. on Monday.",
            "b": "The plane skidded off the runway at 1:30 p.m. on Monday.",
        },
        ("a", "1:05 p.m."),
        ("b", "1:30 p.m."),
        None,
    ),
    "times-of-the-event-meet": Case(
        {
            "a": "The quake struck at 4:10 p.m. on Monday.",
            "b": "A wave reached the port shortly after the 16:10 tremor on Monday.",
        },
        ("a", "4:10 p.m."),
        ("b", "16:10"),
        "agree",
    ),
    "a-second-strike-has-its-own-time": Case(
        {
            "a": "The strike hit the market at about 10:15 a.m. on Monday.",
            "b": "A second strike hit a school at 6:20 p.m. on Monday.",
        },
        ("a", "10:15 a.m."),
        ("b", "6:20 p.m."),
        None,
    ),
    "unnamed-parts-of-a-toll-never-clash": Case(
        {
            "a": "The bus crashed, injuring 14 of the 40 people on board.",
            "b": "Two of the injured are in critical condition.",
        },
        ("a", "14"),
        ("b", "Two"),
        None,
    ),
    "a-visit-is-no-event-date": Case(
        {
            "a": "The market was shelled on Monday.",
            "b": "The president visited the site on Thursday.",
        },
        ("a", "Monday"),
        ("b", "Thursday"),
        None,
    ),
    "lengths-of-unnamed-things-never-clash": Case(
        {
            "a": "The boat sank about 47 nautical miles southwest of Pylos.",
            "b": "The vessel went down in one of the deepest parts of the sea, some 17,000 feet.",
        },
        ("a", "about 47 nautical miles"),
        ("b", "some 17,000 feet"),
        None,
    ),
    "a-burned-area-grows": Case(
        {
            "a": "The fire has burned 2,900 acres and was 5% contained.",
            "b": "The fire has now burned 15,800 acres and was 20% contained.",
        },
        ("a", "2,900 acres"),
        ("b", "15,800 acres"),
        "compatible",
        hours=(0, 20),
    ),
    "a-toll-in-one-country-is-a-part": Case(
        {
            "a": "The storm killed 16 people across central Europe.",
            "b": "Seven people were killed in Poland.",
        },
        ("a", "16 people"),
        ("b", "Seven people"),
        "compatible",
    ),
    "children-killed-are-a-part": Case(
        {
            "a": "The strikes killed 41 people, officials said.",
            "b": "Two children were killed at the hospital.",
        },
        ("a", "41 people"),
        ("b", "Two children"),
        "compatible",
    ),
    "a-place-both-name-is-no-part": Case(
        {
            "a": "A fire at a factory in Sonargram killed fewer than 10 workers on Sunday.",
            "b": "More than 20 workers died when fire swept through a factory in Sonargram.",
        },
        ("a", "fewer than 10 workers"),
        ("b", "More than 20 workers"),
        "contradict",
    ),
    "vague-amount-loose-above": Case(
        {
            "a": "The grass fire has burned hundreds of houses along the coast road.",
            "b": "Officials said more than 1,200 houses have burned since the fire began.",
        },
        ("a", "hundreds of houses"),
        ("b", "more than 1,200 houses"),
        "compatible",
    ),
    "vague-amount-firm-below": Case(
        {
            "a": "Hundreds of fans were detained outside the stadium.",
            "b": "Police said nine fans had been detained.",
        },
        ("a", "Hundreds of fans"),
        ("b", "nine fans"),
        "contradict",
    ),
    "hyphenated-figure-is-no-toll": Case(
        {
            "a": "The earthquake killed 31 people in the valley.",
            "b": "The death toll from Sunday's 5.8-magnitude tremor rose sharply overnight.",
        },
        ("a", "31 people"),
        ("b", "5.8-magnitude"),
        None,
    ),
    "rescue-day-is-not-the-collapse-day": Case(
        {
            "a": "Crews pulled nine workers alive from a collapsed parking garage on Monday.",
            "b": "The parking garage collapsed on Saturday, trapping nine workers.",
        },
        ("a", "Monday"),
        ("b", "Saturday"),
        None,
    ),
    "synonyms-agree": Case(
        {"a": "The storm killed 12 people on Monday.", "b": "Twelve people died in the storm."},
        ("a", "killed 12 people"),
        ("b", "Twelve people died"),
        "agree",
    ),
    "lower-bounds-compatible": Case(
        {
            "a": "More than 100 people were killed in the blast.",
            "b": "At least 118 people died in the blast.",
        },
        ("a", "More than 100 people"),
        ("b", "At least 118 people"),
        "compatible",
    ),
    "units-within-precision": Case(
        {
            "a": "Gusts of up to 67 mph were recorded.",
            "b": "Gusts reached up to 108 km/h on the island.",
        },
        ("a", "up to 67 mph"),
        ("b", "up to 108 km/h"),
        "agree",
    ),
    "subset-stays-apart": Case(
        {
            "a": "At least 40 people were killed in the fire.",
            "b": "Some 45 people died in the fire, and two children were among the dead.",
        },
        ("a", "At least 40 people"),
        ("b", "two children"),
        None,
    ),
    "parts-of-different-kinds-never-clash": Case(
        {
            "a": "The fire killed 30 people. Three police officers were among the dead.",
            "b": "Thirty people died in the fire, and two children were among the dead.",
        },
        ("a", "Three police officers"),
        ("b", "two children"),
        None,
    ),
    "ages-of-different-people-never-clash": Case(
        {
            "a": "The 34-year-old driver was taken to hospital.",
            "b": "A 19-year-old passenger was treated for cuts.",
        },
        ("a", "34-year-old"),
        ("b", "19-year-old"),
        None,
    ),
    "ages-of-one-person-clash": Case(
        {
            "a": "The 34-year-old driver was taken to hospital.",
            "b": "The 43-year-old driver suffered light injuries.",
        },
        ("a", "34-year-old"),
        ("b", "43-year-old"),
        "contradict",
    ),
    "background-toll-stays-apart": Case(
        {
            "a": "The flood killed 30 people in the valley.",
            "b": "The flood killed 30 people. A flood in 1998 killed 400 people there.",
        },
        ("a", "killed 30 people"),
        ("b", "killed 400 people"),
        None,
    ),
    "second-blast-apart-from-first": Case(
        {
            "a": "The first blast went off some 300 metres from the gate, and the second "
            "about 900 metres away.",
            "b": "The first bomb exploded roughly 1,000 feet from the gate.",
        },
        ("a", "about 900 metres"),
        ("b", "roughly 1,000 feet"),
        None,
    ),
    "first-blast-with-first-bomb": Case(
        {
            "a": "The first blast went off some 300 metres from the gate, and the second "
            "about 900 metres away.",
            "b": "The first bomb exploded roughly 1,000 feet from the gate.",
        },
        ("a", "some 300 metres"),
        ("b", "roughly 1,000 feet"),
        "agree",
    ),
    "ordinal-is-not-a-count": Case(
        {
            "a": "Five workers died in the depot fire.",
            "b": "Five people were killed. A sixth worker was badly burned.",
        },
        ("a", "Five workers"),
        ("b", "A sixth worker"),
        None,
    ),
    "ranking-is-not-a-toll": Case(
        {
            "a": "The collapse killed more than 100 people.",
            "b": "Its owner was named one of the 100 most powerful people in the city.",
        },
        ("a", "more than 100 people"),
        ("b", "the 100 most powerful people"),
        None,
    ),
    "statement-day-is-not-the-event-day": Case(
        {
            "a": "The bridge collapsed on Sunday, killing four people.",
            "b": "Officials said on Monday that Sunday's collapse killed four people.",
        },
        ("a", "on Sunday"),
        ("b", "said on Monday"),
        None,
    ),
    "event-days-agree": Case(
        {
            "a": "The bridge collapsed on Sunday, killing four people.",
            "b": "Officials said on Monday that Sunday's collapse killed four people.",
        },
        ("a", "on Sunday"),
        ("b", "Sunday's collapse"),
        "agree",
    ),
    "different-days-contradict": Case(
        {
            "a": "A truck overturned on the motorway on Friday, police said.",
            "b": "A truck crashed on the motorway on Saturday, spilling diesel.",
        },
        ("a", "on Friday"),
        ("b", "on Saturday"),
        "contradict",
    ),
    "sizes-of-different-things-never-clash": Case(
        {
            "a": "The 984-foot freighter lost power before the crash.",
            "b": "Most of the 1.6-mile span fell into the river.",
        },
        ("a", "984-foot"),
        ("b", "1.6-mile"),
        None,
    ),
    "sizes-of-one-thing-agree": Case(
        {
            "a": "Most of the 1.6-mile span fell into the river.",
            "b": "The 2.6-kilometre bridge opened decades ago.",
        },
        ("a", "1.6-mile"),
        ("b", "2.6-kilometre"),
        "agree",
    ),
    "this-years-toll-apart-from-last-years": Case(
        {
            "a": "This year's monsoon has killed 312 people in the state. Last year's rains "
            "killed 280.",
            "b": "The monsoon has killed 315 people so far this year, up from 280 in all of last "
            "year.",
        },
        ("a", "killed 280"),
        ("b", "315 people"),
        None,
        hours=(0, 3),
    ),
    "this-years-tolls-together": Case(
        {
            "a": "This year's monsoon has killed 312 people in the state. Last year's rains "
            "killed 280.",
            "b": "The monsoon has killed 315 people so far this year, up from 280 in all of last "
            "year.",
        },
        ("a", "312 people"),
        ("b", "315 people"),
        "compatible",
        hours=(0, 3),
    ),
    "a-later-sentence-day-never-clashes": Case(
        {
            "a": "A blast hit the fertiliser plant on Tuesday, killing two workers.",
            "b": "The plant had been inspected twice. Crews on Thursday cleared the rubble.",
        },
        ("a", "on Tuesday"),
        ("b", "on Thursday"),
        None,
    ),
    "an-event-day-after-the-first-sentence-still-clashes": Case(
        {
            "a": "Crews worked through the night. The dam burst on Saturday, flooding a village.",
            "b": "Aid is arriving. The dam burst on Sunday, flooding a village.",
        },
        ("a", "on Saturday"),
        ("b", "on Sunday"),
        "contradict",
    ),
    "shares-of-one-whole-fit": Case(
        {
            "a": "Reservoirs have fallen to 18% of capacity.",
            "b": "The reservoirs hold less than 20% of their capacity.",
        },
        ("a", "18%"),
        ("b", "less than 20%"),
        "compatible",
    ),
    "shares-of-unnamed-wholes-never-clash": Case(
        {
            "a": "The union wants a rise of 12%, officials said.",
            "b": "The company has offered 5% and no more.",
        },
        ("a", "12%"),
        ("b", "5%"),
        None,
    ),
    "distances-from-different-places-never-clash": Case(
        {
            "a": "The bomb went off 2,300 feet from the grave.",
            "b": "The bomb went off 200 metres from the gate.",
        },
        ("a", "2,300 feet"),
        ("b", "200 metres"),
        None,
    ),
    "distances-from-one-place-clash": Case(
        {
            "a": "The bomb went off 2,300 feet from the grave.",
            "b": "The bomb went off 200 metres from the grave.",
        },
        ("a", "2,300 feet"),
        ("b", "200 metres"),
        "contradict",
    ),
    "raised-toll-is-a-revision": Case(
        {"a": "The crash killed 20 people.", "b": "The crash killed 35 people."},
        ("a", "20 people"),
        ("b", "35 people"),
        "compatible",
        hours=(0, 6),
    ),
    "later-figure-below-a-lower-bound": Case(
        {"a": "The crash killed at least 35 people.", "b": "The crash killed 20 people."},
        ("a", "at least 35 people"),
        ("b", "20 people"),
        "contradict",
        hours=(0, 6),
    ),
    "different-kinds-of-money-apart": Case(
        {
            "a": "The city released $60 million in emergency funds.",
            "b": "Rebuilding the bridge could cost up to $600 million.",
        },
        ("a", "$60 million"),
        ("b", "up to $600 million"),
        None,
    ),
    "shares-of-different-things-apart": Case(
        {
            "a": "The reservoir is at 18% of capacity.",
            "b": "Taps will run dry in around 50% of the districts.",
        },
        ("a", "18%"),
        ("b", "around 50%"),
        None,
    ),
    # A past event's toll belongs to that event: two reports may recall different ones.
    "tolls-of-two-past-events-never-clash": Case(
        {
            "a": "The flood killed 30 people. It was the worst since 1988, when a cyclone "
            "killed 2,500.",
            "b": "Thirty people died in the flood. A storm in 1971 killed 900 people there.",
        },
        ("a", "2,500"),
        ("b", "900 people"),
        None,
    ),
    # An increment adds to a toll that other reports give whole.
    "an-increment-is-not-the-toll": Case(
        {
            "a": "The landslide has killed 64 people, the governor said.",
            "b": "A further nine people died in hospital overnight, the governor said.",
        },
        ("a", "64 people"),
        ("b", "nine people"),
        None,
        hours=(0, 20),
    ),
    "n-more-is-an-increment": Case(
        {
            "a": "Troops detained 30 protesters.",
            "b": "Troops detained 18 protesters on Monday and 12 more on Tuesday.",
        },
        ("a", "30 protesters"),
        ("b", "12 more"),
        None,
    ),
    # The whole a part is taken from is not the part.
    "the-whole-of-a-fraction-is-not-the-part": Case(
        {
            "a": "A third of the 900 pupils were sent home.",
            "b": "About 300 pupils were sent home after the gas leak.",
        },
        ("a", "900 pupils"),
        ("b", "About 300 pupils"),
        None,
    ),
    "the-whole-of-a-count-is-not-the-part": Case(
        {
            "a": "Eleven of the 14 fishermen were rescued by a passing tanker.",
            "b": "A tanker rescued 11 fishermen.",
        },
        ("a", "14 fishermen"),
        ("b", "11 fishermen"),
        None,
    ),
    # "N more" of the noun before, under another verb, is that verb's whole count.
    "more-of-an-earlier-noun-under-another-verb": Case(
        {
            "a": "The tornado flattened 75 barns and houses and damaged 30 more.",
            "b": "Some 105 houses were damaged or flattened by the tornado.",
        },
        ("a", "30 more"),
        ("b", "Some 105 houses"),
        None,
    ),
    # Counts that fall as well as rise: a later lower figure is an update.
    "the-missing-can-fall": Case(
        {
            "a": "Fifteen divers were missing after the boat sank.",
            "b": "Coast guards found 11 divers; four remain missing.",
        },
        ("a", "Fifteen divers"),
        ("b", "four"),
        "compatible",
        hours=(0, 24),
    ),
    "the-displaced-can-fall": Case(
        {
            "a": "The floods displaced 8,000 people.",
            "b": "About 2,500 people are still displaced as the water recedes.",
        },
        ("a", "8,000 people"),
        ("b", "About 2,500 people"),
        "compatible",
        hours=(0, 72),
    ),
    "the-missing-at-one-time-still-clash": Case(
        {
            "a": "Fifteen divers were missing after the boat sank.",
            "b": "Four divers were missing after the boat sank.",
        },
        ("a", "Fifteen divers"),
        ("b", "Four divers"),
        "contradict",
    ),
    # A figure that says it corrects an earlier one supersedes it.
    "a-lowered-toll-is-a-correction": Case(
        {
            "a": "The collapse killed 27 workers, the ministry said.",
            "b": "The ministry lowered the toll to 22, citing a double count.",
        },
        ("a", "27 workers"),
        ("b", "22"),
        "compatible",
        hours=(0, 30),
    ),
    "a-toll-revised-down-is-a-correction": Case(
        {
            "a": "The collapse killed 27 workers, the ministry said.",
            "b": "The ministry revised its toll for the collapse down to 22.",
        },
        ("a", "27 workers"),
        ("b", "22"),
        "compatible",
        hours=(0, 30),
    ),
    "a-bare-revision-still-clashes-with-another-estimate": Case(
        {
            "a": "The governor put the toll at 400 to 450.",
            "b": "The agency revised the toll to 212.",
        },
        ("a", "400 to 450"),
        ("b", "212"),
        "contradict",
        hours=(0, 30),
    ),
    # A running total and one day's part of it are different figures.
    "a-running-total-and-one-day-alone": Case(
        {
            "a": "The cold snap has killed 75 people this month.",
            "b": "Officials counted 19 deaths from the cold on Friday alone.",
        },
        ("a", "75 people"),
        ("b", "19 deaths"),
        None,
    ),
    "the-period-of-a-tally-is-no-event-day": Case(
        {
            "a": "The cold snap has killed 75 people this month.",
            "b": "Officials counted 19 deaths from the cold on Friday alone.",
        },
        ("a", "this month"),
        ("b", "Friday"),
        None,
    ),
    # Nouns and verbs that are no toll of people.
    "shelters-opened-are-not-the-displaced": Case(
        {
            "a": "Some 4,000 people were displaced by the wildfire.",
            "b": "Officials opened 15 shelters for residents displaced by the wildfire.",
        },
        ("a", "Some 4,000 people"),
        ("b", "15 shelters"),
        None,
    ),
    "lives-saved-are-not-the-dead": Case(
        {
            "a": "The cyclone killed 9 people.",
            "b": "Evacuations saved 300 lives, officials said; nine people died.",
        },
        ("a", "9 people"),
        ("b", "300 lives"),
        None,
    ),
    "searchers-are-not-the-missing": Case(
        {
            "a": "Two kayakers were missing on the lake.",
            "b": "About 80 volunteers were searching for the kayakers.",
        },
        ("a", "Two kayakers"),
        ("b", "About 80 volunteers"),
        None,
    ),
    "a-burial-is-not-the-toll": Case(
        {
            "a": "The 11 victims were buried on Thursday.",
            "b": "The bombing killed 16 people, police said.",
        },
        ("a", "11 victims"),
        ("b", "16 people"),
        None,
    ),
    "treated-at-the-scene-is-not-the-injured": Case(
        {
            "a": "The pile-up injured 6 people.",
            "b": "Medics treated 45 people at the scene for shock.",
        },
        ("a", "6 people"),
        ("b", "45 people"),
        None,
    ),
    "seized-devices-are-not-blasts": Case(
        {
            "a": "Two explosions shook the market.",
            "b": "Police later seized 40 devices from a warehouse.",
        },
        ("a", "Two explosions"),
        ("b", "40 devices"),
        None,
    ),
    # Figures of causes of different kinds may be two events of one day.
    "two-causes-are-no-contradiction": Case(
        {
            "a": "A truck bomb near the market killed 31 people on Friday.",
            "b": "A shooting at the stadium killed 4 people on Friday.",
        },
        ("a", "31 people"),
        ("b", "4 people"),
        "compatible",
    ),
    "one-cause-named-alike-still-clashes": Case(
        {
            "a": "The earthquake killed 31 people on Friday.",
            "b": "The quake killed 4 people on Friday.",
        },
        ("a", "31 people"),
        ("b", "4 people"),
        "contradict",
    ),
    "lives-saved-by-different-hands-never-clash": Case(
        {
            "a": "Early flood warnings saved hundreds of lives.",
            "b": "Lifeboat crews saved 25 lives during the flood.",
        },
        ("a", "hundreds of lives"),
        ("b", "25 lives"),
        None,
        hours=(0, 5),
    ),
    "still-missing-is-the-current-figure": Case(
        {
            "a": "Eighteen miners were missing after the shaft flooded.",
            "b": "Rescuers brought 13 miners out; five are still missing.",
        },
        ("a", "Eighteen miners"),
        ("b", "five"),
        "compatible",
    ),
    "the-remaining-injured-after-some-died": Case(
        {
            "a": "At least 23 people were killed and 31 injured when the bus fell into a gorge.",
            "b": "Four of the injured died overnight. The remaining 27 injured are being treated.",
        },
        ("a", "31"),
        ("b", "27 injured"),
        "compatible",
        hours=(0, 20),
    ),
    "fewer-injured-later-with-no-word-of-it-clashes": Case(
        {
            "a": "At least 23 people were killed and 31 injured when the bus fell into a gorge.",
            "b": "The bus fell into a gorge. 27 people were injured.",
        },
        ("a", "31"),
        ("b", "27 people"),
        "contradict",
        hours=(0, 20),
    ),
    "a-running-total-is-not-one-month": Case(
        {
            "a": "The fever has killed 44 people so far this year.",
            "b": "Eleven people died of the fever in February.",
        },
        ("a", "44 people"),
        ("b", "Eleven people"),
        None,
        hours=(0, 6),
    ),
    "a-first-step-before-another-is-a-part": Case(
        {
            "a": "Troops detained 30 protesters on Monday and another 20 on Tuesday.",
            "b": "Troops detained 50 protesters in two days.",
        },
        ("a", "30 protesters"),
        ("b", "50 protesters"),
        None,
    ),
    "a-breakdown-by-kind-is-no-total": Case(
        {
            "a": "The shelling killed 23 people.",
            "b": "The shelling killed 15 soldiers and 8 civilians.",
        },
        ("a", "23 people"),
        ("b", "15 soldiers"),
        None,
        hours=(5, 0),
    ),
    # A speed, a temperature or a duration clashes only with one of the same named thing.
    "a-speed-and-a-speed-limit": Case(
        {
            "a": "The coach was travelling at 110 km/h when it overturned.",
            "b": "The limit on that bend is 50 km/h.",
        },
        ("a", "110 km/h"),
        ("b", "50 km/h"),
        None,
    ),
    "two-durations-of-two-things": Case(
        {
            "a": "The outage lasted 14 hours.",
            "b": "Most customers were reconnected within 2 hours.",
        },
        ("a", "14 hours"),
        ("b", "2 hours"),
        None,
    ),
    "a-day-high-and-a-night-low": Case(
        {
            "a": "Temperatures hit 41C on Monday.",
            "b": "Temperatures fell to 18C overnight.",
        },
        ("a", "41C"),
        ("b", "18C"),
        None,
    ),
    "winds-of-one-storm-still-clash": Case(
        {
            "a": "The cyclone struck with sustained winds of 120 mph.",
            "b": "The cyclone struck with sustained winds of 90 km/h.",
        },
        ("a", "120 mph"),
        ("b", "90 km/h"),
        "contradict",
    ),
    "counts-of-two-named-places-never-clash": Case(
        {
            "a": "Police arrested 31 people in Marseille.",
            "b": "Police arrested 7 people in Toulouse.",
        },
        ("a", "31 people"),
        ("b", "7 people"),
        "compatible",
    ),
    "counts-of-one-named-place-still-clash": Case(
        {
            "a": "Police arrested 31 people in Marseille.",
            "b": "Police arrested 7 people in Marseille.",
        },
        ("a", "31 people"),
        ("b", "7 people"),
        "contradict",
    ),
    "sums-of-two-givers-never-clash": Case(
        {
            "a": "The World Bank pledged $80 million in relief funds.",
            "b": "Canada pledged $15 million in relief funds.",
        },
        ("a", "$80 million"),
        ("b", "$15 million"),
        "compatible",
    ),
    "sums-of-one-giver-still-clash": Case(
        {
            "a": "The World Bank pledged $80 million in relief funds.",
            "b": "The World Bank pledged $15 million in relief funds.",
        },
        ("a", "$80 million"),
        ("b", "$15 million"),
        "contradict",
    ),
    "a-forecast-is-not-the-toll": Case(
        {
            "a": "Officials said the toll was expected to pass 200.",
            "b": "The cyclone killed 64 people, officials said.",
        },
        ("a", "200"),
        ("b", "64 people"),
        None,
    ),
    "one-day-named-by-other-verbs": Case(
        {
            "a": "Militants freed 11 hostages on Monday, including four women.",
            "b": "Eleven captives were released on May 13 after six weeks in captivity.",
        },
        ("a", "Monday"),
        ("b", "May 13"),
        "agree",
    ),
    "one-day-of-a-burial-and-a-collapse": Case(
        {
            "a": "A landslide buried an apartment block in Kathmandu on Sunday.",
            "b": "At least nine labourers died when a building collapsed on May 12.",
        },
        ("a", "Sunday"),
        ("b", "May 12"),
        "agree",
    ),
    "lone-days-that-differ-stay-apart": Case(
        {
            "a": "Militants freed 11 hostages on Monday, including four women.",
            "b": "Eleven captives were released on May 12 after six weeks in captivity.",
        },
        ("a", "Monday"),
        ("b", "May 12"),
        None,
    ),
    "one-crowd-named-by-other-nouns": Case(
        {
            "a": "About 40,000 members walked out on Monday, the union said.",
            "b": "Some 40,000 workers joined the strike.",
        },
        ("a", "40,000 members"),
        ("b", "40,000 workers"),
        "agree",
    ),
    "evacuees-and-residents-of-one-number": Case(
        {
            "a": "Some 2,000 people were evacuated from the town.",
            "b": "The derailment forced about 2,000 residents from their homes.",
        },
        ("a", "2,000 people"),
        ("b", "2,000 residents"),
        "agree",
    ),
    "a-crowd-is-not-a-toll-of-the-same-number": Case(
        {
            "a": "Some 40 workers were on the site, officials said.",
            "b": "The collapse killed 40 workers.",
        },
        ("a", "40 workers"),
        ("b", "40 workers"),
        None,
    ),
    "two-predicates-of-one-number-stay-apart": Case(
        {
            "a": "About 300 people were evacuated.",
            "b": "Some 300 people were arrested.",
        },
        ("a", "300 people"),
        ("b", "300 people"),
        None,
    ),
    "days-of-two-deeds-never-clash": Case(
        {
            "a": "A rival bidder withdrew on Friday.",
            "b": "Maythorn agreed on Tuesday to be sold.",
        },
        ("a", "Friday"),
        ("b", "Tuesday"),
        None,
    ),
    "a-day-of-burns-is-not-the-day-residents-returned": Case(
        {
            "a": "The fire has burned 31,870 acres. A firefighter suffered minor burns on Friday.",
            "b": "The fire is 64% contained. Residents were allowed back on Monday.",
        },
        ("a", "Friday"),
        ("b", "Monday"),
        None,
    ),
    "a-deed-beyond-a-figure-with-a-comma": Case(
        {
            "a": "Crews removed about 12,000 cubic metres of debris over the weekend.",
            "b": "The road, closed on Friday by a landslide, reopened on Monday.",
        },
        ("a", "the weekend"),
        ("b", "Friday"),
        None,
    ),
    "a-ships-fuel-is-not-its-cargo": Case(
        {
            "a": "The ship has about 1,200 tonnes of fuel oil in its tanks.",
            "b": "The ship was carrying 54,000 tonnes of iron ore.",
        },
        ("a", "1,200 tonnes"),
        ("b", "54,000 tonnes"),
        None,
    ),
    "one-matter-in-two-units": Case(
        {
            "a": "A grain ship was damaged, and 3,000 tonnes of grain were destroyed.",
            "b": "About 6.6 million pounds of grain burned.",
        },
        ("a", "3,000 tonnes"),
        ("b", "6.6 million pounds"),
        "agree",
    ),
    "one-matter-seized-twice-clashes": Case(
        {
            "a": "Police seized 1.2 tonnes of cocaine on Monday.",
            "b": "Officers seized 2 tonnes of cocaine from the boat.",
        },
        ("a", "1.2 tonnes"),
        ("b", "2 tonnes"),
        "contradict",
    ),
    "floors-gone-down-are-not-a-buildings-height": Case(
        {
            "a": "The fire started on the 14th floor of the 22-storey block.",
            "b": "The family ran down nine floors to safety.",
        },
        ("a", "22-storey"),
        ("b", "nine floors"),
        None,
    ),
    "an-accident-verb-dates-the-event": Case(
        {
            "a": "A tanker truck overturned on the motorway on Tuesday, spilling diesel.",
            "b": "Diesel leaked into a stream after a tanker crashed on Thursday.",
        },
        ("a", "Tuesday"),
        ("b", "Thursday"),
        "contradict",
    ),
    "one-deed-on-two-days-clashes": Case(
        {
            "a": "The council approved the plan on Tuesday.",
            "b": "The council approved the plan on Thursday.",
        },
        ("a", "Tuesday"),
        ("b", "Thursday"),
        "contradict",
    ),
    "times-of-two-cities-are-one-instant": Case(
        {
            "a": "The flight landed in Delhi at 4:05 p.m. Delhi time.",
            "b": "The flight landed at 6:35 a.m. New York time.",
        },
        ("a", "4:05 p.m."),
        ("b", "6:35 a.m."),
        "agree",
    ),
    "one-share-named-by-other-words": Case(
        {
            "a": "Management has offered a 3.5% raise.",
            "b": "Managers have offered a pay rise of 3.5 percent, while the union wants 7.",
        },
        ("a", "3.5%"),
        ("b", "3.5 percent"),
        "agree",
    ),
    "one-sum-named-by-other-verbs": Case(
        {
            "a": "Police funding rises to $610 million.",
            "b": "The police department will receive $610 million.",
        },
        ("a", "$610 million"),
        ("b", "$610 million"),
        "agree",
    ),
    "round-figures-of-one-unit-stay-apart": Case(
        {
            "a": "Turnout was 50%, the commission said.",
            "b": "The ruling party won 50 percent of the seats.",
        },
        ("a", "50%"),
        ("b", "50 percent"),
        None,
    ),
    "things-of-one-noun-and-number": Case(
        {
            "a": "The chancellor said the plan would create 40,000 jobs over five years.",
            # "this week" reads as a running total here: the counts' keys differ
            "b": "The plan announced this week will create 40,000 jobs, the Treasury said.",
        },
        ("a", "40,000 jobs"),
        ("b", "40,000 jobs"),
        "agree",
    ),
    "one-altitude-in-two-units": Case(
        {
            "a": "The avalanche struck at an altitude of about 2,800 metres, police said.",
            "b": "The skiers were swept away at roughly 9,200 feet near Verbier.",
        },
        ("a", "2,800 metres"),
        ("b", "9,200 feet"),
        "agree",
    ),
    "one-cold-in-kelvin-and-celsius": Case(
        {
            "a": "Night-time temperatures at the site fall to minus 80C.",
            "b": "The lander touched down where nights drop to 193 kelvin.",
        },
        ("a", "minus 80C"),
        ("b", "193 kelvin"),
        "agree",
    ),
    "a-bound-holds-a-figure-of-another-unit-without-being-it": Case(
        {
            "a": "Storm Daniel dropped 414 mm of rain in 24 hours.",
            "b": "The dam burst, unleashing a wall of water up to 7 metres high.",
        },
        ("a", "414 mm"),
        ("b", "7 metres"),
        None,
    ),
    "sums-per-year-and-per-day-that-meet-stay-apart": Case(
        {
            "a": "The reform is part of a plan to save 9.2 billion euros a year.",
            "b": "Employers put the cost of the strike at 30 million euros per day.",
        },
        ("a", "9.2 billion euros"),
        ("b", "30 million euros"),
        None,
    ),
    "sums-per-share-of-two-kinds-never-clash": Case(
        {
            "a": "The company earned $1.37 a share.",
            "b": "The company will pay a dividend of 25 cents a share.",
        },
        ("a", "$1.37"),
        ("b", "25 cents"),
        None,
    ),
    "gusts-read-in-a-place-the-other-never-names": Case(
        {
            "a": "Wind gusts reached 60 mph along the lakeshore.",
            "b": "Gusts of up to 45 mph brought down trees in Rochester.",
        },
        ("a", "60 mph"),
        ("b", "45 mph"),
        "compatible",
    ),
    "gusts-of-one-place-still-clash": Case(
        {
            "a": "Wind gusts reached 60 mph in Rochester.",
            "b": "Gusts of up to 45 mph brought down trees in Rochester.",
        },
        ("a", "60 mph"),
        ("b", "45 mph"),
        "contradict",
    ),
    "a-peak-stated-as-a-bound-and-as-a-figure": Case(
        {
            "a": "The tornado packed winds of up to 165 mph.",
            "b": "The tornado packed winds of about 265 km/h.",
        },
        ("a", "165 mph"),
        ("b", "265 km/h"),
        "agree",
    ),
    "a-strict-bound-is-another-figure": Case(
        {
            "a": "The tornado packed winds of less than 165 mph.",
            "b": "The tornado packed winds of about 265 km/h.",
        },
        ("a", "165 mph"),
        ("b", "265 km/h"),
        "compatible",
    ),
    "two-answers-of-one-poll": Case(
        {
            "a": "In the poll, 42% of Americans approve of her job performance.",
            "b": "In the poll, 54% of Americans disapprove of her job performance.",
        },
        ("a", "42%"),
        ("b", "54%"),
        None,
    ),
    "one-answer-of-one-poll-still-clashes": Case(
        {
            "a": "In the poll, 42% of Americans approve of her job performance.",
            "b": "In the poll, 54% of Americans approve of her job performance.",
        },
        ("a", "42%"),
        ("b", "54%"),
        "contradict",
    ),
    "rival-counters-of-one-crowd": Case(
        {
            "a": "Police said 42,000 people had marched in Paris.",
            "b": "About 250,000 people marched in Paris, according to the unions.",
        },
        ("a", "42,000"),
        ("b", "250,000"),
        "compatible",
    ),
    "one-crowd-of-one-counter-still-clashes": Case(
        {
            "a": "Police said 42,000 people had marched in Paris.",
            "b": "About 250,000 people marched in Paris, according to the police.",
        },
        ("a", "42,000"),
        ("b", "250,000"),
        "contradict",
    ),
    "a-statement-day-stays-apart-from-the-event-day": Case(
        {
            "a": "The ministry said on Monday that the dam was safe.",
            "b": "The dam burst on May 13, flooding three villages.",
        },
        ("a", "Monday"),
        ("b", "May 13"),
        None,
    ),
    "a-part-of-a-total-sum-is-not-the-total": Case(
        {
            "a": "The champion takes home $3.5 million in prize money.",
            "b": "Total prize money at this year's event rose 12% to $107.5 million.",
        },
        ("a", "$3.5 million"),
        ("b", "$107.5 million"),
        None,
    ),
    "a-total-meets-a-sum-of-the-same-figure": Case(
        {
            "a": "The city council approved a budget of 1.87 billion euros.",
            "b": "The council's total spending comes to nearly 1.9 billion euros.",
        },
        ("a", "1.87 billion euros"),
        ("b", "1.9 billion euros"),
        "compatible",
    ),
    "two-totals-of-one-sum-still-clash": Case(
        {
            "a": "Total prize money at this year's event rose to $80 million.",
            "b": "Total prize money at this year's event rose 12% to $107.5 million.",
        },
        ("a", "$80 million"),
        ("b", "$107.5 million"),
        "contradict",
    ),
    "costs-of-two-things-stay-apart": Case(
        {
            "a": "The union wants a braking system, which it said would cost about €1.2 billion.",
            "b": "Repairs to about 400 metres of damaged track will cost around €3 million.",
        },
        ("a", "€1.2 billion"),
        ("b", "€3 million"),
        None,
    ),
    "costs-of-one-bridge-still-clash": Case(
        {
            "a": "Officials said rebuilding the span could cost up to $600 million.",
            "b": "Maryland estimates the cost of replacing the Key Bridge at $1.7 billion.",
        },
        ("a", "$600 million"),
        ("b", "$1.7 billion"),
        "contradict",
    ),
    "gusts-of-a-place-named-past-and-may-differ": Case(
        {
            "a": "Wind gusts reached 60 mph along the lakeshore, and temperatures fell.",
            "b": "Gusts of up to 45 mph brought down trees and power lines across Monroe County.",
        },
        ("a", "60 mph"),
        ("b", "45 mph"),
        "compatible",
    ),
    "gusts-of-no-named-place-still-clash": Case(
        {
            "a": "Wind gusts reached 60 mph along the lakeshore, and temperatures fell.",
            "b": "Gusts of up to 45 mph brought down trees and power lines overnight.",
        },
        ("a", "60 mph"),
        ("b", "45 mph"),
        "contradict",
    ),
    "a-value-of-a-party-the-other-report-never-names": Case(
        {
            "a": "Veritas beat forecasts. The company had a market value of roughly $88 billion.",
            "b": "Kanto Silicon, which has a market value of about $12 billion, rose 4.5%.",
        },
        ("a", "$88 billion"),
        ("b", "$12 billion"),
        "compatible",
    ),
    "a-value-of-a-party-both-reports-name-still-clashes": Case(
        {
            "a": "Kanto Silicon beat forecasts. The company had a market value of $88 billion.",
            "b": "Kanto Silicon, which has a market value of about $12 billion, rose 4.5%.",
        },
        ("a", "$88 billion"),
        ("b", "$12 billion"),
        "contradict",
    ),
    "the-survivors-now-are-not-the-rescued": Case(
        {
            "a": "Officials said eight survivors had been pulled from the wreckage.",
            "b": "Two of them died overnight. The six survivors were in stable condition.",
        },
        ("a", "eight"),
        ("b", "six"),
        None,
    ),
    "the-rescued-still-clash": Case(
        {
            "a": "Officials said eight survivors had been pulled from the wreckage.",
            "b": "Officials said 16 survivors had been pulled from the wreckage.",
        },
        ("a", "eight"),
        ("b", "16"),
        "contradict",
    ),
    # A count from a start ("since Thursday", "so far") is a running total, not one day's count.
    "a-count-since-a-day-is-not-one-nights": Case(
        {
            "a": "More than 200 people have been arrested since Thursday.",
            "b": "Police arrested 11 people on Sunday night.",
        },
        ("a", "200 people"),
        ("b", "11 people"),
        None,
    ),
    "a-count-since-a-fronted-start-is-not-one-days": Case(
        {
            "a": "Since the collapse, rescuers have recovered 17 bodies.",
            "b": "Rescuers recovered two bodies on Wednesday.",
        },
        ("a", "17 bodies"),
        ("b", "two bodies"),
        None,
    ),
    "a-count-since-a-start-meets-a-count-it-holds": Case(
        {
            "a": "More than 200 people have been arrested since Thursday.",
            "b": "Police said 243 people had been arrested.",
        },
        ("a", "200 people"),
        ("b", "243 people"),
        "compatible",
    ),
    "two-counts-since-one-start-still-clash": Case(
        {
            "a": "More than 200 people have been arrested since Thursday.",
            "b": "Police have arrested 150 people since Thursday.",
        },
        ("a", "200 people"),
        ("b", "150 people"),
        "contradict",
    ),
    "a-place-in-est-before-since-is-no-superlative": Case(
        {
            "a": "Police have arrested 200 people in Budapest since Monday.",
            "b": "Police arrested 11 people in Budapest on Sunday night.",
        },
        ("a", "200 people"),
        ("b", "11 people"),
        None,
    ),
    "a-since-after-a-superlative-starts-no-tally": Case(
        {
            "a": "On Sunday night, the calmest since protests began, police arrested 11 people.",
            "b": "Police arrested 30 people on Sunday night.",
        },
        ("a", "11 people"),
        ("b", "30 people"),
        "contradict",
    ),
    # What a truck, a tank or a pipeline holds or moves is not the amount of the event.
    "a-truck-s-load-is-not-the-amount-spilled": Case(
        {
            "a": "The truck was hauling 6,000 gallons of acid.",
            "b": "About 1,500 gallons of acid leaked.",
        },
        ("a", "6,000 gallons"),
        ("b", "1,500 gallons"),
        None,
    ),
    "what-a-tank-holds-is-not-the-amount-leaked": Case(
        {
            "a": "The tank holds 14,000 pounds of ammonia.",
            "b": "About 2,000 pounds of ammonia leaked.",
        },
        ("a", "14,000 pounds"),
        ("b", "2,000 pounds"),
        None,
    ),
    "a-load-on-board-is-not-the-amount-spilled": Case(
        {
            "a": "The tanker had 8,800 gallons of gasoline on board.",
            "b": "It spilled 3,000 gallons of gasoline.",
        },
        ("a", "8,800 gallons"),
        ("b", "3,000 gallons"),
        None,
    ),
    "two-loads-still-clash": Case(
        {
            "a": "The truck was hauling 6,000 gallons of acid.",
            "b": "The truck was carrying 9,000 gallons of acid.",
        },
        ("a", "6,000 gallons"),
        ("b", "9,000 gallons"),
        "contradict",
    ),
    "a-flow-a-day-is-not-the-amount-spilled": Case(
        {
            "a": "The pipeline carries 300,000 barrels of oil a day.",
            "b": "About 2,000 barrels of oil spilled.",
        },
        ("a", "300,000 barrels"),
        ("b", "2,000 barrels"),
        None,
    ),
    "traffic-a-day-is-not-the-vehicles-of-the-event": Case(
        {
            "a": "The bridge carries 35,000 vehicles a day.",
            "b": "Four vehicles fell into the river.",
        },
        ("a", "35,000 vehicles"),
        ("b", "Four vehicles"),
        None,
    ),
    "two-flows-a-day-still-clash": Case(
        {
            "a": "The pipeline carries 300,000 barrels of oil a day.",
            "b": "The line moves about 500,000 barrels of oil a day.",
        },
        ("a", "300,000 barrels"),
        ("b", "500,000 barrels"),
        "contradict",
    ),
    "a-count-a-day-after-is-no-rate": Case(
        {
            "a": "Police arrested 30 people a day after the march.",
            "b": "Police arrested 11 people after the march.",
        },
        ("a", "30 people"),
        ("b", "11 people"),
        "contradict",
    ),
    # The two sides of one whole, and the positions of two parties, are not one figure.
    "two-sides-of-one-vote-stay-apart": Case(
        {
            "a": "Some 87% of members who voted backed the deal.",
            "b": "Just 13% of members who voted rejected the deal.",
        },
        ("a", "87%"),
        ("b", "13%"),
        None,
    ),
    "systems-back-online-and-still-offline-stay-apart": Case(
        {
            "a": "About 40% of clinical systems were back online.",
            "b": "About 60% of clinical systems were still offline.",
        },
        ("a", "40%"),
        ("b", "60%"),
        None,
    ),
    "two-shares-of-one-side-still-clash": Case(
        {
            "a": "Some 87% of members who voted backed the deal.",
            "b": "Some 70% of members who voted backed the deal.",
        },
        ("a", "87%"),
        ("b", "70%"),
        "contradict",
    ),
    "an-offer-and-a-demand-stay-apart": Case(
        {
            "a": "Operators offered a 9% raise.",
            "b": "The union wants a 15% raise.",
        },
        ("a", "9%"),
        ("b", "15%"),
        None,
    ),
    "two-agreed-raises-still-clash": Case(
        {
            "a": "The deal gives workers a 9% raise.",
            "b": "The deal gives workers a 15% raise.",
        },
        ("a", "9%"),
        ("b", "15%"),
        "contradict",
    ),
    # A phrase fronted before a crowd's size names who counted it.
    "fronted-counters-give-two-estimates": Case(
        {
            "a": "According to organisers, 250,000 people took part.",
            "b": "According to the police, 48,000 people took part.",
        },
        ("a", "250,000 people"),
        ("b", "48,000 people"),
        "compatible",
    ),
    "a-fronted-count-and-estimate-give-two-estimates": Case(
        {
            "a": "By the organisers' count, 250,000 people took part.",
            "b": "In the unions' estimate, 48,000 people took part.",
        },
        ("a", "250,000 people"),
        ("b", "48,000 people"),
        "compatible",
    ),
    "one-fronted-counter-still-clashes-with-itself": Case(
        {
            "a": "According to organisers, 250,000 people took part.",
            "b": "According to organisers, 48,000 people took part.",
        },
        ("a", "250,000 people"),
        ("b", "48,000 people"),
        "contradict",
    ),
    # One item's size is not the whole load's; what befell some homes is not what befell
    # others; a part of a building is not its height.
    "each-item-s-mass-is-not-the-whole-load-s": Case(
        {
            "a": "Each satellite weighs about 800 kg.",
            "b": "The satellites weigh 17.6 tonnes in all.",
        },
        ("a", "800 kg"),
        ("b", "17.6 tonnes"),
        None,
    ),
    "two-items-masses-still-clash": Case(
        {
            "a": "Each satellite weighs about 800 kg.",
            "b": "The rocket carried 22 satellites, each weighing about 1.2 tonnes.",
        },
        ("a", "800 kg"),
        ("b", "1.2 tonnes"),
        "contradict",
    ),
    "homes-evacuated-are-not-homes-flooded": Case(
        {
            "a": "About 1,200 homes were evacuated.",
            "b": "About 300 homes were flooded.",
        },
        ("a", "1,200 homes"),
        ("b", "300 homes"),
        None,
    ),
    "homes-flooded-still-clash": Case(
        {
            "a": "About 1,200 homes were flooded.",
            "b": "About 300 homes were flooded.",
        },
        ("a", "1,200 homes"),
        ("b", "300 homes"),
        "contradict",
    ),
    "homes-of-two-verbs-still-meet": Case(
        {
            "a": "About 300 homes were flooded.",
            "b": "Some 300 homes were inundated.",
        },
        ("a", "300 homes"),
        ("b", "300 homes"),
        "agree",
    ),
    "homes-the-first-storm-reached-are-not-the-second-s": Case(
        {
            "a": "The first storm reached about 300 homes.",
            "b": "The second storm reached about 250 homes.",
        },
        ("a", "300 homes"),
        ("b", "250 homes"),
        None,
    ),
    "the-storeys-that-fell-are-not-the-building-s-height": Case(
        {
            "a": "The upper three storeys fell.",
            "b": "A 12-storey block partially collapsed in Istanbul.",
        },
        ("a", "three storeys"),
        ("b", "12-storey"),
        None,
    ),
    "two-heights-of-a-building-still-clash": Case(
        {
            "a": "The block had seven storeys.",
            "b": "The 12-storey block partially collapsed.",
        },
        ("a", "seven storeys"),
        ("b", "12-storey"),
        "contradict",
    ),
    "crowds-of-two-fronted-places-are-two-crowds": Case(
        {
            "a": "In Lyon, about 15,000 people marched on Saturday, police said.",
            "b": "In Paris, police said 48,000 people marched on Saturday.",
        },
        ("a", "15,000 people"),
        ("b", "48,000 people"),
        "compatible",
    ),
    "crowds-of-one-fronted-place-still-clash": Case(
        {
            "a": "In Lyon, about 15,000 people marched on Saturday.",
            "b": "In Lyon, about 48,000 people marched on Saturday.",
        },
        ("a", "15,000 people"),
        ("b", "48,000 people"),
        "contradict",
    ),
    "the-oil-skimmed-is-not-the-oil-spilled": Case(
        {
            "a": "Crews skimmed 21,000 gallons of oil from the creek.",
            "b": "The pipeline leaked 84,000 gallons of oil.",
        },
        ("a", "21,000 gallons"),
        ("b", "84,000 gallons"),
        None,
    ),
    "two-amounts-recovered-still-clash": Case(
        {
            "a": "Crews skimmed 21,000 gallons of oil from the creek.",
            "b": "Crews recovered about 50,000 gallons of oil from the creek.",
        },
        ("a", "21,000 gallons"),
        ("b", "50,000 gallons"),
        "contradict",
    ),
    "room-for-cars-is-not-the-cars-inside": Case(
        {
            "a": "The garage had room for 150 cars.",
            "b": "Some 80 cars were still inside.",
        },
        ("a", "150 cars"),
        ("b", "80 cars"),
        None,
    ),
    "the-day-a-centre-was-holding-people-is-not-the-capsizing": Case(
        {
            "a": "The boat capsized early on Sunday.",
            "b": "The survivors were being housed at the reception centre, which was holding "
            "more than 1,100 people on Monday.",
        },
        ("a", "Sunday"),
        ("b", "Monday"),
        None,
    ),
    "the-day-children-were-still-in-hospital-is-not-the-poisoning": Case(
        {
            "a": "Nearly 230 pupils fell ill after eating free school lunches on Wednesday.",
            "b": "Fifty-three children have been treated in hospital, and 12 were still there "
            "on Friday, officials said.",
        },
        ("a", "Wednesday"),
        ("b", "Friday"),
        None,
    ),
    "unscaled-degrees-may-be-fahrenheit-and-celsius": Case(
        {
            "a": "Temperatures in the canyons reached 100 degrees.",
            "b": "Temperatures in the canyons approached 38 degrees.",
        },
        ("a", "100 degrees"),
        ("b", "38 degrees"),
        "compatible",
    ),
    "unscaled-degrees-no-scale-can-match-still-clash": Case(
        {
            "a": "Temperatures in the canyons reached 44 degrees.",
            "b": "Temperatures in the canyons approached 38 degrees.",
        },
        ("a", "44 degrees"),
        ("b", "38 degrees"),
        "contradict",
    ),
    "helicopters-taking-part-are-not-people-taking-part": Case(
        {
            "a": "Two helicopters took part in the search.",
            "b": "More than 100 people took part in the search.",
        },
        ("a", "Two helicopters"),
        ("b", "More than 100 people"),
        None,
    ),
    "two-counts-of-people-taking-part-still-clash": Case(
        {
            "a": "Two helicopters and about 40 people took part in the search.",
            "b": "More than 100 people took part in the search.",
        },
        ("a", "about 40 people"),
        ("b", "More than 100 people"),
        "contradict",
    ),
    "two-days-of-a-capsizing-still-clash": Case(
        {
            "a": "The boat capsized early on Sunday.",
            "b": "A boat holding 80 migrants capsized on Friday.",
        },
        ("a", "Sunday"),
        ("b", "Friday"),
        "contradict",
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_alignment(case: Case) -> None:
    report = _report(case)
    first = groups_of(report, *case.first)
    second = groups_of(report, *case.second)
    shared = first & second
    if case.verdict is None:
        assert not shared, [report.groups[i] for i in shared]
    else:
        assert shared, (first, second, report.groups)
        verdicts = {report.groups[i].verdict for i in shared}
        assert verdicts == {case.verdict}, [report.groups[i].reason for i in shared]
    if case.verdict != "contradict":
        assert report.contradictions == (), [g.reason for g in report.contradictions]


def test_a_raised_toll_is_marked_as_a_revision() -> None:
    report = _report(CASES["raised-toll-is-a-revision"])
    (group,) = [g for g in report.groups if g.property == "killed"]
    assert group.revision
    assert "revised" in group.reason


def test_an_outlier_among_agreeing_sources_is_named() -> None:
    texts = {
        "a": "The blast went off about 700 metres from the tomb.",
        "b": "The bomb exploded roughly 700 metres from the tomb.",
        "c": "The device detonated some 2,300 feet from the tomb.",
        "d": "The blast went off 3 kilometres from the tomb.",
    }
    report = factcheck.compare(
        [factcheck.Document(id=k, text=v, published=T0) for k, v in texts.items()]
    )
    (group,) = report.contradictions
    assert group.outliers == ("d",)
    assert "d stands apart" in group.reason


def test_wire_copies_count_once() -> None:
    story = "Two explosions killed at least 50 people in the city on Monday, officials said."
    report = factcheck.compare(
        [
            factcheck.Document(id="agency", text=story, published=T0),
            factcheck.Document(id="paper", text=story, published=T0 + dt.timedelta(hours=1)),
        ]
    )
    killed = next(g for g in report.groups if g.property == "killed")
    assert killed.verdict == "single_source"
    assert "one wire story" in killed.reason
    assert "paper" in killed.reason


def test_a_copy_with_new_figures_is_a_new_report() -> None:
    early = "Two explosions killed at least 50 people in the city on Monday, officials said."
    late = "Two explosions killed at least 84 people in the city on Monday, officials said."
    report = factcheck.compare(
        [
            factcheck.Document(id="early", text=early, published=T0),
            factcheck.Document(id="late", text=late, published=T0 + dt.timedelta(hours=5)),
        ]
    )
    killed = next(g for g in report.groups if g.property == "killed")
    assert killed.verdict == "compatible"
    assert "lower bounds" in killed.reason


def test_a_source_with_two_days_never_clashes() -> None:
    texts = {
        "a": "The ferry sank on Saturday, and divers recovered bodies on Monday.",
        "b": "The ferry went down on Saturday.",
        "c": "The ferry capsized on Sunday night, the coast guard said.",
    }
    report = factcheck.compare(
        [factcheck.Document(id=k, text=v, published=T0) for k, v in texts.items()]
    )
    day = next(g for g in report.groups if any(c.text == "Saturday" for c in g.claims))
    assert {c.doc for c in day.claims} >= {"a", "b"}
    assert all(c.text != "Monday" for c in day.claims)


def test_groups_come_in_reading_order() -> None:
    report = _report(CASES["different-days-contradict"])
    order = ["contradict", "compatible", "agree", "single_source"]
    ranks = [order.index(g.verdict) for g in report.groups]
    assert ranks == sorted(ranks)
    assert all(g.reason for g in report.groups)


def test_a_copy_under_a_new_dateline_counts_once() -> None:
    story = (
        "Two explosions killed at least 50 people in the city on Monday, officials said. "
        "The blasts struck near the cemetery gate during a ceremony."
    )
    report = factcheck.compare(
        [
            factcheck.Document(id="agency", text=story, published=T0),
            factcheck.Document(id="paper", text="CITY (Wire) - " + story, published=T0),
            factcheck.Document(
                id="own", text="At least 60 people were killed on Monday.", published=T0
            ),
        ]
    )
    killed = next(g for g in report.groups if g.property == "killed")
    assert killed.verdict == "compatible"
    assert "copied by paper" in killed.reason


def test_a_copy_that_trims_its_last_sentence_counts_once() -> None:
    story = (
        "Two explosions killed at least 50 people in the city on Monday, officials said. "
        "The blasts struck near the cemetery gate during a ceremony attended by thousands. "
        "Rescue teams were still searching the area late into the night for 12 people."
    )
    trimmed = story.rsplit(" Rescue", 1)[0]
    report = factcheck.compare(
        [
            factcheck.Document(id="agency", text=story, published=T0),
            factcheck.Document(id="paper", text=trimmed, published=T0),
        ]
    )
    killed = next(g for g in report.groups if g.property == "killed")
    assert killed.verdict == "single_source"
    assert "one wire story" in killed.reason


def test_stray_values_of_many_sources_stay_cheap() -> None:
    """Each of 3,000 sources states the shared toll and one stray figure of its own: the
    shared toll forms one group, and the strays stand alone without quadratic work."""
    from factcheck.align import align_groups
    from factcheck.models import Claim, NumberInterval

    def claim(doc: str, start: int, value: float) -> Claim:
        return Claim(
            doc=doc,
            kind="count",
            text="x",
            start=start,
            end=start + 1,
            property="killed",
            value=NumberInterval(low=value, high=value, unit="person"),
        )

    claims = [c for i in range(3000) for c in (claim(f"d{i}", 0, 84), claim(f"d{i}", 9, 1000 + i))]
    groups = align_groups(claims)
    biggest = max(groups, key=lambda g: len(g.claims))
    assert len(biggest.claims) == 3000
    assert {c.value.low for c in biggest.claims if c.value is not None} == {84}


def _compare(texts: dict[str, str], published: dt.datetime = T0) -> factcheck.Report:
    return factcheck.compare(
        [factcheck.Document(id=k, text=v, published=published) for k, v in texts.items()]
    )


def test_days_of_two_named_events_never_clash() -> None:
    report = _compare(
        {
            "a": "The Civic Union won Sunday's parliamentary election.",
            "b": "Coalition talks began on Monday in the capital.",
            "c": "The election on Saturday went smoothly.",
        }
    )
    talks = next(g for g in report.groups if any(c.text == "Monday" for c in g.claims))
    assert [c.doc for c in talks.claims] == ["b"]
    assert "another event" in talks.reason
    # days of the same named event still clash
    assert [{c.doc for c in g.claims} for g in report.contradictions] == [{"a", "c"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Dubai airport handled a record 95.2 million passengers in 2025.",
            "London Heathrow, its rival, handled 83.9 million passengers in 2024.",
        ),
        (
            "The mayor, a Democrat first elected in 2022, won again.",
            "Turnout was higher than the 39 percent in the 2023 off-year elections.",
        ),
    ],
    ids=["deeds-whose-doer-may-differ", "two-elections"],
)
def test_past_years_that_may_be_of_two_things_never_clash(a: str, b: str) -> None:
    report = _compare({"a": a, "b": b}, published=dt.datetime(2026, 1, 13, tzinfo=dt.UTC))
    years = [c for g in report.groups for c in g.claims if c.kind == "date"]
    assert {c.role for c in years} == {"background"}
    assert report.contradictions == ()


def test_one_instant_read_in_two_zones_of_publication_is_two_days_keys() -> None:
    """Times without a zone compare as clock readings: 9:47 p.m. in Paris and 7:47 p.m. in
    London are one instant but two readings, so the lone days joined by value alone
    (``_join_lone``) must not take them for one: the verdict would compare 21:47
    with 19:47."""
    paris = dt.timezone(dt.timedelta(hours=2))
    (a,) = factcheck.extract("The blast was heard at 9:47 p.m.", published=T0.astimezone(paris))
    (b,) = factcheck.extract("The building collapsed at 7:47 p.m.", published=T0)
    assert a.value is not None
    assert b.value is not None
    assert a.value.bounds() == b.value.bounds()  # one instant
    assert _exact_day(a) != _exact_day(b)
    (c,) = factcheck.extract("The building collapsed at 9:47 p.m.", published=T0)
    assert _exact_day(c) != _exact_day(a)  # one reading of two instants
    (d,) = factcheck.extract("The tower fell at 9:47 p.m.", published=T0.astimezone(paris))
    assert _exact_day(d) == _exact_day(a) is not None  # one reading of one instant


@pytest.mark.parametrize(
    ("manila_day", "verdict"),
    [("Wednesday", "compatible"), ("Thursday", "contradict")],
)
def test_days_of_two_time_zones_may_be_one(manila_day: str, verdict: str) -> None:
    """Late on Tuesday in New York is Wednesday in Manila: each report names the day of its
    own zone, and the two days overlap as spans of time. Days a whole day apart still clash."""
    manila = factcheck.Document(
        id="manila",
        text=f"The typhoon slammed into the northern Philippines on {manila_day}.",
        published=dt.datetime(2026, 9, 17, 11, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    )
    new_york = factcheck.Document(
        id="new-york",
        text="The typhoon made landfall in the northern Philippines late on Tuesday.",
        published=dt.datetime(2026, 9, 15, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
    )
    report = factcheck.compare([manila, new_york])
    days = [g for g in report.groups if len(g.claims) == 2]
    assert [g.verdict for g in days] == [verdict]
    if verdict == "compatible":
        assert "12 hours apart" in days[0].reason


@pytest.mark.parametrize(
    ("paris_time", "verdict"),
    [("2:14 a.m.", "compatible"), ("3:14 a.m.", "contradict"), ("9:14 p.m.", "agree")],
    ids=["one-instant-on-two-clocks", "an-hour-apart-on-both-readings", "one-clock-reading"],
)
def test_clock_times_of_two_time_zones_may_be_one(paris_time: str, verdict: str) -> None:
    """ "9:14 p.m." in a report from Kourou (UTC-3) and "2:14 a.m." in one from Paris (UTC+2)
    may be one moment, each on its own zone's clock: times without a written zone clash only
    when they differ both as clock readings and as instants of each report's zone."""
    kourou = factcheck.Document(
        id="kourou",
        text="The rocket lifted off at 9:14 p.m.",
        published=dt.datetime(2026, 4, 14, 23, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
    )
    paris = factcheck.Document(
        id="paris",
        text=f"The Ariane rocket lifted off from Kourou at {paris_time}, its operator said.",
        published=dt.datetime(2026, 4, 15, 4, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    )
    report = factcheck.compare([kourou, paris])
    times = [g for g in report.groups if len(g.claims) == 2]
    assert [g.verdict for g in times] == [verdict]
    if verdict == "compatible":
        assert "5 hours apart" in times[0].reason
