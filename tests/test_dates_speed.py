"""The date recogniser's fast paths give what their plain forms give.

Each helper here was written out for speed; its plain form (slower, obviously right) is the
reference it must match.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

import pytest

from factcheck import dates
from factcheck.mentions import DateMention


def test_moved_mention_keeps_every_field() -> None:
    # a value unlike any default in each field, so that a field left out shows
    fields = dataclasses.fields(DateMention)
    values = {f.name: 7 + i if "int" in str(f.type) else f"v{i}" for i, f in enumerate(fields)}
    mention = DateMention(**values)  # type: ignore[arg-type]
    assert dates._moved(mention, 100) == dataclasses.replace(
        mention, start=mention.start + 100, end=mention.end + 100
    )


def test_to_mention_passes_the_fields_in_their_order() -> None:
    # _to_mention builds its DateMention with positional arguments, in this order
    assert [f.name for f in dataclasses.fields(DateMention)] == [
        "start", "end", "kind", "qualifier", "low", "high", "granularity", "note", "role",
        "property", "anniversary", "anchor",
    ]  # fmt: skip


# The tokeniser as it reads without its shortcut for words of ASCII small letters.
PLAIN_TOKEN = re.compile(r"((?i:[qh][1-4])\b|\d{1,12}|[^\W\d_]{1,40}|\S)")
AWKWARD_TEXT = [
    "police said on Monday that q1 and h2 rose; Q3 H1 q12 h1x qh",
    "x" * 39 + " " + "y" * 41 + " 1234567890123 Mid_day 3pm h1_ q4. (AP) -- it's",
    "a" * 39 + " " + "b" * 40 + " " + "c" * 41 + " " + "d" * 85,
    "x" * 39 + "é" + " café naïve Kelvin:\u212a İstanbul straße ǅemal",
    "abc123def _abc abc_ 3rd 10:30am 2,300 ٣٠ ²½",
    "",
    "   ",
]


# The tokeniser as an alternation of its branches, before it took each token's first character
# ahead of them.
BRANCHED_TOKEN = re.compile(
    r"([a-gi-pr-z][a-z]{0,39}(?![^\W\d_])|(?i:[qh][1-4])\b|\d{1,12}|[^\W\d_]{1,40}|\S)"
)


@pytest.mark.parametrize("text", AWKWARD_TEXT)
def test_tokens_match_the_plain_tokeniser(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        assert dates._TOKEN.split(variant) == PLAIN_TOKEN.split(variant)
        assert BRANCHED_TOKEN.split(variant) == PLAIN_TOKEN.split(variant)
        if variant.isascii():
            assert dates._TOKEN_ASCII.split(variant) == PLAIN_TOKEN.split(variant)


def test_tokens_match_the_branched_tokeniser() -> None:
    texts = [*_speed_paragraphs(), *_date_texts(), *AWKWARD_TEXT, *IN_PHRASES]
    texts += ["qh1 h1q Q4 q5 h12 9h1 x\u212a 1a\u0663 \u0663\u0664 _q1 q1_ \u00e9q2 H3-h4"]
    for text in texts:
        for variant in (text, text.lower(), text.upper()):
            assert dates._TOKEN.split(variant) == BRANCHED_TOKEN.split(variant)
            assert re.split(dates._TOKEN_ASCII, variant) == re.split(
                BRANCHED_TOKEN.pattern, variant, flags=re.ASCII
            )


class _Everything:
    """A table that holds every word: with it the skip of "in" never fires."""

    def __contains__(self, word: object) -> bool:
        return True


# "in" before the words it opens an expression with, and before words it does not
IN_PHRASES = [
    "The vote is in two weeks.",
    "They meet in about 3 days, on Friday.",
    "Back in half an hour.",
    "in a couple of weeks",
    "in twenty-one days from now",
    "The plane left in the early evening at eight.",
    "He arrived in the morning @ 3.",
    "in 10 to 6",
    "Killed in January 2020 and in Monday's attack.",
    "the number of people killed in 1987, in May, in spring",
    "in after next week",
]


@pytest.mark.parametrize("text", IN_PHRASES)
def test_in_skip_keeps_every_mention(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_reads_alike(monkeypatch, dates, "_AFTER_IN", _Everything(), texts=[text])


def _date_texts() -> list[str]:
    """Every date example of the date tests' tables, and a soup of date words."""
    from tests import test_dates

    texts = [v for v in vars(test_dates).values() if isinstance(v, list)]
    flat = [
        item if isinstance(item, str) else item[0]
        for table in texts
        for item in table
        if isinstance(item, str) or (isinstance(item, tuple) and item and isinstance(item[0], str))
    ]
    words = "the 3rd of next last week between 10 and 12 pm on Monday until mid-March 2024 ago"
    return [*flat, words, " ".join(reversed(words.split())), "- / : , ." * 20]


def test_the_grammar_reads_no_token_beyond_the_padding(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_Parser.t`` answers "" outside the window from padding: an index further out would
    read a wrong token (or fail). Every index the grammar asks for stays within it."""
    seen: list[tuple[int, int]] = []
    plain_init = dates._Parser.__init__

    def checking_init(self: dates._Parser, *args: object, **kwargs: object) -> None:
        plain_init(self, *args, **kwargs)  # type: ignore[arg-type]
        lookup, n = self.t, self.n

        def checked(i: int) -> str:
            seen.append((i, n))
            return lookup(i)

        self.t = checked

    monkeypatch.setattr(dates._Parser, "__init__", checking_init)
    dates._mention_cached.cache_clear()
    when = dt.datetime(2024, 1, 3, 12)
    for text in _date_texts():
        dates.find_dates(text, when)
    dates._mention_cached.cache_clear()
    assert len(seen) > 1000
    furthest = max(max(-i, i - n + 1) for i, n in seen)
    assert furthest < dates._T_PAD


# _anchor_near as it read with one pattern for event words and marks, a "\b" before each word.
_PLAIN_ANCHOR = re.compile(
    r"\b(?:"
    + "|".join(sorted({*dates.lex.ANCHOR_VERBS, *dates.lex.ANCHOR_NOUNS}, key=len, reverse=True))
    + r")\b|[.;!?,]",
    re.IGNORECASE,
)


def _plain_anchor_near(text: str, start: int, end: int) -> str | None:
    lo = dates._sentence_start(text, max(0, start - dates._ANCHOR_BEFORE), start)
    verb = noun = None
    noun_at = -1
    for m in _PLAIN_ANCHOR.finditer(text, lo, start):
        w = m.group()
        if w.lower() in dates.lex.ANCHOR_VERBS and w in (w.lower(), w.capitalize(), w.upper()):
            verb = dates.lex.ANCHOR_VERBS[w.lower()]
        elif w.lower() in dates.lex.ANCHOR_NOUNS and w in (w.lower(), w.capitalize(), w.upper()):
            noun, noun_at = dates.lex.ANCHOR_NOUNS[w.lower()], m.start()
    if verb is not None:
        return verb
    if noun is not None and start - noun_at <= dates._ANCHOR_NOUN_REACH:
        return noun
    for m in _PLAIN_ANCHOR.finditer(text, end, min(len(text), end + dates._ANCHOR_AFTER)):
        w = m.group()
        if w in ".;!?,":
            return None
        if w.lower() in dates.lex.ANCHOR_NOUNS and w in (w.lower(), w.capitalize(), w.upper()):
            return dates.lex.ANCHOR_NOUNS[w.lower()]
    return None


ANCHOR_TEXTS = [
    "killed on Monday",
    "Killed Monday's blasts, more",
    "The quake killed 30; on Monday the funeral was held",
    "xkilled Monday blast",
    "the funeral on Friday,blast",
    "the blast. On Friday blasts",
    "Friday blast.",
    "KILLED blast Blast BLAST bLast on 3 May the explosionblast explosion_ died",
    "was killed by a U.S. drone strike in Baghdad in January 2020 after the funeral",
    "the explosion happened, and then — on Monday — the funeral",
    "the blast" + " and" * 16 + " on Monday",  # the noun at the edge of its reach
]


@pytest.mark.parametrize("text", ANCHOR_TEXTS)
def test_anchor_near_matches_the_plain_scan(text: str) -> None:
    for variant in (text, text.upper(), "x" * 150 + " " + text):
        for start in range(len(variant)):
            for end in range(start, min(len(variant), start + 12) + 1):
                want = _plain_anchor_near(variant, start, end)
                assert dates._anchor_near(variant, start, end) == want, (variant, start, end)


def test_the_ascii_trigger_finds_what_the_unicode_one_does() -> None:
    texts = [t for t in (*_date_texts(), *AWKWARD_TEXT, *IN_PHRASES) if t.isascii()]
    assert len(texts) > 100
    for text in texts:
        for variant in (text, text.upper(), text.replace(" ", "_")):
            spans = [m.span() for m in dates._trigger(True).finditer(" " + variant)]
            assert spans == [m.span() for m in dates._trigger(False).finditer(" " + variant)]


_TRIGGER_PIECES = ["3", "12", "2024", "pm", "a.m", "P.M.", "to date", "To", "this time", "date"]
_TRIGGER_PIECES += ["March", "may", "MAY", "mAy", "o'clock", "o’clock", "Q4", "th", "s", "h", "a"]
_TRIGGER_PIECES += [" ", "-", "/", ":", ".", "'", "’", "_", "x", "é", "٣", "\u00a0"]


def test_trigger_starts_are_the_trigger_matches() -> None:
    # find_dates takes its triggers from _trigger_starts, which finds the scan's matches with
    # string methods: every pair and triple of pieces, and the date texts, must give the
    # scan's starts ("3 pm" is one match, "é" and "٣" are word characters beyond ASCII)
    pieces = _TRIGGER_PIECES
    texts = [a + b for a in pieces for b in pieces]
    texts += [a + b + c for a in pieces for b in pieces for c in pieces]
    texts += [*_date_texts(), *AWKWARD_TEXT, *IN_PHRASES]
    texts += [t.upper() for t in texts[-200:]]
    for text in texts:
        want = [m.start() for m in dates._trigger(text.isascii()).finditer(" " + text)]
        assert dates._trigger_starts(text) == want, text


def test_no_trigger_word_opens_a_longer_trigger() -> None:
    # _trigger_starts takes a trigger word's match to end with the word: the trie would take
    # a longer variant that opens with it ("this time" if "this" were one), so none may
    for variant, parts in dates._RUN_VARIANTS:
        first = re.match(rb"\w+", variant)
        assert first is not None
        assert first.group() in parts
        assert first.group() not in dates._BLANKED_VARIANTS


@pytest.mark.parametrize("unit", sorted(dates._OPENS_NOTHING))
def test_the_units_that_open_nothing_open_no_expression(unit: str) -> None:
    """The parse skips these words as starts: from each, before any word the grammar reads,
    the grammar finds no expression."""
    when = dt.datetime(2024, 1, 3, 12)
    for word in sorted(dates._grammar_words()):
        for then in ("next", "now", "noon", "3", "2024", "pm", "the"):
            for text in (f"{unit} {word} {then} 5 pm", f"{unit}-{word} {then}"):
                toks, starts, ends = dates._tokens(text, 0, len(text))
                parser = dates._Parser(text, toks, starts, ends, when)
                for future in (False, True):
                    parser.future = future
                    try:
                        found = parser.expr(0)
                    except (dates._NeedsReference, ValueError, OverflowError):
                        found = None
                    assert found is None, text


# Each reading that _Parser.expr, point, date_like and absolute try only from certain first
# words (besides digits), with the table of those words; time_first also from a word before
# one of _CLOCK_LINKS.
FIRST_WORD_GUARDS = [
    ("day_span", "_DAY_SPAN_FIRST"),
    ("clock_span", "_CLOCK_SPAN_FIRST"),
    ("part_then_time", "_PART_THEN_TIME_FIRST"),
    ("ago", "_AGO_FIRST"),
    ("absolute_rest", "_ABSOLUTE_REST_FIRST"),
    ("time_first", "_CLOCK_OPENERS"),
]


# What may follow the first word in a reading that goes on from it
FIRST_WORD_TAILS = [
    "13 to 15 July", "3rd to 5th May 2024", "the 3rd - 5th May", "9 to 11 am", "3 days ago",
    "hour ago", "a half hours ago", "evening at 8", "morning @ 3", "the evening at 8",
    "past 3 pm", "to noon", "30 pm on Monday", "- 15 July 2024", "day", "3 pm", "next",
    "of July 2024", "2024", "12 of 2024", "- end", "end 2023", "to date", "year 2020",
]  # fmt: skip


@pytest.mark.parametrize(("method", "table"), FIRST_WORD_GUARDS)
def test_readings_start_only_at_their_first_words(
    method: str, table: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reading is skipped where its first word (besides digits) is not one of its table:
    from every other word the grammar reads, before any other, it finds nothing (read with
    every table holding every word, so that no skip hides what the reading would find)."""
    firsts = getattr(dates, table)
    for _, name in FIRST_WORD_GUARDS:
        monkeypatch.setattr(dates, name, _Everything())
    when = dt.datetime(2024, 1, 3, 12)
    skipped = 0
    for first in sorted(dates._grammar_words()):
        for tail in FIRST_WORD_TAILS:
            text = f"{first} {tail}"
            toks, starts, ends = dates._tokens(text, 0, len(text))
            if toks[0].isdigit() or toks[0] in firsts:
                continue
            if method == "time_first" and toks[1] in dates._CLOCK_LINKS:
                continue
            skipped += 1
            parser = dates._Parser(text, toks, starts, ends, when)
            for future in (False, True):
                parser.future = future
                try:
                    found = getattr(parser, method)(0)
                except (dates._NeedsReference, ValueError, OverflowError):
                    found = None
                assert found is None, (method, text)
    assert skipped > 1000


def _module_words() -> frozenset[str]:
    """The plain form of ``_grammar_words``: every word written anywhere in the module's code
    and tables and in the whole lexicon, read by the grammar or not."""
    from types import CodeType, FunctionType

    from factcheck.lexicon import dates as lex

    found: set[str] = set()

    def add_code(code: CodeType) -> None:
        for c in code.co_consts:
            if isinstance(c, CodeType):
                add_code(c)
            else:
                dates._add_words(c, found)

    for table in (vars(lex), vars(dates)):
        for name, value in table.items():
            if name.startswith("__"):
                continue
            if isinstance(value, FunctionType):
                add_code(value.__code__)
            elif isinstance(value, type) and value.__module__ == dates.__name__:
                for fn in dates._functions(value):
                    add_code(fn.__code__)
            else:
                dates._add_words(value, found)
    return frozenset(found)


def _speed_paragraphs() -> list[str]:
    from tests.test_trusted import _speed_paragraphs as paragraphs

    return paragraphs()


# The shared check of the window shortcuts (tests/test_dates_*_windows.py): find_dates reads
# texts alike with a shortcut and with it answering False (every window opened and read).
SHORTCUT_PUBLISHED = [
    dt.datetime(2024, 1, 3, 12),
    dt.datetime(2024, 1, 3, 12, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    None,
]


def reads_fresh(texts: list[str]) -> list[list[DateMention]]:
    """find_dates over the texts with each publication date, the mention cache empty."""
    dates._mention_cached.cache_clear()
    try:
        return [dates.find_dates(t, p) for p in SHORTCUT_PUBLISHED for t in texts]
    finally:
        dates._mention_cached.cache_clear()


def assert_reads_alike_without(
    monkeypatch: pytest.MonkeyPatch, texts: list[str], name: str
) -> None:
    """The texts read alike with the shortcut ``dates.<name>`` and with it never taken."""
    fast = reads_fresh(texts)
    with monkeypatch.context() as m:
        m.setattr(dates, name, lambda *args: False)
        assert reads_fresh(texts) == fast


def times_taken(monkeypatch: pytest.MonkeyPatch, texts: list[str], name: str) -> int:
    """How often the shortcut ``dates.<name>`` is taken over the texts (a test that never
    takes it proves nothing)."""
    plain = getattr(dates, name)
    taken = []

    def counting(*args: object) -> bool:
        found: bool = plain(*args)
        taken.append(found)
        return found

    with monkeypatch.context() as m:
        m.setattr(dates, name, counting)
        reads_fresh(texts)
    return sum(taken)


def glued_text(pieces: list[str], glue: list[bool]) -> str:
    """The pieces joined by a blank, or glued where ``glue`` says so (hypothesis' made-up texts)."""
    glued = glue + [False] * len(pieces)
    return "".join(w + ("" if g else " ") for w, g in zip(pieces, glued, strict=False))


def test_the_grammar_words_are_the_module_words_the_grammar_reads() -> None:
    words = dates._grammar_words()
    assert words <= _module_words()
    assert {"the", "of", "in", "about", "and", "3", ".", "-", "march", "night"} <= words
    # the event words of _anchor_near, the past tenses of _told_as_past: not the grammar's
    assert not {"killed", "struck", "came", "began"} & words


def test_starting_right_of_words_outside_the_grammar_finds_what_the_module_words_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Starts left of a word outside the grammar are skipped: with every word of the module
    let through instead, the speed corpus and the date tables read the same."""
    assert_reads_alike(monkeypatch, dates, "_grammar_words", _module_words)


def _split_tokens(text: str, lo: int, hi: int) -> tuple[list[str], list[int], list[int]]:
    """The plain form of ``_tokens``: one split of the lowered window by the pattern, the
    offsets summed from the lengths of its gaps and tokens."""
    lowered = text[lo:hi].lower()
    if len(lowered) != hi - lo:
        parts = dates._TOKEN.split(text[lo:hi])
        toks = [t.lower() for t in parts[1::2]]
    else:
        parts = (dates._TOKEN_ASCII if lowered.isascii() else dates._TOKEN).split(lowered)
        toks = parts[1::2]
    bounds = [lo]
    for part in parts:
        bounds.append(bounds[-1] + len(part))
    return toks, bounds[1:-1:2], bounds[2::2]


WORDY_TEXT = [
    "Three people were killed on Sunday, fire officials said.\n\nThe 47-year-old driver",
    "At 4:17 a.m. (0117 GMT), q1 h2. Q3, h1x q12 3pm 10:30 U.S. $70,000 Monday's 2024.",
    "a_b q1_ Q4_ 12_ x. _x ,x a  b   c \nd\n\ne. \tf\x0bg\x1ch " + "y" * 41 + ". " + "7" * 13 + ".",
    "İstanbul said. Café, naïve: 10 a.m.",
]


def test_tokens_by_words_match_the_split() -> None:
    texts = [*_speed_paragraphs(), *_date_texts(), *AWKWARD_TEXT, *IN_PHRASES, *WORDY_TEXT]
    for text in texts:
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text)), (1, len(text) * 2 // 3)):
            assert dates._tokens(text, lo, hi) == _split_tokens(text, lo, hi), (text, lo, hi)


def _read_cue_at_once(self: dates._Parser, s: int) -> None:
    """The plain form of ``_Parser.read_cue_before``: the cue worked out before each attempt."""
    self._future, self._cue_nearest = self.cue_at(s)
    self._cue_pending = None


def test_the_cue_read_on_demand_is_the_cue_read_before_each_attempt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert_reads_alike(monkeypatch, dates._Parser, "read_cue_before", _read_cue_at_once)


def test_a_cue_written_before_it_is_read_keeps_the_other_part() -> None:
    """Setting ``future`` first still leaves ``cue_nearest`` the cue's own, and back."""
    text = "the vote was scheduled for Monday"
    toks, starts, ends = dates._tokens(text, 0, len(text))
    parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
    assert dates._future_cue(toks, 5, parser) == (True, True)
    parser.read_cue_before(5)
    parser.future = False
    assert (parser.future, parser.cue_nearest) == (False, True)
    parser.read_cue_before(5)
    parser.cue_nearest = False
    assert (parser.future, parser.cue_nearest) == (True, False)


# What may come after the word that follows a count in a reading that goes on from it
COUNT_TAILS = [
    "ago", "later", "from now", "hours ago", "years", "week", "a half years ago", "5 hours",
    "next week",
]  # fmt: skip


def test_a_count_goes_on_only_into_the_words_after_a_count() -> None:
    """ago_core, from a count in digits ("3", "in 3"), finds nothing before a word outside
    _AFTER_COUNT, with or without a clock unit in the window, and leaves the cue as it was:
    date_like's skip of it changes nothing."""
    from factcheck.lexicon import dates as lex

    when = dt.datetime(2024, 1, 3, 12)
    plurals = {f"{day}s" for day in lex.WEEKDAYS}  # read by weekdays_away, not as words
    words = dates._grammar_words() | plurals | {",", "-", "%", "people", "1974"}
    others = sorted(words - dates._AFTER_COUNT)
    assert {"ago", "-", ",", "people", "the", "1974"} <= set(others)
    tried = 0
    for lead in ("3", "in 3", "2024"):
        for word in others:
            for tail in COUNT_TAILS:
                glued = [] if word.isdigit() else [f"{lead}{word}{tail}"]  # "3.5 hours", "3h"
                for text in [f"{lead} {word} {tail}", *glued]:
                    toks, starts, ends = dates._tokens(text, 0, len(text))
                    if toks[len(lead.split())] != word:
                        continue  # glued, the word reads otherwise: "3" and "h1" are "3h", "1"
                    parser = dates._Parser(text, toks, starts, ends, when)
                    for future in (False, True):
                        parser.future, parser.cue_nearest = future, False
                        tried += 1
                        assert parser.ago(0) is None, text
                        assert (parser.future, parser.cue_nearest) == (future, False), text
    assert tried > 10_000


def test_skipping_counts_before_other_words_finds_what_the_full_reading_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert_reads_alike(monkeypatch, dates, "_AFTER_COUNT", _Everything())


def found_spans(text: str) -> list[str]:
    """The words of each date found in ``text``, published 2024-01-03 at noon, parsed anew."""
    dates._mention_cached.cache_clear()
    return [text[m.start : m.end] for m in dates.find_dates(text, dt.datetime(2024, 1, 3, 12))]


def starts_skipped(skip: Callable[[dates._Parser, int], bool], text: str) -> list[int]:
    """The token indexes of ``text`` (published 2024-01-03 at noon) from which the start
    loop's shortcut ``skip`` tries no parse."""
    toks, starts, ends = dates._tokens(text, 0, len(text))
    parser = dates._Parser(text, toks, starts, ends, dt.datetime(2024, 1, 3, 12))
    return [s for s in range(len(toks)) if skip(parser, s)]


def assert_reads_alike(
    monkeypatch: pytest.MonkeyPatch,
    target: object,
    name: str,
    value: object,
    *,
    texts: list[str] | None = None,
    extra: list[str] | None = None,
) -> None:
    """The recogniser reads ``texts`` (by default the speed corpus, the date tables and the
    phrases above, with ``extra``) alike with ``target.name`` set to ``value``: the shortcut
    that ``value`` turns off changes nothing."""
    published = dt.datetime(2024, 1, 3, 12)
    if texts is None:
        texts = [*_speed_paragraphs(), *_date_texts(), *IN_PHRASES, *WORDY_TEXT, *(extra or [])]
    dates._mention_cached.cache_clear()
    fast = [dates.find_dates(t, published) for t in texts]
    dates._mention_cached.cache_clear()
    monkeypatch.setattr(target, name, value)
    try:
        assert [dates.find_dates(t, published) for t in texts] == fast
    finally:
        dates._mention_cached.cache_clear()
