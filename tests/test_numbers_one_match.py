"""Two patterns matched in turn at one place are matched as one: ``_PLAIN_FIGURE`` is
``_USUAL_FIGURE`` or else ``_CLOSED_FIGURE`` (``_read_plain_figure``), ``_JOIN_AND_WORD`` is
``_JOIN`` and then ``_WORD`` where it ends (``_peek_word``). At every position of the speed
corpus, the fingerprint texts and made-up texts, the one match finds what the two found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import numbers
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _two_figures(text: str, pos: int) -> tuple[object, ...] | None:
    """The spans and groups of ``_USUAL_FIGURE`` at ``pos``, else of ``_CLOSED_FIGURE`` (as
    group 6), else None."""
    usual = numbers._USUAL_FIGURE.match(text, pos)
    if usual is not None:
        return (usual.span(), *usual.groups(), None)
    closed = numbers._CLOSED_FIGURE.match(text, pos)
    if closed is not None:
        return (closed.span(), None, None, None, None, None, closed.group())
    return None


def _one_figure(text: str, pos: int) -> tuple[object, ...] | None:
    plain = numbers._PLAIN_FIGURE.match(text, pos)
    return (plain.span(), *plain.groups()) if plain is not None else None


def _two_words(text: str, pos: int) -> tuple[int, int] | None:
    join = numbers._JOIN.match(text, pos)
    word = numbers._WORD.match(text, join.end() if join is not None else pos)
    return word.span() if word is not None else None


def _one_word(text: str, pos: int) -> tuple[int, int] | None:
    m = numbers._JOIN_AND_WORD.match(text, pos)
    return m.span(1) if m is not None else None


def _check(text: str) -> tuple[int, int]:
    figures = words = 0
    for pos in range(len(text) + 1):
        figure = _one_figure(text, pos)
        assert figure == _two_figures(text, pos), (text[pos : pos + 30], figure)
        figures += figure is not None
        word = _one_word(text, pos)
        assert word == _two_words(text, pos), (text[pos : pos + 30], word)
        words += word is not None
    return figures, words


def test_one_match_in_the_corpus_and_fingerprint_texts() -> None:
    figures = words = 0
    for text in [*_speed_paragraphs(), *_shared_texts()]:
        f, w = _check(text)
        figures += f
        words += w
    assert figures > 10_000
    assert words > 100_000


_PARTS = [*"0123456789", "٣", "²", ",", ".", ";", ":", ")", "%", "!", "?", "\n", " ", "  "]
_PARTS += ["\t", "\u00a0", "-", "- ", "x", "people", "hundred", "Km", "é", "_", "k"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=14))
def test_one_match_in_made_up_texts(parts: list[str]) -> None:
    _check("".join(parts))


def test_one_match_at_long_runs() -> None:
    # more digits than a figure takes, more blanks than a join takes
    for text in ["1" * 20 + ",", "1" * 15 + ".", "12,345,678,901,234,567 x", " " * 6 + "five"]:
        _check(text)
        _check(text + " people")
    for blanks in range(7):
        for dash in ("", "-", "- ", "-    ", "--"):
            _check(" " * blanks + dash + "five")
            _check("\u00a0" * blanks + dash + "\tfive")
