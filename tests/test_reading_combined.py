"""The governing predicate of a figure is read with each predicate word lowered once, the head
before it lowered once, the words between it and the figure split only where no clause break
lies between, and a property coupled by no "or" returned as it is: the readings as first
written (kept below) give the same answers."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import properties
from factcheck.extract import as_document, find_mentions
from factcheck.lexicon import properties as lex
from tests.test_trusted import _shared_texts, _speed_paragraphs


def _combined_as_written(text: str, m: re.Match[str], s: int, e: int) -> str:
    table = properties._predicate_of()
    if text[m.end(1) : m.end(1) + 20].lower().lstrip().startswith(lex.HOSPITAL):
        return "injured"
    props = {table[m.group(1).lower()]}
    if (
        props == {"rescued"}
        and m.group(1).lower() in lex.RECOVERY_WORDS
        and properties._DEAD_WORDS.search(text, s, e) is not None
    ):
        return "killed"
    joint = properties._OR_AFTER.match(text, m.end(1), e)
    if joint is not None:
        other = properties._predicate_pattern().match(text, joint.end(), e)
        if other is not None:
            props.add(table[other.group(1).lower()])
    lo = max(s, m.start(1) - 30)
    head = text[lo : m.start(1)].rstrip()
    for joiner in (" and/or", " or"):
        if head.lower().endswith(joiner):
            left = lo + len(head[: -len(joiner)].rstrip())
            others = list(properties._predicates(text, lo, left))
            if others and others[-1].end(1) == left:
                props.add(table[others[-1].group(1).lower()])
            break
    return "_or_".join(sorted(props))


def _before_as_written(text: str, s: int, e: int, start: int, reach: int) -> str | None:
    """The part of ``_nearest_predicate`` that reads the words before the figure, as first
    written: the answer it gives, or None where the words after the figure decide."""
    if properties._after_change_verb(text[max(s, start - 60) : start]):
        reach = max(reach, 100)
    before = [
        m
        for m in properties._predicates(text, max(s, start - reach), start)
        if m.group(1).lower() not in lex.SUBJECT_PREDICATES
    ]
    if before:
        m = before[-1]
        between = properties._lower_words(text[m.end(1) : start])
        if properties._next_break(
            text, m.end(1), start
        ) is None and not lex.REPORTING_VERBS.intersection(between):
            return _combined_as_written(text, m, s, e)
    return None


def _every_predicate_is_combined_alike(text: str) -> int:
    compared = 0
    cuts = sorted({0, len(text), *range(0, len(text), 37)})
    for s in cuts:
        for e in cuts:
            if s >= e:
                continue
            for m in properties._predicates(text, s, e):
                assert properties._combined(text, m, s, e) == _combined_as_written(text, m, s, e), (
                    text,
                    m.start(1),
                    s,
                    e,
                )
                compared += 1
    return compared


def test_every_predicate_of_the_fingerprint_texts_is_combined_alike() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    compared = sum(_every_predicate_is_combined_alike(text) for text in texts[::3])
    assert compared > 5000


def test_every_figure_s_governing_predicate_is_read_alike() -> None:
    compared = 0
    for text in [*_speed_paragraphs(), *_shared_texts()][::2]:
        for mention in find_mentions(as_document(text))[1]:
            s, e = properties.sentence_bounds(text, mention.start, mention.end)
            for reach in (40, 120):
                found = properties._nearest_predicate(
                    text, s, e, mention.start, mention.end, reach=reach
                )
                before = _before_as_written(text, s, e, mention.start, reach)
                if before is not None:
                    assert found == before, (text, mention.start)
                    compared += 1
    assert compared > 500


_PIECES = st.sampled_from(
    [
        "killed", "Injured", "DAMAGED", "destroyed", "evacuated", "rescued", "recovered",
        " or ", " OR ", " and/or ", " And/Or ", " and ", " to hospital", " To The Hospital",
        "among the dead", " ", "  ", ",", "12", "people", "homes", "\u212a", "\u0130", "é",
        "said", "ſ",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_made_up_predicates_are_combined_alike(text: str) -> None:
    _every_predicate_is_combined_alike(text)
