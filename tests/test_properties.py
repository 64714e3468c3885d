"""What a figure measures, read from its clause: property, role and the thing counted.

One row per phrasing: the sentence, the words of the claim, and what it must be read as.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.properties import estimator_of, fuzzy_word

PUBLISHED = "2024-05-14T08:00:00+00:00"

ROWS = {
    "helicopters-in-a-list-of-searchers-are-no-people": (
        "More than 120 searchers, two helicopters and dog teams took part in the search.",
        "two helicopters",
        None,
    ),
    "boats-that-joined-are-no-people": ("Three boats joined the search.", "Three boats", None),
    "people-who-took-part-still-are": (
        "More than 100 people took part in the search.",
        "More than 100 people",
        "participants",
    ),
    "a-toll-in-kroner-is-a-sum": (
        "Trucks will pay a toll of 540 kroner.",
        "540",
        "money_unconverted",
    ),
    # predicates, as news phrases them
    "killing-n-people": ("A blast hit the square, killing at least 50 people.", "50", "killed"),
    "n-others-were-injured": ("Some 170 others were injured in the blast.", "170", "injured"),
    "toll-rose-to-n": (
        "The number of people killed in the quake rose to at least 48.",
        "48",
        "killed",
    ),
    "lives-were-lost": ("Three lives were lost when the roof fell.", "Three", "killed"),
    "survivors-are-rescued": ("Rescuers pulled 19 survivors from the rubble.", "19", "rescued"),
    "taken-into-custody": ("Fourteen people were taken into custody.", "Fourteen", "arrested"),
    "searching-for-the-missing": ("Divers were searching for six others.", "six", "missing"),
    "homes-without-power": (
        "Some 32,000 homes and businesses in two states lost power.",
        "32,000",
        "without_power",
    ),
    "the-survivors-now-may-fall": (
        "The six survivors, including a girl, were in stable condition.",
        "six",
        "surviving",
    ),
    "survivors-pulled-out-are-rescued": (
        "Rescuers pulled 40 survivors from the rubble.",
        "40",
        "rescued",
    ),
    "houses-destroyed": ("The explosion destroyed 14 houses on the street.", "14", "destroyed"),
    "injured-fans-died": (
        "The toll rose to nine after two injured fans died in hospital overnight.",
        "two",
        "killed",
    ),
    "injured-people-taken-to-hospital": (
        "Five injured people were taken to hospital.",
        "Five",
        "injured",
    ),
    "recovered-among-the-dead": (
        "Divers recovered 11 women and 6 children among the dead.",
        "11",
        "killed",
    ),
    "pulled-from-the-sea": (
        "Eighty-seven migrants were pulled from the sea and 11 bodies recovered.",
        "Eighty-seven",
        "rescued",
    ),
    "power-knocked-out": (
        "The ice storm knocked out power to about 1.2 million homes and businesses.",
        "1.2",
        "without_power",
    ),
    "homes-in-the-dark": (
        "By Thursday evening, 340,000 homes remained in the dark.",
        "340,000",
        "without_power",
    ),
    "in-the-dark-before-a-toll": (
        "The village was left in the dark as 12 people died.",
        "12",
        "killed",
    ),
    "a-six-storey-block": ("A six-storey block collapsed in the port.", "six", "storeys"),
    "unlisted-spelling": ("The crash left 12 people injuried.", "12", "injured"),
    # what a length, a sum or a share is
    "distance-off-the-coast": (
        "The ship ran aground 2,000 feet off the coast.",
        "2,000",
        "distance",
    ),
    "length-of-a-slick": ("An oil slick stretching 2,300 feet was seen.", "2,300", "length"),
    "height-of-waves": ("Tsunami waves of about 1.2 metres hit the port.", "1.2", "height"),
    "money-per-household": (
        "Families may receive up to $70,000 per household.",
        "70,000",
        "money_rate",
    ),
    "price-a-share": ("The bid values the company at $62 a share.", "62", "money_rate"),
    "budget": ("The council approved a $4.2 billion budget.", "4.2", "money_funds"),
    "spending-plan": ("The $4.2bn spending plan was approved.", "4.2", "money_funds"),
    "street-value": ("The drugs have a street value of $20 million.", "20", "money_value"),
    "sells-for": ("The flagship sells for $999.", "999", "money_cost"),
    "admission-is": ("Admission is 22 euros for adults.", "22", "money_cost"),
    "priced-at": ("The phone is priced at $799.", "799", "money_cost"),
    "cost-of-rebuilding": ("Rebuilding the span could cost $600 million.", "600", "money_cost"),
    "share-of-capacity": ("Reservoirs have fallen to 18% of capacity.", "18", "percentage"),
    # dates that are not the event's
    "statement-date": (
        "Officials said on Thursday that the dam held.",
        "Thursday",
        "statement_date",
    ),
    "arrest-date": ("The owner was arrested on Tuesday, police said.", "Tuesday", "arrest_date"),
    "people-released": ("The hostages were released on Tuesday.", "Tuesday", "rescue_date"),
    "people-freed": ("Militants freed three aid workers on Tuesday.", "Tuesday", "rescue_date"),
    "a-report-released": ("The report was released on Tuesday.", "Tuesday", "statement_date"),
    "a-wire-dateline": (
        "DHAKA, April 15 (Reuters) - A fire destroyed more than 3,000 shops.",
        "April 15",
        "statement_date",
    ),
    "a-dateline-of-a-later-paragraph": (
        "Drones struck overnight.\nKYIV, Ukraine, April 14 (AP) -- Two people died.",
        "April 14",
        "statement_date",
    ),
    "a-place-in-title-case-is-no-dateline": (
        "In Dhaka, April 15 - the day of the fire - was hot.",
        "April 15",
        "event_date",
    ),
    "toll-update-date": (
        "The county raised the toll to 80 on Friday.",
        "Friday",
        "update_date",
    ),
    "perfect-this-week-is-a-tally-period": (
        "The outbreak has killed 40 people this week.",
        "this week",
        "tally_period",
    ),
    "one-day-alone-is-a-part-period": (
        "Nine deaths were recorded on Monday alone.",
        "Monday",
        "tally_period",
    ),
    "people-acting-on-a-later-day": (
        "Divers on Friday recovered the wreck.",
        "Friday",
        "recovery_date",
    ),
    "people-acting-on-a-day": ("Volunteers on Friday cleared the beach.", "Friday", "step_date"),
    "told-an-object-on-a-day": (
        "The minister told state television on Friday that 40 had died.",
        "Friday",
        "statement_date",
    ),
    "briefed-an-object-on-a-day": (
        "The mayor briefed the city council on Monday.",
        "Monday",
        "statement_date",
    ),
    "told-that-a-thing-happened-on-a-day": (
        "Police told reporters that the bridge collapsed on Sunday.",
        "Sunday",
        "event_date",
    ),
    "reported-an-object-on-a-day": (
        "Officials reported 300 new cases on Monday.",
        "Monday",
        "statement_date",
    ),
    "event-date": ("A ferry capsized off the island on Sunday.", "Sunday", "event_date"),
    "a-later-step-lifted": (
        "The state of emergency was lifted on Tuesday.",
        "Tuesday",
        "step_date",
    ),
    "a-later-step-called-off": (
        "Rescuers called off the search on Wednesday.",
        "Wednesday",
        "step_date",
    ),
    "a-later-step-of-a-court": ("He was sentenced on Friday to 14 years.", "Friday", "step_date"),
    "a-later-step-of-a-storm": (
        "The storm weakened to a depression on Sunday.",
        "Sunday",
        "step_date",
    ),
    "the-event-verb-keeps-the-event-date": (
        "The motorway bridge collapsed on Tuesday.",
        "Tuesday",
        "event_date",
    ),
    "possessive-after-said": (
        "The ministry said Tuesday's blast killed 12 people.",
        "Tuesday",
        "event_date",
    ),
    # increments are not the toll; "more" under another verb counts that verb's things
    "another-n-died": ("Another 14 people died in hospital.", "14", "killed_increment"),
    "a-further-n-arrested": ("Police detained a further six men.", "six", "arrested_increment"),
    "n-more-same-verb": (
        "They detained nine people on Monday and four more on Tuesday.",
        "four",
        "arrested_increment",
    ),
    "n-more-other-verb": ("The flood razed 50 houses and damaged 25 more.", "25", "damaged"),
    "x-or-y-is-one-count": (
        "About 70 houses were destroyed or damaged.",
        "70",
        "damaged_or_destroyed",
    ),
    # a noun that is not a person never takes a people predicate
    "shelters-are-not-people": (
        "The council opened nine shelters for families displaced by the fire.",
        "nine",
        None,
    ),
    "people-in-shelters-are-displaced": (
        "About 1,200 villagers slept in shelters on Monday night.",
        "1,200",
        "displaced",
    ),
    # lives take their verb's property, and none without one
    "lives-claimed": ("The mudslide claimed 31 lives.", "31", "killed"),
    "lives-lost-at-sea": ("Five lives were lost at sea.", "Five", "killed"),
    "lives-saved": ("Lifeguards saved 14 lives on Sunday.", "14", "lives_saved"),
    "lives-without-a-verb": ("A memorial lists 14 lives.", "14", None),
    # "searching for" marks its object, never its subject
    "searchers-are-not-missing": (
        "About 300 soldiers were searching for the fishermen.",
        "300",
        None,
    ),
    "the-searched-for-are-missing": (
        "Divers were searching for nine passengers.",
        "nine",
        "missing",
    ),
    # "buried" alone may be a funeral; "treated" alone may be for shock
    "buried-on-a-day-is-no-toll": ("The 17 miners were buried on Friday.", "17", None),
    "buried-alive-is-the-toll": ("The mud buried alive at least 40 people.", "40", "killed"),
    "treated-is-its-own-count": ("Medics treated 25 people for shock.", "25", "treated"),
    "airlifted-to-hospital-is-injured": (
        "Three climbers were airlifted to hospital.",
        "Three",
        "injured",
    ),
    # devices only with an explosive modifier; bombers are people
    "devices-are-not-blasts": ("Customs seized 300 devices at the port.", "300", None),
    "explosive-devices-are-blasts": (
        "Two explosive devices went off near the gate.",
        "Two",
        "explosions",
    ),
    # a running total names no predicate of its own: it totals what was counted before
    "bringing-the-total-to-n": (
        "Two more patients died, bringing the total to 41.",
        "41",
        "killed",
    ),
    "the-tally-stands-at-n": (
        "Police detained 14 people on Friday; the tally now stands at 52.",
        "52",
        "arrested",
    ),
    "rose-by-n-is-the-change": ("The death toll rose by 9 overnight.", "9", "killed_increment"),
    # what a share is of is a content word, never a conjunction
    "a-share-before-and-is-of-nothing": ("Turnout was 58% and rising.", "58%", "percentage"),
    "trapped": ("Seven miners were trapped underground.", "Seven", "trapped"),
    "infected": ("The outbreak has infected 21 people.", "21", "infected"),
    "sickened": ("The salmonella outbreak sickened 310 people.", "310", "infected"),
    "pulled-alive": ("Rescuers said 41 were pulled alive from the rubble.", "41", "rescued"),
    "contracted-workers-are-no-cases": ("The firm contracted 40 workers.", "40", None),
    "stranded": ("About 2,000 passengers were stranded.", "2,000", "stranded"),
    "fled": ("Some 10,000 people fled the fighting.", "10,000", "displaced"),
    # the whole a part comes from carries no predicate
    "half-of-the-n": ("Half of the 600 villagers were evacuated.", "600", None),
    "n-of-the-m": ("Seven of the 12 sailors were rescued.", "12", None),
    "percent-of-the-n": ("Forty percent of the 900 homes were damaged.", "900", None),
    "all-of-the-n-is-the-whole-itself": (
        "All of the 12 sailors were rescued.",
        "12",
        "rescued",
    ),
    "n-of-an-owners-m": ("The flood destroyed 400 of the village's 1,000 houses.", "1,000", None),
    "share-of-an-owners-m": ("Two-thirds of the town's 9,000 homes were flooded.", "9,000", None),
    "n-of-a-named-owners-m": ("Crews cleared 30 of New York's 500 piers.", "500", None),
    "an-owners-m-alone-keeps-its-predicate": (
        "The flood destroyed the village's 1,000 houses.",
        "1,000",
        "destroyed",
    ),
}


def _claim(sentence: str, words: str) -> factcheck.Claim:
    start = sentence.index(words)
    end = start + len(words)
    found = [
        c
        for c in factcheck.extract(sentence, published=PUBLISHED)
        if c.start < end and start < c.end
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("sentence", "words", "prop"), ROWS.values(), ids=ROWS.keys())
def test_property(sentence: str, words: str, prop: str | None) -> None:
    assert _claim(sentence, words).property == prop


ROLES = {
    "premium-to-a-closing-price": (
        "It will pay 38 euros a share, a 31% premium to the closing price of 29 euros.",
        "29",
        "background",
    ),
    "the-premium-itself": (
        "It will pay 38 euros a share, a 31% premium to the closing price of 29 euros.",
        "31",
        "event",
    ),
    "a-legal-ceiling": (
        "The maximum fine for such an offence is five million euros.",
        "five million",
        "background",
    ),
    "the-fine-imposed": ("The company was fined 2.4 million euros.", "2.4 million", "event"),
    "what-a-ship-can-carry": (
        "The Kaprisa, which can carry 82,000 tonnes, ran aground.",
        "82,000",
        "background",
    ),
    "a-capacity": ("The stadium has a capacity of 60,000 seats.", "60,000", "background"),
    "what-a-ship-carried": ("The Kaprisa was carrying 62,000 tonnes of ore.", "62,000", "event"),
    "a-warning-is-a-forecast": (
        "Forecasters warned of a storm surge of 12 to 16 feet.",
        "12 to 16",
        "future",
    ),
    "a-measured-surge": ("A storm surge of 11.4 feet was measured.", "11.4", "event"),
    "a-fine-requested": (
        "The judge rejected the government's request for a $1 million fine.",
        "$1 million",
        "future",
    ),
    "among-the-dead": ("Three police officers were among the dead.", "Three", "subset"),
    "nine-of-the-cars": ("Nine of the derailed cars carried chlorine.", "Nine", "subset"),
    "four-of-them": ("The blast left 23 people injured, four of them seriously.", "four", "subset"),
    "including-children": ("It killed 137 people, including three children.", "three", "subset"),
    "the-total-is-not-a-part": (
        "Eleven people have been detained, among them four gunmen.",
        "Eleven",
        "event",
    ),
    "one-day-alone-is-a-part": ("Nine deaths were recorded on Monday alone.", "Nine", "subset"),
    "a-breakdown-by-kind": ("Gunfire killed 4 guards and 6 villagers.", "6", "subset"),
    "people-and-others-is-no-breakdown": (
        "The blast killed 12 people and 40 others were hurt.",
        "12",
        "event",
    ),
    "a-previous-toll": ("The previous highest toll was 210 deaths.", "210", "background"),
    "an-average": ("On average, 35 people drown there each year.", "35", "background"),
    "a-yearly-rate": ("Floods kill about 300 people a year there.", "300", "background"),
    "a-forecast-toll": ("The toll is expected to exceed 150.", "150", "future"),
    "a-toll-that-could-rise": ("The death toll could rise to 60, officials said.", "60", "future"),
    "a-toll-that-may-reach": ("Officials said the toll may reach 100.", "100", "future"),
    "may-have-died-is-an-estimate": ("As many as 100 people may have died.", "100", "event"),
    "a-planned-evacuation": ("The city plans to evacuate 8,000 people.", "8,000", "future"),
    "a-plan-of-another-verb": (
        "Thousands of people marched against a plan to close 40 clinics.",
        "Thousands",
        "event",
    ),
    "a-record-toll-is-the-event": ("The storm killed a record 40 people.", "40", "event"),
    "a-past-toll": (
        "It was the worst quake since 1939, when one killed 33,000 people.",
        "33,000",
        "background",
    ),
    "a-date-of-the-subject-in-a-parenthesis": (
        "The bridge, built in 1968, carried about 14,000 vehicles a day.",
        "14,000",
        "event",
    ),
    "a-relative-parenthesis": (
        "The tower, which opened in 1998, is 300 metres tall.",
        "300",
        "event",
    ),
    "a-date-framing-the-sentence": (
        "In 2019, a cyclone killed 9,000 people.",
        "9,000",
        "background",
    ),
    "a-parenthesis-then-a-framing-date": (
        "The stadium, opened in 1990, hosted a match in 2004, when 40 people died.",
        "40",
        "background",
    ),
    "a-date-in-another-clause": (
        "The 2.6-kilometre bridge, opened in 1977, carried thousands of cars a day.",
        "2.6",
        "event",
    ),
    "a-part-after-its-whole-fronted": (
        "Of the survivors, six were from Scotland and two from the Philippines.",
        "six",
        "subset",
    ),
    "a-part-after-those-killed-fronted": ("Of those killed, six were children.", "six", "subset"),
    "a-count-after-a-fronted-clause-is-the-events": (
        "On the coast, six people were killed.",
        "six",
        "event",
    ),
    "a-date-naming-a-noun": (
        "The deal covers homes within a 20-mile radius of the February 2023 derailment.",
        "20",
        "event",
    ),
    "what-a-city-has-is-a-standing-fact": (
        "Istanbul has about 1.2 million buildings, many of them unsafe.",
        "1.2 million",
        "background",
    ),
    # an offer makes the sum or share offered an expectation, never those offered something
    "people-offered-something-are-no-offer": (
        "The airline offered 300 passengers hotel rooms.",
        "300",
        "event",
    ),
    "a-raise-offered-is-an-offer": ("Operators offered a 9% raise.", "9%", "future"),
    "a-sum-offered-is-an-offer": (
        "The company offered $2 million to settle.",
        "$2 million",
        "future",
    ),
    "what-the-event-did-to-buildings-is-its-own": (
        "The quake has destroyed about 1,200 buildings in the city.",
        "1,200",
        "event",
    ),
}


@pytest.mark.parametrize(("sentence", "words", "role"), ROLES.values(), ids=ROLES.keys())
def test_role(sentence: str, words: str, role: str) -> None:
    assert _claim(sentence, words).role == role


@pytest.mark.parametrize(
    ("word", "table", "listed"),
    [
        ("fire-fighters", "nouns", "firefighters"),
        ("explosins", "nouns", "explosions"),
        ("injuried", "predicates", "injured"),
        ("killer", "predicates", None),
        ("blue", "nouns", None),
    ],
    ids=["hyphenated", "typo-noun", "typo-predicate", "near-but-not-killed", "too-short"],
)
def test_fuzzy_spellings(word: str, table: str, listed: str | None) -> None:
    assert fuzzy_word(word, table) == listed


@pytest.mark.parametrize(
    ("sentence", "words", "whole"),
    [
        ("Turnout was 58% and rising.", "58%", None),
        ("The party won 41% of the vote.", "41%", "vote"),
        ("About 12% of the to-do list was done.", "12%", "to-do"),
        ("Some 30% of them left.", "30%", "them"),
        ("A rise of 3.5 percent, while the union wants more.", "3.5 percent", None),
        ("Turnout was 67.4%, officials said.", "67.4%", None),
        ("About 64% of eligible voters cast ballots.", "64%", "voters"),
        ("Half of affected households left.", "Half", "household"),
        ("Management offered a 3.5% raise.", "3.5%", "raise"),
    ],
    ids=[
        "conjunction",
        "of-the-noun",
        "hyphened-noun",
        "pronoun",
        "a-comma-ends-the-phrase",
        "a-comma-before-the-speaker",
        "adjective-before-the-whole",
        "participle-before-the-whole",
        "noun-after-the-share",
    ],
)
def test_what_a_share_is_of(sentence: str, words: str, whole: str | None) -> None:
    assert _claim(sentence, words).subject == whole


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Inflation rose to 3.1% in March.", "March"),
        ("Exports fell to $2bn in April.", "April"),
        ("It was 4% higher than in May.", "May"),
    ],
    ids=["rose-to", "fell-to", "than-in"],
)
def test_a_past_date_is_never_of_a_function_word_or_a_verb_of_change(
    sentence: str, words: str
) -> None:
    subject = _claim(sentence, words).subject
    assert subject not in ("to", "from", "than", "and", "rose", "fell", "year", "cent")


@pytest.mark.parametrize(
    ("sentence", "words", "thing"),
    [
        ("The 2-mile viaduct carried the line.", "2-mile", "bridge"),
        ("A 120-metre trawler ran aground.", "120-metre", "ship"),
        ("The 90-metre ferries were idle.", "90-metre", "ship"),
        ("A spill stretching 900 metres reached the shore.", "900 metres", "slick"),
        ("The 300-metre Aurora docked.", "300-metre", "aurora"),
    ],
    ids=["synonym", "listed", "plural", "participle", "a-name-stands-for-itself"],
)
def test_the_thing_a_size_measures(sentence: str, words: str, thing: str) -> None:
    assert _claim(sentence, words).subject == thing


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Wiz was valued at $12 billion in May.", "$12 billion", "wiz"),
        ("Alphabet's market value is about $2.3 trillion.", "$2.3 trillion", "alphabet"),
        ("The Coast Guard's estimated value is $5 million.", "$5 million", "coast guard"),
        ("The drugs have an estimated street value of $20 million.", "$20 million", None),
        ("Including debt, the Ostra deal is worth about $16 billion.", "$16 billion", None),
    ],
)
def test_a_valuation_names_its_owner_when_the_clause_does(
    text: str, figure: str, owner: str | None
) -> None:
    claim = next(c for c in factcheck.extract(text) if figure in c.text)
    assert (claim.property, claim.subject) == ("money_value", owner)


@pytest.mark.parametrize(
    ("text", "subject", "prop"),
    [
        ("212 deaths were reported. The weekly case count fell to 1,240.", "case", None),
        ("Five people died. The number of cases rose to 1,240.", "case", None),
        ("Five people died. The number of injured rose to 14.", "person", "injured"),
        ("Five people died on Monday, bringing the total to 87.", "person", "killed"),
        ("Five people died. The final tally stood at 87.", "person", "killed"),
    ],
    ids=["case-count", "number-of-cases", "number-of-injured", "the-total", "the-final-tally"],
)
def test_a_total_counts_what_it_names_else_what_came_before(
    text: str, subject: str, prop: str | None
) -> None:
    total = factcheck.extract(text, published=PUBLISHED)[-1]
    assert (total.subject, total.property) == (subject, prop)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The strongest aftershock, of magnitude 5.2, struck at 12:32 a.m.", "aftershock"),
        ("An aftershock at 12:32 a.m. shook the town.", "aftershock"),
        ("The quake hit at 11:52 p.m. local time.", "event"),
        ("After an aftershock on Monday, the quake struck at 9:10 a.m.", "event"),
    ],
    ids=["aftershock-struck", "aftershock-at", "quake-hit", "quake-after-an-aftershock"],
)
def test_a_time_is_the_aftershocks_when_it_struck(text: str, subject: str) -> None:
    (time,) = [c for c in factcheck.extract(text, published=PUBLISHED) if c.kind == "time"]
    assert time.subject == subject


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("Ortega won the decider to set up Sunday's final.", "fixture_date"),
        ("Sunday's vote was postponed.", "fixture_date"),
        ("Tuesday's blast killed five people.", "event_date"),
        ("The final on Sunday drew 5,000 fans.", "event_date"),
        ("The women's giant slalom on Saturday was won by Sofia Neri.", "fixture_date"),
        ("He beat Marchand in the other semi-final on Friday.", "fixture_date"),
        ("The hiker had set out on Thursday to climb the peak.", "step_date"),
        ("He was spotted from a helicopter on Sunday morning.", "step_date"),
        ("The asteroid, discovered on May 4, passed us.", "recovery_date"),
        ("Pupils stayed home for a second day on Tuesday.", "step_date"),
        ("ESA's forecast, made on Thursday, had a window of 30 minutes.", "statement_date"),
        ("Arsonists set fire to the hall on Tuesday.", "event_date"),
        ("Thousands of workers rallied outside the factory on Friday.", "step_date"),
        (
            "Rescue teams ended their search in the ruins of the collapsed building in "
            "Küçükçekmece on Thursday afternoon.",
            "step_date",
        ),
        ("The block collapsed in the Küçükçekmece district of İstanbul on Tuesday.", "event_date"),
        ("Quiroga was on course to become governor early on Monday after a runoff.", "step_date"),
        ("Quiroga won the runoff for governor on Monday.", "event_date"),
        ("The centre, which was holding 1,100 people on Monday, is full.", "state_date"),
        ("Fifty were treated, and 12 were still there on Friday.", "state_date"),
        ("Nine people remained in hospital on Friday.", "state_date"),
        ("The toll stood at 41 on Friday.", "state_date"),
        ("A boat holding 80 migrants sank on Sunday.", "event_date"),
        ("The tower that still stood there fell on Monday.", "event_date"),
    ],
    ids=[
        *("sundays-final", "sundays-vote", "tuesdays-blast", "the-final-on-sunday"),
        *("the-womens-race", "the-other-semi-final", "set-out", "spotted", "discovered"),
        *("a-second-day", "a-forecast-made", "set-fire", "rallied"),
        *("a-step-past-a-place-name", "the-event-past-a-place-name"),
        *("a-prospects-day", "the-winners-day"),
        *("was-holding", "still-there", "remained", "stood-at"),
        *("a-boat-holding-sank", "a-verb-after-the-state"),
    ],
)
def test_a_day_of_another_step_fixture_or_race_is_its_own(text: str, prop: str) -> None:
    day = next(c for c in factcheck.extract(text, published=PUBLISHED) if c.kind == "date")
    assert day.property == prop


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The central bank cut rates by 50 basis points.", "rate"),
        ("It cut its key rate by a quarter point.", "rate"),
        ("The operating margin improved by 1.3 percentage points to 17.4%.", "margin"),
        ("Currency swings had cut reported sales by 2 percentage points.", "sale"),
        ("The figure moved by 2 percentage points.", None),
    ],
    ids=["cut-rates-by", "cut-its-key-rate", "margin-improved", "cut-sales", "unnamed"],
)
def test_a_change_in_points_names_its_rate(text: str, subject: str | None) -> None:
    points = factcheck.extract(text, published=PUBLISHED)[0]
    assert (points.property, points.subject) == ("percentage_point", subject)


@pytest.mark.parametrize(
    "text",
    [
        "The company was ordered to pay 1.1 million euros.",
        "Prosecutors said the firm paid armed groups about 5 million euros.",
        "Drivers will pay $16.38 at peak times.",
    ],
    ids=["ordered-to-pay", "paid-armed-groups", "will-pay"],
)
def test_paying_says_no_kind_of_sum(text: str) -> None:
    # a fine, a bribe and a toll are all paid: "pay" alone makes no settlement
    money = next(c for c in factcheck.extract(text, published=PUBLISHED) if c.kind == "quantity")
    assert money.property != "money_settlement"


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("Ukraine exported 3.1 million tonnes of grain in October 2022.", "export_grain_date"),
        ("It harvested about 59 million tonnes of grain in 2022.", "harvest_grain_date"),
        ("The most recent inspection was in March 2022.", "inspect_date"),
        ("The bridge was last inspected in 2022.", "inspect_date"),
    ],
    ids=["exported-grain", "harvested-grain", "inspection", "inspected"],
)
def test_a_past_date_names_what_was_done_to_what(text: str, prop: str) -> None:
    day = next(c for c in factcheck.extract(text, published=PUBLISHED) if c.kind == "date")
    assert (day.role, day.property) == ("background", prop)


def test_a_figure_after_up_from_or_down_from_is_the_earlier_value() -> None:
    claims = factcheck.extract(
        "The new limit, 3 tonnes, is down from 7.5 tonnes.", published=PUBLISHED
    )
    assert [(c.text, c.role) for c in claims] == [
        ("3 tonnes", "event"),
        ("7.5 tonnes", "background"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It recorded about 18 deaths for every 100,000 residents.",
        "The city had 18 deaths per 100,000 residents.",
    ],
    ids=["for-every", "per"],
)
def test_a_rate_and_its_base_are_no_toll(text: str) -> None:
    assert [c.property for c in factcheck.extract(text, published=PUBLISHED)] == [None, None]


@pytest.mark.parametrize(
    ("text", "words", "prop", "role"),
    [
        ("All three people who died were over 60.", "over 60", None, "event"),
        ("The blast killed three children under five.", "under five", None, "event"),
        ("It reported 6 more deaths, 1,142 hospitalisations.", "1,142 hospitalisations",
         "hospitalised", "event"),
        ("Levels were 30 times the WHO guideline of 15 micrograms per cubic metre.",
         "15 micrograms per cubic metre", None, "background"),
    ],
    ids=["an-age-bound", "children-under-five", "hospitalisations", "a-guideline"],
)  # fmt: skip
def test_bounds_nouns_and_yardsticks(text: str, words: str, prop: str | None, role: str) -> None:
    claim = next(c for c in factcheck.extract(text, published=PUBLISHED) if c.text == words)
    if prop is not None:
        assert claim.property == prop
    elif claim.kind == "count":
        assert claim.property is None
    assert claim.role == role


@pytest.mark.parametrize(
    ("sentence", "words", "who"),
    [
        ("Police said 42,000 had marched.", "42,000", "police"),
        ("The unions said 250,000 people took part.", "250,000", "union"),
        ("About 250,000 marched, according to the organisers.", "250,000", "organiser"),
        ("About 250,000 marched according to the CGT, and 42,000 by police count.", "42,000", None),
        ("Some 40,000 people marched through the city.", "40,000", None),
        ("About 250,000 marched, and 42,000 according to the police.", "250,000", None),
        # a fronted phrase names the counter of the figure after it
        ("According to organisers, 250,000 people took part.", "250,000", "organiser"),
        ("By the organisers' count, 250,000 people took part.", "250,000", "organiser"),
        ("In the unions' estimate, 48,000 people took part.", "48,000", "union"),
        ("By one estimate, 48,000 people took part.", "48,000", None),
        ("In Paris, 48,000 people took part.", "48,000", None),
        # an adjective before the estimate names no counter; a name does
        ("In the latest figures, 48,000 people took part.", "48,000", None),
        ("By official estimates, 48,000 people took part.", "48,000", None),
        ("By the police's count, 48,000 people took part.", "48,000", "police"),
        ("By CGT estimates, 48,000 people took part.", "48,000", "cgt"),
    ],
)
def test_estimator_of(sentence: str, words: str, who: str | None) -> None:
    start = sentence.index(words)
    assert estimator_of(sentence, start, start + len(words)) == who


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Alphabet's market value is about $2.3 trillion.", "alphabet"),
        ("Wiz was valued at $12 billion in May.", "wiz"),
        ("Veritas has a market value of roughly $88 billion.", "veritas"),
        ("Kanto Silicon, which has a market value of about $12 billion, rose 4%.", "kanto silicon"),
        ("The drugs had a street value of $20 million.", None),
        ("The company had a market value of roughly $88 billion.", None),
    ],
)
def test_whose_value(sentence: str, owner: str | None) -> None:
    (value,) = [c for c in factcheck.extract(sentence) if c.property == "money_value"]
    assert value.subject == owner


@pytest.mark.parametrize(
    ("sentence", "thing"),
    [
        ("Repairs to about 400 metres of damaged track will cost around €3 million.", "track"),
        ("A braking system, which it said would cost about €1.2 billion, was urged.", "system"),
        ("Officials said rebuilding the span could cost up to $600 million.", "bridge"),
        ("Maryland estimates the cost of replacing the Key Bridge at $1.7 billion.", "bridge"),
        ("The railway said it would cost €5 million.", None),
    ],
)
def test_what_a_cost_is_of(sentence: str, thing: str | None) -> None:
    (cost,) = [c for c in factcheck.extract(sentence) if c.property == "money_cost"]
    assert cost.subject == thing
