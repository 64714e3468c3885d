"""Data only: the words of the calendar that :mod:`factcheck.dates` reads.

Month and weekday names with their abbreviations, seasons, relative words, the cue words that
say a date is in the future or in the past, and the event words a date attaches to. English.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2, "febr": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Month names that are also common English words ("you may", "a march", "mar the day"): they
# are months only next to a day or a year, or after a word that introduces a date.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "dec", "sept", "jun"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

# Abbreviated weekdays that are English words ("the sun", "sat down", "wed in June"): weekdays
# only after a word that introduces a date or right before a date or a time.
AMBIGUOUS_WEEKDAYS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})

# Northern-hemisphere astronomical seasons as (month, day) of the first day and of the day after
# the last; winter runs over the new year. Close to duckling's table.
SEASONS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "spring": ((3, 20), (6, 21)),
    "summer": ((6, 21), (9, 24)),
    "autumn": ((9, 23), (12, 21)),
    "fall": ((9, 23), (12, 21)),
    "winter": ((12, 21), (3, 21)),
}
# "fall" is a verb far more often than a season: it needs a determiner or a year.
AMBIGUOUS_SEASONS = frozenset({"fall", "spring"})

# Day offsets from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tonite": 0,
    "tomorrow": 1,
    "tmrw": 1,
    "tmr": 1,
}

# Parts of a day as [start hour, end hour); "night" is the evening of the day it names.
PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "morning": (0, 12),
    "afternoon": (12, 19),
    "evening": (18, 24),
    "night": (18, 24),
    "overnight": (0, 6),
    "lunchtime": (12, 14),
    "daybreak": (4, 8),
    "dawn": (4, 8),
}

# Clock times written as words.
NAMED_TIMES: dict[str, int] = {"noon": 12, "midday": 12, "midnight": 0}

# last/next/this before a unit, a weekday, a month or a season: the step in that unit.
MODIFIERS: dict[str, int] = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "next": 1,
    "following": 1,
    "coming": 1,
    "upcoming": 1,
    "this": 0,
    "current": 0,
}

UNITS: dict[str, str] = {
    "day": "day", "days": "day",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "mo": "month",
    "quarter": "quarter", "quarters": "quarter", "qtr": "quarter", "qtrs": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
    "weekend": "weekend", "weekends": "weekend",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "seconds": "second", "sec": "second", "secs": "second",
}  # fmt: skip
# "second" alone is far more often the ordinal ("the second blast"): a unit only after a number.
SECOND_WORDS = frozenset({"second"})

# Fractions of an hour or a minute said in words, in the unit they divide: "half an hour",
# "a quarter of an hour", "three-quarters of an hour".
UNIT_FRACTIONS: dict[str, float] = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}

# Small number words, for "three days ago" and "May twenty nine"; factcheck.numbers reads the
# rest. Counted by the RT and duckling specs as numbers too: "a", "an", "couple".
SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "couple": 2,
}  # fmt: skip
TENS = frozenset({"twenty", "thirty", "forty", "fifty"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

# Words that open an interval: (qualifier, which bound of the date it keeps).
#   "since 2015" is [2015-01-01, open); "after 2016" starts when 2016 ends; "before 2000" ends
#   where 2000 starts; "until Friday" includes Friday.
OPEN_RANGES: dict[str, tuple[str, str]] = {
    "since": ("at_least", "low"),
    "after": ("more_than", "high"),
    "from": ("at_least", "low"),
    "starting": ("at_least", "low"),
    "beginning": ("at_least", "low"),
    "before": ("less_than", "low"),
    "until": ("at_most", "high"),
    "till": ("at_most", "high"),
    "til": ("at_most", "high"),
    "untill": ("at_most", "high"),
    "through": ("at_most", "high"),
    "by": ("at_most", "high"),
}
# The words between the two ends of a range ("from 2019 to 2021", "2019-2021").
RANGE_JOINERS = frozenset({"to", "through", "thru", "until", "till", "untill", "-", "–", "—", "~"})

# Words right before a bare number that make it a year ("in 1998", "since 2015").
YEAR_CUES = frozenset(
    {
        "in", "since", "until", "till", "before", "after", "during", "through", "throughout",
        "from", "of", "by", "year", "early", "late", "mid", "circa", "between", "and", "to",
        "or", "summer", "winter", "spring", "autumn", "fall", "cy", "calendar", "=",
    }
)  # fmt: skip
# Words before a bare number that make it a year only when a singular noun follows ("a 2017
# assessment", "the 2020 election", "Iran's 1998 earthquake"); "the 2000 people" is a count.
YEAR_DETERMINERS = frozenset({"a", "an", "the", "s", "its", "his", "her", "their", "this"})
# Plural nouns that still take a year ("the 2020 elections", "the 2012 olympics").
PLURAL_EVENTS = frozenset(
    {"elections", "games", "olympics", "protests", "floods", "riots", "talks", "polls", "finals"}
)
# Words after a year-like number that make it a count or a measure ("in 2000 people").
NOT_YEAR_FOLLOWERS = frozenset(
    {
        "people", "persons", "person", "men", "women", "children", "residents", "troops",
        "soldiers", "homes", "houses", "buildings", "families", "feet", "ft", "foot", "metres",
        "meters", "m", "km", "kilometres", "kilometers", "miles", "mi", "kg", "tons", "tonnes",
        "dollars", "euros", "pounds", "votes", "cases", "deaths", "units", "hours", "minutes",
        "seconds", "pm", "am", "hrs", "hr", "percent", "%", "points", "calories",
    }
)  # fmt: skip

# Words right before a four-digit number that make it a name or an amount, never a year.
NOT_YEAR_PRECEDERS = frozenset(
    {"$", "#", "£", "€", "no", "route", "rt", "flight", "room", "boeing", "airbus", "number"}
)

# A slash or dash pair of numbers that is an idiom, not a date.
NOT_DATES = frozenset({"24/7", "9/11", "7/7", "4/20", "50/50", "1/2", "1/3", "2/3", "1/4", "3/4"})

# Words that put a date in the future when they come shortly before it ("the funeral is
# expected on Friday", "will be buried on Friday").
FUTURE_CUES = frozenset(
    {
        "will", "ll", "shall", "scheduled", "expected", "expects", "due", "planned", "plans",
        "plan", "upcoming", "forthcoming", "going", "slated", "set", "tomorrow", "later",
        "postponed", "delayed", "await", "awaits", "awaiting", "would",
    }
)  # fmt: skip
# Words that stop the search for a cue: the start of another clause or sentence.
CLAUSE_BREAKS = frozenset({".", ";", "!", "?", ":", "but", "while", "after", "before", "when"})

# Event words a date attaches to, with the canonical name of the event. Verbs come first in the
# search ("was killed by a drone strike in January 2020": the date is the death's).
ANCHOR_VERBS: dict[str, str] = {
    "killed": "death", "died": "death", "assassinated": "death", "slain": "death",
    "murdered": "death", "executed": "death", "buried": "funeral", "born": "birth",
    "opened": "opening", "inaugurated": "opening", "built": "construction",
    "completed": "construction", "founded": "founding", "established": "founding",
    "elected": "election", "appointed": "appointment", "became": "appointment",
    "arrested": "arrest", "married": "marriage", "launched": "launch", "signed": "signing",
    "struck": "attack", "attacked": "attack", "exploded": "explosion", "collapsed": "collapse",
    "derailed": "derailment", "crashed": "crash", "released": "release", "resigned": "resignation",
    "retired": "retirement", "sentenced": "sentencing", "convicted": "conviction",
}  # fmt: skip
ANCHOR_NOUNS: dict[str, str] = {
    "death": "death", "killing": "death", "assassination": "death", "murder": "death",
    "funeral": "funeral", "burial": "funeral", "memorial": "memorial", "birth": "birth",
    "birthday": "birth", "opening": "opening", "election": "election", "elections": "election",
    "vote": "election", "referendum": "election", "attack": "attack", "attacks": "attack",
    "bombing": "attack", "bombings": "attack", "blast": "attack", "blasts": "attack",
    "explosion": "attack", "explosions": "attack", "strike": "attack", "shooting": "attack",
    "earthquake": "earthquake", "quake": "earthquake", "derailment": "derailment",
    "crash": "crash", "collapse": "collapse", "war": "war", "invasion": "war",
    "ceasefire": "ceasefire", "trial": "trial", "hearing": "hearing", "summit": "summit",
    "meeting": "meeting", "release": "release", "launch": "launch", "arrest": "arrest",
    "wedding": "marriage", "protest": "protest", "protests": "protest", "flood": "flood",
    "floods": "flood", "fire": "fire", "storm": "storm", "hurricane": "storm",
    "assessment": "assessment", "report": "report", "census": "census", "ceremony": "ceremony",
    "deaths": "death", "killings": "death", "funerals": "funeral", "burials": "funeral",
    "trials": "trial", "hearings": "hearing", "talks": "meeting", "meetings": "meeting",
    "landslide": "landslide", "tsunami": "tsunami", "eruption": "eruption",
    "landfall": "storm", "outbreak": "outbreak", "strikes": "attack", "raid": "attack",
}  # fmt: skip

# "the fourth anniversary of his death": the words that may sit between "of" and the event.
ANNIVERSARY_FILLERS = frozenset(
    {"his", "her", "their", "its", "the", "a", "this", "that", "general", "gen", "late"}
)

# Holidays by their words (lower case, apostrophes dropped: "new year's day" -> "new year s day"):
#   ("fixed", (month, day)) | ("easter", (days after Easter Sunday,)) |
#   ("nth", (month, weekday, n[, days after])) with n = -1 for the last such weekday.
HOLIDAY_DATES: dict[str, tuple[str, tuple[int, ...]]] = {
    "christmas": ("fixed", (12, 25)),
    "christmas day": ("fixed", (12, 25)),
    "xmas": ("fixed", (12, 25)),
    "christmas eve": ("fixed", (12, 24)),
    "boxing day": ("fixed", (12, 26)),
    "new year s day": ("fixed", (1, 1)),
    "new years day": ("fixed", (1, 1)),
    "new year s eve": ("fixed", (12, 31)),
    "new years eve": ("fixed", (12, 31)),
    "halloween": ("fixed", (10, 31)),
    "valentine s day": ("fixed", (2, 14)),
    "valentines day": ("fixed", (2, 14)),
    "valentine day": ("fixed", (2, 14)),
    "independence day": ("fixed", (7, 4)),
    "earth day": ("fixed", (4, 22)),
    "st patrick s day": ("fixed", (3, 17)),
    "saint patrick s day": ("fixed", (3, 17)),
    "saint patrick": ("fixed", (3, 17)),
    "st patricks day": ("fixed", (3, 17)),
    "saint patricks day": ("fixed", (3, 17)),
    "st paddy s day": ("fixed", (3, 17)),
    "saint paddy s day": ("fixed", (3, 17)),
    "new year": ("fixed", (1, 1)),
    "veterans day": ("fixed", (11, 11)),
    "easter": ("easter", (0,)),
    "easter sunday": ("easter", (0,)),
    "easter monday": ("easter", (1,)),
    "easter mon": ("easter", (1,)),
    "good friday": ("easter", (-2,)),
    "ash wednesday": ("easter", (-46,)),
    "thanksgiving": ("nth", (11, 3, 4)),
    "thanksgiving day": ("nth", (11, 3, 4)),
    "black friday": ("nth", (11, 3, 4, 1)),
    "labor day": ("nth", (9, 0, 1)),
    "labour day": ("nth", (9, 0, 1)),
    "memorial day": ("nth", (5, 0, -1)),
    "mlk day": ("nth", (1, 0, 3)),
    "martin luther king day": ("nth", (1, 0, 3)),
    "martin luther king s day": ("nth", (1, 0, 3)),
}
HOLIDAYS = frozenset(k.split()[0] for k in HOLIDAY_DATES)
# Words that start the scan for a holiday; the others are reached from "day", "friday", "year".
HOLIDAY_TRIGGERS = frozenset(
    {"christmas", "xmas", "halloween", "thanksgiving", "easter", "valentine", "valentines"}
)

# Time-zone abbreviations after a clock time, with their offset from UTC in hours. A time in
# another zone is converted to the zone of the publication date when that one is known.
TIMEZONES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "ET": -5, "CST": -6, "CDT": -5,
    "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "PT": -8, "CET": 1, "CEST": 2, "BST": 1,
    "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11, "IRST": 3.5, "MSK": 3,
}  # fmt: skip

# Words right before a month name that make "May", "March", "Jan" months ("in May", "since March").
MONTH_CUES = frozenset(
    {
        "in", "since", "until", "till", "before", "after", "during", "through", "throughout",
        "from", "of", "by", "early", "late", "mid", "between", "this", "last", "next", "-",
        "the", "on", "around", "circa", "end", "beginning", "start", "middle",
    }
)  # fmt: skip

# "the nineties": the decade words; a century is chosen against the publication date.
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip

# Abbreviations whose dot does not end a sentence (the cue and anchor searches cross them).
ABBREVIATIONS = frozenset(
    {"gen", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "lt", "col", "sgt", "capt", "gov", "sen",
     "rep", "prof", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun",
     "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est"}
)  # fmt: skip

# early / mid / late parts of a period. Month parts are days [first, stop) with 0 for the end
# of the month: duckling's thirds ("late March" from the 21st), RT's "mid" from the 10th.
MONTH_PARTS: dict[str, tuple[int, int]] = {"early": (1, 11), "mid": (10, 21), "late": (21, 0)}
# Parts of years, decades and centuries in months from the start [from, to): thirds, except that
# the "mid-1990s" overlap the early and late ones.
PARTS_IN_MONTHS: dict[str, dict[str, tuple[int, int]]] = {
    "year": {"early": (0, 4), "mid": (4, 8), "late": (8, 12)},
    "decade": {"early": (0, 48), "mid": (36, 84), "late": (84, 120)},
    "century": {"early": (0, 400), "mid": (400, 800), "late": (800, 1200)},
}
# Parts of a week in days from Monday: duckling's "beginning of the week" is Mon-Wed.
WEEK_PARTS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (2, 5), "late": (4, 7)}

# Words before "10/1" that make it a date rather than a fraction ("on 7/6", "from 10/1").
SLASH_DATE_CUES = frozenset(
    {"on", "from", "to", "between", "until", "till", "since", "by", "before", "after", "-",
     "through", "dated", "and"}
)  # fmt: skip

# Comparisons that open an interval, read as the word of OPEN_RANGES they mean, with their
# width in words: "no later than X" is "by X"; "later than 2018" is "after 2018".
COMPARISONS: dict[str, tuple[str, int]] = {
    "no later than": ("by", 3), "not later than": ("by", 3), "no earlier than": ("since", 3),
    "not earlier than": ("since", 3), "no sooner than": ("since", 3),
    "later than": ("after", 2), "earlier than": ("before", 2), "sooner than": ("before", 2),
    "prior to": ("before", 2), "up to": ("until", 2),
}  # fmt: skip
COMPARISON_STARTS = frozenset(k.split()[0] for k in COMPARISONS)
