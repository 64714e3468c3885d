"""Regex building blocks shared by the recognisers: word lists compiled to fast alternations.

Python's regex engine tries the branches of an alternation one after another at every position;
a list of a few hundred words costs hundreds of attempts per character. Factored by common
prefixes (a trie), the same list costs one attempt per character, and it cannot backtrack badly.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "Caseless",
    "Lowered",
    "case_variants",
    "fold_case",
    "lowered",
    "trie_regex",
    "word_pattern",
]

_Trie = dict[str, "_Trie"]


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes.

    >>> trie_regex(["jan", "january", "june"])
    'j(?:an(?:uary)?|une)'
    """
    root: _Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: _Trie) -> str:
    alts = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    if "" in node:  # a word ends here: what follows is optional
        return "(?:" + "|".join(alts) + ")?"
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def case_variants(words: Iterable[str]) -> list[str]:
    """Each word as news writes it: lower case, capitalised, title case and upper case.

    Matching these variants case-sensitively runs several times faster than ``re.IGNORECASE``
    over the same alternation; odd mixtures ("kiLLed") are not news spellings.

    >>> case_variants(["death toll"])
    ['DEATH TOLL', 'Death Toll', 'Death toll', 'death toll']
    """
    return sorted({v for w in words for v in (w, w.capitalize(), w.title(), w.upper())})


def word_pattern(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """Any of ``words`` as whole words (``\\b`` on both sides), longest first, as a trie.

    >>> word_pattern(["last year", "last"]).search("since last year's flood").group()
    'last year'
    """
    return re.compile(r"\b(?:" + trie_regex(words) + r")\b", flags)


class Lowered(NamedTuple):
    """A text's lower case, with the offsets of its characters beyond ASCII: in a window of
    ASCII characters, it holds at every offset what ``window.lower()`` holds."""

    text: str
    beyond: list[int]

    def ascii(self, lo: int, hi: int) -> bool:
        """Whether the characters of ``[lo, hi)`` (``lo`` from 0) are all ASCII."""
        i = bisect.bisect_left(self.beyond, lo if lo > 0 else 0)
        return i == len(self.beyond) or self.beyond[i] >= hi


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=8)
def lowered(text: str) -> Lowered | None:
    """``text`` lowered once for every window its readers search, or None where lowering moves
    offsets (a few letters beyond ASCII lower to two characters).

    Cached for the few texts being read (a str caches its hash): lowering and slicing each
    window again cost more than the searches.
    """
    lower = text.lower()
    if len(lower) != len(text):
        return None
    beyond = [] if text.isascii() else [m.start() for m in _BEYOND_ASCII.finditer(text)]
    return Lowered(lower, beyond)


class Caseless:
    """A case-insensitive pattern, searched in windows of a text at the cost of a
    case-sensitive one where it can.

    ``re.IGNORECASE`` lowers every character it compares, which makes a scan several times
    dearer. On a window of ASCII text, the same pattern without the flag runs over the
    text's :func:`lowered` copy instead: lower-casing ASCII keeps every offset and every word
    boundary, and the pattern's own letters are all lower case, so it finds the same matches.
    The character before the window must be ASCII too, so that a ``\\b`` at its start sees
    what it saw (the patterns look no further back). Other windows (the engine folds a few
    letters beyond ASCII, like "ſ", to ASCII ones) are searched by the flagged pattern itself.

    >>> cue = Caseless(r"\\b(?:last year|on average)\\b")
    >>> cue.spans("Up from 40 LAST YEAR, on Average.", 0, 33)
    [(11, 20), (22, 32)]
    >>> cue.found("the blast year", 0, 14)
    False
    """

    __slots__ = ("_lower", "pattern")

    def __init__(self, source: str) -> None:
        if re.sub(r"\\.", "", source) != re.sub(r"\\.", "", source).lower():
            raise ValueError(f"a Caseless pattern is written in lower case: {source!r}")
        self.pattern = re.compile(source, re.IGNORECASE)
        self._lower = re.compile(source)

    def found(self, text: str, lo: int, hi: int) -> bool:
        """Whether ``pattern.search(text, lo, hi)`` finds a match."""
        low = lowered(text)
        if low is not None and (not low.beyond or low.ascii(lo - 1, hi)):
            return self._lower.search(low.text, lo, hi) is not None
        return self.pattern.search(text, lo, hi) is not None

    def found_in(self, fragment: str) -> bool:
        """Whether ``pattern.search(fragment)`` finds a match: for a string of its own (a slice,
        read once), which :func:`lowered` would cache for nothing."""
        if fragment.isascii():
            return self._lower.search(fragment.lower()) is not None
        return self.pattern.search(fragment) is not None

    def spans(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans of ``pattern.finditer(text, lo, hi)``."""
        low = lowered(text)
        if low is not None and (not low.beyond or low.ascii(lo - 1, hi)):
            return [m.span() for m in self._lower.finditer(low.text, lo, hi)]
        return [m.span() for m in self.pattern.finditer(text, lo, hi)]


_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The only letters beyond ASCII that ``re.IGNORECASE`` takes for ASCII ones: İ, ı, ſ and the
Kelvin sign (``tests/test_patterns.py`` checks the list against the engine)."""


def fold_case(matched: str) -> str:
    """The lower case of what a ``re.IGNORECASE`` pattern of ASCII words matched, as the
    engine read it: a table keyed by those words finds "ſquare" and "mıllıon" too.

    >>> fold_case("ſquare"), fold_case("MIllIon")
    ('square', 'million')
    """
    return matched.translate(_ASCII_FOLDS).lower()
