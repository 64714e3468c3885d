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


_CLAUSE_BREAK = re.compile(r"\band\b|\bbut\b|\bwhile\b|[,;:()]")


def _nearest_predicate(text: str, s: int, e: int, start: int, end: int) -> str | None:
    """The property stated by the predicate that governs the figure.

    The governing word sits right before the figure ("killing more than 100 people", "the
    death toll rose to 84") or after it in the same clause ("170 others were injured");
    only when neither is found does the nearest predicate word of the sentence count.
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
    best: tuple[int, str] | None = None
    for m in pattern.finditer(text, s, e):
        distance = start - m.end() if m.end() <= start else m.start() - end
        prop = table[m.group(1).lower()]
        if best is None or distance < best[0]:
            best = (distance, prop)
    return best[1] if best else None


def _entity(text: str, s: int, start: int) -> str | None:
    """An ordinal before the figure in its clause ("The first blast struck ... 2,300 feet")."""
    words = _lower_words(text[max(s, start - 60) : start])
    for w in reversed(words):
        if w in lex.ENTITY_ORDINALS:
            return lex.ENTITY_ORDINALS[w]
    return None


def _is_subset(text: str, start: int, end: int, e: int) -> bool:
    after = text[end : min(e, end + 40)].lower()
    before = text[max(0, start - 30) : start].lower()
    if any(cue in after for cue in lex.SUBSET_CUES):
        return True
    # "Nine of the derailed cars": a figure followed by "of the".
    if after.lstrip().startswith(("of the ", "of them", "of whom", "of which")):
        return True
    return "including" in before[-15:] or "of which" in before or "of whom" in before


def _measure_property(text: str, mention: NumberMention, s: int, e: int) -> str | None:
    dim = mention.dimension or ""
    if mention.is_age:
        return "age"
    if dim == "[length]":
        window = text[max(s, mention.start - 40) : min(e, mention.end + 40)].lower()
        for prop in ("height", "depth", "width", "distance", "length"):
            if any(cue in window for cue in lex.MEASURE_CUES[prop]):
                return prop
        return "length"
    if dim.startswith("currency:"):
        return "money"
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
        cls = noun_class(mention.noun)
        subject = mention.noun
        if cls in lex.NOUN_PROPERTIES:
            prop: str | None = lex.NOUN_PROPERTIES[cls]
            if _is_subset(text, mention.start, mention.end, e):
                role = "subset"
            return Reading(prop, cls, entity, role)
        if cls == "person" or mention.noun is None:
            prop = _nearest_predicate(text, s, e, mention.start, mention.end)
            if prop is not None and _is_subset(text, mention.start, mention.end, e):
                role = "subset"
            return Reading(prop, "person" if cls == "person" or prop else subject, entity, role)
        return Reading(None, subject, entity, role)
    if mention.kind == "duration":
        return Reading("duration", mention.noun, entity, role)
    return Reading(_measure_property(text, mention, s, e), mention.noun, entity, role)


def read_date(mention: DateMention) -> Reading:
    """Dates carry their own property and role, set by the date recogniser."""
    return Reading(mention.property, mention.anchor, None, mention.role)
