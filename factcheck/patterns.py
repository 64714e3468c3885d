"""Regex building blocks shared by the recognisers: word lists compiled to fast alternations.

Python's regex engine tries the branches of an alternation one after another at every position;
a list of a few hundred words costs hundreds of attempts per character. Factored by common
prefixes (a trie), the same list costs one attempt per character, and it cannot backtrack badly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["case_variants", "trie_regex", "word_pattern"]

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
