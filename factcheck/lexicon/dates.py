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
# Holidays whose name is also a common word: in lower case they need a year ("lent 2018").
AMBIGUOUS_HOLIDAYS = frozenset({"lent", "rakhi", "pongal", "maghi", "bogi", "bhogi"})

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
    "lunch": (12, 14),
    "daybreak": (4, 8),
    "dawn": (4, 8),
}

# "late tonight", "late last night", "late Friday night": the night from this hour to midnight.
LATE_NIGHT_HOUR = 21

# "the night of <day>": from its evening to the next morning, in hours from that day's start.
NIGHT_OF = (18, 30)

# Parts of a day that are also meals: "this lunch" is an event, "tomorrow at lunch" a time.
MEALS = frozenset({"lunch"})

# Clock times written as words.
NAMED_TIMES: dict[str, int] = {"noon": 12, "midday": 12, "midnight": 0}

# Words before a sentence-final "now" that make it part of another phrase ("until now").
BEFORE_NOW_NOT_DEICTIC = frozenset(
    {"until", "till", "til", "by", "since", "from", "for", "and", "than", "right", "just", "as",
     "of", "to", "between"}
)  # fmt: skip
# Words after "at the moment" / "at present" that make it another time ("at the moment of the
# blast", "at the moment when", "at the minute mark").
AFTER_MOMENT_NOT_DEICTIC = frozenset(
    {"of", "when", "that", "which", "where", "the", "a", "an", "his", "her", "their", "its",
     "mark"}
)  # fmt: skip

# "to date", "till date": up to the publication. Not after "up" ("up to date"), and not the verb:
# the word after "date" must be punctuation or one of these ("to date in Europe", "to date,
# and"), never an object ("to date her", "to date from the 5th century").
TO_DATE_WORDS = frozenset({"to", "till"})
AFTER_TO_DATE = frozenset(
    {"in", "and", "but", "or", "is", "are", "was", "were", "has", "have", "had", "this", "that",
     "for", "with", "by", "according", "than", "across", "at", "on", "nationwide", "worldwide",
     "so", "as", "amid", "since", "among", "of", "there", "we", "they", "it", "he", "she",
     "no", "none", "only", "nobody", "more", "about", "around", "some", "just", "least"}
)  # fmt: skip
# Words after "at this time" that make it another time than the publication's ("at this time of
# year", "at this time last year", "at this time on Monday").
AFTER_THIS_TIME_NOT_DEICTIC = frozenset(
    {"last", "next", "tomorrow", "yesterday", "today", "tonight", "on", "in", "every", "each",
     "around", "year", "period"}
)  # fmt: skip

# Modifiers that, after a number and before a singular unit, count to the nth unit
# ("two upcoming week"); "3 next week" is a count and next week.
NTH_MODIFIERS = frozenset({"upcoming", "coming", "following"})

# "EOD", "EOM", "EOY": the end of the current day, month or year.
END_ABBREVIATIONS: dict[str, str] = {"eod": "day", "eom": "month", "eoy": "year"}
# "the week of / beginning / starting / commencing <day>": the week that holds that day.
WEEK_OF = frozenset({"of", "beginning", "starting", "commencing"})

# Words after which "last" is the verb ("will last two hours", "shouldn't last two weeks").
BEFORE_LAST_AS_VERB = frozenset(
    {"will", "ll", "would", "d", "to", "can", "could", "may", "might", "must", "should", "not",
     "t", "does", "did", "do", "only", "usually", "often", "typically", "generally", "never"}
)  # fmt: skip

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
    "weekend": "weekend", "weekends": "weekend", "workweek": "workweek",
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
        "will", "ll", "shall", "scheduled", "expected", "expects", "expect", "due", "planned",
        "plans",
        "plan", "upcoming", "forthcoming", "going", "slated", "set", "tomorrow", "later",
        "postponed", "delayed", "await", "awaits", "awaiting", "would", "schedule",
        "reschedule", "rescheduled", "forecast", "hope", "hopes", "hoping", "hoped", "aim",
        "aims", "aiming", "intends", "intend", "adjourned", "adjourn", "adjourns",
    }
)  # fmt: skip
# Cue words that say future only before certain words: "set for/to" (not "a set of", "the
# record set in 2019"), "due on/by/in/to begin" (not "due to the storm": a cause).
CONDITIONAL_FUTURE_CUES: dict[str, frozenset[str]] = {
    "set": frozenset({"to", "for"}),
    "due": frozenset({"on", "by", "in", "for", "at", "back", "out", "before", "to"}),
    # aims and hopes point ahead: "hope to contain the fire by Friday", "forecast to reach
    # the coast on Friday", "forecast for Friday" (not "hopes of a deal")
    # "plans to vote on Friday", not "the spending plan for 2026 on Dec. 9" (a noun)
    "plan": frozenset({"to"}),
    "plans": frozenset({"to"}),
    "forecast": frozenset({"to", "for"}),  # "winds are forecast for Wednesday": ahead
    "hope": frozenset({"to"}),
    "hopes": frozenset({"to"}),
    "hoping": frozenset({"to"}),
    "hoped": frozenset({"to"}),
    "aim": frozenset({"to"}),
    "aims": frozenset({"to"}),
    "aiming": frozenset({"to"}),
    "intends": frozenset({"to"}),
    "intend": frozenset({"to"}),
    # the day a hearing is adjourned to is ahead ("the trial was adjourned to Monday"); the
    # day it was adjourned on is not ("adjourned the trial on Friday")
    "adjourned": frozenset({"to", "until", "till"}),
    "adjourn": frozenset({"to", "until", "till"}),
    "adjourns": frozenset({"to", "until", "till"}),
}
# Modal verbs say what may yet happen ("the walkout could end on Thursday", "the fire may
# reach the town on Friday"), unless a perfect follows ("could have started on Monday").
# "may" is a modal only before a verb: not the month ("in May, on Friday").
# Particles of a deferral, with the verbs they follow: the day a thing is put off to is ahead
# ("was put off to Monday", "was pushed back to Saturday"), before "to", "until" or "till";
# "came back to Paris on Monday" is no deferral.
DEFERRAL_PARTICLES: dict[str, frozenset[str]] = {
    "off": frozenset({"put", "puts", "putting"}),
    "back": frozenset({"pushed", "push", "pushes", "pushing"}),
}
DEFERRAL_TARGETS = frozenset({"to", "until", "till"})
FAR_FUTURE_CUES = frozenset({"will", "ll", "shall", "expect", "expects"})
"""Future cues that govern a date further into their clause than the others ("The passengers
will continue to Bangkok on a replacement plane on Thursday")."""
AGE_BAND_WORDS = frozenset({"under", "over", "u"})
"""Words before a hyphened decade that make it an age band ("the under-30s", "over-50s")."""
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where"})
MODAL_FUTURE_CUES = frozenset({"could", "might", "may"})
MODAL_PAST_WORDS = frozenset({"have"})
# The present of a verb of scheduled events says future: "the race starts on July 5".
PRESENT_SCHEDULE_VERBS = frozenset(
    {
        "starts",
        "begins",
        "opens",
        "ends",
        "closes",
        "resumes",
        "reopens",
        "kicks",
        "expires",
        "finishes",
        "concludes",
        # travel told by timetable: "when the ship returns to port on Thursday"
        "returns",
        "arrives",
        "departs",
        # the plural present: "Hearings resume on April 7", "Classes begin on Sept. 2"
        "resume",
        "reopen",
        "begin",
        "start",
    }
)
# After "due to", a word that opens a noun phrase makes it a cause ("due to the storm", "due to
# heavy rain"); "due to" is a future cue only before a verb of scheduled events.
SCHEDULE_VERBS = frozenset(
    {"be", "begin", "start", "open", "close", "end", "finish", "take", "hold", "meet", "vote",
     "return", "arrive", "resume", "expire", "appear", "testify", "speak", "visit", "launch",
     "land", "leave", "sign", "announce", "report", "publish", "release", "deliver", "come",
     "go", "hear", "rule", "decide", "face", "stand", "travel", "attend", "host", "enter",
     "run", "submit", "present", "complete", "reopen", "depart", "retire", "step"}
)  # fmt: skip
# "is to", "are to" before a verb say future ("the vote is to take place on March 20").
FUTURE_TO_SUBJECTS = frozenset({"is", "are", "was", "were"})
# A plan told in the past ("was scheduled for March 10") or as a bare participle ("the vote,
# set for March 10, was postponed") may have passed: its day is the nearest one, before or
# after publication. With a present or future auxiliary ("is set for") it is ahead.
PAST_AUXILIARIES = frozenset({"was", "were", "had", "been"})
PLAN_PARTICIPLES = frozenset(
    {"scheduled", "set", "planned", "slated", "due", "expected", "postponed", "delayed",
     "rescheduled"}
)  # fmt: skip
PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "s", "be", "being", "will", "ll", "shall"})
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

# "the fourth anniversary of his death": determiners, titles, names and modifiers may sit
# between "of" and the event word ("of General Maria Okafor's death", "of a smaller
# blast"); these words end the search, since past them the event word is another phrase's.
ANNIVERSARY_STOPS = frozenset(
    {"in", "on", "at", "of", "for", "with", "by", "from", "to", "into", "near", "over", "and",
     "or", "but", "nor", "that", "which", "who", "whom", "whose", "when", "where", "while", "as",
     "after", "before", "since", "during", "than", "is", "was", "are", "were", "be", "been",
     "has", "have", "had", "not"}
)  # fmt: skip

# Holidays by their words (lower case, apostrophes dropped: "new year's day" -> "new year s day"):
#   ("fixed", (month, day)) | ("easter", (days after Easter Sunday,)) |
#   ("nth", (month, weekday, n[, days after])) with n = -1 for the last such weekday |
#   ("drifting", (month, day, year)): the day in that year of a calendar of 365 days that has no
#   leap day, so it falls one day earlier every four years.
HOLIDAY_DATES: dict[str, tuple[str, tuple[str | int, ...]]] = {
    "christmas": ("fixed", (12, 25)),
    "christmas day": ("fixed", (12, 25)),
    "xmas": ("fixed", (12, 25)),
    "christmas eve": ("fixed", (12, 24)),
    "boxing day": ("fixed", (12, 26)),
    "may day": ("fixed", (5, 1)),
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
HOLIDAY_DATES.update(
    {
        # the Christian year around Easter (Western computus) and around Orthodox Easter
        "palm sunday": ("easter", (-7,)),
        "branch sunday": ("easter", (-7,)),
        "maundy thursday": ("easter", (-3,)),
        "covenant thursday": ("easter", (-3,)),
        "covenant thu": ("easter", (-3,)),
        "holy saturday": ("easter", (-1,)),
        "ascension day": ("easter", (39,)),
        "pentecost": ("easter", (49,)),
        "whit sunday": ("easter", (49,)),
        "whitsunday": ("easter", (49,)),
        "white sunday": ("easter", (49,)),
        "whit monday": ("easter", (50,)),
        "trinity sunday": ("easter", (56,)),
        "corpus christi": ("easter", (60,)),
        "shrove tuesday": ("easter", (-47,)),
        "mardi gras": ("easter", (-47,)),
        "pancake day": ("easter", (-47,)),
        "lent": ("easter", (-46, 46)),  # Ash Wednesday to Holy Saturday
        "orthodox easter": ("orthodox", (0,)),
        "orthodox easter sunday": ("orthodox", (0,)),
        "orthodox good friday": ("orthodox", (-2,)),
        "orthodox great friday": ("orthodox", (-2,)),
        "orthodox holy friday": ("orthodox", (-2,)),
        "clean monday": ("orthodox", (-48,)),
        "orthodox shrove monday": ("orthodox", (-48,)),
        "lazarus saturday": ("orthodox", (-8,)),
        "great lent": ("orthodox", (-48, 40)),
        "great fast": ("orthodox", (-48, 40)),
        # fixed days, some moved off a weekend: (month, day, rule)
        "world vegan day": ("fixed", (11, 1)),
        "international workers day": ("fixed", (5, 1)),
        "international workers s day": ("fixed", (5, 1)),
        "workers day": ("fixed", (5, 1)),
        # 25 Baishakh, Tagore's birthday, on the day India's Bengali calendar places it
        "rabindra jayanti": ("fixed", (5, 9)),
        "rabindranath jayanti": ("fixed", (5, 9)),
        "boss s day": ("weekday", (10, 16, 0)),  # the nearest weekday
        "bosss day": ("weekday", (10, 16, 0)),
        "boss day": ("weekday", (10, 16, 0)),
        "bosses day": ("weekday", (10, 16, 0)),
        "koningsdag": ("weekday", (4, 27, 1)),  # a Sunday moves back to the Saturday
        "king s day": ("weekday", (4, 27, 1)),
        "kings day": ("weekday", (4, 27, 1)),
        "civil rights day": ("nth", (1, 0, 3)),
        "martin luther kings day": ("nth", (1, 0, 3)),
        "mlk jr day": ("nth", (1, 0, 3)),
        "martin luther king jr day": ("nth", (1, 0, 3)),
        "martin luther king junior day": ("nth", (1, 0, 3)),
        "presidents day": ("nth", (2, 0, 3)),
        "president s day": ("nth", (2, 0, 3)),
        "presidents s day": ("nth", (2, 0, 3)),
        "columbus day": ("nth", (10, 0, 2)),
        "mother s day": ("nth", (5, 6, 2)),
        "mothers day": ("nth", (5, 6, 2)),
        "father s day": ("nth", (6, 6, 3)),
        "fathers day": ("nth", (6, 6, 3)),
        # lunar and lunisolar calendars, from LUNAR_TABLES: (table, days after, length in days)
        "chinese new year": ("table", ("lunar_new_year", 0, 1)),
        "chinese new year s day": ("table", ("lunar_new_year", 0, 1)),
        "chinese new years": ("table", ("lunar_new_year", 0, 1)),
        "chinese lunar new year": ("table", ("lunar_new_year", 0, 1)),
        "chinese lunar new year s day": ("table", ("lunar_new_year", 0, 1)),
        "lunar new year": ("table", ("lunar_new_year", 0, 1)),
        "spring festival": ("table", ("lunar_new_year", 0, 1)),
        "vesak": ("table", ("vesak", 0, 1)),
        "vesak day": ("table", ("vesak", 0, 1)),
        "vaisakha": ("table", ("vesak", 0, 1)),
        "buddha day": ("table", ("vesak", 0, 1)),
        "buddha purnima": ("table", ("vesak", 0, 1)),
        # Islamic days: the day of Saudi Arabia's Umm al-Qura calendar and the next, since
        # countries that sight the moon often keep it a day later (Eid in Pakistan); a report
        # dating "Eid" a day later must not clash
        "eid al fitr": ("table", ("eid_al_fitr", 0, 2)),
        "eid ul fitr": ("table", ("eid_al_fitr", 0, 2)),
        "eid el fitr": ("table", ("eid_al_fitr", 0, 2)),
        "id ul fitr": ("table", ("eid_al_fitr", 0, 2)),
        "eid al adha": ("table", ("eid_al_adha", 0, 2)),
        "eid ul adha": ("table", ("eid_al_adha", 0, 2)),
        "eid el adha": ("table", ("eid_al_adha", 0, 2)),
        "id ul adha": ("table", ("eid_al_adha", 0, 2)),
        "bakr id": ("table", ("eid_al_adha", 0, 2)),
        "bakrid": ("table", ("eid_al_adha", 0, 2)),
        "sacrifice feast": ("table", ("eid_al_adha", 0, 2)),
        "feast of the sacrifice": ("table", ("eid_al_adha", 0, 2)),
        "ramadan": ("ramadan", ()),
        "ramadhan": ("ramadan", ()),
        "laylat al qadr": ("table", ("ramadan", 26, 2)),  # the 27th night of Ramadan
        "laylat al kadr": ("table", ("ramadan", 26, 2)),
        "lailat al qadr": ("table", ("ramadan", 26, 2)),
        "jamat ul vida": ("last_friday", ("eid_al_fitr",)),  # the last Friday of Ramadan
        "jumu atul wida": ("last_friday", ("eid_al_fitr",)),
        "jumuatul wida": ("last_friday", ("eid_al_fitr",)),
        "islamic new year": ("table", ("hijri_new_year", 0, 2)),
        "hijri new year": ("table", ("hijri_new_year", 0, 2)),
        "amun jadid": ("table", ("hijri_new_year", 0, 2)),
        "ashura": ("table", ("ashura", 0, 2)),
        "day of ashura": ("table", ("ashura", 0, 2)),
        "mawlid": ("table", ("mawlid", 0, 2)),
        "mawlid al nabawi": ("table", ("mawlid", 0, 2)),
        "mawlid an nabi": ("table", ("mawlid", 0, 2)),
        "isra and mi raj": ("table", ("isra_miraj", 0, 2)),
        "isra and miraj": ("table", ("isra_miraj", 0, 2)),
        "al isra wal miraj": ("table", ("isra_miraj", 0, 2)),
        # Jewish days begin at sunset: each runs from the evening it begins (the day before
        # the first full day in LUNAR_TABLES; duckling dates them by that evening alone) to the
        # end of its last day. Days the calendar moves off a Sabbath (Tisha B'Av, Yom
        # Haatzmaut, Yom Hashoah) also cover the days they may move to.
        "passover": ("table", ("passover", -1, 9)),
        "pesach": ("table", ("passover", -1, 9)),
        "rosh hashanah": ("table", ("rosh_hashanah", -1, 3)),
        "rosh hashana": ("table", ("rosh_hashanah", -1, 3)),
        "rosh hashanna": ("table", ("rosh_hashanah", -1, 3)),
        "yom kippur": ("table", ("yom_kippur", -1, 2)),
        "sukkot": ("table", ("sukkot", -1, 9)),
        "succos": ("table", ("sukkot", -1, 9)),
        "sukkos": ("table", ("sukkot", -1, 9)),
        "feast of tabernacles": ("table", ("sukkot", -1, 9)),
        "feast of the ingathering": ("table", ("sukkot", -1, 9)),
        "shemini atzeret": ("table", ("sukkot", 6, 2)),
        "simchat torah": ("table", ("sukkot", 7, 2)),
        "shavuot": ("table", ("shavuot", -1, 3)),
        "shavuos": ("table", ("shavuot", -1, 3)),
        "hanukkah": ("table", ("hanukkah", -1, 8)),
        "chanukah": ("table", ("hanukkah", -1, 8)),
        "hanukah": ("table", ("hanukkah", -1, 8)),
        "hannukkah": ("table", ("hanukkah", -1, 8)),
        "chanukkah": ("table", ("hanukkah", -1, 8)),
        "purim": ("table", ("purim", -1, 2)),
        "shushan purim": ("table", ("purim", 0, 2)),
        "lag b omer": ("table", ("lag_baomer", -1, 2)),
        "lag baomer": ("table", ("lag_baomer", -1, 2)),
        "tisha b av": ("table", ("tisha_bav", -1, 3)),
        "tisha bav": ("table", ("tisha_bav", -1, 3)),
        "yom haatzmaut": ("table", ("yom_haatzmaut", -3, 5)),
        "yom hashoah": ("table", ("passover", 10, 4)),  # 27 Nisan, 12 days after 15 Nisan
        "holocaust day": ("table", ("passover", 10, 4)),
        "tu bishvat": ("tu_bishvat", ()),
        # Diwali (Lakshmi Puja) and Holi as India observes them, and the days around them
        "diwali": ("table", ("diwali", 0, 1)),
        "deepavali": ("table", ("diwali", 0, 1)),
        "lakshmi puja": ("table", ("diwali", 0, 1)),
        "dhanteras": ("table", ("diwali", -2, 1)),
        "dhanatrayodashi": ("table", ("diwali", -2, 1)),
        "choti diwali": ("table", ("diwali", -1, 1)),
        "chhoti diwali": ("table", ("diwali", -1, 1)),
        "kali chaudas": ("table", ("diwali", -1, 1)),
        "naraka chaturdashi": ("table", ("diwali", -1, 1)),
        "govardhan puja": ("table", ("diwali", 1, 1)),
        "bhai dooj": ("table", ("diwali", 2, 1)),
        "bhaiya dooj": ("table", ("diwali", 2, 1)),
        "bhau beej": ("table", ("diwali", 2, 1)),
        "chhath": ("table", ("diwali", 6, 1)),
        "chhath puja": ("table", ("diwali", 6, 1)),
        "dala puja": ("table", ("diwali", 6, 1)),
        "surya shashthi": ("table", ("diwali", 6, 1)),
        "holi": ("table", ("holi", 0, 1)),
        "dhulandi": ("table", ("holi", 0, 1)),
        "dhuleti": ("table", ("holi", 0, 1)),
        "phagwah": ("table", ("holi", 0, 1)),
        "holika dahan": ("table", ("holi", -1, 1)),
        "chhoti holi": ("table", ("holi", -1, 1)),
        "choti holi": ("table", ("holi", -1, 1)),
        "kamudu pyre": ("table", ("holi", -1, 1)),
        # the Shahenshahi calendar of the Parsis: August 28 in 1972 (zanc.org, via `holidays`)
        "parsi new year": ("drifting", (8, 28, 1972)),
        # Indian festivals of the Hindu lunisolar calendar and Sikh gurpurabs, from LUNAR_TABLES
        "dussehra": ("table", ("dussehra", 0, 1)),
        "dusshera": ("table", ("dussehra", 0, 1)),
        "dasara": ("table", ("dussehra", 0, 1)),
        "dasera": ("table", ("dussehra", 0, 1)),
        "dussera": ("table", ("dussehra", 0, 1)),
        "vijayadashami": ("table", ("dussehra", 0, 1)),
        "vijaya dashami": ("table", ("dussehra", 0, 1)),
        "vijayadasami": ("table", ("dussehra", 0, 1)),
        "navratri": ("table", ("sharad_navratri", 0, 9)),
        "navaratri": ("table", ("sharad_navratri", 0, 9)),
        "sharad navratri": ("table", ("sharad_navratri", 0, 9)),
        "sharad navaratri": ("table", ("sharad_navratri", 0, 9)),
        "sharadiya navratri": ("table", ("sharad_navratri", 0, 9)),
        "maha ashtami": ("table", ("maha_ashtami", 0, 1)),
        "durga ashtami": ("table", ("maha_ashtami", 0, 1)),
        "maha saptami": ("table", ("maha_ashtami", -1, 1)),
        "durga puja": ("table", ("maha_ashtami", -2, 5)),
        "maha navami": ("table", ("maha_navami", 0, 1)),
        "janmashtami": ("table", ("janmashtami", 0, 1)),
        "krishna janmashtami": ("table", ("janmashtami", 0, 1)),
        "gokulashtami": ("table", ("janmashtami", 0, 1)),
        "krishna jayanti": ("table", ("janmashtami", 0, 1)),
        "ganesh chaturthi": ("table", ("ganesh_chaturthi", 0, 1)),
        "ganesha chaturthi": ("table", ("ganesh_chaturthi", 0, 1)),
        "vinayaka chaturthi": ("table", ("ganesh_chaturthi", 0, 1)),
        "vinayaka chavithi": ("table", ("ganesh_chaturthi", 0, 1)),
        "vinayak chaturthi": ("table", ("ganesh_chaturthi", 0, 1)),
        "maha shivaratri": ("table", ("maha_shivaratri", 0, 1)),
        "maha shivratri": ("table", ("maha_shivaratri", 0, 1)),
        "mahashivratri": ("table", ("maha_shivaratri", 0, 1)),
        "mahashivaratri": ("table", ("maha_shivaratri", 0, 1)),
        "mahavir jayanti": ("table", ("mahavir_jayanti", 0, 1)),
        "mahaveer jayanti": ("table", ("mahavir_jayanti", 0, 1)),
        "mahavir janma kalyanak": ("table", ("mahavir_jayanti", 0, 1)),
        "mahaveer janma kalyanak": ("table", ("mahavir_jayanti", 0, 1)),
        "ram navami": ("table", ("ram_navami", 0, 1)),
        "rama navami": ("table", ("ram_navami", 0, 1)),
        "ramnavami": ("table", ("ram_navami", 0, 1)),
        "raksha bandhan": ("table", ("raksha_bandhan", 0, 1)),
        "rakhi": ("table", ("raksha_bandhan", 0, 1)),
        "rakshabandhan": ("table", ("raksha_bandhan", 0, 1)),
        "onam": ("table", ("onam", 0, 1)),
        "thiru onam": ("table", ("onam", 0, 1)),
        "thiruvonam": ("table", ("onam", 0, 1)),
        "pongal": ("table", ("pongal", 0, 1)),
        "thai pongal": ("table", ("pongal", 0, 1)),
        "bhogi": ("table", ("pongal", -1, 1)),
        "bogi": ("table", ("pongal", -1, 1)),
        "bhogi pandigai": ("table", ("pongal", -1, 1)),
        "bogi pandigai": ("table", ("pongal", -1, 1)),
        "mattu pongal": ("table", ("pongal", 1, 1)),
        "maattu pongal": ("table", ("pongal", 1, 1)),
        "kaanum pongal": ("table", ("pongal", 2, 1)),
        "kanum pongal": ("table", ("pongal", 2, 1)),
        "kanni pongal": ("table", ("pongal", 2, 1)),
        "makar sankranti": ("table", ("makar_sankranti", 0, 1)),
        "makara sankranti": ("table", ("makar_sankranti", 0, 1)),
        "makar sankranthi": ("table", ("makar_sankranti", 0, 1)),
        "makara sankranthi": ("table", ("makar_sankranti", 0, 1)),
        "maghi": ("table", ("makar_sankranti", 0, 1)),
        "lohri": ("table", ("makar_sankranti", -1, 1)),
        "vaisakhi": ("table", ("vaisakhi", 0, 1)),
        "baisakhi": ("table", ("vaisakhi", 0, 1)),
        "vaishakhi": ("table", ("vaisakhi", 0, 1)),
        "vasakhi": ("table", ("vaisakhi", 0, 1)),
        "basant panchami": ("table", ("basant_panchami", 0, 1)),
        "vasant panchami": ("table", ("basant_panchami", 0, 1)),
        "saraswati puja": ("table", ("basant_panchami", 0, 1)),
        "guru gobind singh jayanti": ("table", ("guru_gobind_singh_jayanti", 0, 1)),
        "guru govind singh jayanti": ("table", ("guru_gobind_singh_jayanti", 0, 1)),
        "guru gobind singh birthday": ("table", ("guru_gobind_singh_jayanti", 0, 1)),
        "guru govind singh birthday": ("table", ("guru_gobind_singh_jayanti", 0, 1)),
        "guru gobind singh gurpurab": ("table", ("guru_gobind_singh_jayanti", 0, 1)),
        "guru ravidas jayanti": ("table", ("guru_ravidas_jayanti", 0, 1)),
        "guru ravidass jayanti": ("table", ("guru_ravidas_jayanti", 0, 1)),
        "guru ravidas birthday": ("table", ("guru_ravidas_jayanti", 0, 1)),
        "guru ravidass birthday": ("table", ("guru_ravidas_jayanti", 0, 1)),
        "ravidas jayanti": ("table", ("guru_ravidas_jayanti", 0, 1)),
        "valmiki jayanti": ("table", ("valmiki_jayanti", 0, 1)),
        "maharishi valmiki jayanti": ("table", ("valmiki_jayanti", 0, 1)),
        "maharshi valmiki jayanti": ("table", ("valmiki_jayanti", 0, 1)),
        "pargat diwas": ("table", ("valmiki_jayanti", 0, 1)),
        "guru nanak jayanti": ("table", ("guru_nanak_jayanti", 0, 1)),
        "guru nanak birthday": ("table", ("guru_nanak_jayanti", 0, 1)),
        "guru nanak s birthday": ("table", ("guru_nanak_jayanti", 0, 1)),
        "guru nanak gurpurab": ("table", ("guru_nanak_jayanti", 0, 1)),
        "guru nanak dev jayanti": ("table", ("guru_nanak_jayanti", 0, 1)),
        "gudi padwa": ("table", ("gudi_padwa", 0, 1)),
        "ugadi": ("table", ("gudi_padwa", 0, 1)),
        "yugadi": ("table", ("gudi_padwa", 0, 1)),
        "samvatsaradi": ("table", ("gudi_padwa", 0, 1)),
        "chaitra sukladi": ("table", ("gudi_padwa", 0, 1)),
        "chaitra sukhladi": ("table", ("gudi_padwa", 0, 1)),
        "karwa chauth": ("table", ("karwa_chauth", 0, 1)),
        "karva chauth": ("table", ("karwa_chauth", 0, 1)),
        "rath yatra": ("table", ("rath_yatra", 0, 1)),
        "ratha yatra": ("table", ("rath_yatra", 0, 1)),
        "hanuman jayanti": ("table", ("hanuman_jayanti", 0, 1)),
    }
)
HOLIDAYS = frozenset(k.split()[0] for k in HOLIDAY_DATES)

# Calendars whose new year is not January 1: "Parsi New Year", "Persian New Year" are no
# "New Year" of their own (the ones in HOLIDAY_DATES, "Chinese New Year", are read whole).
OTHER_NEW_YEARS = frozenset(
    {"parsi", "persian", "iranian", "kurdish", "afghan", "lunar", "chinese", "vietnamese",
     "korean", "tibetan", "mongolian", "jewish", "hebrew", "islamic", "hijri", "muslim", "hindu",
     "sikh", "tamil", "telugu", "kannada", "marathi", "gujarati", "bengali", "nepali", "sinhala",
     "sinhalese", "thai", "khmer", "cambodian", "lao", "burmese", "balinese", "ethiopian",
     "coptic", "orthodox", "julian", "assyrian", "zoroastrian", "bahai", "saka", "vikram"}
)  # fmt: skip
# Every word-prefix of a holiday's key: the scan of a holiday's words stops where none goes on.
HOLIDAY_PREFIXES = frozenset(
    " ".join(k.split()[:n]) for k in HOLIDAY_DATES for n in range(1, len(k.split()) + 1)
)

# Gregorian dates of the holidays of lunar and lunisolar calendars, one "MMDD" per year from the
# first year given (the first day of the holiday in that year; an Islamic holiday that falls
# twice in a Gregorian year is listed by its first date). Source: the tables of the `holidays`
# package 0.60 (MIT; holidays/calendars/chinese.py, buddhist.py, islamic.py, hebrew.py), which
# cite the Hong Kong Observatory, the Umm al-Qura calendar and hebcal; Diwali and Holi (2001-2030)
# from its holidays/countries/india.py, which cites timeanddate.com. The Indian festivals after
# "holi" (Dussehra to Hanuman Jayanti, 2001-2035) from `holidays` 0.108,
# holidays/calendars/hindu.py (MIT), which cites drikpanchang.com; "0000" marks a year without
# one (Guru Gobind Singh Jayanti falls twice in some years and in none in the next). A festival
# kept on different days by region is its table's day. Copied here, not imported.
LUNAR_TABLES: dict[str, tuple[int, str]] = {
    "lunar_new_year": (
        1901,
        "0219 0208 0129 0216 0204 0125 0213 0202 0122 0210 0130 0218 0206 0126 0214 0203 0123 0211 "
        "0201 0220 0208 0128 0216 0205 0124 0213 0202 0123 0210 0130 0217 0206 0126 0214 0204 0124 "
        "0211 0131 0219 0208 0127 0215 0205 0125 0213 0202 0122 0210 0129 0217 0206 0127 0214 0203 "
        "0124 0212 0131 0218 0208 0128 0215 0205 0125 0213 0202 0121 0209 0130 0217 0206 0127 0215 "
        "0203 0123 0211 0131 0218 0207 0128 0216 0205 0125 0213 0202 0220 0209 0129 0217 0206 0127 "
        "0215 0204 0123 0210 0131 0219 0207 0128 0216 0205 0124 0212 0201 0122 0209 0129 0218 0207 "
        "0126 0214 0203 0123 0210 0131 0219 0208 0128 0216 0205 0125 0212 0201 0122 0210 0129 0217 "
        "0206 0126 0213 0203 0123 0211 0131 0219 0208 0128 0215 0204 0124 0212 0201 0122 0210 0130 "
        "0217 0206 0126 0214 0202 0123 0211 0201 0219 0208 0128 0215 0204 0124 0212 0202 0121 0209 "
        "0129 0217 0205 0126 0214 0203 0123 0211 0131 0219 0207 0127 0215 0205 0124 0212 0202 0122 "
        "0209 0129 0217 0206 0126 0214 0203 0124 0210 0130 0218 0207 0127 0215 0205 0125 0212 0201 "
        "0121 "
    ),
    "vesak": (
        1901,
        "0601 0522 0511 0529 0518 0508 0526 0514 0602 0523 0513 0531 0520 0509 0528 0516 0604 0524 "
        "0514 0601 0522 0511 0530 0518 0507 0526 0515 0602 0523 0513 0531 0520 0509 0527 0517 0604 "
        "0524 0514 0602 0521 0510 0529 0518 0507 0526 0515 0603 0523 0512 0531 0520 0508 0527 0517 "
        "0605 0524 0514 0602 0522 0510 0529 0518 0508 0526 0515 0603 0523 0511 0530 0519 0509 0527 "
        "0517 0506 0525 0513 0601 0521 0510 0528 0518 0508 0527 0515 0603 0523 0512 0530 0519 0509 "
        "0528 0517 0604 0525 0514 0531 0521 0510 0529 0518 0507 0526 0515 0602 0522 0512 0531 0519 "
        "0509 0528 0517 0505 0524 0513 0601 0521 0510 0529 0519 0507 0526 0515 0602 0522 0511 0531 "
        "0520 0509 0527 0516 0604 0523 0513 0601 0522 0510 0529 0518 0507 0525 0514 0602 0523 0512 "
        "0531 0520 0509 0527 0516 0604 0524 0513 0601 0522 0511 0529 0518 0507 0526 0514 0602 0523 "
        "0512 0530 0519 0508 0527 0516 0505 0524 0514 0601 0521 0510 0529 0517 0507 0526 0515 0602 "
        "0523 0512 0531 0519 0508 0527 0517 0505 0524 0514 0601 0520 0510 0528 0518 0507 0526 0515 "
        "0603 "
    ),
    "eid_al_fitr": (
        1925,
        "0424 0414 0403 0322 0312 0301 0219 0208 0127 0117 0107 1215 1204 1123 1112 1101 1021 1011 "
        "0930 0918 0907 0828 0818 0806 0726 0716 0706 0623 0613 0602 0523 0511 0501 0420 0410 0328 "
        "0318 0307 0224 0214 0202 0122 0112 0101 1210 1130 1119 1107 1027 1016 1006 0924 0914 0903 "
        "0823 0812 0801 0721 0711 0630 0619 0608 0528 0516 0506 0426 0415 0404 0324 0313 0302 0219 "
        "0208 0129 0118 0108 1216 1205 1125 1114 1103 1023 1013 1001 0920 0910 0830 0819 0808 0728 "
        "0717 0706 0625 0615 0604 0524 0513 0502 0421 0410 0330 0320 0309 0226 0214 0204 0124 0114 "
        "0102 1212 1201 1119 1108 1029 1019 1007 0926 0915 0904 0824 0814 0803 0724 0712 0701 0620 "
        "0610 0529 0519 0509 0428 0416 0405 0325 0315 0304 0221 0210 0130 0120 0108 1218 1208 1126 "
        "1115 1104 1024 1013 1002 0922 0911 0830 0819 "
    ),
    "eid_al_adha": (
        1925,
        "0702 0621 0610 0530 0519 0509 0428 0416 0405 0326 0315 0304 0221 0210 0130 0120 0108 1218 "
        "1207 1125 1115 1104 1025 1013 1002 0923 0912 0831 0820 0809 0730 0719 0708 0627 0617 0604 "
        "0525 0514 0503 0422 0411 0401 0321 0309 0227 0216 0206 0126 0114 0103 1213 1201 1121 1110 "
        "1031 1019 1008 0927 0917 0905 0826 0815 0804 0723 0713 0702 0622 0611 0531 0520 0509 0427 "
        "0417 0407 0327 0316 0305 0222 0211 0201 0121 0110 1220 1208 1127 1116 1106 1026 1015 1004 "
        "0923 0911 0901 0821 0811 0731 0720 0709 0628 0616 0606 0527 0516 0505 0424 0413 0402 0322 "
        "0311 0301 0218 0207 0126 0116 0105 1214 1204 1123 1112 1031 1021 1010 0930 0919 0908 0828 "
        "0817 0805 0726 0715 0705 0623 0612 0601 0522 0510 0430 0420 0409 0328 0317 0306 0224 0213 "
        "0202 0122 0111 1220 1209 1129 1118 1107 1027 "
    ),
    "ramadan": (
        1925,
        "0327 0315 0304 0222 0210 0131 0120 0109 1218 1208 1127 1115 1105 1024 1014 1003 0921 0911 "
        "0831 0819 0808 0729 0719 0707 0626 0617 0606 0525 0514 0504 0424 0412 0401 0321 0311 0228 "
        "0216 0205 0126 0115 0103 1213 1202 1121 1110 1101 1020 1008 0927 0917 0906 0826 0815 0805 "
        "0725 0713 0702 0622 0612 0531 0520 0509 0429 0417 0407 0327 0317 0305 0222 0211 0131 0121 "
        "0110 1219 1209 1127 1116 1106 1026 1015 1004 0924 0913 0901 0822 0811 0801 0720 0709 0628 "
        "0618 0606 0527 0516 0506 0424 0413 0402 0323 0311 0301 0218 0208 0128 0116 0105 1215 1204 "
        "1123 1112 1101 1020 1010 0930 0919 0907 0828 0817 0806 0726 0715 0705 0624 0612 0602 0522 "
        "0511 0430 0420 0409 0329 0317 0306 0224 0214 0203 0123 0112 0101 1209 1129 1119 1108 1027 "
        "1016 1005 0925 0913 0903 0823 0813 0801 0721 "
    ),
    "hijri_new_year": (
        1924,
        "0801 0723 0711 0701 0619 0608 0528 0519 0507 0426 0415 0405 0324 0314 0302 0220 0209 0128 "
        "0118 0107 1216 1205 1125 1114 1102 1023 1013 1002 0921 0910 0830 0820 0808 0728 0718 0707 "
        "0625 0614 0603 0524 0512 0501 0421 0411 0330 0319 0309 0226 0216 0204 0124 0113 0102 1211 "
        "1201 1120 1109 1028 1018 1007 0926 0915 0905 0825 0813 0802 0723 0712 0701 0621 0610 0530 "
        "0518 0507 0427 0417 0406 0326 0315 0304 0221 0210 0131 0120 0110 1218 1207 1126 1115 1104 "
        "1025 1014 1002 0921 0911 0831 0820 0809 0730 0719 0707 0626 0616 0606 0525 0514 0503 0423 "
        "0411 0401 0321 0311 0228 0216 0205 0126 0115 0104 1214 1203 1121 1110 1031 1020 1009 0928 "
        "0917 0906 0826 0815 0805 0725 0714 0703 0622 0611 0531 0520 0510 0430 0418 0407 0327 0316 "
        "0305 0223 0212 0201 0121 0109 1219 1209 1127 "
    ),
    "ashura": (
        1924,
        "0810 0801 0720 0710 0628 0617 0606 0528 0516 0505 0424 0414 0402 0323 0311 0301 0218 0206 "
        "0127 0116 0105 1214 1204 1123 1111 1101 1022 1011 0930 0919 0908 0829 0817 0806 0727 0716 "
        "0704 0623 0612 0602 0521 0510 0430 0420 0408 0328 0318 0307 0225 0213 0202 0122 0111 1220 "
        "1210 1129 1118 1106 1027 1016 1005 0924 0914 0903 0822 0811 0801 0721 0710 0630 0619 0608 "
        "0527 0516 0506 0426 0415 0404 0324 0313 0301 0219 0209 0129 0119 0107 1216 1205 1124 1113 "
        "1103 1023 1011 0930 0920 0909 0829 0818 0808 0728 0716 0705 0625 0615 0603 0523 0512 0502 "
        "0420 0410 0330 0320 0308 0225 0214 0204 0124 0113 0102 1212 1130 1119 1109 1029 1018 1007 "
        "0926 0915 0904 0824 0814 0803 0723 0712 0701 0620 0609 0529 0519 0509 0427 0416 0405 0325 "
        "0314 0304 0221 0210 0130 0118 0108 1218 1206 "
    ),
    "mawlid": (
        1924,
        "1010 0930 0919 0908 0827 0817 0806 0728 0716 0705 0624 0614 0602 0522 0511 0502 0420 0408 "
        "0329 0318 0306 0224 0213 0203 0123 0111 0101 1211 1130 1119 1108 1029 1017 1006 0926 0915 "
        "0903 0823 0812 0802 0721 0710 0701 0619 0608 0528 0518 0507 0425 0415 0404 0324 0312 0302 "
        "0219 0209 0130 0118 0107 1216 1204 1124 1114 1103 1022 1011 1001 0920 0909 0829 0819 0808 "
        "0727 0716 0706 0626 0614 0604 0524 0513 0501 0421 0410 0331 0320 0309 0226 0215 0204 0124 "
        "0113 0103 1211 1130 1120 1109 1029 1018 1008 0927 0915 0904 0825 0814 0803 0724 0713 0702 "
        "0620 0609 0530 0520 0508 0428 0417 0406 0325 0315 0304 0222 0211 0130 0119 0108 1218 1207 "
        "1126 1116 1104 1024 1013 1003 0922 0911 0831 0820 0808 0729 0719 0708 0627 0616 0605 0525 "
        "0514 0503 0423 0413 0401 0321 0310 0227 0217 0206 "
    ),
    "isra_miraj": (
        1925,
        "0221 0210 0131 0120 0108 1217 1207 1126 1115 1105 1025 1013 1002 0921 0911 0831 0819 0809 "
        "0729 0717 0707 0626 0616 0604 0524 0514 0504 0422 0412 0401 0321 0310 0227 0216 0206 0126 "
        "0114 0104 1213 1201 1120 1110 1030 1019 1008 0928 0917 0905 0825 0815 0805 0724 0713 0702 "
        "0622 0610 0531 0520 0510 0428 0417 0406 0327 0315 0305 0222 0211 0131 0120 0109 1219 1208 "
        "1127 1116 1105 1024 1014 1004 0924 0912 0901 0821 0810 0730 0720 0709 0629 0617 0606 0526 "
        "0516 0504 0424 0413 0403 0322 0311 0228 0218 0208 0127 0116 0105 1214 1203 1123 1112 1101 "
        "1021 1010 0929 0918 0907 0828 0817 0805 0725 0715 0704 0623 0613 0602 0522 0510 0429 0419 "
        "0409 0328 0318 0307 0224 0213 0201 0122 0112 0101 1209 1129 1118 1107 1027 1017 1006 0924 "
        "0913 0903 0823 0812 0801 0722 0711 0629 0618 "
    ),
    "passover": (
        1947,
        "0405 0424 0414 0402 0421 0410 0331 0418 0407 0327 0416 0405 0423 0412 0401 0419 0409 0328 "
        "0417 0405 0425 0413 0403 0421 0410 0330 0417 0407 0327 0415 0403 0422 0412 0401 0419 0408 "
        "0329 0417 0406 0424 0414 0402 0420 0410 0330 0418 0406 0327 0415 0404 0422 0411 0401 0420 "
        "0408 0328 0417 0406 0424 0413 0403 0420 0409 0330 0419 0407 0326 0415 0404 0423 0411 0331 "
        "0420 0409 0328 0416 0406 0423 0413 0402 0422 0411 0331 0418 0408 0327 0414 0404 0424 0412 "
        "0331 0420 0409 0329 0416 0405 0425 0412 0402 0421 0411 0329 0417 0407 0328 0414 0403 0423 "
        "0413 0401 0419 0409 0329 0415 0405 0425 0414 0401 0421 0410 0331 0417 0406 0327 0414 0403 "
        "0422 0412 0331 0418 0408 0329 0416 0404 0424 0414 0403 0420 0410 0330 0417 0406 0326 0415 "
        "0403 0422 0411 0401 0419 0407 0328 0417 0405 0424 "
    ),
    "rosh_hashanah": (
        1947,
        "0915 1004 0924 0912 1001 0920 0910 0928 0917 0906 0926 0915 1003 0922 0911 0929 0919 0907 "
        "0927 0915 1005 0923 0913 1001 0920 0909 0927 0917 0906 0925 0913 1002 0922 0911 0929 0918 "
        "0908 0927 0916 1004 0924 0912 0930 0920 0909 0928 0916 0906 0925 0914 1002 0921 0911 0930 "
        "0918 0907 0927 0916 1004 0923 0913 0930 0919 0909 0929 0917 0905 0925 0914 1003 0921 0910 "
        "0930 0919 0907 0926 0916 1003 0923 0912 1002 0921 0910 0928 0918 0906 0924 0914 1004 0922 "
        "0910 0930 0919 0908 0926 0915 1005 0922 0912 1001 0921 0908 0927 0917 0907 0924 0913 1003 "
        "0923 0911 0929 0919 0908 0925 0915 1005 0924 0911 1001 0920 0910 0927 0916 0906 0924 0913 "
        "1002 0922 0910 0928 0918 0908 0926 0914 1004 0924 0913 0930 0920 0909 0927 0916 0905 0925 "
        "0913 1002 0921 0911 0929 0917 0907 0927 0915 1004 "
    ),
    "yom_kippur": (
        1947,
        "0924 1013 1003 0921 1010 0929 0919 1007 0926 0915 1005 0924 1012 1001 0920 1008 0928 0916 "
        "1006 0924 1014 1002 0922 1010 0929 0918 1006 0926 0915 1004 0922 1011 1001 0920 1008 0927 "
        "0917 1006 0925 1013 1003 0921 1009 0929 0918 1007 0925 0915 1004 0923 1011 0930 0920 1009 "
        "0927 0916 1006 0925 1013 1002 0922 1009 0928 0918 1008 0926 0914 1004 0923 1012 0930 0919 "
        "1009 0928 0916 1005 0925 1012 1002 0921 1011 0930 0919 1007 0927 0915 1003 0923 1013 1001 "
        "0919 1009 0928 0917 1005 0924 1014 1001 0921 1010 0930 0917 1006 0926 0916 1003 0922 1012 "
        "1002 0920 1008 0928 0917 1004 0924 1014 1003 0920 1010 0929 0919 1006 0925 0915 1003 0922 "
        "1011 1001 0919 1007 0927 0917 1005 0923 1013 1003 0922 1009 0929 0918 1006 0925 0914 1004 "
        "0922 1011 0930 0920 1008 0926 0916 1006 0924 1013 "
    ),
    "sukkot": (
        1947,
        "0929 1018 1008 0926 1015 1004 0924 1012 1001 0920 1010 0929 1017 1006 0925 1013 1003 0921 "
        "1011 0929 1019 1007 0927 1015 1004 0923 1011 1001 0920 1009 0927 1016 1006 0925 1013 1002 "
        "0922 1011 0930 1018 1008 0926 1014 1004 0923 1012 0930 0920 1009 0928 1016 1005 0925 1014 "
        "1002 0921 1011 0930 1018 1007 0927 1014 1003 0923 1013 1001 0919 1009 0928 1017 1005 0924 "
        "1014 1003 0921 1010 0930 1017 1007 0926 1016 1005 0924 1012 1002 0920 1008 0928 1018 1006 "
        "0924 1014 1003 0922 1010 0929 1019 1006 0926 1015 1005 0922 1011 1001 0921 1008 0927 1017 "
        "1007 0925 1013 1003 0922 1009 0929 1019 1008 0925 1015 1004 0924 1011 0930 0920 1008 0927 "
        "1016 1006 0924 1012 1002 0922 1010 0928 1018 1008 0927 1014 1004 0923 1011 0930 0919 1009 "
        "0927 1016 1005 0925 1013 1001 0921 1011 0929 1018 "
    ),
    "shavuot": (
        1947,
        "0525 0613 0603 0522 0610 0530 0520 0607 0527 0516 0605 0525 0612 0601 0521 0608 0529 0517 "
        "0606 0525 0614 0602 0523 0610 0530 0519 0606 0527 0516 0604 0523 0611 0601 0521 0608 0528 "
        "0518 0606 0526 0613 0603 0522 0609 0530 0519 0607 0526 0516 0604 0524 0611 0531 0521 0609 "
        "0528 0517 0606 0526 0613 0602 0523 0609 0529 0519 0608 0527 0515 0604 0524 0612 0531 0520 "
        "0609 0529 0517 0605 0526 0612 0602 0522 0611 0531 0520 0607 0528 0516 0603 0524 0613 0601 "
        "0520 0609 0529 0518 0605 0525 0614 0601 0522 0610 0531 0518 0606 0527 0517 0603 0523 0612 "
        "0602 0521 0608 0529 0518 0604 0525 0614 0603 0521 0610 0530 0520 0606 0526 0516 0603 0523 "
        "0611 0601 0520 0607 0528 0518 0605 0524 0613 0603 0523 0609 0530 0519 0606 0526 0515 0604 "
        "0523 0611 0531 0521 0608 0527 0517 0606 0525 0613 "
    ),
    "hanukkah": (
        1947,
        "1208 1227 1216 1204 1224 1213 1202 1220 1210 1129 1218 1207 1226 1214 1203 1222 1211 1130 "
        "1219 1208 1227 1216 1205 1223 1213 1201 1220 1209 1129 1217 1205 1225 1215 1203 1221 1211 "
        "1201 1219 1208 1227 1216 1204 1223 1212 1202 1220 1209 1128 1218 1206 1224 1214 1204 1222 "
        "1210 1130 1220 1208 1226 1216 1205 1222 1212 1202 1221 1209 1128 1217 1207 1225 1213 1203 "
        "1223 1211 1129 1219 1208 1226 1215 1205 1225 1213 1202 1221 1210 1128 1217 1207 1226 1214 "
        "1203 1222 1212 1130 1218 1208 1227 1215 1204 1224 1213 1130 1220 1210 1129 1216 1206 1226 "
        "1215 1203 1222 1211 1130 1218 1208 1227 1216 1204 1223 1213 1202 1219 1209 1128 1217 1205 "
        "1225 1214 1202 1221 1211 1130 1218 1207 1227 1216 1205 1223 1212 1201 1220 1208 1128 1217 "
        "1206 1224 1214 1203 1221 1210 1130 1219 1207 1227 "
    ),
    "purim": (
        1947,
        "0306 0325 0315 0303 0322 0311 0301 0319 0308 0226 0317 0306 0324 0313 0302 0320 0310 0227 "
        "0318 0306 0326 0314 0304 0322 0311 0229 0318 0308 0225 0316 0304 0323 0313 0302 0320 0309 "
        "0227 0318 0307 0325 0315 0303 0321 0311 0228 0319 0307 0225 0316 0305 0323 0312 0302 0321 "
        "0309 0226 0318 0307 0325 0314 0304 0321 0310 0228 0320 0308 0224 0316 0305 0324 0312 0301 "
        "0321 0310 0226 0317 0307 0324 0314 0303 0323 0312 0301 0319 0309 0226 0315 0305 0325 0313 "
        "0301 0321 0310 0228 0317 0306 0326 0313 0303 0322 0312 0228 0318 0308 0226 0315 0304 0324 "
        "0314 0302 0320 0310 0227 0316 0306 0326 0315 0302 0322 0311 0301 0318 0307 0225 0315 0304 "
        "0323 0313 0301 0319 0309 0227 0317 0305 0325 0315 0304 0321 0311 0228 0318 0307 0224 0316 "
        "0304 0323 0312 0302 0320 0308 0226 0318 0306 0325 "
    ),
    "lag_baomer": (
        1947,
        "0508 0527 0517 0505 0524 0513 0503 0521 0510 0429 0519 0508 0526 0515 0504 0522 0512 0430 "
        "0520 0508 0528 0516 0506 0524 0513 0502 0520 0510 0429 0518 0506 0525 0515 0504 0522 0511 "
        "0501 0520 0509 0527 0517 0505 0523 0513 0502 0521 0509 0429 0518 0507 0525 0514 0504 0523 "
        "0511 0430 0520 0509 0527 0516 0506 0523 0512 0502 0522 0510 0428 0518 0507 0526 0514 0503 "
        "0523 0512 0430 0519 0509 0526 0516 0505 0525 0514 0503 0521 0511 0429 0517 0507 0527 0515 "
        "0503 0523 0512 0501 0519 0508 0528 0515 0505 0524 0514 0501 0520 0510 0430 0517 0506 0526 "
        "0516 0504 0522 0512 0501 0518 0508 0528 0517 0504 0524 0513 0503 0520 0509 0429 0517 0506 "
        "0525 0515 0503 0521 0511 0501 0519 0507 0527 0517 0506 0523 0513 0502 0520 0509 0428 0518 "
        "0506 0525 0514 0504 0522 0510 0430 0520 0508 0527 "
    ),
    "tisha_bav": (
        1947,
        "0726 0814 0804 0723 0811 0731 0721 0808 0728 0717 0806 0726 0813 0802 0722 0809 0730 0718 "
        "0807 0726 0815 0803 0724 0811 0731 0720 0807 0728 0717 0805 0724 0812 0802 0722 0809 0729 "
        "0719 0807 0727 0814 0804 0723 0810 0731 0720 0808 0727 0717 0805 0725 0812 0801 0722 0810 "
        "0729 0718 0807 0727 0814 0803 0724 0810 0730 0720 0809 0728 0716 0805 0725 0813 0801 0721 "
        "0810 0730 0718 0806 0727 0813 0803 0723 0812 0801 0721 0808 0729 0717 0804 0725 0814 0802 "
        "0721 0810 0730 0719 0806 0726 0815 0802 0723 0811 0801 0719 0807 0728 0718 0804 0724 0813 "
        "0803 0722 0809 0730 0719 0805 0726 0815 0804 0722 0811 0731 0721 0807 0727 0717 0804 0724 "
        "0812 0802 0721 0808 0729 0719 0806 0725 0814 0804 0724 0810 0731 0720 0807 0727 0716 0805 "
        "0724 0812 0801 0722 0809 0728 0718 0807 0726 0814 "
    ),
    "yom_haatzmaut": (
        1947,
        "0425 0514 0504 0422 0511 0430 0420 0508 0427 0416 0506 0425 0513 0502 0421 0509 0429 0417 "
        "0507 0425 0515 0503 0423 0511 0430 0419 0507 0427 0416 0505 0423 0512 0502 0421 0509 0428 "
        "0418 0507 0426 0514 0504 0422 0510 0430 0419 0508 0426 0416 0505 0424 0512 0501 0421 0510 "
        "0428 0417 0507 0426 0514 0503 0423 0510 0429 0419 0509 0427 0415 0505 0424 0513 0501 0420 "
        "0510 0429 0417 0506 0426 0513 0503 0422 0512 0501 0420 0508 0428 0416 0504 0424 0514 0502 "
        "0420 0510 0429 0418 0506 0425 0515 0502 0422 0511 0501 0418 0507 0427 0417 0504 0423 0513 "
        "0503 0421 0509 0429 0418 0505 0425 0515 0504 0421 0511 0430 0420 0507 0426 0416 0504 0423 "
        "0512 0502 0420 0508 0428 0418 0506 0424 0514 0504 0423 0510 0430 0419 0507 0426 0415 0505 "
        "0423 0512 0501 0421 0509 0427 0417 0507 0425 0514 "
    ),
    "diwali": (
        2001,
        "1114 1104 1025 1112 1101 1021 1109 1028 1017 1105 1026 1113 1103 1023 1111 1030 1019 1107 "
        "1027 1114 1104 1024 1112 1101 1020 1108 1029 1017 1105 1026 "
    ),
    "holi": (
        2001,
        "0310 0329 0318 0307 0326 0315 0304 0322 0311 0301 0320 0308 0327 0317 0306 0324 0313 0302 "
        "0321 0310 0329 0318 0308 0325 0314 0304 0322 0311 0301 0320 "
    ),
    "dussehra": (
        2001,
        "1026 1015 1005 1022 1012 1002 1021 1009 0928 1017 1006 1024 1013 1003 1022 1011 0930 1019 "
        "1008 1025 1015 1005 1024 1012 1002 1020 1009 0927 1016 1006 1025 1014 1003 1022 1011 "
    ),
    "sharad_navratri": (
        2001,
        "1017 1007 0926 1014 1004 0923 1012 0930 0919 1008 0928 1016 1005 0925 1013 1001 0921 1010 "
        "0929 1017 1007 0926 1015 1003 0922 1011 0930 0919 1008 0928 1017 1005 0924 1013 1002 "
    ),
    "maha_ashtami": (
        2001,
        "1024 1013 1003 1021 1011 0930 1019 1007 0926 1015 1004 1022 1012 1002 1021 1009 0928 1017 "
        "1006 1023 1013 1003 1022 1011 0930 1019 1007 0926 1014 1004 1023 1012 1002 1020 1009 "
    ),
    "maha_navami": (
        2001,
        "1025 1014 1003 1021 1011 1001 1020 1008 0927 1016 1005 1023 1012 1002 1021 1010 0929 1017 "
        "1006 1024 1014 1004 1023 1011 1001 1019 1008 0926 1015 1005 1024 1013 1002 1021 1010 "
    ),
    "janmashtami": (
        2001,
        "0812 0831 0820 0907 0827 0816 0904 0824 0814 0902 0822 0810 0828 0818 0905 0825 0815 0903 "
        "0824 0812 0830 0819 0907 0826 0816 0904 0825 0813 0901 0821 0810 0828 0817 0906 0826 "
    ),
    "ganesh_chaturthi": (
        2001,
        "0822 0910 0831 0918 0907 0827 0915 0903 0823 0911 0901 0919 0909 0829 0917 0905 0825 0913 "
        "0902 0822 0910 0831 0919 0907 0827 0914 0904 0823 0911 0901 0920 0908 0828 0916 0905 "
    ),
    "maha_shivaratri": (
        2001,
        "0221 0312 0301 0218 0308 0226 0216 0306 0223 0212 0302 0220 0310 0227 0217 0307 0224 0213 "
        "0304 0221 0311 0301 0218 0308 0226 0215 0306 0223 0211 0302 0220 0310 0227 0217 0308 "
    ),
    "mahavir_jayanti": (
        2001,
        "0406 0425 0415 0403 0422 0411 0331 0418 0407 0428 0416 0405 0424 0413 0402 0420 0409 0329 "
        "0417 0406 0425 0414 0404 0421 0410 0331 0418 0407 0426 0416 0405 0423 0412 0401 0420 "
    ),
    "ram_navami": (
        2001,
        "0402 0421 0411 0330 0418 0406 0326 0414 0403 0324 0412 0401 0419 0408 0328 0415 0404 0325 "
        "0413 0402 0421 0410 0330 0417 0406 0326 0415 0403 0422 0412 0401 0419 0407 0328 0416 "
    ),
    "raksha_bandhan": (
        2001,
        "0804 0822 0812 0829 0819 0809 0828 0816 0805 0824 0813 0802 0820 0810 0829 0818 0807 0826 "
        "0815 0803 0822 0811 0830 0819 0809 0828 0817 0805 0823 0813 0802 0820 0810 0829 0818 "
    ),
    "onam": (
        2001,
        "0831 0821 0908 0828 0915 0905 0826 0912 0902 0823 0909 0829 0820 0906 0828 0913 0904 0824 "
        "0911 0831 0821 0908 0829 0915 0905 0826 0912 0901 0822 0909 0830 0820 0906 0828 0914 "
    ),
    "pongal": (
        2001,
        "0114 0114 0115 0115 0114 0114 0115 0115 0114 0114 0115 0115 0114 0114 0115 0115 0114 0114 "
        "0115 0115 0114 0114 0115 0115 0114 0114 0115 0115 0114 0114 0115 0115 0114 0114 0115 "
    ),
    "makar_sankranti": (
        2001,
        "0114 0114 0114 0115 0114 0114 0115 0115 0114 0114 0115 0115 0114 0114 0115 0115 0114 0114 "
        "0115 0115 0114 0114 0114 0114 0114 0114 0115 0115 0114 0114 0115 0115 0114 0114 0115 "
    ),
    "vaisakhi": (
        2001,
        "0413 0414 0414 0413 0414 0414 0414 0413 0414 0414 0414 0413 0413 0414 0414 0413 0414 0414 "
        "0414 0413 0414 0414 0414 0413 0413 0414 0414 0413 0414 0414 0414 0413 0414 0414 0414 "
    ),
    "basant_panchami": (
        2001,
        "0129 0217 0206 0126 0213 0202 0123 0211 0131 0120 0208 0128 0214 0204 0124 0212 0201 0122 "
        "0209 0129 0216 0205 0126 0214 0202 0123 0211 0131 0119 0207 0127 0215 0204 0124 0212 "
    ),
    "guru_gobind_singh_jayanti": (
        2001,
        "0102 0121 1229 1120 0105 0105 0105 0105 0105 0105 0131 0105 0118 0107 0105 0116 0105 0000 "
        "0113 0102 0120 0109 0000 0117 0106 0000 0115 0104 0115 0110 0000 0118 0107 0117 0116 "
    ),
    "guru_ravidas_jayanti": (
        2001,
        "0208 0227 0216 0206 0224 0213 0202 0221 0209 0130 0218 0207 0225 0214 0203 0222 0210 0131 "
        "0219 0209 0227 0216 0205 0224 0212 0201 0220 0210 0130 0218 0207 0226 0214 0203 0222 "
    ),
    "valmiki_jayanti": (
        2001,
        "1101 1021 1010 1028 1017 1007 1026 1014 1004 1022 1011 1029 1018 1008 1027 1016 1005 1024 "
        "1013 1031 1020 1009 1028 1017 1007 1026 1015 1003 1022 1011 1030 1018 1008 1027 1017 "
    ),
    "guru_nanak_jayanti": (
        2001,
        "1130 1119 1108 1126 1115 1105 1124 1113 1102 1121 1110 1128 1117 1106 1125 1114 1104 1123 "
        "1112 1130 1119 1108 1127 1115 1105 1124 1114 1102 1121 1110 1128 1117 1106 1125 1115 "
    ),
    "gudi_padwa": (
        2001,
        "0326 0413 0402 0321 0409 0330 0319 0406 0327 0316 0404 0323 0411 0331 0321 0408 0328 0318 "
        "0406 0325 0413 0402 0322 0409 0330 0319 0407 0327 0414 0403 0324 0411 0331 0321 0409 "
    ),
    "karwa_chauth": (
        2001,
        "1104 1024 1013 1031 1020 1010 1029 1017 1007 1026 1015 1102 1022 1011 1030 1019 1008 1027 "
        "1017 1104 1024 1013 1101 1020 1010 1029 1018 1007 1026 1015 1102 1021 1011 1030 1020 "
    ),
    "rath_yatra": (
        2001,
        "0623 0712 0701 0619 0708 0627 0716 0704 0624 0713 0703 0621 0710 0629 0718 0706 0625 0714 "
        "0704 0623 0712 0701 0620 0707 0627 0716 0705 0624 0713 0702 0622 0709 0628 0717 0707 "
    ),
    "hanuman_jayanti": (
        2001,
        "0408 0427 0416 0405 0424 0413 0402 0420 0409 0330 0418 0406 0425 0415 0404 0422 0411 0331 "
        "0419 0408 0427 0416 0406 0423 0412 0402 0420 0409 0428 0418 0407 0425 0414 0403 0422 "
    ),
}  # fmt: skip

# Words that start the scan for a holiday; the others are reached from "day", "friday", "year".
HOLIDAY_TRIGGERS = frozenset(
    {"christmas", "xmas", "halloween", "thanksgiving", "easter", "valentine", "valentines",
     "pentecost", "whitsunday", "gras", "koningsdag", "vesak", "vaisakha", "purnima", "fitr",
     "adha", "bakr", "bakrid", "ramadan", "ramadhan", "laylat", "lailat", "vida", "wida",
     "ashura", "mawlid", "isra", "jadid", "passover", "pesach", "hashanah", "hashana",
     "hashanna", "kippur", "sukkot", "succos", "sukkos", "tabernacles", "ingathering", "atzeret",
     "simchat", "shavuot", "shavuos", "hanukkah", "chanukah", "hanukah", "hannukkah",
     "chanukkah", "purim", "omer", "baomer", "tisha", "haatzmaut", "hashoah", "bishvat",
     "feast", "lent", "orthodox", "jayanti", "diwali", "deepavali", "puja", "dhanteras",
     "dhanatrayodashi", "chaudas", "chaturdashi", "dooj", "beej", "chhath", "shashthi", "holi",
     "dhulandi", "dhuleti", "phagwah", "dahan", "kamudu", "dussehra", "dusshera", "dasara",
     "dasera", "dussera", "vijayadashami", "dashami", "vijayadasami", "navratri", "navaratri",
     "ashtami", "saptami", "navami", "ramnavami", "janmashtami", "gokulashtami", "chaturthi",
     "chavithi", "shivaratri", "shivratri", "mahashivratri", "mahashivaratri", "kalyanak",
     "bandhan", "rakhi", "rakshabandhan", "onam", "thiruvonam", "pongal", "bhogi", "bogi",
     "pandigai", "sankranti", "sankranthi", "maghi", "lohri", "vaisakhi", "baisakhi",
     "vaishakhi", "vasakhi", "panchami", "gurpurab", "gobind", "govind", "ravidas", "ravidass",
     "valmiki", "diwas", "nanak", "padwa", "ugadi", "yugadi", "samvatsaradi", "sukladi",
     "sukhladi", "chauth", "yatra", "hanuman", "parsi"}
)  # fmt: skip

# Time-zone abbreviations after a clock time, with their offset from UTC in hours. A time in
# another zone is converted to the zone of the publication date when that one is known.
TIMEZONES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "ET": -5, "CST": -6, "CDT": -5,
    "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "PT": -8, "CT": -6, "MT": -7, "CET": 1,
    "CEST": 2, "BST": 1,
    "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11, "IRST": 3.5, "MSK": 3,
}  # fmt: skip
# Zones written without their season: standard time, or daylight saving time on its days.
SEASONAL_ZONES = frozenset({"ET", "CT", "MT", "PT"})
# "7:30 p.m. Eastern time": US zones named in words, before "time".
ZONE_WORDS = {"eastern": "ET", "central": "CT", "mountain": "MT", "pacific": "PT"}
# "6:35 a.m. New York time", "4:05 p.m. Delhi time": cities whose zone a time names, by their
# words, before "time". Only cities whose clocks follow a rule the parser knows (US daylight
# saving, or none); London's or Sydney's own seasons are not modelled, so they are not here.
# A wire dateline of one of them ("TOKYO (AP) -") makes the report's days that city's days.
CITY_ZONES: dict[tuple[str, ...], str] = {
    ("new", "york"): "ET", ("washington",): "ET", ("boston",): "ET", ("miami",): "ET",
    ("atlanta",): "ET", ("chicago",): "CT", ("houston",): "CT", ("dallas",): "CT",
    ("denver",): "MT", ("los", "angeles"): "PT", ("san", "francisco"): "PT",
    ("seattle",): "PT", ("delhi",): "IST", ("new", "delhi"): "IST", ("mumbai",): "IST",
    ("kolkata",): "IST", ("tokyo",): "JST", ("moscow",): "MSK", ("tehran",): "IRST",
}  # fmt: skip

# The edges of a night, written before a day ("late Saturday", "early Sunday", "shortly after
# midnight on Sunday"): a late hour of one day and an early hour of the next may be one time.
LATE_IN_THE_DAY = frozenset({"late"})
EARLY_IN_THE_DAY = frozenset({"early", "midnight", "dawn"})

# "12:01 a.m." is how contracts, strikes and laws write the midnight they start at: written
# against "midnight" it is the same moment, a minute's convention apart.
MIDNIGHT_WORDS = frozenset({"midnight"})
MINUTE_AFTER_MIDNIGHT = ("12:01", "00:01")

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
    # "as early as next week": not before it; "as late as 1990" is no bound ("still in 1990")
    "as early as": ("since", 3),
}  # fmt: skip
COMPARISON_STARTS = frozenset(k.split()[0] for k in COMPARISONS)
