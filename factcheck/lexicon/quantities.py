"""Data only: the words around a figure that the quantity recogniser reads.

Qualifiers with the interval each one means, vague amounts with their sources, change verbs,
and the words that mark a number as a name, an address or a score rather than a quantity.
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVE_SUFFIXES",
    "AGE_PERSON_NOUNS",
    "ANGLE_CUES",
    "APPROXIMATE_TOLERANCE",
    "ARTICLE_UNITS",
    "CHANGE_WORDS",
    "COMPOUND_NOUNS",
    "COMPOUND_PARTS",
    "COUNT_MULTIPLES",
    "IRREGULAR_PLURALS",
    "LEFT_QUALIFIERS",
    "MILESTONE_WORDS",
    "MONTHS",
    "NAMED_FIGURE_FOLLOWERS",
    "NAMED_QUANTITIES",
    "NAME_PREFIXES",
    "NEARLY_TOLERANCE",
    "NOUN_MODIFIERS",
    "NOUN_STOPWORDS",
    "ONE_PRONOUN_AFTER",
    "ONE_PRONOUN_BEFORE",
    "ORDINAL_DETERMINERS",
    "RANGE_CLOSED_HIGH",
    "RIGHT_QUALIFIERS",
    "ROUND_COUNT_MIN",
    "SCALE_LETTER_FOLLOWERS",
    "SCALE_LETTER_NAMES",
    "SCORE_WORDS",
    "SENTENCE_ADVERBS",
    "STREET_WORDS",
    "TEMPERATURE_CUES",
    "VAGUE_AMOUNTS",
]

# --------------------------------------------------------------------------------------------
# Qualifiers. Each maps to one of the claim qualifiers of DESIGN.md:
#   more_than (x, inf)   at_least [x, inf)   less_than [0, x)   at_most [0, x]
#   approximately: the figure widened by APPROXIMATE_TOLERANCE (or just below it, for "nearly").
# Counts and most measurements cannot be negative, so "up to 700" is [0, 700], not (-inf, 700].
# --------------------------------------------------------------------------------------------

OVER_PARTICLE_VERBS = frozenset(
    [
        *("rolled", "roll", "rolls", "rolling", "turned", "turn", "turns", "turning"),
        *("flipped", "flip", "handed", "hand", "hands", "handing", "took", "take", "takes"),
        *("taking", "taken", "won", "win", "wins", "winning", "ran", "run", "runs", "running"),
    ]
)
"""Verbs whose "over" is a particle, not "more than": "rolled over 38 times", "took over 30
firms", "won over 200 voters"."""

OVER_MORE_LEADS = frozenset(
    [
        *("for", "in", "after", "within", "lasted", "lasting", "last", "lasts", "spent"),
        *("spend", "spends", "spending", "waited", "wait", "served", "serving", "is", "was"),
        *("were", "are", "been", "be", "just", "well", "of", "aged", "lived", "worked"),
        *("took", "take", "takes", "taking", "taken"),
    ]
)
"""Words before "over" and a period that make it "more than" ("for over two years", "took
over an hour"); elsewhere "over two years" is across them ("rose 9% over two years")."""

LEFT_QUALIFIERS: dict[str, str] = {
    "more than": "more_than",
    "greater than": "more_than",
    "larger than": "more_than",
    "bigger than": "more_than",
    "higher than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "in excess of": "more_than",
    "exceeding": "more_than",
    "exceeds": "more_than",
    "exceed": "more_than",
    "exceeded": "more_than",
    # a denied excess is a ceiling: "levels had not exceeded 1 ppm"
    "not exceed": "at_most",
    "not exceeded": "at_most",
    "not exceeding": "at_most",
    "never exceed": "at_most",
    "never exceeded": "at_most",
    "never exceeds": "at_most",
    "surpass": "more_than",
    "surpassing": "more_than",
    "surpassed": "more_than",
    "surpasses": "more_than",
    "topped": "more_than",  # "temperatures topped 40C", "the toll topped 100"
    "topping": "more_than",
    "upwards of": "at_least",
    "upward of": "at_least",
    "north of": "more_than",
    "well in excess of": "more_than",
    "little more than": "more_than",
    "a shade over": "more_than",
    "as few as": "at_least",
    "well over": "more_than",
    "well above": "more_than",
    "just over": "more_than",
    "just above": "more_than",
    "slightly more than": "more_than",
    "a little over": "more_than",
    ">": "more_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "not fewer than": "at_least",
    "a minimum of": "at_least",
    "minimum of": "at_least",
    "greater than or equal to": "at_least",
    "more than or equal to": "at_least",
    "bigger or equal than": "at_least",
    "greater or equal than": "at_least",
    "higher or equal than": "at_least",
    "larger or equal than": "at_least",
    "equal to or more than": "at_least",
    "equal to or greater than": "at_least",
    "at least or equal to": "at_least",
    ">=": "at_least",
    "> =": "at_least",
    "≥": "at_least",
    "as many as": "at_most",
    "as much as": "at_most",
    "up to": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "a maximum of": "at_most",
    "maximum of": "at_most",
    "less than or equal to": "at_most",
    "fewer than or equal to": "at_most",
    "smaller or equal than": "at_most",
    "less or equal than": "at_most",
    "lower or equal than": "at_most",
    "equal to or less than": "at_most",
    "equal to or fewer than": "at_most",
    "<=": "at_most",
    "< =": "at_most",
    "≤": "at_most",
    "fewer than": "less_than",
    "less than": "less_than",
    "smaller than": "less_than",
    "lower than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "beneath": "less_than",
    "south of": "less_than",
    "shy of": "less_than",
    "well under": "less_than",
    "well below": "less_than",
    "<": "less_than",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "just below": "nearly",
    "just shy of": "nearly",
    "just short of": "nearly",
    "a little under": "nearly",
    "a shade under": "nearly",
    "the better part of": "most_of",
    "the best part of": "most_of",
    "in the region of": "approximately",
    "in the order of": "approximately",
    "on the order of": "approximately",
    "of the order of": "approximately",
    "in the neighbourhood of": "approximately",
    "in the neighborhood of": "approximately",
    "in the vicinity of": "approximately",
    "close to": "approximately",
    "about": "approximately",
    "around": "approximately",
    "some": "approximately",
    "roughly": "approximately",
    "approximately": "approximately",
    "approx.": "approximately",
    "approx": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    "circa": "approximately",
    "c.": "approximately",
    "ca.": "approximately",
    "approaching": "nearly",
    "equal to": "exact",
    "equals to": "exact",
    "equals": "exact",
    "equaling to": "exact",
    "equalling": "exact",
    "exactly": "exact",
    "precisely": "exact",
}
"""Words before a figure. "nearly" is its own key: an approximation from below (see
:data:`NEARLY_TOLERANCE`), reported with the qualifier ``approximately``; so is "most_of" ("the
better part of a decade"): more than half of the figure, up to the figure, (x/2, x]. Market and
newsroom idioms: "north of $5bn" is more than, "south of" and "shy of" less than, "upwards of"
at least (it names a floor, like "as few as" from the other side), "in the region of" / "in the
order of" / "in the neighbourhood of" approximately. "as many as" bounds
from above like "up to": it stresses how large the figure is, but states its ceiling."""

RIGHT_QUALIFIERS: dict[str, str] = {
    "or more": "at_least",
    "and more": "at_least",
    "or greater": "at_least",
    "or higher": "at_least",
    "or above": "at_least",
    "or over": "at_least",
    "and over": "at_least",
    "and above": "at_least",
    "and up": "at_least",
    "plus": "at_least",
    "+": "at_least",
    "or more than": "at_least",
    "or greater than": "at_least",
    "or equal": "at_least_or_most",
    "or equal to": "at_least_or_most",
    "or less": "at_most",
    "or fewer": "at_most",
    "or lower": "at_most",
    "or below": "at_most",
    "or under": "at_most",
    "and under": "at_most",
    "and below": "at_most",
    "or less than": "at_most",
    "or so": "approximately",
    "or thereabouts": "approximately",
    "odd": "approximately",
}
"""Words after a figure (and after its noun for "or so": "100 people or so").
"at_least_or_most" closes an open comparison already read on the left ("more than 5000 or
equal to" = [5000, inf))."""

APPROXIMATE_TOLERANCE = 0.1
""""about/around/some/roughly/approximately/an estimated/or so" widen a figure by 10% each side,
or by the precision of its digits when that is wider ("about 2,300 feet": 2,250-2,350 ft would
be the digits alone; 10% gives 2,070-2,530 ft), counts as well as measurements: "about 20 were
hurt" is 15-25 (its digits: a multiple of ten), so it meets "23 people injured"; "about 23" is
20.7-25.3 (10%); "about 100" is 50-150, as "100 metres" already is. Why 10%: news rounds
estimates to one or two significant figures, so a band narrower than the last digit written
("about 20": 18-22) would reject the very figures the writer rounded; and a false contradiction
costs more than a missed one, so the band errs wide rather than narrow."""

ROUND_COUNT_MIN = 1_000
"""An exact count is exact ("170 others" is 170, "284 others" contradicts "295 others"), but a
round one of at least this size, written with trailing zeros, is a rounded figure: it stands for
the interval its digits imply, as a measurement does ("a town of 12,000 people" is
11,500-12,500, so "all 11,500 residents" is compatible with it, not a contradiction; "12,400"
is 12,350-12,450). Below 1,000 a writer who rounds says so ("about 200"); from 1,000 up round
figures are the norm in news copy and a reader takes "3,000 homes" as a rounded count. No dev
case has an exact round count of 1,000 or more, so the choice follows DESIGN.md's rule that a
false contradiction is the worst output, and the digits' precision that measurements have."""

NEARLY_TOLERANCE = 0.1
""""nearly/almost/just under 50" is just below 50: [45, 50), i.e. up to 10% below and never
reaching the figure itself."""

RANGE_CLOSED_HIGH = True
"""Whether "between 40 and 50", "40-50", "40 to 50" include their upper end. A reader takes
"between 40 and 50 people" to allow 50; Recognizers-Text reads such ranges as [40, 50) (its
spec then scores our closed ranges wrong; DESIGN.md prefers no false contradiction)."""

# --------------------------------------------------------------------------------------------
# Vague amounts: ranges wide enough never to cause a false contradiction.
# Sources: CQE (Almasian et al., "CQE: A Comprehensive Quantity Extractor", EMNLP 2022) reads a
# bare plural multiple of n as n to 10n (dozens 12-120, hundreds 100-1,000, thousands
# 1,000-10,000); ACLED (Armed Conflict Location & Event Data, codebook: "Fatalities") codes
# "dozens" as 12, "hundreds" as 100 and "several/a few" as 10 where one figure is needed.
# The small amounts follow common dictionary senses (Merriam-Webster: "a few" = not many but
# more than one; "several" = more than two but not many; "a couple" = two or a few).
# --------------------------------------------------------------------------------------------

VAGUE_AMOUNTS: dict[str, tuple[float, float, float, str]] = {
    "dozens": (12, 120, 12, "CQE n-10n; ACLED 12"),
    "scores": (20, 200, 20, "CQE n-10n rule applied to a score (20)"),
    "hundreds": (100, 1_000, 100, "CQE n-10n; ACLED 100"),
    "thousands": (1_000, 10_000, 1_000, "CQE n-10n"),
    "tens of thousands": (10_000, 100_000, 10_000, "CQE n-10n"),
    "hundreds of thousands": (100_000, 1_000_000, 100_000, "CQE n-10n"),
    "millions": (1_000_000, 10_000_000, 1_000_000, "CQE n-10n"),
    "tens of millions": (10_000_000, 100_000_000, 10_000_000, "CQE n-10n"),
    "hundreds of millions": (100_000_000, 1_000_000_000, 100_000_000, "CQE n-10n"),
    "billions": (1e9, 1e10, 1e9, "CQE n-10n"),
    "a few": (2, 5, 3, "dictionary sense: more than one, not many"),
    "a handful": (2, 6, 5, "dictionary sense: a small number"),
    "several": (3, 9, 5, "dictionary sense: more than two, not many"),
}
"""phrase -> (low, high, single figure, source). The interval is [low, high]; the single figure
(ACLED's, where it has one) is kept for callers that need a point estimate."""

COUNT_MULTIPLES: dict[str, float] = {
    "pair": 2,
    "pairs": 2,
    "couple": 2,
    "twin": 2,
    "twins": 2,
    "trio": 3,
    "dozen": 12,
    "score": 20,
}
"""Collective words that state a figure ("a pair of bombs", "twin blasts", "a trio of")."""

# --------------------------------------------------------------------------------------------
# Change claims
# --------------------------------------------------------------------------------------------

CHANGE_WORDS: dict[str, str] = {
    "rose": "increase",
    "rise": "increase",
    "rises": "increase",
    "risen": "increase",
    "rising": "increase",
    "increased": "increase",
    "increase": "increase",
    "increases": "increase",
    "increasing": "increase",
    "climbed": "increase",
    "climbs": "increase",
    "climbing": "increase",
    "jumped": "increase",
    "jumps": "increase",
    "grew": "increase",
    "grown": "increase",
    "grows": "increase",
    "gained": "increase",
    "gains": "increase",
    "surged": "increase",
    "soared": "increase",
    "up": "increase",
    "higher": "increase",
    # "the planet has warmed by 1.3C": a change of temperature, never a temperature
    "warmed": "increase",
    "warms": "increase",
    "heated": "increase",
    "cooled": "decrease",
    "cools": "decrease",
    "fell": "decrease",
    "fall": "decrease",
    "falls": "decrease",
    "fallen": "decrease",
    "falling": "decrease",
    "dropped": "decrease",
    "drops": "decrease",
    "drop": "decrease",
    "declined": "decrease",
    "declines": "decrease",
    "decreased": "decrease",
    "decrease": "decrease",
    "decreases": "decrease",
    "slid": "decrease",
    "slipped": "decrease",
    "sank": "decrease",
    "slumped": "decrease",
    "plunged": "decrease",
    "plummeted": "decrease",
    "tumbled": "decrease",
    "shed": "decrease",
    "lost": "decrease",
    "down": "decrease",
    "lower": "decrease",
}
"""A change verb right before the figure, optionally with "by"/"to" ("rose by 5%", "fell 3
points", "the death toll rose to 84", "up 12%")."""

# --------------------------------------------------------------------------------------------
# Counted nouns
# --------------------------------------------------------------------------------------------

NOUN_STOPWORDS: frozenset[str] = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "since",
        "until",
        "than",
        "as",
        "per",
        "via",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "if",
        "so",
        "also",
        "only",
        "just",
        "still",
        "yet",
        "very",
        "more",
        "most",
        "less",
        "least",
        "other",
        "others'",
        "than",
        "then",
        "they",
        "them",
        "their",
        "he",
        "she",
        "his",
        "her",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "up",
        "down",
        "out",
        "off",
        "again",
        "further",
        "once",
        "all",
        "any",
        "each",
        "few",
        "some",
        "such",
        "own",
        "same",
        "too",
        "while",
        "during",
        "between",
        "among",
        "against",
        "through",
        "across",
        "along",
        "around",
        "behind",
        "beyond",
        "near",
        "within",
        "upon",
        "toward",
        "towards",
        "killed",
        "injured",
        "wounded",
        "dead",
        "died",
        "hurt",
        "according",
        "said",
        "says",
        "say",
        "reported",
        "including",
        "plus",
        "minus",
    ]
)
"""Words that end a count phrase: after "73 people were", "were" is not a noun. The predicate
words (killed, injured...) are the integrating stage's business, not part of the noun."""

NOUN_MODIFIERS: frozenset[str] = frozenset(
    [
        "more",
        "other",
        "additional",
        "further",
        "extra",
        "new",
        "old",
        "young",
        "small",
        "large",
        "big",
        "huge",
        "massive",
        "separate",
        "different",
        "similar",
        "powerful",
        "deadly",
        "fatal",
        "suspected",
        "alleged",
        "armed",
        "unarmed",
        "innocent",
        "local",
        "foreign",
        "civilian",
        "military",
        "security",
        "international",
        "near",
        "nearby",
        "consecutive",
        "straight",
        "successive",
    ]
)
"""Adjectives that sit between a figure and its noun ("three more people", "two large
explosions"): skipped, so the counted noun is the word after them. Capitalised adjectives and
names ("three Iranian officials", "two Dutch nationals", "five Red Cross workers") need no
list: any run of them before a lower-case noun is skipped."""

COMPOUND_NOUNS: frozenset[str] = frozenset(
    {f"police {h}" for h in ("officer", "officers", "man", "men", "woman", "women")}
    | {f"police {h}" for h in ("chief", "chiefs", "dog", "dogs", "car", "cars", "van", "vans")}
    | {f"police {h}" for h in ("station", "stations", "constable", "constables")}
    | {"fire fighter", "fire fighters", "fire engine", "fire engines", "fire crew"}
    | {"fire crews", "crew member", "crew members", "staff member", "staff members"}
    | {"family member", "family members", "cabin crew", "aid worker", "security guard"}
    | {"rescue worker", "health worker", "rail car", "tank car", "police officer"}
)
"""Nouns of two words whose head is the counted noun ("three police officers", "a police
officer", "two police women", "a fire fighter"): the first word gives way to the head where the
general rule (a singular noun before a plural one, "rail cars") does not reach, because the
first word is itself a plural ("police", "staff") or the head is singular or irregular."""

ARTICLE_UNITS: frozenset[str] = frozenset(
    {"minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"}
    | {"mile", "kilometre", "kilometer", "metre", "meter", "foot", "yard", "inch"}
    | {"kilogram", "kilo", "tonne", "ton", "gallon", "litre", "liter", "acre", "hectare"}
    | {"centimetre", "centimeter", "millimetre", "millimeter", "millilitre", "milliliter"}
    | {"gram", "gramme", "kilogramme", "ounce", "pint", "quart", "byte", "kibibyte"}
    | {"kilobyte", "megabyte", "gigabyte", "terabyte"}
    | {"km", "cm", "mm", "kg", "mg", "ml", "lb"}
)
"""Units that "a"/"an" counts as one ("a mile away", "about a kilometre", "an hour and 45
minutes", "a kg", "an ml"). "second" is left out ("a second blast" is an ordinal) and so is
"pound" (money or mass), and so are symbols of one letter ("a m", "a g") and those that are also
words or initials ("a MB", "a ft"); "a dozen" is read as a number."""

COMPOUND_PARTS: dict[str, dict[str, float]] = {
    "kilometer": {"meter": 1e-3, "centimeter": 1e-5, "millimeter": 1e-6},
    "meter": {"centimeter": 1e-2, "millimeter": 1e-3},
    "centimeter": {"millimeter": 0.1},
    "mile": {"yard": 1 / 1760, "foot": 1 / 5280},
    "yard": {"foot": 1 / 3, "inch": 1 / 36},
    "foot": {"inch": 1 / 12},
    "kilogram": {"gram": 1e-3},
    "pound": {"ounce": 1 / 16},
    "hour": {"minute": 1 / 60, "second": 1 / 3600},
    "minute": {"second": 1 / 60},
    "day": {"hour": 1 / 24},
    "week": {"day": 1 / 7},
    "year": {"month": 1 / 12},
    "USD": {"cent": 0.01},
    "EUR": {"cent": 0.01},
    "GBP": {"penny": 0.01},
}
"""A unit and the smaller units of its own system that may follow it in one figure, with their
size in the larger unit: "6 ft 2 in", "2 km and 1 metre", "10 km, 8 m, 6 cm", "an hour and 45
minutes", "13 dollars and 45 cents". Each part must be in a smaller unit than the one before
it; two systems ("1 metre and 1 foot") or a larger unit after a smaller ("1 km and 1 mile") are
two figures."""

ORDINAL_DETERMINERS: frozenset[str] = frozenset(
    {"the", "every", "each", "this", "that", "its", "his", "her", "their", "our", "my", "your"}
)
"""Words after which a lone denominator is an ordinal ("the tenth of a series"); elsewhere
"tenth of a gallon" and "quarter-litre" are fractions of the unit."""

NAMED_QUANTITIES: dict[str, tuple[float, str]] = {
    "absolute zero": (0.0, "kelvin"),
}
"""Quantities named by words, no figure written: (exact value, pint unit). The last word must be
a number word the scan stops at ("zero")."""

ADJECTIVE_SUFFIXES: tuple[str, ...] = (
    "ive",
    "al",
    "ous",
    "ful",
    "ic",
    "ian",
    "ese",
    "ish",
    "less",
    "ary",
    "able",
    "ible",
)
"""Endings of adjectives that sit before a counted noun ("two explosive devices", "three
medical workers"); a word with one of them is skipped when a lower-case noun follows it."""

IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "policemen": "policeman",
    "policewomen": "policewoman",
    "firemen": "fireman",
    "gunmen": "gunman",
    "servicemen": "serviceman",
    "fishermen": "fisherman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "others": "other",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "sheep": "sheep",
    "cattle": "cattle",
    "aircraft": "aircraft",
    "series": "series",
    "species": "species",
    "crises": "crisis",
    "analyses": "analysis",
    "news": "news",
}
"""Plurals a suffix rule gets wrong; the rest lose -ies/-es/-s (see quantities._lemma)."""

# --------------------------------------------------------------------------------------------
# Non-claims: numbers that name, address or score rather than measure.
# --------------------------------------------------------------------------------------------

NAME_PREFIXES: frozenset[str] = frozenset(
    [
        "route",
        "highway",
        "interstate",
        "freeway",
        "motorway",
        "boeing",
        "airbus",
        "flight",
        "flights",
        "no",
        "no.",
        "nos.",
        "nr.",
        "nrs.",
        "nr",
        "number",
        "section",
        "sections",
        "article",
        "articles",
        "chapter",
        "chapters",
        "paragraph",
        "clause",
        "rule",
        "resolution",
        "amendment",
        "title",
        "room",
        "apartment",
        "apt",
        "apt.",
        "suite",
        "exit",
        "gate",
        "terminal",
        "platform",
        "page",
        "pages",
        "pp",
        "p.",
        "version",
        "v",
        "windows",
        "iphone",
        "ipad",
        "galaxy",
        "pixel",
        "apollo",
        "voyager",
        "soyuz",
        "channel",
        "level",
        "category",
        "class",
        "grade",
        "bus",
        "line",
        "pier",
        "building",
        "block",
        "lot",
        "unit",
        "district",
        "ward",
        "precinct",
        "zone",
        "phase",
        "season",
        "episode",
        "series",
        "volume",
        "vol",
        "vol.",
        "issue",
        "act",
        "bill",
        "code",
        "covid",
        "sars",
        "mh",
        "su",
        "lockheed",
        "mig",
        "type",
        "model",
        "mark",
        "mk",
        "week",
        "day",
        "game",
        "round",
        "match",
        "stage",
        "leg",
        "hole",
        "lap",
        "heat",
        "track",
        "stand",
        "row",
        "seat",
        "table",
        "figure",
        "fig",
        "fig.",
        "step",
        "item",
        "question",
        "quiz",
        "chart",
        "note",
        "appendix",
        "exhibit",
        "schedule",
        "form",
        "box",
        "pin",
        "account",
        "id",
    ]
)
"""A figure right after one of these words (any case) is a name or a reference: Route 66,
Boeing 737, Section 3, Room 101, Game 7, Apollo 11."""

MILESTONE_WORDS: frozenset[str] = frozenset(
    {"mile", "kilometre", "kilometer", "km", "milepost", "marker"}
)
"""A bare figure right after one of these, singular, marks a place on a course or a road, not
a count: "at mile 20", "kilometre 130 of the race", "near marker 42"."""

NAMED_FIGURE_FOLLOWERS: frozenset[str] = frozenset(
    {"were", "are", "have", "had", "of", "or", "more", "others", "remain", "remained"}
)
"""Words after a figure that follows a capitalised word which keep it a count: "told Reuters
12 were killed", "in Gaza 40 of them". A figure after a capitalised word ("an Ariane 6
rocket", "at Camp 3 and", "the Falcon 9 lifted off") is a name unless one of these, a
one-word predicate of a count ("12 perished": lexicon.properties.PREDICATES), a plural noun or
a unit follows it."""

SENTENCE_ADVERBS: frozenset[str] = frozenset(
    {"overall", "altogether", "meanwhile", "however", "still", "yet", "now", "today", "then"}
    | {"yesterday", "tonight", "instead", "also", "besides", "elsewhere", "here", "there"}
    | {"earlier", "later", "again", "first", "second", "third", "last", "next", "thus"}
    | {"hence", "so", "together", "combined", "nationwide", "worldwide", "statewide", "total"}
    | {"moreover", "furthermore", "otherwise", "indeed", "instead", "all", "both", "none"}
)
"""Words that open a sentence before a comma and are no name (those in -ly aside): "Overall,
45, were hurt" holds no age, "Hug, 40, won" does."""

STREET_WORDS: frozenset[str] = frozenset(
    [
        "street",
        "st",
        "st.",
        "avenue",
        "ave",
        "ave.",
        "road",
        "rd",
        "rd.",
        "boulevard",
        "blvd",
        "blvd.",
        "lane",
        "ln",
        "drive",
        "dr",
        "dr.",
        "way",
        "place",
        "pl",
        "court",
        "ct",
        "square",
        "sq",
        "terrace",
        "crescent",
        "highway",
        "parkway",
        "pkwy",
    ]
)
"""A figure followed by a capitalised name and one of these is a street address."""

SCORE_WORDS: frozenset[str] = frozenset(
    [
        "won",
        "win",
        "wins",
        "beat",
        "beats",
        "defeated",
        "defeat",
        "victory",
        "victories",
        "lost",
        "lose",
        "loss",
        "losses",
        "draw",
        "drew",
        "tied",
        "tie",
        "lead",
        "led",
        "leads",
        "trail",
        "trailed",
        "trailing",
        "score",
        "scored",
        "scores",
        "scoreline",
        "final",
        "halftime",
        "half-time",
        "against",
        "thrashed",
        "thrashing",
        "routed",
        "edged",
    ]
)
"""Near "3-1", these make it the score of a game, not a range."""

MONTHS: frozenset[str] = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "jan.",
        "feb",
        "feb.",
        "mar",
        "mar.",
        "apr",
        "apr.",
        "jun",
        "jun.",
        "jul",
        "jul.",
        "aug",
        "aug.",
        "sep",
        "sep.",
        "sept",
        "sept.",
        "oct",
        "oct.",
        "nov",
        "nov.",
        "dec",
        "dec.",
    ]
)
"""A figure next to a month name is part of a date (the date recogniser owns it)."""

TEMPERATURE_CUES: frozenset[str] = frozenset(
    {"temperature", "temperatures", "degree", "degrees", "thermometer", "thermometers"}
    | {"heat", "heatwave", "heatwaves", "hot", "hotter", "hottest", "warm", "warmer"}
    | {"warmest", "warming", "cold", "colder", "coldest", "cool", "cooler", "coolest"}
    | {"chill", "chilly", "frost", "frosty", "freeze", "freezes", "freezing", "froze"}
    | {"frozen", "frigid", "icy", "sweltering", "scorching", "balmy", "mild", "humid"}
    | {"high", "highs", "low", "lows", "peak", "peaked", "mercury", "weather", "forecast"}
    | {"forecasts", "celsius", "fahrenheit", "centigrade", "climate", "fever", "oven"}
)
"""Whole words (lower case) that put a figure in a context of heat or weather: near them "40
degrees" is a temperature of unstated scale, and "35C" a temperature even where a letter
alone would be thin evidence. Whole words, not substrings: "shot", "below", "follow", "swarm"
and "theatre" hold "hot", "low", "warm" and "heat" but say nothing about the weather."""

ANGLE_CUES: frozenset[str] = frozenset(
    {"angle", "angles", "angled", "rotate", "rotates", "rotated", "rotating", "rotation"}
    | {"turn", "turns", "turned", "turning", "tilt", "tilts", "tilted", "tilting", "slope"}
    | {"slopes", "sloped", "incline", "inclined", "pitch", "pitched", "bank", "banked"}
    | {"lean", "leans", "leaning", "leaned", "arc", "latitude", "longitude", "bearing"}
    | {"heading", "compass", "clockwise", "counterclockwise", "anticlockwise", "spin", "spun"}
    | {"twist", "twisted", "swivel", "pivot", "pivoted", "north", "south", "east", "west"}
    | {"triangle", "circle", "vertical", "horizontal", "axis", "u-turn", "course"}
)
"""Words that make a bare "degrees" an angle ("rotate 90 degrees", "a 180-degree turn",
"tilted 23.5 degrees"). A bare "degrees" near neither these nor a temperature cue ("Madrid
hit 95 degrees") is neither guessed an angle nor a temperature: it keeps its unit, unconverted,
in a dimension of its own that compares only with another such figure."""

SCALE_LETTER_NAMES: frozenset[str] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
    | {"each", "every", "any", "no", "your", "my"}
)
"""Determiners that make a letter glued to a figure part of a name or a model, not a scale:
"the 13F filing", "a 5C battery", "its 4K screen". The names with their own word ("Form 13F",
"Grade 5C", "Category 4") are caught by :data:`NAME_PREFIXES`. Elsewhere "95F", "35C", "20 F"
and "-5 C" are temperatures."""

SCALE_LETTER_FOLLOWERS: frozenset[str] = frozenset(
    {"on", "in", "at", "by", "for", "with", "during", "as", "and", "or", "but", "to", "from"}
    | {"after", "before", "while", "when", "since", "until", "across", "around", "inside"}
    | {"outside", "yesterday", "today", "tonight", "this", "last", "earlier", "overnight"}
    | {"mark", "threshold", "record", "range", "scale"}
)
"""Lower-case words that may follow a temperature written with a letter ("hit 95F on Monday",
"35C in the shade", "40C yesterday"). Another lower-case word makes the letter part of a name
("13F filings", "must 13F be filed", "5C rating") unless it is a temperature cue ("35C heat")."""

AGE_PERSON_NOUNS: frozenset[str] = frozenset(
    {"man", "woman", "boy", "girl", "child", "teenager", "teen", "youth", "baby", "toddler"}
    | {"infant", "person", "individual", "driver", "victim", "suspect", "pilot", "passenger"}
    | {"mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "mum"}
    | {"mom", "dad", "grandmother", "grandfather", "grandson", "granddaughter", "uncle"}
    | {"aunt", "nephew", "niece", "cousin", "widow", "widower", "friend", "neighbour"}
    | {"neighbor", "partner", "boyfriend", "girlfriend", "resident", "teacher", "student"}
    | {"pupil", "officer", "soldier", "worker", "nurse", "doctor", "gunman", "attacker"}
    | {"shooter", "assailant", "survivor", "patient", "pedestrian", "cyclist", "motorist"}
    | {"motorcyclist", "rider", "owner", "farmer", "fisherman", "captain", "player", "actor"}
    | {"actress", "singer", "journalist", "reporter", "photographer", "climber", "hiker"}
    | {"swimmer", "diver", "tourist", "visitor", "employee", "guard", "firefighter"}
    | {"policeman", "policewoman", "defendant", "inmate", "prisoner", "detainee", "migrant"}
    | {"refugee", "veteran", "priest", "pastor", "mayor", "senator", "lawmaker", "founder"}
    | {"executive", "director", "manager", "author", "artist", "writer", "athlete", "coach"}
    | {"citizen", "mechanic", "engineer", "labourer", "laborer", "miner", "sailor", "crewman"}
    | {"trucker", "cook", "chef", "waiter", "waitress", "cashier", "guide", "climber"}
    | {"retiree", "pensioner", "mother-of-two", "father-of-two", "lad", "gentleman", "lady"}
)
"""Nouns of people (singular lemmas) whose bare figure in apposition or after a copula is an
age: "The driver, 54, was taken", "Police arrested a man, 19.", "The victim was 45"."""

ONE_PRONOUN_BEFORE: frozenset[str] = frozenset(
    {
        "the",
        "this",
        "that",
        "which",
        "every",
        "any",
        "each",
        "no",
        "another",
        "someone",
        "everyone",
        "anyone",
        "no-one",
        "last",
    }
)
ONE_PRONOUN_AFTER: frozenset[str] = frozenset(
    {
        "of",
        "another",
        "by",
        "day",
        "another's",
        "way",
        "thing",
        "side",
        "hand",
        "point",
        "you",
        "who",
        "which",
        "that",
        "is",
        "was",
        "does",
        "did",
        "has",
        "had",
    }
)
""""one" is a pronoun or an idiom ("the one you mentioned", "one of them", "one day"), not a
count, after/before these words."""
