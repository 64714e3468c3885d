"""What a figure measures: its property, subject, entity and role, read from its clause.

The recognisers find "more than 100 people"; this stage reads the words around it ("killing
more than 100 people") and says ``killed``. It looks only in a bounded window, so it stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import properties as lex
from .mentions import DateMention, NumberMention

__all__ = ["Reading", "read_date", "read_number", "sentence_bounds"]

_WINDOW = 160
"""Characters looked at on each side of a mention: a news clause is rarely longer."""

_SENTENCE_END = re.compile(r"[.!?;](?=\s+[A-Z\"“‘'(])|\n")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass(frozen=True, slots=True)
class Reading:
    """The meaning attached to a mention: what it measures, of what, and in what role."""

    property: str | None
    subject: str | None
    entity: str | None
    role: str


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, cut to at most ``_WINDOW`` characters a side."""
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    s = lo
    # The end position reaches past ``start`` so that the lookahead sees the capital letter
    # that opens the mention's own sentence ("rescue. Two crew members ...").
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), start + 2)):
        # "Gen. Qassem" and "U.S. drone" are not sentence ends.
        if m.start() < start and not _is_abbreviation(text, m.start()):
            s = m.end()
    m2 = None
    for m in _SENTENCE_END.finditer(text, end, hi):
        if not _is_abbreviation(text, m.start()):
            m2 = m
            break
    e = m2.start() if m2 else hi
    return s, e


_ABBREVIATIONS = frozenset(
    [
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "mt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
        "approx",
        "est",
        "vs",
        "fig",
    ]
)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    return word in _ABBREVIATIONS or len(word) == 1


def _lower_words(fragment: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(fragment)]


@lru_cache(maxsize=1)
def _noun_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for cls, nouns in lex.NOUN_CLASSES.items():
        for noun in nouns:
            table[noun] = cls
    return table


@lru_cache(maxsize=1)
def _predicate_pattern() -> re.Pattern[str]:
    words = sorted({w for ws in lex.PREDICATES.values() for w in ws}, key=lambda w: (-len(w), w))
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _predicate_of() -> dict[str, str]:
    return {w: prop for prop, ws in lex.PREDICATES.items() for w in ws}


def noun_class(noun: str | None) -> str | None:
    """The class of a counted noun ("blasts" -> "explosion"), or None."""
    if not noun:
        return None
    noun = noun.lower()
    table = _noun_table()
    if noun in table:
        return table[noun]
    last = noun.split()[-1]
    if last in table:
        return table[last]
    for suffix in ("s", "es"):
        if noun + suffix in table:
            return table[noun + suffix]
    return None


_CLAUSE_BREAK = re.compile(r"\band\b|\bbut\b|\bwhile\b|\bwhen\b|\bafter\b|[,;:()]|—|–")


def _clause_start(text: str, s: int, start: int) -> int:
    """Where the clause holding ``start`` begins (after the last break, within the sentence)."""
    begin = s
    for m in _CLAUSE_BREAK.finditer(text, max(s, start - _WINDOW), start):
        begin = m.end()
    return begin


def _nearest_predicate(text: str, s: int, e: int, start: int, end: int) -> str | None:
    """The property stated by the predicate that governs the figure, or None.

    The governing word sits right before the figure ("killing more than 100 people", "the
    death toll rose to 84") or after it in the same clause ("170 others were injured"). A
    predicate elsewhere in the sentence governs another figure, or none: guessing it here is
    how "400 people inside" became a toll.
    """
    table = _predicate_of()
    pattern = _predicate_pattern()
    before = [m for m in pattern.finditer(text, max(s, start - 40), start) if m.end() <= start]
    if before:
        m = before[-1]
        if not _CLAUSE_BREAK.search(text, m.end(), start):
            return table[m.group(1).lower()]
    brk = _CLAUSE_BREAK.search(text, end, e)
    clause_end = brk.start() if brk else e
    after = pattern.search(text, end, clause_end)
    if after is not None:
        return table[after.group(1).lower()]
    return None


def _entity(text: str, s: int, start: int) -> str | None:
    """An ordinal before the figure in its sentence ("The first blast struck ... 2,300 feet")."""
    words = _lower_words(text[max(s, start - 60) : start])
    for w in reversed(words):
        if w in lex.ENTITY_ORDINALS:
            return lex.ENTITY_ORDINALS[w]
    return None


_OF_NOUN = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)")
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|which|whom|those)\b")
_COMPOUND = re.compile(r"-([A-Za-z]+)")


def _is_subset(text: str, start: int, end: int, e: int) -> bool:
    after = text[end : min(e, end + 40)].lower()
    before = text[max(0, start - 30) : start].lower()
    if any(cue in after for cue in lex.SUBSET_CUES):
        return True
    # "Nine of the derailed cars": a figure followed by "of the".
    if after.lstrip().startswith(("of the ", "of them", "of whom", "of which")):
        return True
    return "including" in before[-15:] or "of which" in before or "of whom" in before


def _subset_noun(text: str, end: int, s: int, start: int) -> str | None:
    """The whole a part is taken from: "Nine of the derailed cars" -> cars; "11 of which"
    -> the noun counted just before in the sentence ("38 cars ..., 11 of which")."""
    m = _OF_NOUN.match(text, end)
    if m is not None:
        for word in reversed(m.group(1).lower().split()):
            if noun_class(word) is not None:
                return word
        return None
    if _OF_PRONOUN.match(text, end) is None:
        return None
    for word in reversed(_lower_words(text[max(s, start - 80) : start])):
        if noun_class(word) in lex.NOUN_PROPERTIES:
            return word
    return None


def _cue_distance(window: str, at: int, cues: tuple[str, ...]) -> int | None:
    """Distance in characters from ``at`` to the nearest whole-word cue in ``window``."""
    best = None
    for cue in cues:
        for m in re.finditer(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", window):
            d = at - m.end() if m.end() <= at else m.start() - at
            if best is None or d < best:
                best = d
    return best


def _nearest_cue(
    text: str, mention: NumberMention, s: int, e: int, table: dict[str, tuple[str, ...]]
) -> str | None:
    lo = max(_clause_start(text, s, mention.start), mention.start - 60)
    brk = _CLAUSE_BREAK.search(text, mention.end, e)
    hi = min(brk.start() if brk else e, mention.end + 60)
    window = text[lo:hi].lower()
    at = mention.start - lo
    scored = []
    for prop, cues in table.items():
        d = _cue_distance(window, at, cues)
        if d is not None:
            scored.append((d, prop))
    return min(scored)[1] if scored else None


def _measure_property(text: str, mention: NumberMention, s: int, e: int) -> str | None:
    dim = mention.dimension or ""
    if mention.is_age:
        return "age"
    if dim == "[length]":
        return _nearest_cue(text, mention, s, e, lex.MEASURE_CUES) or "length"
    if dim.startswith("currency:"):
        after = text[mention.end : mention.end + 12].lower()
        if any(
            after.lstrip().startswith(cue + " ") or after.strip() == cue for cue in lex.RATE_CUES
        ):
            return "money_rate"
        kind = _nearest_cue(text, mention, s, e, lex.MONEY_CUES)
        return f"money_{kind}" if kind else "money"
    return lex.DIMENSION_PROPERTIES.get(dim, dim or None)


def read_number(
    text: str, mention: NumberMention, background_spans: tuple[tuple[int, int], ...] = ()
) -> Reading:
    """Property, subject, entity and role of a figure, from the words of its sentence."""
    s, e = sentence_bounds(text, mention.start, mention.end)
    entity = _entity(text, s, mention.core_start)
    role = "event"
    if any(s <= b0 and b1 <= e for b0, b1 in background_spans):
        role = "background"
    if mention.kind == "count":
        noun = mention.noun
        if noun is None:
            # "a six-storey block": the figure counts the noun it is hyphened to.
            m = _COMPOUND.match(text, mention.core_end)
            if m is not None and noun_class(m.group(1)) is not None:
                noun = m.group(1).lower()
        subset = _is_subset(text, mention.start, mention.end, e)
        if subset:
            role = "subset" if role == "event" else role
            noun = _subset_noun(text, mention.end, s, mention.start) or noun
        cls = noun_class(noun)
        if cls == "building":
            pred = _nearest_predicate(text, s, e, mention.start, mention.end)
            prop = pred if pred in ("destroyed", "damaged", "without_power") else "buildings"
            return Reading(prop, cls, entity, role)
        if cls in lex.NOUN_PROPERTIES:
            return Reading(lex.NOUN_PROPERTIES[cls], cls, entity, role)
        pred = _nearest_predicate(text, s, e, mention.start, mention.end)
        if pred is not None and (cls is not None or noun is None):
            return Reading(pred, cls or "person", entity, role)
        # No predicate says what the count is: it groups only with counts of the same noun.
        return Reading(None, _lemma(noun) if noun else None, entity, role)
    if mention.kind == "duration":
        # "about 20 minutes after the first": a gap between two things, not one of them.
        return Reading("duration", mention.noun, None, role)
    return Reading(_measure_property(text, mention, s, e), mention.noun, entity, role)


def _lemma(noun: str) -> str:
    noun = noun.lower()
    table = _noun_table()
    if noun in table:
        for suffix in ("ies", "es", "s"):
            if (
                noun.endswith(suffix)
                and noun[: -len(suffix)] + ("y" if suffix == "ies" else "") in table
            ):
                return noun[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return noun


_DATE_LEAD = frozenset(["on", "the", "early", "late", "this", "last", "at", "of", "in", "by"])


def read_date(mention: DateMention, text: str = "") -> Reading:
    """Dates carry their property and role from the date recogniser; the clause may say more.

    A date right after a reporting word ("officials said on Thursday", "as of Monday") is the
    date of a statement; one governed by a follow-up verb ("was arrested on Tuesday") is the
    date of that step. Neither is the date of the event the reports share.
    """
    prop = mention.property
    if text and mention.role == "event" and prop in ("event_date", "event_time"):
        s, _ = sentence_bounds(text, mention.start, mention.end)
        clause = text[_clause_start(text, s, mention.start) : mention.start].lower()
        words = _lower_words(clause)
        lead = list(words)
        while lead and lead[-1] in _DATE_LEAD:
            lead.pop()
        tail = " ".join(lead[-2:])
        if lead and (
            lead[-1] in lex.REPORTING_WORDS
            or tail in lex.REPORTING_WORDS
            or " ".join(words[-2:]) in lex.REPORTING_WORDS
        ):
            prop = "statement_date"
        else:
            for w in reversed(words[-lex.FOLLOW_UP_REACH :]):
                if w in ("that", "which", "who", "when"):
                    break
                if w in lex.FOLLOW_UP_WORDS:
                    prop = lex.FOLLOW_UP_WORDS[w]
                    break
    return Reading(prop, mention.anchor, None, mention.role)
