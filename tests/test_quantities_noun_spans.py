"""_read_noun reads the words after a figure as spans, (word, start, end), and takes the first
two from the pair match it is given or makes (``_PLAIN_RIGHT``, ``_WORD_PAIR``), where it
matched ``_RIGHT_WORD`` again at the figure's end and after the first word: the counted noun
must be the one read as first written (copied below), at the end of every figure of the
speed corpus and the fingerprint texts, and at every offset of made-up texts of capitalised
runs, partitives, stopwords, modifiers and possessives (hypothesis)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import quantities as q
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _read_noun_as_first_written(
    text: str,
    at: int,
    *,
    allow_of: bool,
    one: bool = False,
    pair: re.Match[str] | None = None,
) -> tuple[str, str, int] | None:
    if text.startswith("-", at) and at + 1 < len(text) and text[at + 1].isalpha():
        w = q._RIGHT_WORD.match(text, at + 1)
        if w is None or not w.group(1).islower() or w.group(1) in q.NOUN_STOPWORDS:
            return None
        if w.group(1) in q.SMALL or w.group(1) in q.TENS or w.group(1) in ("nought", "oh"):
            return None  # "three-nought-four" is read out digit by digit
        if w.group(1) == "odd":
            return None  # "40-odd" is a right qualifier (about 40), not the noun counted
        low = w.group(1).lower()
        return low, q._lemma(low), w.end()
    # The word after the figure and the one after it, in one match: most counted nouns are
    # followed by a lower-case stopword ("people were", "homes in"), which ends the reading
    # at the first word without a second look at the text.
    if pair is None:
        pair = q._WORD_PAIR.match(text, at)
        if pair is None:
            return None  # no word one or two blanks away
    word_end = pair.end(1)
    if text[word_end : word_end + 1].isdigit():
        return None  # "3 USD50 cards": a code glued to the next figure is no noun
    word, following = pair.group(1, 2)
    low = word.lower()
    if (
        following is not None
        and following.islower()
        and following in q.NOUN_STOPWORDS
        and not (allow_of and low == "of")
        and not low.endswith(("'s", "’s"))
    ):
        # what the loop below decides at its first word: that word is the noun, or none is
        if len(word) > 24:
            return None
        lemma = q._noun_lemma(low)
        return None if lemma is None else (low, lemma, word_end)
    w = q._RIGHT_WORD.match(text, at)
    assert w is not None  # it opens the pair above
    if allow_of and low == "of":
        w = q._RIGHT_WORD.match(text, w.end())
        if w is not None and w.group(1).lower() in q._PARTITIVE_DETERMINERS:
            w = q._RIGHT_WORD.match(text, w.end())
        if w is None:
            return None
    for _ in range(4):
        word = w.group(1)
        low = word.lower()
        if (low in q.NOUN_STOPWORDS and low not in q.NOUN_MODIFIERS) or len(word) > 24:
            return None
        nxt = q._RIGHT_WORD.match(text, w.end())
        if nxt is None:
            break
        following = nxt.group(1)
        if following.islower() and following in q.NOUN_STOPWORDS and not low.endswith(("'s", "’s")):
            break  # the usual case, "people were": nothing modifies a lower-case stopword
        if (
            low.endswith(("'s", "’s"))
            or q._is_modifier(word, nxt.group(1), nxt.start(1) - w.end())
            or _capitalised_run_as_first_written(text, w, nxt)
            or (not one and q._is_noun_modifier(word, nxt.group(1), nxt.start(1) - w.end()))
        ):
            w = nxt
            continue
        break
    low = w.group(1).lower()
    lemma = q._noun_lemma(low)
    return None if lemma is None else (low, lemma, w.end())


def _capitalised_run_as_first_written(text: str, w: re.Match[str], nxt: re.Match[str]) -> bool:
    if not (w.group(1)[0].isupper() and nxt.group(1)[0].isupper()):
        return False
    prev, cur = w, nxt
    for _ in range(3):
        if cur.start(1) - prev.end() != 1 or cur.group(1).lower() in q.MONTHS:
            return False
        if cur.group(1)[0].islower():
            return cur.group(1).isalpha() and cur.group(1) not in q.NOUN_STOPWORDS
        after = q._RIGHT_WORD.match(text, cur.end())
        if after is None:
            return False
        prev, cur = cur, after
    return False


def _check(text: str, at: int) -> None:
    for allow_of in (True, False):
        for one in (True, False):
            pair = q._plain_right_word(text, at)
            for given_pair in (None, pair):
                got = q._read_noun(text, at, allow_of=allow_of, one=one, pair=given_pair)
                first = _read_noun_as_first_written(
                    text, at, allow_of=allow_of, one=one, pair=given_pair
                )
                assert got == first, (text[at : at + 40], allow_of, one, given_pair)


def test_nouns_after_every_figure_of_the_corpus() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    assert len(texts) > 4000
    checked = 0
    for text in texts:
        for m in re.finditer(r"\d+|\b(?:one|two|three|ten|twenty)\b", text):
            _check(text, m.end())
            checked += 1
    assert checked > 20_000


_PARTS = ["people", "Red", "Cross", "workers", "of", "the", "those", "police", "officers", "were"]
_PARTS += ["Iranian", "Revolutionary", "Guard", "January", "Tuesday", "man's", "women’s", "in"]
_PARTS += ["rail", "cars", "explosive", "devices", "a", "x" * 26, "Americans", "homes", "and"]
_BLANKS = [" ", "  ", "\t", "\u00a0", " - ", "-", ", ", ". ", "\n", "3"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_BLANKS), st.sampled_from(_PARTS)), max_size=7))
def test_made_up_texts(parts: list[tuple[str, str]]) -> None:
    text = "5" + "".join(blank + word for blank, word in parts)
    for at in range(len(text) + 1):
        _check(text, at)
