"""What a figure measures: its property, subject, entity and role, read from its clause.

The recognisers find "more than 100 people"; this stage reads the words around it ("killing
more than 100 people") and says ``killed``. It looks only in a bounded window, so it stays linear.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from .lexicon import dates as date_lex
from .lexicon import numbers as nums
from .lexicon import properties as lex
from .lexicon.dates import ABBREVIATIONS as DATE_ABBREVIATIONS
from .lexicon.units import UNIT_WORDS
from .mentions import DateMention, NumberMention, record
from .patterns import Caseless, Lowered, case_variants, fold_case, lowered, trie_regex, word_pattern
from .quantities import singular

__all__ = [
    "Reading",
    "cause_of",
    "estimator_of",
    "is_correction",
    "is_current",
    "payer_of",
    "place_of",
    "read_date",
    "read_number",
    "sentence_bounds",
]

_WINDOW = 160
"""Characters looked at on each side of a mention: a news clause is rarely longer."""

# The readings of every figure cut windows such as "60 characters back, not before the
# sentence" with a conditional where max() and min() would read better: a call of either costs
# some 1,200 instructions against 100 for the comparison, and a pass over the speed corpus
# made some 3,300 of them.


@lru_cache(maxsize=16)
def _cue_index(text: str, cues: _CueWords) -> tuple[list[int], Lowered] | None:
    """Where any of the ``cues`` words starts in the :func:`lowered` ``text``, sorted, with
    that copy; None where lowering moves offsets.

    ``str.find`` runs through the text at memory speed, where a cue pattern pays for a
    match attempt at nearly every character of each window it scans.
    """
    low = lowered(text)
    if low is None:
        return None
    lower = low.text
    # The words the absent sets were found with are known; a set the readings never ask that
    # of looks for each of its words here, where a find of a word found nowhere costs a look.
    written = (
        _cue_words_written(text, _CueWords.made, _CueWords.asked)
        if cues.bit & _CueWords.asked
        else None
    )
    starts: list[int] = []
    for word in cues.words:
        if written is not None and word not in written:
            continue  # find would scan the whole text for nothing (most words of a set)
        i = lower.find(word)
        while i >= 0:
            starts.append(i)
            i = lower.find(word, i + 1)
    starts.sort()
    return starts, low


_RARE_OPENING = 7
"""A cue's first word this long is rare enough in news to stand for the cue in the index."""


def _opening(cue: str) -> str:
    """What the index looks for to find ``cue``: the cue, or its first word where that is
    long ("maximum" for "maximum fine", "maximum penalty" and four more). A match starts with
    it all the same, and each word the index looks for is a pass through the whole text."""
    first = cue.split(" ", 1)[0]
    return first if len(first) >= _RARE_OPENING else cue


_CUE_WORD_BITS: dict[str, int] = {}
"""Each word some :class:`_CueWords` looks for, with the :attr:`_CueWords.bit` of each set
that holds it (filled as the sets are made)."""


class _CueWords:
    """The words some cue pattern cannot match without: a window of a text where none of them
    is written (most windows) need not be scanned. Every match of the pattern, in any case,
    must hold one of ``words``.

    Each set has a ``bit`` of its own: :func:`_cue_sets_absent` finds, once per text, the
    sets of which the text holds no word at all.
    """

    __slots__ = ("bit", "words")
    made = 0
    """How many sets were made: their bits are the ``made`` lowest."""
    asked = 0
    """The bits of the sets whose absence some reading asks (``where.absent & bit``), which
    :func:`figure_places` finds; the others' readings only ask :meth:`possible`."""

    def __init__(self, words: Iterable[str], *, asked: bool = True) -> None:
        listed = {_opening(w.lower()) for w in words}
        # A word that holds another is found wherever the other is: the shorter one is enough.
        self.words = tuple(sorted(w for w in listed if not any(v in w for v in listed - {w})))
        self.bit = 1 << _CueWords.made
        _CueWords.made += 1
        if asked:
            _CueWords.asked |= self.bit
        for word in self.words:
            _CUE_WORD_BITS[word] = _CUE_WORD_BITS.get(word, 0) | self.bit

    def possible(self, text: str, lo: int, hi: int) -> bool:
        """False when no cue word starts in ``text[lo:hi]``, so no match lies there."""
        index = _cue_index(text, self)  # keyed by the object: hashing the words cost more
        if index is None:
            return True
        starts, low = index
        if low.beyond and not low.ascii(lo, hi):
            return True  # a letter beyond ASCII may be one of the words' ("ſ" for "s")
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi


_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
"""The letters beyond ASCII that ``re.IGNORECASE`` takes for ASCII ones: İ, ı, ſ, the Kelvin
sign (as :func:`fold_case` folds them)."""


def _cue_sets_absent(text: str, sets: int = -1) -> int:
    """The bits of the cue sets of which no word is written anywhere in ``text``, in any case:
    the set's pattern matches nowhere in it, and on an ASCII text
    :meth:`_CueWords.possible` is False for every window of it. Other letters beyond ASCII
    than the four a caseless pattern takes for ASCII ones (:data:`_FOLDS_TO_ASCII`) are in
    no cue word; where one of the four is written, or lowering moves offsets, 0.

    Found once per text, from which a figure's readings skip each cue set that is absent at
    the cost of an ``&``: most texts hold no word of most sets, where each reading asked the
    set's index (two or three calls) about the figure's sentence or clause.

    Only the sets of the bits ``sets`` are looked at (every set by default): the words of the
    others are not looked for, and their bits are 0.
    """
    low = lowered(text)
    if low is None or (low.beyond and _FOLDS_TO_ASCII.search(text)):
        return 0  # rare: "ſince" is "since" to a caseless pattern
    present = 0
    for word in _cue_words_written(text, _CueWords.made, sets):
        present |= _CUE_WORD_BITS[word]
    return ((1 << _CueWords.made) - 1) & sets & ~present


# A few texts at a time, as lowered(): a text's readings ask about its cue sets one after the
# other. Its first parameter is named "text", so benchmarks/speed.py empties it before each pass.
@lru_cache(maxsize=8)
def _cue_words_written(text: str, made: int, sets: int = -1) -> frozenset[str]:
    """The words of every :class:`_CueWords` set (:data:`_CUE_WORD_BITS`) that the
    :func:`lowered` ``text`` holds anywhere; empty where lowering moves offsets. Only the
    words of the sets of the bits ``sets`` (every set by default).

    filter() asks in C which of the words are written at all: few are. Both the absent sets
    (:func:`_cue_sets_absent`) and each set's index of starts (:func:`_cue_index`) read it:
    the index looked for every word of its set through the whole text, and most of them,
    found nowhere, cost a full scan each (537 of the 582 scans of a pass over the speed
    corpus). ``made`` (:attr:`_CueWords.made`) is in the key for the sets made after a text
    was looked at (the patterns built on first use): their words get a look of their own.

    A word that holds a piece (:func:`_scan_plan`: another cue word, or a stem of several)
    is looked for only where the piece is written: most words of the plan are absent from
    most texts, and a scan for the piece spares the scans of the words that hold it.
    """
    low = lowered(text)
    if low is None:
        return frozenset()
    lower = low.text
    plan = _scan_plan(made, sets)
    written: list[str] = []
    pieces: Sequence[str] = plan.first
    while pieces:  # a piece's words are looked for only where the piece is written
        present = list(filter(lower.__contains__, pieces))
        written += present
        pieces = [word for piece in present for word in plan.after.get(piece, ())]
    return frozenset(written).intersection(plan.words)


class _ScanPlan(NamedTuple):
    """The order in which :func:`_cue_words_written` looks for the cue ``words``: ``first``
    the pieces held by no other piece, then, for each piece found, the pieces ``after`` it."""

    first: tuple[str, ...]
    after: dict[str, tuple[str, ...]]
    words: frozenset[str]


@lru_cache(maxsize=2)
def _scan_plan(made: int, sets: int = -1) -> _ScanPlan:
    """The :class:`_ScanPlan` of the words of the ``made`` cue sets (:data:`_CUE_WORD_BITS`)
    of the bits ``sets`` and the stems they share (:data:`lex.CUE_WORD_STEMS`): each piece
    comes after the longest other piece it holds (a word is written only where that piece
    is), or first."""
    words = frozenset(word for word, bits in _CUE_WORD_BITS.items() if bits & sets)
    stems = {stem for stem in lex.CUE_WORD_STEMS if any(stem in word for word in words)}
    pieces = sorted(words | stems)
    first: list[str] = []
    after: dict[str, list[str]] = {}
    for piece in pieces:
        held = [p for p in pieces if p != piece and p in piece]
        if held:
            after.setdefault(max(held, key=len), []).append(piece)
        else:
            first.append(piece)
    return _ScanPlan(tuple(first), {k: tuple(v) for k, v in after.items()}, words)


class _Cues(Caseless):
    """A :class:`Caseless` pattern of cue words that scans only the windows holding one."""

    __slots__ = ("words",)

    def __init__(self, source: str, words: Iterable[str], *, asked: bool = True) -> None:
        super().__init__(source)
        self.words = _CueWords(words, asked=asked)

    def found(self, text: str, lo: int, hi: int) -> bool:
        return self.words.possible(text, lo, hi) and super().found(text, lo, hi)

    def spans(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        return super().spans(text, lo, hi) if self.words.possible(text, lo, hi) else []


# One character class opens the pattern, so the engine skips in C to the few characters that
# can end a sentence; "(?<=\n)" is the newline branch of "[.!?;](?=\s+[A-Z...])|\n", which
# made it try a match at every character (twice as slow).
_SENTENCE_END = re.compile(r"[.!?;\n](?:(?<=\n)|(?=\s+[A-Z\"“‘'(]))")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_POSSESSIVE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


class _Where(NamedTuple):
    """Where a figure sits: its sentence ``[s, e)``, and inside it the start of the figure's
    clause (``lo``) and its end after the figure (``hi``). Found once per figure: a dozen
    readings look at them, and finding them again for each one cost a tenth of the reading.

    ``absent`` holds the bits of the cue sets of which the text holds no word
    (:func:`_cue_sets_absent`; 0, the default, where they were not looked up): a reading
    whose set's bit is in it finds no cue."""

    s: int
    e: int
    lo: int
    hi: int
    absent: int = 0


def _where(text: str, mention: NumberMention, s: int, e: int) -> _Where:
    return _Where(s, e, _clause_start(text, s, mention.start), _clause_end(text, mention.end, e))


def figure_places(text: str, mentions: Iterable[NumberMention]) -> list[_Where]:
    """Where each of the ``mentions`` sits, as ``_where`` over its :func:`sentence_bounds`
    finds it, all in one sweep: for figures sorted by start (as the recogniser gives them),
    each bisect of the breaks starts from where the figure before stopped.

    Each figure paid for five calls (its sentence, its clause's start and end, the next
    break) that looked up both lists of breaks and bisected them from the text's start.
    tests/test_reading_places.py proves the places those calls find.
    """
    starts, ends = _sentence_breaks(text)
    clause_starts, clause_ends = _clause_breaks(text)
    sentences, clauses, size = len(starts), len(clause_starts), len(text)
    absent = _cue_sets_absent(text, _CueWords.asked)
    places: list[_Where] = []
    i = c = last = 0  # the first sentence break and clause break at or after the last start
    for mention in mentions:
        start, end = mention.start, mention.end
        if start < last:  # out of order: bisect from the text's start
            i = c = 0
        last = start
        # the sentence, as sentence_bounds finds it (no break starts before 0 or at len(text))
        i = bisect.bisect_left(starts, start, i)
        lo = start - _WINDOW
        s = ends[i - 1] if i and starts[i - 1] >= lo else lo if lo > 0 else 0
        j = i if i == sentences or starts[i] >= end else bisect.bisect_left(starts, end, i)
        hi = end + _WINDOW
        e = starts[j] if j < sentences and starts[j] < hi else hi if hi < size else size
        # the clause's start, as _clause_start finds it
        c = bisect.bisect_left(clause_starts, start, c)
        b = c - 1
        while b >= 0 and clause_ends[b] > start:
            b -= 1
        clause_lo = clause_ends[b] if b >= 0 and clause_starts[b] >= (s if s > lo else lo) else s
        # the clause's end, as _clause_end finds it: the next break, unless it is an "and"
        # that may join a list, which _clause_end reads
        d = (
            c
            if c == clauses or clause_starts[c] >= end
            else bisect.bisect_left(clause_starts, end, c)
        )
        if d < clauses and clause_ends[d] <= e:
            brk = clause_starts[d]
            clause_hi = (
                _clause_end(text, end, e)
                if clause_ends[d] - brk == 3 and text.startswith("and", brk)
                else brk
            )
        else:
            clause_hi = e
        places.append(_Where(s, e, clause_lo, clause_hi, absent))
    return places


@record
class Reading:
    """The meaning attached to a mention: what it measures, of what, and in what role."""

    property: str | None
    subject: str | None
    entity: str | None
    role: str


_SENTENCE_MARKS = ("!", "?", ";", "\n")
"""The marks other than a dot that end a sentence, as ``_SENTENCE_END`` has them: a line break
always, the others before blanks and a capital."""
_SENTENCE_OPENING = re.compile(r"\s+[A-Z\"“‘'(]")


@lru_cache(maxsize=8)
def _sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """Every sentence end of ``text`` found in one pass: the starts and the ends of the breaks,
    the matches of ``_SENTENCE_END`` that end no abbreviation.

    Each mention asks for its sentence several times; scanning its window each time cost more
    than a tenth of extraction. Cached for the few texts being read (a str caches its hash): a
    text read again later, as a wire copy, pays again, as a long text would. One scan of
    ``_sentence_end_pattern()`` finds the dots and skips the abbreviations in C, where each dot
    paid for a call of :func:`_is_abbreviation`; only one with a letter beyond ASCII in the word
    before it, which the pattern cannot judge, still asks. ``str.find`` goes to each other mark
    at memory speed (on the :func:`lowered` copy, as :func:`_clause_breaks` does).
    """
    found = [m.start() for m in _sentence_end_pattern().finditer(text)]
    if not text.isascii() or ".." in text:
        # the pattern cannot judge a word with a letter beyond ASCII, nor a "word" of dots
        # ("..", which _is_abbreviation reads as an initial): those dots still ask
        reach = _LONGEST_ABBREVIATION + 1
        found = [
            i
            for i in found
            if (text[i - reach if i > reach else 0 : i].isascii() and text[i - 1 : i] != ".")
            or not _is_abbreviation(text, i)
        ]
    low = lowered(text)  # lowering moves no mark, where it keeps the offsets
    marks = text if low is None else low.text
    for mark in _SENTENCE_MARKS:
        i = marks.find(mark)
        while i >= 0:
            if mark == "\n" or _SENTENCE_OPENING.match(text, i + 1):
                found.append(i)
            i = marks.find(mark, i + 1)
    found.sort()
    return found, [i + 1 for i in found]  # every break is one character


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, cut to at most ``_WINDOW`` characters a side.

    A break counts before the mention when it starts before ``start``: its lookahead may see
    the capital letter that opens the mention's own sentence ("the search. Four divers ...").
    """
    starts, ends = _sentence_breaks(text)
    lo = start - _WINDOW
    lo = lo if lo > 0 else 0
    hi = end + _WINDOW
    hi = hi if hi < len(text) else len(text)
    s = lo
    i = bisect.bisect_left(starts, start) - 1
    if i >= 0 and starts[i] >= lo:
        s = ends[i]
    j = bisect.bisect_left(starts, end)
    e = starts[j] if j < len(starts) and starts[j] < hi else hi
    return s, e


_ABBREVIATIONS = DATE_ABBREVIATIONS | frozenset(
    ["maj", "mt", "fig", "u.s", "u.k", "u.n", "a.m", "p.m"]
)
"""Words whose dot ends no sentence: the dates lexicon's list, plus ranks, places and the
dotted forms that this module's sentence splitter sees whole ("U.S.", "a.m.")."""


_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
_ASCII_WORD = string.ascii_letters + "."
"""What the word before a dot is made of, in ASCII: the letters that ``str.isalpha`` takes."""


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    # The letters and dots before the dot make the word. Only a short one can be an
    # abbreviation or an initial: a longer one may be cut, for the answer stays no.
    lo = max(0, dot - _LONGEST_ABBREVIATION - 1)
    before = text[lo:dot]
    if before.isascii():
        j = lo + len(before.rstrip(_ASCII_WORD))  # in C, where most sentences end
    else:
        j = dot
        while j > lo and (text[j - 1].isalpha() or text[j - 1] == "."):
            j -= 1
    word = text[j:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # An initial ("J. Smith"), but not a unit glued to a figure ("at least 43C.").
    return len(word) == 1 and (j == 0 or not text[j - 1].isalnum())


_ASCII_BOUNDARY = r"\x00-\x2d\x2f-\x40\x5b-\x60\x7b-\x7f"
"""The ASCII characters that are neither letters nor a dot: one of them, or the text's start,
before the letters and dots ahead of a dot is where :func:`_is_abbreviation` starts its word."""


@lru_cache(maxsize=1)
def _sentence_end_pattern() -> re.Pattern[str]:
    """``_SENTENCE_END`` that skips a dot :func:`_is_abbreviation` would take, wherever the word
    before it and the character before that are ASCII: an abbreviation, in any case, or an
    initial not glued to a figure. A lookbehind has one width, so the abbreviations are
    grouped by length; ``(?ai:`` keeps "ſ" and the Kelvin sign from matching "s" and "k"."""
    by_length: dict[int, list[str]] = {}
    for word in _ABBREVIATIONS:
        by_length.setdefault(len(word), []).append(re.escape(word))
    opens = rf"(?<![^{_ASCII_BOUNDARY}])"
    words = [opens + "(?ai:" + "|".join(sorted(ws)) + ")" for _, ws in sorted(by_length.items())]
    initial = rf"(?<![^{_ASCII_BOUNDARY}]|[0-9])[A-Za-z]"
    skipped = "".join(rf"(?<!{word}\.)" for word in [*words, initial])
    return re.compile(r"\.(?=\s+[A-Z\"“‘'(])" + skipped)


_LOWER_WORD = re.compile(r"[a-z][a-z'-]*")


def _lower_words(fragment: str) -> list[str]:
    if fragment.isascii():
        # One lower() for the fragment instead of one per word: the same words, cheaper.
        return _LOWER_WORD.findall(fragment.lower())
    return [w.lower() for w in _WORD.findall(fragment)]


@lru_cache(maxsize=1)
def _noun_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for cls, nouns in lex.NOUN_CLASSES.items():
        for noun in nouns:
            table[noun] = cls
    return table


@lru_cache(maxsize=1)
def _predicate_variants() -> list[str]:
    """The predicates in the case variants news writes them in."""
    return case_variants({w.lower() for ws in lex.PREDICATES.values() for w in ws})


@lru_cache(maxsize=1)
def _predicate_pattern() -> re.Pattern[str]:
    """Any predicate, as a whole word: the word is group 1."""
    # A trie tries one branch per character where the plain alternation tried every word.
    return re.compile(r"\b(" + trie_regex(_predicate_variants()) + r")\b")


@lru_cache(maxsize=1)
def _predicate_scan() -> re.Pattern[str]:
    """``_predicate_pattern()`` with the character before the word in place of ``\b``: a scan
    opening with a class skips in C to the characters that can precede a word, where the
    engine began a match attempt at every character."""
    return re.compile(r"[^\w](" + trie_regex(_predicate_variants()) + r")\b")


def _predicates(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The matches of ``_predicate_pattern().finditer(text, lo, hi)``, by their group 1: every
    predicate opens with a letter, so ``\b`` before one is a character that is no letter, digit
    or "_", which ``_predicate_scan()`` takes from ``lo - 1`` on (``\b`` looked there too)."""
    if lo <= 0:
        return _predicate_pattern().finditer(text, 0, hi)
    return _predicate_scan().finditer(text, lo - 1, hi)


@lru_cache(maxsize=1)
def _predicate_of() -> dict[str, str]:
    return {w: prop for prop, ws in lex.PREDICATES.items() for w in ws}


@lru_cache(maxsize=8192)
def noun_class(noun: str | None, *, fuzzy: bool = True) -> str | None:
    """The class of a counted noun ("blasts" -> "explosion"), or None.

    ``fuzzy`` also reads spellings the table does not list ("explosins"). Cached by word, as
    :func:`fuzzy_word` is: a figure's readings ask about its noun up to five times.
    """
    if not noun:
        return None
    noun = noun.lower()
    table = _noun_table()
    if noun in table:
        return table[noun]
    words = noun.split()
    if not words:
        return None  # blanks alone: no noun (split gives no last word to look up)
    last = words[-1]
    if last in table:
        return table[last]
    for suffix in ("s", "es"):
        if noun + suffix in table:
            return table[noun + suffix]
    hit = fuzzy_word(last, "nouns") if fuzzy else None
    return table[hit] if hit is not None else None


@lru_cache(maxsize=8192)
def _listed_class(noun: str | None) -> str | None:
    """``noun_class(noun, fuzzy=False)``, the class of a noun the table lists. Cached by the
    word alone: a call with a keyword made the cache build and hash a key of three parts,
    where one word is its own key."""
    return noun_class(noun, fuzzy=False)


FUZZY_CUTOFF = 90.0
"""rapidfuzz ratio (0-100) above which an unlisted word is read as a listed one: it lets
"fire-fighters", "policemans" or "injuried" through, and keeps "killer" from "killed"."""

_FUZZY_MIN_LENGTH = 5
"""Shorter words are too close to each other for a spelling match to mean anything."""


@lru_cache(maxsize=1)
def _fuzzy_choices() -> dict[str, tuple[str, ...]]:
    predicates = tuple(sorted({w for ws in lex.PREDICATES.values() for w in ws if " " not in w}))
    return {"nouns": tuple(sorted(_noun_table())), "predicates": predicates}


@lru_cache(maxsize=8192)
def fuzzy_word(word: str, table: str) -> str | None:
    """The listed word (of ``nouns`` or ``predicates``) an unlisted spelling stands for.

    rapidfuzz is imported on first use and each word is looked up once (cached), so the cost
    stays per distinct word, not per mention.

    >>> fuzzy_word("fire-fighters", "nouns")
    'firefighters'
    >>> fuzzy_word("killer", "predicates") is None
    True
    """
    if len(word) < _FUZZY_MIN_LENGTH or not word.isascii():
        return None
    from rapidfuzz import fuzz, process

    # A misspelling keeps its first letter: "struck" is not "truck".
    choices = [w for w in _fuzzy_choices()[table] if w[0] == word[0]]
    hit = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return str(hit[0]) if hit is not None else None


_CLAUSE_BREAK = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()—–]|\b(?:and|after|but|while|when)\b")
"""Where a clause ends inside a sentence. Not the dates lexicon's ``CLAUSE_BREAKS``: a figure's
predicate stops at a comma or an "and" ("killing 12 and injuring 40"), a date's cue does not."""
_CLAUSE_MARKS = (",", ";", ":", "(", ")", "—", "–")
_CLAUSE_WORDS = ("and", "after", "but", "while", "when")
"""The pattern's marks and words, which :func:`_clause_breaks` finds with ``str.find``."""

_FIGURE_MARKS = (",", ":")
"""Marks that end no clause between two digits: "12,000 cubic metres", "at 10:30"."""


def _between_digits(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdecimal() and text[i + 1].isdecimal()


@lru_cache(maxsize=8)
def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Every match of ``_CLAUSE_BREAK`` in ``text``: their starts and their ends.

    Several readings of each mention look for the break nearest it; bisecting this list costs
    less than scanning the window again each time. ``str.find`` runs through the text for each
    mark and word at memory speed, where the pattern tried a match at every character that one
    of its branches opens with (every "a"): a twentieth of reading the claims. The finds run on
    the :func:`lowered` copy that the cue patterns search too, and a word counts only where the
    text itself has it in lower case; lowering makes no mark.

    Each ``\\b`` around a word is a character that is no word character, which
    ``str.isalnum()`` and "_" tell as the engine's ``\\w`` does (both ask
    ``Py_UNICODE_ISALNUM``; tests/test_reading_clause_scan.py tries every character), where
    a match of ``\\w`` at an offset cost some 2,000 instructions (its arguments are parsed as
    keywords); a slice compared with the word costs less than ``str.startswith`` with one.
    """
    low = lowered(text)
    if low is None:  # lowering moved the offsets
        spans = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
        return [s for s, _ in spans], [e for _, e in spans]
    lower = low.text
    breaks: dict[int, int] = {}  # start -> end; no two breaks overlap
    for mark in _CLAUSE_MARKS:
        i = lower.find(mark)
        while i >= 0:
            if not (mark in _FIGURE_MARKS and _between_digits(text, i)):
                breaks[i] = i + 1
            i = lower.find(mark, i + 1)
    size = len(text)
    for word in _CLAUSE_WORDS:
        i = lower.find(word)
        while i >= 0:
            j = i + len(word)  # none of the words can start again inside itself
            if (
                text[i:j] == word
                and not (i and ((c := text[i - 1]).isalnum() or c == "_"))
                and not (j < size and ((c := text[j]).isalnum() or c == "_"))
            ):
                breaks[i] = j
            i = lower.find(word, j)
    starts = sorted(breaks)
    return starts, [breaks[i] for i in starts]


def _next_break(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The first clause break inside ``[lo, hi)``, as (start, end), or None."""
    starts, ends = _clause_breaks(text)
    i = bisect.bisect_left(starts, lo)
    if i < len(starts) and ends[i] <= hi:
        return starts[i], ends[i]
    return None


def _clause_start(text: str, s: int, start: int) -> int:
    """Where the clause holding ``start`` begins (after the last break, within the sentence)."""
    starts, ends = _clause_breaks(text)
    i = bisect.bisect_left(starts, start) - 1
    while i >= 0 and ends[i] > start:
        i -= 1
    lo = start - _WINDOW
    if i >= 0 and starts[i] >= (s if s > lo else lo):
        return ends[i]
    return s


_CHANGE_TO = ("to", "at", "above", "by")
"""The words that end a verb of change right before its figure ("rose to", "stood at")."""
_CHANGE_VERB = Caseless(
    r"\b(?:rose|risen|raised|raising|climbed|jumped|increased|reached|revised|put|stood|"
    r"stands|hit)\b[^.;]{0,64}?\b(?:" + "|".join(_CHANGE_TO) + r")\s*$",
)


def _after_change_verb(lead: str) -> bool:
    """Whether ``lead``, the words before a figure, ends with a verb of change and its "to"
    ("the death toll has risen to"): whether ``_CHANGE_VERB`` finds a match in it.

    The pattern ends with one of ``_CHANGE_TO`` before the figure, which the lead's last
    letters tell without a scan (none of those letters folds from beyond ASCII): most figures
    have none, and scanning every lead for the verbs was a percent of the reading.
    """
    return lead.rstrip()[-5:].lower().endswith(_CHANGE_TO) and _CHANGE_VERB.found_in(lead)


_NOUN_AND = re.compile(r"\s*and\s+([A-Za-z]+)")


def _clause_end(text: str, end: int, e: int) -> int:
    """Where the clause after ``end`` stops; "homes and businesses" does not break it."""
    pos = end
    while True:
        brk = _next_break(text, pos, e)
        if brk is None:
            return e
        if text.startswith("and", brk[0]) and brk[1] - brk[0] == 3:
            # "homes and businesses", "in Florida and Georgia": a list, not a new clause.
            m = _NOUN_AND.match(text, brk[0])
            if m is not None and (noun_class(m.group(1)) is not None or m.group(1)[0].isupper()):
                pos = m.end()
                continue
        return brk[0]


def _clause_end_after(text: str, mention: NumberMention, where: _Where) -> int:
    """``_clause_end(text, mention.core_end, where.e)``, where the clause after the figure's core
    stops. Where no break starts between the core and the figure's end (nearly always: "12
    people"), the search from either meets the same breaks, and the figure's own clause end,
    found already, is the answer; searching again cost a twentieth of reading a count."""
    starts, _ = _clause_breaks(text)
    i = bisect.bisect_left(starts, mention.core_end)
    if i == len(starts) or starts[i] >= mention.end:
        return where.hi
    return _clause_end(text, mention.core_end, where.e)


def _nearest_predicate(
    text: str,
    s: int,
    e: int,
    start: int,
    end: int,
    reach: int = 40,
    clause_end: int | None = None,
) -> str | None:
    """The property stated by the predicate that governs the figure, or None.

    The governing word sits right before the figure ("killing at least 30 people", "the
    death toll rose to 41") or after it in the same clause ("60 others were injured"). After
    a verb of change ("the number of dead has risen to at least 93") the predicate is in the
    subject of that verb, further back. A predicate elsewhere in the sentence governs another
    figure, or none: guessing it here is how "250 people inside" would become a toll.
    """
    table = _predicate_of()
    lo = start - 60
    lead = text[lo if lo > s else s : start]
    if _after_change_verb(lead) and reach < 100:
        reach = 100
    lo = start - reach
    m = None  # the last predicate before the figure that can govern it
    for found in _predicates(text, lo if lo > s else s, start):
        if found.group(1).lower() not in lex.SUBJECT_PREDICATES:
            m = found
    if m is not None and _next_break(text, m.end(1), start) is None:
        between = _lower_words(text[m.end(1) : start])
        if not lex.REPORTING_VERBS.intersection(between):
            # "Survivors said 120 people had been on board": after a reporting verb the
            # figure opens the reported clause, which the word before does not govern.
            return _combined(text, m, s, e)
    if clause_end is None:  # the caller may have found it already
        clause_end = _clause_end(text, end, e)
    afters = _predicates(text, end, clause_end)
    for after in afters:
        word = after.group(1).lower()
        if word in lex.OBJECT_PREDICATES:
            continue  # "200 volunteers were searching for ...": the searchers are not missing
        if _another_person(text, end, after.start(1)):
            return None  # "12 shelters for people displaced": the people are displaced
        if not text[end : after.start(1)].strip() and word.endswith("ed"):
            # "two injured fans died in hospital": the participle before the noun describes
            # them; the verb after the noun says what the figure counts
            verb = next(afters, None)
            if verb is not None and _ONE_NOUN.fullmatch(text, after.end(1), verb.start(1)):
                return _combined(text, verb, s, e)
        return _combined(text, after, s, e)
    # Spellings the table does not list ("injuried", "wouded"), next to the figure only.
    lo = start - 25
    before = _lower_words(text[lo if lo > s else s : start])[-2:]
    near = _first_words(text, end, clause_end) + before
    for word in near:
        # a shorter word is never read as another (fuzzy_word), and asking its cache cost more
        hit = fuzzy_word(word, "predicates") if len(word) >= _FUZZY_MIN_LENGTH else None
        if hit is not None:
            return table[hit]
    return None


_FIRST_WORDS_REACH = 60
"""Characters after a figure that nearly always hold its next five words."""


def _first_words(text: str, lo: int, hi: int) -> list[str]:
    """``_lower_words(text[lo:hi])[:4]``, from the first ``_FIRST_WORDS_REACH`` characters when
    they hold a fifth word (so the fourth ends inside them), where the whole clause was
    lowered and split for its first four words."""
    if hi - lo > _FIRST_WORDS_REACH:
        words = _lower_words(text[lo : lo + _FIRST_WORDS_REACH])
        if len(words) > 4:
            return words[:4]
    return _lower_words(text[lo:hi])[:4]


_ONE_NOUN = re.compile(r"[ \t]+[A-Za-z]+[ \t]+")
"""One word between two predicates: the noun a participle describes ("injured fans died")."""

_FOR_PEOPLE = frozenset(["for", "to", "with", "housing", "serving", "sheltering"])


def _another_person(text: str, end: int, at: int) -> bool:
    """True when the words between a count and a predicate after it bring in other people
    ("12 shelters for people displaced", "buses with families evacuated"): the predicate then
    tells of those people, not of what was counted."""
    words = _lower_words(text[end:at])[:8]
    for i, w in enumerate(words[:-1]):
        if w in _FOR_PEOPLE:
            nxt = [x for x in words[i + 1 : i + 3] if x not in _DETERMINERS]
            if nxt and _listed_class(nxt[0]) in ("person", "household"):
                return True
    return False


_OR_AFTER = re.compile(r"\s+(?:and/)?or\s+")


_DEAD_WORDS = re.compile(
    r"\b(?:among the dead|the dead|bodies of|remains of|dead bodies)\b", re.IGNORECASE
)
"""Words that make what was recovered the dead (not "and 11 bodies recovered", another count)."""


def _combined(text: str, m: re.Match[str], s: int, e: int) -> str:
    """The property of a predicate, joined with the one "or" couples to it: "160 homes were
    damaged or destroyed" counts both together, never the damaged alone. ``m`` is a match of
    :func:`_predicates`, its word group 1."""
    table = _predicate_of()
    word_start, word_end = m.span(1)
    # Most predicates have no "hospital" after them and no "or" near them, which finds in the
    # text's lowered copy tell (it holds those letters where a window's lowered slice does:
    # lowering makes an ASCII letter of no other but the Kelvin sign, "k"), where the looks
    # cut, lowered and stripped windows and matched _OR_AFTER for every predicate
    # (tests/test_reading_or_finds.py).
    low = lowered(text)
    lower = low.text if low is not None else None
    if (lower is None or lower.find("hospital", word_end, word_end + 20) >= 0) and text[
        word_end : word_end + 20
    ].lower().lstrip().startswith(lex.HOSPITAL):
        return "injured"  # "airlifted to hospital"
    word = m.group(1).lower()
    prop = table[word]
    if (
        prop == "rescued"
        and word in lex.RECOVERY_WORDS
        and _DEAD_WORDS.search(text, s, e) is not None
    ):
        return "killed"  # "Divers recovered 11 women and 6 children among the dead"
    lo = word_start - 30
    lo = lo if lo > s else s
    if lower is not None and lower.find("or", lo, e) < 0:
        # no "or" from the head's start to the sentence's end: none after the word and none
        # ending the head, so nothing is coupled to it
        return prop
    props = {prop}
    joint = _OR_AFTER.match(text, word_end, e)
    if joint is not None:
        other = _predicate_pattern().match(text, joint.end(), e)
        if other is not None:
            props.add(table[other.group(1).lower()])
    head = text[lo:word_start].rstrip()
    lower_head = head.lower()  # once: most heads end with neither joiner
    for joiner in (" and/or", " or"):
        if lower_head.endswith(joiner):
            left = lo + len(head[: -len(joiner)].rstrip())
            others = list(_predicates(text, lo, left))
            if others and others[-1].end(1) == left:
                props.add(table[others[-1].group(1).lower()])
            break
    if len(props) == 1:
        return prop  # no predicate coupled by "or" (nearly every one): nothing to join
    return "_or_".join(sorted(props))


_DIGIT = re.compile(r"\d")
_TIME_WORDS = frozenset(
    [
        "year",
        "week",
        "month",
        "night",
        "time",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "weekend",
        "decade",
        "century",
        "season",
        "day",
    ]
)


_ORDINAL_HINT = re.compile("|".join(sorted(lex.ENTITY_ORDINALS)))
"""Any ordinal of the table, anywhere in lower case: a word of a fragment can only be one if
the lower-cased fragment holds this. Literal-first branches let the engine skip ahead."""
_SHORTEST_ORDINAL = min(map(len, lex.ENTITY_ORDINALS))
_ENTITY_REACH = 60
"""Characters before a figure in which its ordinal is looked for."""


@lru_cache(maxsize=8)
def _ordinal_starts(text: str) -> list[int] | None:
    """Where the text's :func:`lowered` copy holds an ordinal of the table (``_ORDINAL_HINT``
    as a substring, in or out of a word), sorted; None where lowering moves offsets.

    One ``str.find`` per ordinal through the text, in C at memory speed, where each figure ran
    the hint's regex through its own lowered fragment (some 10,000 instructions a figure, for
    an answer that is nearly always no). Lowering a character depends on no other ASCII one,
    so a fragment's lowered copy holds an ordinal only where the text's lowered copy holds one
    that starts within the fragment (tests/test_reading_ordinal_starts.py).
    """
    low = lowered(text)
    if low is None:
        return None
    lower = low.text
    starts: list[int] = []
    for word in lex.ENTITY_ORDINALS:
        i = lower.find(word)
        while i >= 0:
            starts.append(i)
            i = lower.find(word, i + 1)
    starts.sort()
    return starts


def _entity(text: str, s: int, start: int) -> str | None:
    """An ordinal before the figure in its sentence ("The first quake struck ... 40 km").

    "last year" and "the first time" name a time, not one thing of several.
    """
    lo = start - _ENTITY_REACH
    lo = lo if lo > s else s
    ordinals = _ordinal_starts(text)
    if ordinals is not None:
        i = bisect.bisect_left(ordinals, lo)
        if i == len(ordinals) or ordinals[i] > start - _SHORTEST_ORDINAL:
            return None  # most figures have no ordinal near: the text's list says so
    fragment = text[lo:start]
    if _ORDINAL_HINT.search(fragment.lower()) is None:
        return None  # no ordinal in the fragment itself: no words split out
    words = _lower_words(fragment)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in lex.ENTITY_ORDINALS:
            if i + 1 < len(words) and words[i + 1].removesuffix("'s") in _TIME_WORDS:
                continue
            return lex.ENTITY_ORDINALS[w]
    return None


_OF_NOUN = re.compile(
    r"\s+of\s+(?:the|these|those|its|their)\s+((?:[A-Za-z'-]+\s+){0,2}[A-Za-z'-]+)"
)
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|which|whom|those)\b")
_COMPOUND = re.compile(r"-([A-Za-z]+)")
_NEXT_WORDS = re.compile(r"\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")


@lru_cache(maxsize=1)
def _subset_cue_pattern() -> re.Pattern[str]:
    return word_pattern(lex.SUBSET_CUES)


_SUBSET_WORDS = _CueWords(lex.SUBSET_CUES)
_SUBSET_LEAD_ENDS = tuple(sorted({lead.split()[-1] for lead in lex.SUBSET_LEADS}))


def _holds_any(lower: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` (of ASCII letters) is written in ``lower``, a lowered
    fragment: where none is, no word of the fragment (:func:`_lower_words`) is one or ends
    with one. A few finds over a few dozen characters, where splitting the words out of the
    fragment to look at them cost more."""
    for word in words:  # noqa: SIM110 (a loop: a generator cost as much as the finds)
        if word in lower:
            return True
    return False


def _is_subset(text: str, start: int, end: int, clause_end: int, absent: int = 0) -> bool:
    """True when the count is a part of a total the sentence names; ``clause_end`` is where the
    clause after ``end`` stops, ``absent`` the :attr:`_Where.absent` of the text."""
    if text[end : end + 12].lower().lstrip().startswith(lex.PART_OF):
        return True
    # Few clauses hold a subset cue: the text's index tells most of them at a bisect's cost.
    if (
        not absent & _SUBSET_WORDS.bit
        and _SUBSET_WORDS.possible(text, end, clause_end)
        and _subset_cue_pattern().search(text[end:clause_end].lower())
    ):
        return True
    lo = start - 30
    fragment = text[lo if lo > 0 else 0 : start]
    if not _holds_any(fragment.lower(), _SUBSET_LEAD_ENDS):
        return False  # no lead's last word, which the words before the figure must end with
    words = _lower_words(fragment)
    while words and words[-1] in ("the", "a", "an", "all", "some"):
        words.pop()
    return " ".join(words).endswith(lex.SUBSET_LEADS)


def _subset_noun(text: str, end: int, start: int) -> str | None:
    """The whole a part is taken from: "Six of the overturned trucks" -> trucks; "4 of which"
    -> the noun counted just before ("38 cars ..., 11 of which"; "38 cars. Eleven of them")."""
    m = _OF_NOUN.match(text, end)
    if m is not None:
        for word in reversed(m.group(1).lower().split()):
            if noun_class(word) is not None:
                return word
        return None
    if _OF_PRONOUN.match(text, end) is None:
        return None
    # The nearest counted noun before it is the whole ("23 people injured, four of them");
    # only listed nouns count here, so that a verb ("remain") is never taken for one.
    table = _noun_table()
    for word in reversed(_lower_words(text[max(0, start - 120) : start])):
        if word in table:
            return word
    return None


def _noun_after(text: str, core_end: int, noun: str | None) -> str | None:
    """A compound the recogniser cut short: "12 tank cars" counts tank cars, not tank."""
    if noun is not None and noun_class(noun) is not None:
        return noun
    m = _COMPOUND.match(text, core_end) or None
    if m is not None and noun_class(m.group(1)) is not None:
        return m.group(1).lower()  # "a six-storey block"
    m2 = _NEXT_WORDS.match(text, core_end)
    if m2 is not None and m2.group(2):
        pair = f"{m2.group(1)} {m2.group(2)}".lower()
        if pair in _noun_table():
            return pair
    return noun


_PERCENT_WORDS = frozenset(["percent", "per", "cent", "percentage", "points", "point"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that"])
_RELATIVE_OPENERS = frozenset(["that", "which", "who", "when"])
"""Words that open a clause of their own: a verb before them governs another clause."""


_PHRASE_END = re.compile(r"[,;:.!?()]")
_ADJECTIVE_ENDINGS = ("ible", "able", "ed", "ive", "ous", "ful", "less", "ary", "ing")
"""Endings of the adjectives news puts before the whole of a share ("eligible voters",
"registered voters", "affected households"): the noun after them is the whole."""


def _percent_of(text: str, end: int) -> str | None:
    """What a percentage is of: "40% of capacity" -> capacity; "25% contained" -> contained;
    "2.4% in September" -> None (a preposition other than "of" names no whole)."""
    after = text[end : end + 50]
    # Only the figure's own phrase: "3.5 percent, while ..." and "67.4%, officials said" name
    # no whole.
    cut = _PHRASE_END.search(after)
    words = _lower_words(after[: cut.start()] if cut else after)
    while words and words[0] in _PERCENT_WORDS:
        words = words[1:]
    if not words:
        return None
    if words[0] == "of":
        rest = words[1:6]
        for i, w in enumerate(rest):
            if w in _DETERMINERS or w.endswith("'s"):
                continue
            if w in _FUNCTION_WORDS:
                return None
            nxt = rest[i + 1] if i + 1 < len(rest) else None
            if nxt is not None and nxt not in _FUNCTION_WORDS and w.endswith(_ADJECTIVE_ENDINGS):
                return _lemma(nxt)  # "of eligible voters", "of registered households"
            if nxt in lex.ANSWER_VERBS:
                # "42% of Americans approve", "54% of Americans disapprove": two answers of
                # one whole are two shares, never rival figures of one
                return f"{_lemma(w)} {nxt}"
            return _lemma(w)
        return None
    if words[0] in _FUNCTION_WORDS:
        return None
    return _lemma(words[0])


_RATE_LEAD = frozenset(["by", "a", "an", "about", "around", "roughly", "some", "nearly", "almost"])


def _rate_changed(text: str, mention: NumberMention, where: _Where) -> str | None:
    """The rate a change in points is of, when its clause names it: "cut rates by 50 basis
    points" -> rate, "the operating margin improved by 1.3 percentage points" -> margin,
    "currency swings cut reported sales by 2 percentage points" -> sales. Two changes of
    different rates are two facts; one whose rate the words leave unsaid names none."""
    words = _lower_words(text[where.lo : mention.start])[-8:]
    while words and words[-1] in _RATE_LEAD:
        words.pop()
    if not words:
        return None
    if words[-1] in _CHANGE_WORDS or words[-1] in lex.RATE_VERBS:
        # "<the rate> <changed> by N points": the rate is the verb's subject
        words.pop()
        while words and (words[-1] in _FUNCTION_WORDS or words[-1] in _DETERMINERS):
            words.pop()
        return singular(words[-1]) if words else None
    if words[-1] in _FUNCTION_WORDS or len(words) < 2:
        return None
    # "<changed> <the rate> by N points": the rate is the verb's object
    changed = any(w in lex.RATE_VERBS or w in _CHANGE_WORDS for w in words[:-1])
    return singular(words[-1]) if changed else None


class _CueTable(NamedTuple):
    """A cue table (property -> its cue words) made ready to scan a window once."""

    pattern: re.Pattern[str]
    """Any cue as a whole word, the longest one where several start at a place."""
    of: dict[str, str]
    """Cue -> property."""


def _cue_table(table: dict[str, tuple[str, ...]]) -> _CueTable:
    of = {cue: prop for prop, cues in table.items() for cue in cues}
    # A prefix tree tries one branch per character, where an alternation of the cues, longest
    # first, tried each of some forty cues at every character of the window; it takes the
    # longest cue that ends a word, as that alternation did.
    pattern = re.compile(r"(?<![a-z])(?:" + trie_regex(of) + r")(?![a-z])")
    return _CueTable(pattern, of)


# Built once, where each call made a tuple of the table's items and hashed it to find them.
_MEASURE_CUES = _cue_table(lex.MEASURE_CUES)
_MONEY_CUES = _cue_table(lex.MONEY_CUES)


def _nearest_cue(text: str, mention: NumberMention, where: _Where, cues: _CueTable) -> str | None:
    """The property whose cue word is nearest the figure within its clause, or None."""
    lo = mention.start - 60
    lo = lo if lo > where.lo else where.lo
    brk = _next_break(text, mention.end, where.e)
    stop = brk[0] if brk else where.e
    hi = mention.end + 60
    hi = hi if hi < stop else stop
    window = text[lo:hi].lower()
    at, until = mention.start - lo, mention.end - lo
    best: tuple[int, str] | None = None
    for m in cues.pattern.finditer(window):
        d = at - m.end() if m.end() <= at else m.start() - until if m.start() > until else 0
        if best is None or d < best[0]:
            best = (d, cues.of[m.group(0)])
    return best[1] if best else None


@lru_cache(maxsize=1)
def _rate_cue_pattern() -> re.Pattern[str]:
    """A rate's cue right after a sum ("$15 an hour", "$50 per barrel")."""
    return re.compile(r"(?<!\s)\s*(?:" + trie_regex(lex.RATE_CUES) + r")\b")


def _measure_property(text: str, mention: NumberMention, where: _Where) -> str | None:
    dim = mention.dimension or ""
    if mention.is_age:
        return "age"
    if dim == "[length]":
        return _nearest_cue(text, mention, where, _MEASURE_CUES) or "length"
    if dim.startswith("currency:"):
        after = text[mention.end : mention.end + 14].lower()
        if _rate_cue_pattern().match(after):
            return "money_rate"
        kind = _nearest_cue(text, mention, where, _MONEY_CUES)
        return f"money_{kind}" if kind else "money"
    return lex.DIMENSION_PROPERTIES.get(dim, dim or None)


def _in_background(
    text: str, mention: NumberMention, s: int, e: int, spans: tuple[tuple[int, int], ...]
) -> bool:
    """True when a past event's date frames the figure ("since 1985, when a cyclone
    killed about 9,000 people"; "which injured four people on May 3, 2010").

    A date after the figure frames the figure nearest it. A date that only names a noun
    after the figure ("within a 20-mile radius of the February
    2023 derailment") does not make it background: the figure is the report's own.
    """
    for b0, b1 in spans:
        if not (s <= b0 and b1 <= e):
            continue
        if b1 <= mention.start:
            if _describes_a_thing(text, s, b0, b1, mention.start):
                continue  # "The bridge, built in 1968, carried 14,000 vehicles a day"
            return True
        if text.startswith(("'s ", "’s "), b1):
            continue  # "last year's derailment" names the derailment
        if _DIGIT.search(text, mention.end, b0):
            continue  # "315 so far, up from 280 last year": the date is the nearer figure's
        if _next_break(text, mention.end, b0) is not None:
            continue  # "the 3-km tunnel, opened in 1988,": another clause's date
        follower = _NEXT_WORDS.match(text, b1)
        if follower is None or not follower.group(1)[0].islower():
            return True
    return False


def _describes_a_thing(text: str, s: int, b0: int, b1: int, start: int) -> bool:
    """Whether a date before a figure sits in a parenthesis about the sentence's subject
    ("The bridge, built in 1968, carried ..."; "The tower, which opened in 1998, is ..."):
    it dates the thing, while the figure is the report's own. A date that opens the sentence
    ("In 2019, a cyclone killed ...") or its clause ("since 1985, when ...") frames it."""
    opening = text.rfind(",", s, b0)
    if opening < 0 or not text[s:opening].strip():
        return False
    closing = text.find(",", b1, start)
    if closing < 0 or _next_break(text, b1, closing) is not None:
        return False
    words = _lower_words(text[opening + 1 : b0])
    return bool(words) and any(w in lex.THING_DATE_WORDS for w in words[:3])


@lru_cache(maxsize=1)
def _background_pattern() -> _Cues:
    return _Cues(r"\b(?:" + trie_regex(lex.BACKGROUND_CUES) + r")\b", lex.BACKGROUND_CUES)


@lru_cache(maxsize=1)
def _forecast_pattern() -> re.Pattern[str]:
    return word_pattern(lex.FORECAST_CUES)


def _forecast_cue(text: str, mention: NumberMention, where: _Where) -> bool:
    """True when the figure's clause makes it a forecast or a plan ("is expected to exceed
    100", "plans to evacuate 10,000", "10,000 are expected to attend")."""
    if _forecast_pattern().search(text, where.lo, mention.start) is not None:
        return True
    # After the figure, only as its own verb ("10,000 are expected to attend"), never a later
    # noun's ("marched against a plan to raise ...").
    hi = mention.end + 18
    hi = hi if hi < where.hi else where.hi
    return _forecast_pattern().search(text, mention.end, hi) is not None


@lru_cache(maxsize=1)
def _expectation_pattern() -> re.Pattern[str]:
    return word_pattern(lex.EXPECTATION_CUES)


def _expectation_cue(text: str, mention: NumberMention, where: _Where) -> bool:
    """True when the figure's clause says someone asked for or foresaw it ("prosecutors had
    sought 10 years", "economists had expected 3.6%"): not what happened."""
    lo = mention.start - 40
    lo = lo if lo > where.lo else where.lo
    if _expectation_pattern().search(text, lo, mention.start) is not None:
        return True
    return (
        mention.kind != "count"
        and not where.absent & _OFFER.words.bit
        and any(
            all(w in lex.OFFERED_GAP for w in _lower_words(text[end : mention.start]))
            for _, end in _OFFER.spans(text, lo, mention.start)
        )
    )


_OFFER = _Cues(r"\b(?:" + trie_regex(lex.OFFER_CUES) + r")\b", lex.OFFER_CUES)


def _background_cue(text: str, mention: NumberMention, where: _Where) -> bool:
    """True when the figure's sentence before it, or its clause after it, names other times
    ("the previous record was 120", "on average, 35 people drown there each year")."""
    pattern = _background_pattern()
    if where.absent & pattern.words.bit or not pattern.words.possible(text, where.s, where.hi):
        # No cue word in the text, or in the sentence before the figure and its clause after
        # it (nearly every figure): where each side's own look at the index took four calls.
        return False
    if pattern.found(text, where.s, mention.start):
        return True
    # After the figure, "last year's derailment" names a noun, not the figure's time.
    return any(
        not text.startswith(("'s", "’s"), end)
        and text[start:end].lower() not in lex.REFERENCE_PRICE_CUES
        for start, end in pattern.spans(text, mention.end, where.hi)
    )


def read_number(
    text: str,
    mention: NumberMention,
    background_spans: tuple[tuple[int, int], ...] = (),
    *,
    place: _Where | None = None,
) -> Reading:
    """Property, subject, entity and role of a figure, from the words of its sentence.

    ``place`` is where the figure sits, from :func:`figure_places`, when the caller has it.
    """
    if place is None:
        s, e = sentence_bounds(text, mention.start, mention.end)
        where = _where(text, mention, s, e)
    else:
        where = place
        s, e = where.s, where.e
    end = mention.end
    # a rate (_PER_TIME) or a base (_PER_AFTER) after the figure opens with a blank and then a
    # word of one of _RATE_OPENINGS (or more blanks): two characters tell most figures have
    # none, where a match of each pattern cost some 2,000 instructions
    rated = end + 1 < len(text) and text[end] in " \t" and text[end + 1] in _RATE_OPENINGS
    entity = _entity(text, s, mention.core_start) or (
        _per_unit_of_time(text, mention) if rated else None
    )
    role = "background" if _in_background(text, mention, s, e, background_spans) else "event"
    if role == "event" and _background_cue(text, mention, where):
        role = "background"
    elif role == "event" and (
        (mention.kind == "count" and _forecast_cue(text, mention, where))
        or _expectation_cue(text, mention, where)
    ):
        role = "future"
    if mention.kind == "count":
        lo = mention.start - 16
        lo = lo if lo > where.lo else where.lo
        if mention.noun is None and _AGE_BOUND_BEFORE.search(text, lo, mention.core_start):
            # "All three people who died were over 60": an age bound, not a toll
            return Reading(None, None, entity, role)
        if (rated and _PER_AFTER.match(text, end)) or (
            # the letter before the blanks that end the window tells nearly every figure has no
            # "per" before it, where a search of the pattern cost some 1,400 instructions more
            text[lo : mention.start].rstrip(" \t\n")[-1:] in _PER_LAST_LETTERS
            and _PER_BEFORE.search(text, lo, mention.start)
        ):
            # "18 deaths per 100,000 residents": a rate and its base, neither a toll
            noun = mention.noun
            return Reading(None, _lemma(noun) if noun else None, entity, role)
        return _read_count(text, mention, where, entity, role)
    if mention.kind == "duration":
        # "about 20 minutes after the first": a gap between two things, not one of them.
        return Reading("duration", mention.noun or _measured_noun(text, mention, where), None, role)
    prop = _measure_property(text, mention, where)
    if prop in lex.MEASURED_BY_NOUN:
        return Reading(prop, mention.noun or _measured_noun(text, mention, where), entity, role)
    if prop == "percentage":
        return Reading(prop, _percent_of(text, mention.core_end), entity, role)
    if prop == "percentage_point":
        return Reading(prop, _rate_changed(text, mention, where), entity, role)
    if prop == "age":
        return Reading(prop, _aged_person(text, mention, s), entity, role)
    if prop == "distance":
        return Reading(prop, _reference_place(text, mention.end), entity, role)
    if prop in lex.DIMENSIONS_OF_THINGS:
        thing = _measured_thing(text, mention, s)
        if thing is None and prop in lex.MEASURES_OF_MATTER:
            thing = _matter_after(text, mention.end)
        if entity is None and prop in lex.MEASURES_OF_MATTER:
            entity = _held_or_recovered(text, mention, where)
        if entity is None and _for_each(text, mention, where):
            entity = lex.EACH
        return Reading(prop, thing or mention.noun, entity, role)
    if (
        entity is None
        and prop is not None
        and prop.startswith("money")
        and _sum_total(text, mention, where)
    ):
        entity = lex.SUM_TOTAL
    if prop == "money_value":
        return Reading(prop, _valued_owner(text, mention, where) or mention.noun, entity, role)
    if prop == "money_cost":
        return Reading(prop, _cost_of(text, mention, where) or mention.noun, entity, role)
    return Reading(prop, mention.noun, entity, role)


# Single blanks and words of bounded length: a failed match costs a few steps at any
# character, so a search over a hostile text stays linear.
_PER_TIME = re.compile(
    r"[ \t](?:of[ \t][A-Za-z-]{1,20}(?:[ \t][A-Za-z-]{1,20})?[ \t])?(?:a|an|per|each|every)"
    r"[ \t]([A-Za-z]{3,6})\b"
    # "a day after the blast", "a day of protests" name a time, not a unit of a rate
    r"(?![ \t](?:after|before|later|earlier|ago|of|or|and|from|early|late|ahead)\b)",
    re.IGNORECASE,
)


_RATE_OPENINGS = " \taAeEfFiIoOpP\u0130\u0131"
"""What follows the blank after a figure where ``_PER_TIME`` or ``_PER_AFTER`` may match there:
a blank, or the first letter of "of", "a", "an", "per", "each", "every", "for", "in", "out" in
either case, or a letter ``re.IGNORECASE`` takes for "i" (İ, ı);
tests/test_reading_rate_openings.py tries every character."""


def _per_unit_of_time(text: str, mention: NumberMention) -> str | None:
    """The rate a figure gives per unit of time, right after it or after its matter ("35,000
    vehicles a day", "300,000 barrels of oil a day", "400 gallons an hour"): ``per day``."""
    found = _PER_TIME.match(text, mention.end)
    if found is None:
        return None
    unit = fold_case(found.group(1))
    return lex.RATE_ENTITY.format(unit) if unit in lex.TIME_UNITS else None


_EACH = _Cues(r"\b(?:" + "|".join(lex.EACH_WORDS) + r")\b", lex.EACH_WORDS)


def _for_each(text: str, mention: NumberMention, where: _Where) -> bool:
    """Whether a measure's clause gives it for each item ("Each satellite weighs about 800
    kg", "each weighing about 800 kilograms", "5,000 euros apiece"), not for all of them."""
    if where.absent & _EACH.words.bit or not _EACH.words.possible(text, where.lo, where.hi):
        return False  # no "each" nor "apiece" in the clause (nearly every figure)
    for _, end in _EACH.spans(text, where.lo, where.hi):
        following = _NEXT_WORD.match(text, end)
        if following is None or following.group(1).lower() not in lex.EACH_NOT_AFTER:
            return True
    return False


_LOAD_AFTER = _Cues(r"\b(?:on board|aboard)\b", lex.LOAD_AFTER, asked=False)


def _held_or_recovered(text: str, mention: NumberMention, where: _Where) -> str | None:
    """``LOAD`` for an amount of matter that a vehicle or a tank had, from the verb before it
    ("was hauling 6,000 gallons of acid", "laden with 300 tonnes") or "on board" after it;
    ``RECOVERED`` for one that crews took back ("skimmed 21,000 gallons of oil"); else None."""
    words = _WORD.findall(text, max(where.lo, mention.start - 40), mention.start)
    for i in range(len(words) - 1, -1, -1):
        lower = words[i].lower()
        if lower == "with":
            return lex.LOAD if i > 0 and words[i - 1].lower() in lex.LOADED_WITH else None
        if lower not in _QUALIFIER_WORDS:
            if lower in lex.LOAD_VERBS:
                return lex.LOAD
            if lower in lex.RECOVERY_VERBS:
                return lex.RECOVERED
            break
    return lex.LOAD if _LOAD_AFTER.found(text, mention.end, where.hi) else None


_SUM_TOTAL = _Cues(
    r"\b(?:" + trie_regex(lex.SUM_TOTAL_WORDS) + r")\b", lex.SUM_TOTAL_WORDS, asked=False
)
_SUM_TOTAL_AFTER = re.compile(r"[ \t]+(?:in[ \t]+all|in[ \t]+total|altogether|all[ \t]+told)\b")


def _sum_total(text: str, mention: NumberMention, where: _Where) -> bool:
    """Whether a sum's clause says it is a total: a total word before it ("Total prize money
    at this year's event rose 12% to A$107.5 million", "a combined $4 billion") or right after
    it ("$40 million in all"). A part of the total ("the champion takes home A$3.5 million")
    is another figure, so a total is read apart from it."""
    return _SUM_TOTAL.found(text, where.lo, mention.start) or bool(
        _SUM_TOTAL_AFTER.match(text, mention.end, where.hi)
    )


# A name of up to four capitalised words, each bounded: a search stays linear on any text.
_NAME = r"[A-Z][\w&.-]{0,30}(?:[ \t]+[A-Z][\w&.-]{0,30}){0,3}"
_OWNER_VALUE = re.compile(
    # "Alphabet's market value"
    rf"\b({_NAME})['’]s[ \t]+(?:[a-z-]{{1,30}}[ \t]+){{0,2}}(?:value|valuation|worth)\b"
    # "Wiz was valued", "Wiz is worth"
    rf"|\b({_NAME})[ \t]+(?:(?:is|was|are|were|has[ \t]+been|had[ \t]+been)[ \t]+)?"
    r"(?:valued|worth)\b"
)
# "Veritas has a market value of", "Kanto Silicon, which has a market value of": the name is
# the subject of "has", maybe before a relative clause's comma; anchored at the figure
_OWNER_HAS_VALUE = re.compile(
    rf"\b({_NAME})(?:,[ \t]+which)?[ \t]+(?:has|had|have)[ \t]+an?[ \t]+"
    r"(?:[a-z-]{1,30}[ \t]+){0,2}(?:value|valuation)[ \t]+of[ \t]+$"
)
_NOT_NAMES = frozenset(["the", "a", "an", "it", "its", "this", "that", "these", "those", "their"])


_AGE_BOUND_BEFORE = re.compile(
    r"\b(?:were|was|are|is|all|both|children|people|adults|those|men|women|boys|girls|"
    r"patients|residents|victims)[ \t]+(?:over|under|aged|older than|younger than)[ \t]+$",
    re.IGNORECASE,
)
_PER = r"(?:per|for every|for each|in every|out of every|of every)"
_PER_AFTER = re.compile(r"[ \t]+" + _PER + r"[ \t]+(?:\d|one\b|a\b|an\b)", re.IGNORECASE)
_PER_BEFORE = re.compile(r"\b" + _PER + r"[ \t]+$", re.IGNORECASE)
_PER_LAST_LETTERS = "rRyYhH"
"""The last letters of "per", "every", "each", which end the words before the blanks (and a
line break) that end a window where ``_PER_BEFORE`` finds a match: no other character is one
of them to a caseless pattern (tests/test_reading_per_before.py)."""


def _valued_owner(text: str, mention: NumberMention, where: _Where) -> str | None:
    """Whose worth a sum of value gives, when its clause names the owner: "Alphabet's market
    value is about $2.3 trillion" -> alphabet, "Wiz was valued at $12 billion" -> wiz, "Kanto
    Silicon, which has a market value of about $12 billion" -> kanto silicon. Two
    valuations of different companies are two facts, not a clash; a sum whose owner the words
    leave unsaid ("a street value of $20 million") names none."""
    name = None
    for m in _OWNER_VALUE.finditer(text, where.lo, mention.start):
        name = m.group(1) or m.group(2)
    if name is None and (has := _OWNER_HAS_VALUE.search(text, where.s, mention.start)):
        name = has.group(1)
    if name is None:
        return None
    words = name.lower().rstrip(".").split()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)  # "The Coast Guard's" is the Coast Guard's
    return " ".join(words) or None


_COST_REACH = 100
"""Characters before a sum looked at for what it is the cost of: a clause's length."""
_NOT_THINGS = frozenset(["it", "this", "that", "they", "which", "who", "what", "all"])


def _cost_of(text: str, mention: NumberMention, where: _Where) -> str | None:
    """What a cost is of, when its sentence names the thing: the subject of "cost" ("Repairs to
    the damaged track will cost around €3 million" -> track; "a new braking system, which it
    said would cost about €1.2 billion" -> system; "rebuilding the span could cost up to $600
    million" -> bridge) or the noun after "the cost of" ("the cost of replacing the Key Bridge
    at $1.7 billion" -> bridge). Listed things go by their class, so "span" is "bridge".
    Costs of two named things are two facts; a cost whose thing is unsaid names none.

    >>> from factcheck import extract
    >>> [c.subject for c in extract("Repairs to the track will cost around €3 million.")]
    ['track']
    >>> [c.subject for c in extract("The cost of replacing the Key Bridge is $1.7 billion.")]
    ['bridge']
    """
    lo = max(where.s, mention.start - _COST_REACH)
    words = _WORD.findall(text, lo, mention.start)
    i = len(words) - 1
    while i >= 0 and words[i].lower() in _COST_LEAD_WORDS:
        i -= 1
    if i < 0:
        return None
    if words[i].lower() in lex.COST_VERBS:
        return _thing_before_cost(words[:i])
    for j in range(i, 0, -1):
        if words[j].lower() == "of" and words[j - 1].lower() in ("cost", "costs"):
            return _thing_after_of(words[j + 1 :])
    return None


def _thing_before_cost(words: list[str]) -> str | None:
    """The subject of "cost", given the words before the verb, read backwards past
    auxiliaries and a relative clause's sayer ("which it said would")."""
    i = len(words) - 1
    while i >= 0 and words[i].lower() in lex.COST_AUXILIARIES:
        i -= 1
    if i >= 1 and words[i].lower() in lex.COST_SAYING:
        i -= 2  # the sayer: "it", "officials"
        if i < 0 or words[i].lower() not in ("which", "that"):
            return None  # "The railway said it would cost": which "it" is, is not said
    if i >= 0 and words[i].lower() in ("which", "that"):
        i -= 1  # "a new braking system, which would cost": the antecedent
    return _thing_word(words[i]) if i >= 0 else None


def _thing_after_of(words: list[str]) -> str | None:
    """The head noun of the phrase after "the cost of": its last word before a stop word."""
    head = None
    for word in words:
        if word.lower() in lex.COST_OF_STOPS:
            break
        head = word
    return _thing_word(head) if head is not None else None


def _thing_word(word: str) -> str | None:
    lower = word.lower()
    if lower in _FUNCTION_WORDS or lower in _NOT_THINGS or lower.endswith(("ly", "ing")):
        return None
    return _thing_class(lower) or _lemma(lower)


_QUALIFIER_WORDS = frozenset(
    [
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "over",
        "under",
        "up",
        "to",
        "of",
        "at",
        "least",
        "most",
        "more",
        "than",
        "less",
        "fewer",
        "as",
        "many",
        "much",
        "just",
        "below",
        "above",
        "estimated",
    ]
)
_COST_LEAD_WORDS = _QUALIFIER_WORDS | {"an", "a", "estimated"}
"""Words between "cost" and its sum ("would cost about an estimated ..."): skipped back over."""


def _measured_noun(text: str, mention: NumberMention, where: _Where) -> str | None:
    """The noun a speed, a temperature or a duration is of, when its clause names one before
    it ("winds of 200 km/h" -> wind; "the blackout lasted 12 hours" -> blackout; "the train
    was travelling at 120 km/h" -> train). Verbs, qualifiers and function words are skipped;
    a capitalised name (a place) is no such noun."""
    clause = text[where.lo : mention.start]
    for word in reversed(_WORD.findall(clause)[-6:]):
        lower = word.lower()
        if (
            lower in _FUNCTION_WORDS
            or lower in _QUALIFIER_WORDS
            or lower in _CHANGE_WORDS
            or lower.endswith(("ed", "ing", "ly"))
        ):
            continue
        if word[0].isupper() and word != clause.lstrip()[: len(word)]:
            return None  # "Temperatures in Phoenix hit": the place, not the thing
        noun = _lemma(lower).removesuffix("s") if lower.endswith("s") else lower
        # The dimension's own name ("temperatures hit 45C") says nothing of whose it is.
        return None if noun in _DIMENSION_NOUNS else noun
    return None


_DIMENSION_NOUNS = frozenset(["temperature", "speed", "duration", "time", "mercury", "reading"])


_REFERENCE = re.compile(
    r"\s*(?:away\s+)?(?:(?:north|south|east|west)(?:east|west)?(?:ward)?\s+)?(?:from|of|off|to)\s+",
    re.IGNORECASE,
)


def _reference_place(text: str, end: int) -> str | None:
    """Where a distance is measured from: "500 metres from the town's station" -> station;
    "off the coast" -> coast. Distances from different places never clash."""
    m = _REFERENCE.match(text, end)
    if m is None:
        return None
    for word in _WORD.findall(text[m.end() : m.end() + 40])[:4]:
        lower = word.lower()
        if lower in _DETERMINERS or lower.endswith(("'s", "’s")):
            continue
        return _lemma(lower)
    return None


def _aged_person(text: str, mention: NumberMention, s: int) -> str | None:
    """Whose age it is, when a listed noun says: "a 34-year-old German man" -> man; "the
    driver, aged 47" -> driver. Ages of different people never clash."""
    for word in _WORD.findall(text[mention.end : mention.end + 40])[:3]:
        if word[0].isupper():
            continue  # "German", "British": a nationality before the noun
        lower = word.lower()
        return _lemma(lower) if _listed_class(lower) == "person" else None
    lo = mention.start - 30
    before = _lower_words(text[lo if lo > s else s : mention.start])
    if before and _listed_class(before[-1]) == "person":
        return _lemma(before[-1])
    return None


_THING_AFTER = re.compile(r"\s+([A-Za-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")


@lru_cache(maxsize=1)
def _thing_table() -> dict[str, str]:
    return {w: cls for cls, ws in lex.THING_CLASSES.items() for w in ws}


@lru_cache(maxsize=4096)
def _thing_class(word: str) -> str | None:
    """The class of a measured thing's head noun: listed, a plural of a listed one, or a
    spelling rapidfuzz finds close to one ("viaducts", "fery"); None for other words."""
    table = _thing_table()
    plural_y = word[:-3] + "y" if word.endswith("ies") else word
    for form in (word, word.removesuffix("s"), word.removesuffix("es"), plural_y):
        if form in table:
            return table[form]
    if len(word) < _FUZZY_MIN_LENGTH or not word.isascii():
        return None
    from rapidfuzz import fuzz, process

    choices = [w for w in table if w[0] == word[0]]
    hit = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return table[str(hit[0])] if hit is not None else None


def _measured_thing(text: str, mention: NumberMention, s: int) -> str | None:
    """The thing a size belongs to, when the words name it.

    "the 2-mile viaduct" (a size hyphened to its noun) -> bridge; "a spill stretching
    900 metres" -> slick. Otherwise None: the thing is unknown, which never makes a clash.
    """
    hyphened = "-" in text[mention.core_end : mention.end]
    if hyphened:
        m = _THING_AFTER.match(text, mention.end)
        if m is not None:
            # "a 400-metre fuel spill": a listed thing among the next two words wins; else
            # the next word ("the 200-metre Aurora", a ship's name).
            words = [w.lower() for w in m.groups() if w]
            listed = [c for c in map(_thing_class, words) if c is not None]
            if listed:
                return listed[0]
            if words[0] not in _FUNCTION_WORDS:
                return _lemma(words[0])
    lo = mention.start - 40
    before = _lower_words(text[lo if lo > s else s : mention.start])
    if len(before) >= 2 and before[-1] in lex.MEASURED_PARTICIPLES:
        return _thing_class(before[-2]) or _lemma(before[-2])
    return None


_MATTER = re.compile(
    r"[ \t]+of[ \t]+(?:(?:the|its|their|his|her)[ \t]+)?"
    r"([a-z][a-z-]{1,30})(?:[ \t]+([a-z][a-z-]{1,30}))?"
)


def _matter_after(text: str, end: int) -> str | None:
    """What a mass or a volume is of, when the words after it say: "1,200 tonnes of fuel oil"
    -> oil, "54,000 tonnes of iron ore" -> ore, "500 kg of heroin" -> heroin. A tonnage of one
    matter never clashes with another's (a ship's fuel and its cargo)."""
    m = _MATTER.match(text, end)
    if m is None:
        return None
    first, second = m.group(1), m.group(2)
    if first in _FUNCTION_WORDS:
        return None
    # a second word is the head of a compound ("fuel oil", "iron ore"), unless it is the
    # clause's verb ("of diesel leaked", "of grain burned") or a function word
    compound = second is not None and second not in _FUNCTION_WORDS and not _is_past_verb(second)
    return _lemma(second if compound and second is not None else first)


_FOLLOWER = re.compile(r"\s*([A-Za-z]+)")
_OF_DETERMINERS = frozenset(["the", "its", "their", "these", "those"])
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def _is_number_word(word: str) -> bool:
    """Digits, or number words ("twenty-one", "five") as the numbers lexicon lists them."""
    return word[0].isdigit() or all(w in nums.SMALL or w in nums.TENS for w in word.split("-"))


def _is_whole(text: str, start: int, s: int) -> bool:
    """True for the whole a part is taken from: "half of the 300 pupils", "two of the nine
    crew". What the clause says happened is said of the part, never of the whole."""
    lo = start - 50
    tokens = text[lo if lo > s else s : start].lower().split()
    if tokens and tokens[-1].endswith(_POSSESSIVE_ENDINGS):
        # "400 of the village's 1,000 houses", "half of New York's 500 piers": the owner
        # (one or two words, after an optional article) stands where "the" stands.
        owner = 2 if len(tokens) >= 3 and tokens[-3] not in ("of", *_OF_DETERMINERS) else 1
        tokens = tokens[:-owner]
        if tokens and tokens[-1] in _OF_DETERMINERS:
            tokens = tokens[:-1]
        if len(tokens) < 2 or tokens[-1] != "of":
            return False
        figure = tokens[-2]
    elif len(tokens) < 3 or tokens[-1] not in _OF_DETERMINERS or tokens[-2] != "of":
        return False
    else:
        figure = tokens[-3]
    if figure[0].isdigit():
        return True  # "27 of the 30 crew", "40% of the 900 homes"
    words = figure.split("-")
    return all(
        w in nums.SMALL or w in nums.TENS or w in nums.DENOMINATORS or w in lex.WHOLE_QUANTIFIERS
        for w in words
    )


_CHANGE_BY = Caseless(
    r"\b(?:rose|risen|rising|increased|climbed|jumped|grew|went up|fell|dropped|declined|"
    r"decreased)\b[^.;]{0,30}?\bby\s+$",
)


def _ends_with_by(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends with "by" and blanks, as ``_CHANGE_BY`` needs it to: two
    letters tell what a scan for the verbs before them would (neither letter folds from
    beyond ASCII), and few figures follow a "by"."""
    return text[lo:hi].rstrip()[-2:].lower() == "by"


_INCREMENT_LEAD_ENDS = tuple(sorted({lead.split()[-1] for lead in lex.INCREMENT_LEADS}))
_INCREMENT_OPENINGS = "".join(
    sorted({c for w in lex.INCREMENT_FOLLOWERS for c in (w[0], w[0].upper())})
)
"""The first letters of ``lex.INCREMENT_FOLLOWERS`` in either case: ``_FOLLOWER`` reads a run of
ASCII letters after blanks (``\\s``, what ``str.lstrip()`` strips), which names one of them only
if it opens with one of these (tests/test_reading_increment_openings.py)."""


def _increment(text: str, mention: NumberMention, s: int, pred: str | None) -> tuple[bool, bool]:
    """Whether a count adds to a total ("another 12 people", "five more"), and whether it
    says "more" of a noun stated before it ("destroyed 20 houses and damaged 15 more")."""
    lo = mention.start - 20
    fragment = text[lo if lo > s else s : mention.start]
    if _holds_any(fragment.lower(), _INCREMENT_LEAD_ENDS):
        lead = " ".join(_lower_words(fragment)[-2:])
        if lead.endswith(lex.INCREMENT_LEADS) and (
            lead in lex.INCREMENT_LEADS or lead.split()[-1] in lex.INCREMENT_LEADS
        ):
            return True, False
    lo = mention.start - 50
    lo = lo if lo > s else s
    if _ends_with_by(text, lo, mention.start) and _CHANGE_BY.found(text, lo, mention.start):
        return True, False  # "the toll rose by 10": the change, not the toll
    # The word after the figure opens with the first letter of "more" or "additional" only
    # after a few figures: a look at that letter spares the others the pattern's match.
    if text[mention.core_end : mention.core_end + 12].lstrip()[:1] not in _INCREMENT_OPENINGS:
        return False, False
    follower = _FOLLOWER.match(text, mention.core_end)
    if follower is None or follower.group(1).lower() not in lex.INCREMENT_FOLLOWERS:
        return False, False
    # The previous sentence counts too: "Thousands more were missing" follows its toll.
    earlier = [
        _predicate_of()[m.group(1).lower()]
        for m in _predicates(text, max(0, s - _WINDOW), mention.start)
    ]
    if pred is not None and earlier and earlier[-1] == pred:
        earlier.pop()  # the verb that governs the figure itself ("damaged 15 more")
    # "More" of another predicate's noun is a whole count of its own predicate.
    return pred is None or not earlier or pred in earlier, True


_AND_MORE = re.compile(
    # "and(?<!\wand)" is "\band": written literal first, the engine skips from "and" to "and".
    r"and(?<!\wand)\s+(?:(?:another|a\s+further|an\s+additional)\s+)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    r"(\s+(?:more|additional)\b)?"
)


_ON_ANOTHER_DAY = re.compile(
    r"[ \t]+(?:on[ \t]+(?:"
    + "|".join(date_lex.WEEKDAYS)
    + r")\b|the[ \t]+(?:next|following)[ \t]+day\b)"
)
"""A second figure's own day: "arrested 12 on Saturday and 7 on Sunday" tells a tally by day."""


def _before_an_increment(text: str, end: int, e: int, pred: str | None) -> bool:
    """True for the first figure of a tally told in steps: "arrested 12 on Friday and five
    more on Saturday" gives Friday's 12, a part of the whole."""
    # Only the rest of the sentence is lowered: lowering the whole text for every figure made
    # a long document quadratic.
    low = lowered(text)
    if low is not None and low.text.find("and", end, e) < 0:
        # No "and" in the rest of the sentence (most figures), which the text's lowered copy
        # says at the cost of a find: its window holds what lowering the window gives.
        return False
    lower = text[end:e].lower()
    m = _AND_MORE.search(lower)
    while m is not None and not (
        _is_number_word(m.group(1))
        and (
            m.group(2)
            or m.group(0) != "and " + m.group(1)
            or _ON_ANOTHER_DAY.match(lower, m.end()) is not None  # "12 ... and 7 on Sunday"
        )
    ):
        m = _AND_MORE.search(lower, m.end())
    if m is None:
        return False  # "and wounding more than 100", "and 40 injured" are no second step
    between = [_predicate_of()[x.group(1).lower()] for x in _predicates(text, end, end + m.start())]
    return all(p == pred for p in between)


_BREAKDOWN_AFTER = re.compile(r"\s+and\s+(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+([a-z]+)", re.IGNORECASE)


_ANYONE = frozenset(["people", "person", "persons", "others", "other", "individuals"])
"""Nouns that name no kind of person: "12 people and 40 others" is no breakdown."""


def _breakdown(text: str, mention: NumberMention, noun: str | None) -> bool:
    """True for one figure of a breakdown by kind of person: "killed 12 soldiers and 7
    civilians" gives two parts of a toll, neither of them the whole."""
    if noun is None or _listed_class(noun) != "person" or noun in _ANYONE:
        return False
    mine = _lemma(noun)
    pairs: list[tuple[str, str]] = []
    after = _BREAKDOWN_AFTER.match(text, mention.end)
    if after is not None:
        pairs.append((after.group(1), after.group(2)))
    lo = mention.start - 40
    before = text[lo if lo > 0 else 0 : mention.start].split()
    if len(before) >= 3 and before[-1].lower() == "and":
        pairs.append((before[-3], before[-2]))  # "15 soldiers and [8 civilians]"
    for figure, word in pairs:
        other = word.lower()
        if (
            _is_number_word(figure.lower())
            and _listed_class(other) == "person"
            and other not in _ANYONE
            and _lemma(other) != mine
        ):
            return True
    return False


_ALONE = _Cues(r"\b(?:" + "|".join(lex.PART_FOLLOWERS) + r")\b", lex.PART_FOLLOWERS)


def _alone(text: str, mention: NumberMention, where: _Where) -> bool:
    """True for the part of a running total that one day or place gives: "35 deaths on
    Sunday alone", "in the capital alone, 40 people"."""
    if where.absent & _ALONE.words.bit:
        return False  # no "alone" in the text (most texts)
    lo = max(where.s, mention.start - 40)
    if not _ALONE.words.possible(text, lo, where.hi):
        return False  # no "alone" on either side (nearly every figure): one look at the index
    if _ALONE.found(text, lo, mention.start):
        return True
    return _ALONE.found(text, mention.end, where.hi)


def _noun_before(text: str, start: int, s: int) -> str | None:
    """The nearest listed counted noun before ``start`` in its sentence."""
    table = _noun_table()
    for word in reversed(_lower_words(text[max(s, start - 120) : start])):
        if word in table:
            return word
    return None


def _lives(text: str, mention: NumberMention, where: _Where) -> str | None:
    """What a count of lives is, from its verb: "claimed 12 lives" and "three lives were lost"
    are the dead, "saved 40 lives" the rescued; with no such verb, nothing."""
    before = _lower_words(text[where.lo : mention.start])[-3:]
    after = _lower_words(text[mention.end : where.hi])[:3]
    for word in [*reversed(before), *after]:
        if word in lex.LIFE_VERBS:
            return lex.LIFE_VERBS[word]
    return None


_TOTAL = _Cues(
    r"\b(?:" + "|".join(lex.TOTAL_WORDS) + r")\b[^.;,]{0,24}?\b(?:to|at|of)\s+$",
    lex.TOTAL_WORDS,
    asked=False,
)


_TOTAL_OF = re.compile(
    r"\b(?:" + "|".join(lex.TOTAL_WORDS) + r")\s+of\s+(?:the\s+)?([a-z][a-z'-]*)", re.IGNORECASE
)
_NAMED_TOTAL = re.compile(
    r"\b([a-z][a-z'-]*)\s+(?:" + "|".join(lex.TOTAL_WORDS) + r")\b", re.IGNORECASE
)


def _counted_by_total(text: str, lo: int, hi: int) -> str | None:
    """What a total right before a figure says it counts, lower case: "case" in "the weekly
    case count fell to", "cases" in "the number of cases rose to"; None for "the total"."""
    found = list(_TOTAL_OF.finditer(text, lo, hi)) or list(_NAMED_TOTAL.finditer(text, lo, hi))
    if not found:
        return None
    word = fold_case(found[-1].group(1))
    return None if word in lex.TOTAL_MODIFIERS or word in lex.TOTAL_WORDS else word


@lru_cache(maxsize=1)
def _running_pattern() -> _Cues:
    return _Cues(
        r"\b(?:" + trie_regex(lex.RUNNING_TOTAL_PERIODS) + r")\b", lex.RUNNING_TOTAL_PERIODS
    )


def _running_total(text: str, mention: NumberMention, where: _Where) -> bool:
    """True for a count over a calendar period ("18 deaths so far this year")."""
    pattern = _running_pattern()
    return not where.absent & pattern.words.bit and pattern.found(text, where.lo, where.hi)


_SINCE = _Cues(r"\b(?:" + trie_regex(lex.RUNNING_TOTAL_STARTS) + r")\b", lex.RUNNING_TOTAL_STARTS)
_COMPARED_BEFORE = 3
"""Words before a "since" that may close a comparison: "the deadliest attack since 2005"."""


def _counted_since(text: str, where: _Where) -> bool:
    """Whether a count's clause, or the opening of its sentence, counts from a start ("have
    been arrested since Thursday", "Since the collapse, rescuers have recovered 17 bodies",
    "have died so far"); a "since" that closes a comparison ("the calmest night since
    protests began") starts no tally."""
    if where.absent & _SINCE.words.bit or not _SINCE.words.possible(text, where.s, where.hi):
        return False  # no "since" nor "so far" in the sentence (nearly every count)
    spans = _SINCE.spans(text, where.lo, where.hi)
    if where.lo > where.s:
        # a fronted phrase counts only where it opens the sentence: "Since the collapse, ..."
        spans += [span for span in _SINCE.spans(text, where.s, where.lo) if span[0] == where.s]
    return any(not _closes_comparison(text, where.s, start) for start, _ in spans)


def _closes_comparison(text: str, s: int, at: int) -> bool:
    """Whether a superlative or "first" stands a few words before ``at``: a word in "-est" is
    a superlative only after a determiner ("the calmest night", "its busiest day", "the
    city's deadliest"), never alone ("in Budapest since", "a modest harvest since")."""
    words = _lower_words(text[max(s, at - 50) : at])
    last = len(words) - _COMPARED_BEFORE
    for i, word in enumerate(words):
        if i < last:
            continue
        if word in lex.SINCE_COMPARISONS:
            return True
        if word.endswith("est") and i > 0 and _determines(words[i - 1]):
            return True
    return False


def _determines(word: str) -> bool:
    """Whether a word determines the superlative after it: "the", "its", "Paris's"."""
    return word in lex.SUPERLATIVE_DETERMINERS or word.endswith(("'s", "s'"))


def _wider_predicate(text: str, mention: NumberMention, where: _Where) -> str | None:
    """The predicate of the total a part or an increment belongs to: the governing one within
    a wider reach, else the last predicate word before the figure in its sentence."""
    pred = _nearest_predicate(
        text, where.s, where.e, mention.start, mention.end, reach=120, clause_end=where.hi
    )
    if pred is None:
        table = _predicate_of()
        words = _lower_words(text[max(where.s, mention.start - 120) : mention.start])
        pred = next((table[w] for w in reversed(words) if w in table), None)
    return pred


_CURRENT = Caseless(r"\b(?:still|remain|remains|remained|remaining|now)\b")


def is_current(text: str, start: int, end: int) -> bool:
    """True when the words next to a figure say it is the figure now ("six are still
    missing", "4,000 remain displaced", "now 12 missing", "the remaining 27 injured"): an
    update of earlier figures."""
    s, e = sentence_bounds(text, start, end)
    return bool(
        _CURRENT.found(text, end, min(e, end + 25))
        or _CURRENT.found(text, max(s, start - 15), start)
    )


def _read_count(
    text: str, mention: NumberMention, where: _Where, entity: str | None, role: str
) -> Reading:
    s, e = where.s, where.e
    noun = _noun_after(text, mention.core_end, mention.noun)
    if noun is not None and noun.lower() in lex.LIFE_NOUNS:
        return Reading(_lives(text, mention, where), "life", entity, role)
    # The recogniser may take "of the overturned trucks" into the mention: look from the figure.
    subset = _is_subset(
        text, mention.start, mention.core_end, _clause_end_after(text, mention, where), where.absent
    ) or _fronted_whole(text, mention, where)
    if subset:
        role = "subset" if role == "event" else role
        noun = _subset_noun(text, mention.core_end, mention.start) or noun
    pred = _nearest_predicate(text, s, e, mention.start, mention.end, clause_end=where.hi)
    if role == "event" and pred not in lex.LOOSE_PROPERTIES and _is_whole(text, mention.start, s):
        # "Half of the 300 pupils were evacuated": what happened is said of the part, never
        # of the 300; only where they were ("of the 300 people inside") is said of them all.
        return Reading(None, _lemma(noun) if noun else None, entity, role)
    increment, more = _increment(text, mention, s, pred)
    if more and noun is None:
        noun = _noun_before(text, mention.start, s)  # "damaged 15 more" houses
    if (
        not increment
        and role == "event"
        and (
            _before_an_increment(text, mention.end, e, pred)
            or _alone(text, mention, where)
            or _breakdown(text, mention, noun)
        )
    ):
        role, subset = "subset", True
    if increment:
        pred = pred or _wider_predicate(text, mention, where)
        cls = noun_class(noun)
        prop = pred or (lex.NOUN_PROPERTIES.get(cls) if cls else None)
        if prop is None:
            return Reading(None, _lemma(noun) if noun else None, entity, role)
        return Reading(prop + lex.INCREMENT_SUFFIX, cls or "person", entity, role)
    cls = noun_class(noun)
    if entity is None and _running_total(text, mention, where):
        entity = lex.RUNNING_TOTAL
    elif entity is None and _counted_since(text, where):
        entity = lex.RUNNING_TOTAL_SINCE
    if (
        pred is None
        and noun is None
        and _TOTAL.found(text, max(s, mention.start - 50), mention.start)
    ):
        counted = _counted_by_total(text, max(s, mention.start - 50), mention.start)
        if counted is not None:
            # "the weekly case count fell to 1,240", "the number of cases rose to": the total
            # of what it names, not of what the sentence before counted
            table = _predicate_of()
            pred = table.get(counted) or table.get(counted + "s")
            noun = noun if pred is not None else singular(counted)
        else:
            # "bringing the total to 87": the total of what was counted before it.
            found = list(_predicates(text, max(0, s - _WINDOW), mention.start))
            pred = _predicate_of()[found[-1].group(1).lower()] if found else None
    if noun is not None:
        # Some nouns state their predicate ("40 survivors", "casualties"), which no word around
        # them overrides: "6 more deaths, 1,142 hospitalisations" counts hospital stays.
        table = _predicate_of()
        stated = table.get(noun.lower()) or table.get(noun.lower() + "s")
        if (
            stated is not None
            and pred != stated
            and noun.lower() in lex.STANDING_NOUNS
            and _word_before(text, mention.start, where.lo) in lex.DEFINITE_DETERMINERS
        ):
            # "The six survivors were in stable condition": the people known as such, now
            stated = lex.STANDING_NOUNS[noun.lower()]
        pred = stated or pred
    if pred is None and subset:
        # A part takes the predicate of its whole ("Nine people were arrested, among them
        # the two drivers").
        pred = _wider_predicate(text, mention, where)
    if pred is None and role == "event" and _possessed(text, mention, where):
        role = "background"
    if cls == "building":
        fates = ("destroyed", "damaged", "without_power")
        prop = pred if pred and set(pred.split("_or_")) <= set(fates) else "buildings"
        if prop == "buildings" and entity is None:
            # "1,200 homes were evacuated" and "300 homes were flooded" are two sets of homes
            befell = _what_befell(text, mention, where)
            entity = lex.FATE.format(befell) if befell else None
        return Reading(prop, cls, entity, role)
    if cls == "storey" and _word_before(text, mention.start, where.lo) in lex.FLOORS_NOT_HEIGHT:
        # "the family ran down nine floors", "fell 20 storeys", "the upper three storeys":
        # floors gone through or a part of the building, not how tall it is; they may agree
        # with other such counts, never clash
        return Reading(None, cls, entity, role)
    if cls in lex.NOUN_PROPERTIES:
        return Reading(lex.NOUN_PROPERTIES[cls], cls, entity, role)
    if (
        pred is not None
        and cls is None
        and noun is not None
        and noun.lower().rsplit(" ", 1)[-1] in lex.MACHINE_NOUNS
    ):
        # "two helicopters took part in the search": a count of machines is never one of
        # the people the verb speaks of; it groups only with counts of its own noun.
        pred = None
    if pred is not None and cls is None and _modifier_figure(text, mention):
        # "the 6.1-magnitude quake killed ...": a figure glued to its noun by a hyphen, or a
        # fraction, describes a thing; it is never a count of people the verb speaks of.
        pred = None
    if pred is not None:
        if role == "subset":
            # A part keeps its own noun: "three children" and "four officers" are parts of
            # one toll of different kinds.
            return Reading(pred, _lemma(noun) if noun else None, entity, role)
        return Reading(pred, cls or "person", entity, role)
    # No predicate says what the count is: it groups only with counts of the same noun.
    return Reading(None, _lemma(noun) if noun else None, entity, role)


def _what_befell(text: str, mention: NumberMention, where: _Where) -> str | None:
    """The verb that says what befell things counted with no listed predicate: "About 300
    homes were flooded" -> flooded, "Crews inspected 40 homes" -> inspected; else None."""
    for word in _lower_words(text[mention.end : where.hi])[:4]:
        if word not in lex.FATE_SKIPPED:
            if word.endswith("ed") or word in lex.FATE_WORDS:
                return word
            break
    before = [w for w in _lower_words(text[where.lo : mention.start]) if w not in _QUALIFIER_WORDS]
    if before and before[-1].endswith("ed"):
        return before[-1]
    return None


_FRONTED_OF = re.compile(r"[ \t\n\"“‘'(]*of[ \t]+(?:the|those|these|them|all)\b", re.IGNORECASE)


def _fronted_whole(text: str, mention: NumberMention, where: _Where) -> bool:
    """Whether the sentence opens with the whole a count is a part of ("Of the survivors, six
    were from Scotland"; "Of those killed, six were children"): the figure, right after the
    opening phrase's comma, counts a part, never the whole."""
    if where.lo == where.s or not _FRONTED_OF.match(text, where.s, where.lo):
        return False
    words = _WORD.findall(text, where.lo, mention.start)
    return all(w.lower() in _QUALIFIER_WORDS for w in words)


def _possessed(text: str, mention: NumberMention, where: _Where) -> bool:
    """Whether a count is what something has, in the present: "Istanbul has about 1.2 million
    buildings" is a standing fact, never a count of the event ("the building's 14
    apartments"). Only qualifiers may stand between the verb and the figure."""
    lo = mention.start - 40
    words = _WORD.findall(text, lo if lo > where.lo else where.lo, mention.start)
    for word in reversed(words):
        lower = word.lower()
        if lower not in _QUALIFIER_WORDS:
            return lower in lex.POSSESSION_VERBS
    return False


def _modifier_figure(text: str, mention: NumberMention) -> bool:
    """Whether a figure modifies a noun ("6.1-magnitude", "a 12-storey block") or is not whole."""
    glued = text[mention.core_end : mention.core_end + 1] in ("-", "‑", "–")
    whole = mention.stated_low is not None and float(mention.stated_low).is_integer()
    return glued or not whole


@lru_cache(maxsize=1)
def _revision_pattern() -> Caseless:
    down = r"(?:" + trie_regex(lex.REVISION_DOWN_VERBS) + r")\b[^.;]{0,40}?\bdown(?:wards?)?"
    return Caseless(r"\b(?:" + trie_regex(lex.REVISION_WORDS) + "|" + down + r")\b")


def is_correction(text: str, start: int) -> bool:
    """True when the words before a figure, in its sentence, say it corrects an earlier one
    ("officials lowered the toll to 31", "the toll was revised down to 31")."""
    s, _ = sentence_bounds(text, start, start)
    return _revision_pattern().found(text, max(s, start - 60), start)


_CAUSE_STOP = frozenset(["in", "at", "on", "near", "outside", "off", "from", "across", "inside"])


@lru_cache(maxsize=1)
def _cause_table() -> dict[str, str]:
    return {w: cls for cls, ws in lex.CAUSE_CLASSES.items() for w in ws}


_AUXILIARIES = frozenset(["has", "have", "had", "will", "would", "also", "already", "which"])


def payer_of(text: str, start: int) -> str | None:
    """Who gives a sum, when the verb right before it says so: "The EU pledged $50 million"
    -> eu; "Federal officials approved $60m" -> officials; else None."""
    s, _ = sentence_bounds(text, start, start)
    words = _lower_words(text[_clause_start(text, s, start) : start])
    if len(words) < 2 or words[-1] not in lex.PAYMENT_VERBS:
        return None
    subject = [w for w in words[:-1] if w not in _AUXILIARIES]
    return subject[-1] if subject and subject[-1] not in _FUNCTION_WORDS else None


def estimator_of(text: str, start: int, end: int) -> str | None:
    """Who gives a figure, when its clause names them: "42,000 according to the police" ->
    police; "the unions said 250,000" -> union; "Police estimated the crowd at 42,000" is
    not read (the verb is not right before the figure); else None."""
    s, e = sentence_bounds(text, start, end)
    hi = _clause_end(text, end, e)
    if text[hi : hi + 16].lstrip(" ,").lower().startswith("according to"):
        hi = min(e, hi + 40)  # "About 250,000 marched, according to the unions"
    after = _lower_words(text[end:hi])
    lo = _clause_start(text, s, start)
    before = _lower_words(text[lo:start])
    # A phrase fronted before the figure's clause names the counter of the whole sentence:
    # "According to organisers, 250,000 people took part", "By the organisers' count, ...".
    fronted = _lower_words(text[s:lo]) if lo > s else []
    fronted_raw = _POSSESSIVE_WORD.findall(text, s, lo) if lo > s else []
    if fronted[:2] == ["according", "to"]:
        before = fronted
    elif len(fronted) >= 2 and fronted[0] in ("by", "in") and fronted[-1] in lex.ESTIMATE_NOUNS:
        # Only a possessive or a name names a counter ("By the organisers' count", "By the
        # police's count", "By CGT estimates"); an adjective names none ("In the latest
        # figures", "By official estimates").
        word = fronted_raw[-2] if len(fronted_raw) >= 2 else ""
        if not word.endswith(("'", "’", "'s", "’s")) and not word[:1].isupper():
            return None
        counter = word.removesuffix("'s").removesuffix("’s").rstrip("'’").lower()
        # "By one estimate," names no counter
        names_one = counter not in _FUNCTION_WORDS and not _is_number_word(counter)
        return singular(counter) if names_one else None
    for words in (after, before):
        for i in range(len(words) - 2):
            if words[i] == "according" and words[i + 1] == "to":
                named = [w for w in words[i + 2 : i + 5] if w not in _FUNCTION_WORDS]
                return singular(named[0]) if named else None
    if len(before) >= 2 and before[-1] in lex.ESTIMATE_VERBS:
        subject = [w for w in before[:-1] if w not in _AUXILIARIES]
        if subject and subject[-1] not in _FUNCTION_WORDS:
            return singular(subject[-1])
    return None


def cause_of(text: str, start: int) -> str | None:
    """The kind of what killed or hurt the people counted at ``start``, when its sentence
    says it as the subject of the verb right before the figure ("A car bomb in the capital
    killed 22" -> explosion; "Floods have killed 30" -> flood); else None."""
    s, _ = sentence_bounds(text, start, start)
    clause = text[_clause_start(text, s, start) : start]
    words = _lower_words(clause)
    if len(words) < 2 or words[-1] not in lex.CAUSE_VERBS:
        return None
    subject = words[:-1]
    while subject and subject[-1] in ("has", "have", "had", "which", "that"):
        subject.pop()
    for i, w in enumerate(subject):
        if w in _CAUSE_STOP:
            subject = subject[:i]
            break
    return _cause_table().get(subject[-1]) if subject else None


_PLACE = re.compile(r"\b(?:in|across)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")


# Names of at most four bounded words: a failed match costs a few steps at any character.
_FRONTED_PLACE = re.compile(
    r"(?:In|Across)[ \t]+(?:the[ \t]+)?([A-Z][a-z]{1,30}(?:[ \t][A-Z][a-z]{1,30}){0,3}),"
)


def place_of(text: str, start: int, end: int) -> str | None:
    """The named place a figure's clause puts it in ("arrested 20 people in Lyon" -> lyon),
    or None; names of months and weekdays are times, not places. The clause runs on past
    "and": "gusts of up to 45 mph bringing down trees and power lines across Monroe County"
    are Monroe County's, whether "and" joins two nouns or two verbs of one subject."""
    s, e = sentence_bounds(text, start, end)
    lo = _clause_start(text, s, start)
    hi = _clause_end(text, end, e)
    while text.startswith("and", hi) and (brk := _next_break(text, hi + 3, e)) is not None:
        hi = brk[0]
    if text.startswith("and", hi):
        hi = e
    found = list(_PLACE.finditer(text, lo, hi))
    if lo > s and (fronted := _FRONTED_PLACE.match(text, s)) is not None:
        # "In Lyon, about 15,000 people marched": a place fronted before the figure's clause
        # is where the whole sentence happened
        found.append(fronted)
    for m in found:
        name = m.group(1).lower()
        first = name.split()[0]
        if first in date_lex.MONTHS or first in date_lex.WEEKDAYS:
            continue
        return name
    return None


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


_EVENT_PROPERTIES = ("event_date", "event_time")

_DATE_LEAD = frozenset(["on", "the", "early", "late", "this", "last", "at", "of", "in", "by"])


# A word of any script: "Küçükçekmece" is one word, where [A-Za-z] would make it three.
_ANY_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _placeless_words(text: str, lo: int, hi: int) -> list[str]:
    """The lower-case words of ``text[lo:hi]`` without its place phrases: "ended their search
    in the ruins of the collapsed building in Küçükçekmece on" loses "in Küçükçekmece". A
    place says where, not when: it never stands between a verb and the day it governs.

    >>> _placeless_words("crews ended the search at Rod Laver Arena on", 0, 44)
    ['crews', 'ended', 'the', 'search', 'on']
    """
    chunk = text[lo:hi]
    if chunk.isascii():
        lowered_words = _ANY_WORD.findall(chunk.lower())  # ASCII: the same words, lowered
        if lex.PLACE_PREPOSITIONS.isdisjoint(lowered_words):
            return lowered_words  # no place phrase to leave out (most clauses)
    words = _ANY_WORD.findall(text, lo, hi)
    kept: list[str] = []
    i = 0
    while i < len(words):
        lower = words[i].lower()
        if lower in lex.PLACE_PREPOSITIONS and i + 1 < len(words) and words[i + 1][0].isupper():
            i += 1
            while i < len(words) and words[i][0].isupper():
                i += 1  # the name, of however many words
            continue
        kept.append(lower)
        i += 1
    return kept


_PERIOD_FOLLOWER_ENDS = tuple(sorted({f.split()[-1] for f in lex.PERIOD_FOLLOWERS}))
_STATEMENT_NOUNS = tuple(sorted(lex.STATEMENT_NOUNS))
"""The nouns of something said, for :func:`_holds_any`: most sentences name none, which their
lowered words before the date need not be split out to tell."""

_PROSPECT_KEYS = frozenset(max(cue.split(), key=len) for cue in lex.PROSPECT_CUES)
"""One word of each prospect cue: a clause holding none of them holds no cue (one set test
per date, where the cues' own test cost a loop of string joins)."""


def _prospect(joined: str) -> bool:
    """Whether the clause's words, joined by blanks, hold a cue of ``lex.PROSPECT_CUES``."""
    return any(f" {cue} " in f" {joined} " for cue in lex.PROSPECT_CUES)


_DAY_GOVERNORS = frozenset([*lex.FOLLOW_UP_WORDS, *lex.STATE_WORDS])
"""The words that may make a date another's than the event's: a clause holding none of them
(most dates) is not read word by word."""

_PAST_EVENT_VERBS = lex.IRREGULAR_PAST_VERBS | lex.EVENT_TIME_WORDS | lex.INCIDENT_VERBS
"""Verbs that govern a date themselves: a state word before one ("the tower that still stood
there fell on Monday") does not date the day after it."""


def _a_state_word(reach: list[str], i: int) -> bool:
    """Whether ``reach[i]`` says a state lasts: one of ``lex.STATE_WORDS``, and a progressive
    one only after a form of "be" ("was holding 1,100 people", not "a boat holding 80").

    >>> _a_state_word(["which", "was", "holding"], 2), _a_state_word(["a", "boat", "holding"], 2)
    (True, False)
    """
    w = reach[i]
    if w not in lex.STATE_WORDS:
        return False
    return w not in lex.STATE_PROGRESSIVES or (i > 0 and reach[i - 1] in _PASSIVE_AUXILIARIES)


def read_date(mention: DateMention, text: str = "") -> Reading:
    """Dates carry their property and role from the date recogniser; the clause may say more.

    A date right after a reporting word ("officials said on Thursday", "as of Monday") is the
    date of a statement; one governed by a follow-up verb ("was arrested on Tuesday") is the
    date of that step. Neither is the date of the event the reports share.
    """
    prop = mention.property
    if text and _in_dateline(text, mention.start, mention.end):
        # "DHAKA, April 15 (Reuters) -": the day the story was filed, often the day after
        return Reading("statement_date", None, None, mention.role)
    if (
        text
        and prop in ("event_date", "event_time")
        and text[mention.start : mention.end].lower() in lex.PRESENT_DAY_OPENERS
        and _the_speakers_day(text, mention.start, mention.end)
    ):
        return Reading(None, None, None, mention.role)
    if (
        text
        and mention.role == "background"
        and mention.property is not None
        and _a_statistic_s_period(text, mention)
    ):
        return Reading(None, None, None, mention.role)
    possessive = text.startswith(("'s ", "’s "), mention.end)  # "Tuesday's blast"
    if (
        possessive
        and mention.role == "event"
        and text[mention.start : mention.end].lower() in date_lex.WEEKDAYS
        and _next_word(text, mention.end + 3) in lex.FIXTURE_NOUNS
    ):
        return Reading("fixture_date", mention.anchor, None, mention.role)  # "Sunday's final"
    # The sentence's start and the clause's words before the date, where a reading below has
    # found them: the follow-up words read them, then the deed or the time's anchor again.
    read: tuple[int, list[str]] | None = None
    if text and not possessive and mention.role == "event" and prop in _EVENT_PROPERTIES:
        s, _ = sentence_bounds(text, mention.start, mention.end)
        clause_lo = _clause_start(text, s, mention.start)
        written = text[clause_lo : mention.start]
        clause = written.lower()
        if written.isascii():
            words = _LOWER_WORD.findall(clause)  # what _lower_words gives, with no second lower()
            read = s, words
        else:  # beyond ASCII, a word of the lowered clause may be no word
            words = _lower_words(clause)
        lead = list(words)
        while lead and lead[-1] in _DATE_LEAD:
            lead.pop()
        tail = " ".join(lead[-2:])
        joined = " ".join(words)
        spoken = text[mention.start : mention.end].lower()
        following = text[mention.end : mention.end + 20]
        # A follower's last word starts one of the two words after the date: where the lowered
        # text holds none of those (most dates), they need not be split out.
        after = (
            " ".join(_lower_words(following)[:2])
            if _holds_any(following.lower(), _PERIOD_FOLLOWER_ENDS)
            else ""
        )
        if (
            joined.endswith(lex.PERIOD_LEADS)
            or (len(lead) < len(words) and " ".join(lead).endswith(lex.PERIOD_LEADS))
            or after.startswith(lex.PERIOD_FOLLOWERS)
            or (spoken.startswith(lex.PERIOD_DATES) and lex.PERFECT_AUXILIARIES & set(words))
        ):
            prop = "tally_period"
        elif _holds_any(
            (before := text[s : mention.start]).lower(), _STATEMENT_NOUNS
        ) and lex.STATEMENT_NOUNS.intersection(_lower_words(before)[-4:]):
            prop = "statement_date"  # "ESA's forecast, made on Thursday"
        elif _an_ordinal_day(words):
            prop = "step_date"  # "schools stayed closed for a second day on Tuesday"
        elif not _PROSPECT_KEYS.isdisjoint(words) and _prospect(joined):
            prop = "step_date"  # "was on course to become governor early on Monday"
        elif lex.OTHER_INSTANCE_WORDS.intersection(lead[-5:]):
            prop = "fixture_date"  # "The women's giant slalom on Saturday": another race's day
        elif _people_released(lead):
            # "the hostages were released on Feb. 10": people set free, not a statement
            prop = lex.FOLLOW_UP_WORDS["freed"]
        elif (
            lead
            and (
                _told(lead)  # "told reporters on Tuesday", "told state television on Monday"
                or lead[-1] in _REPORTING_WORDS
                or tail in _REPORTING_WORDS
                or " ".join(words[-2:]) in _REPORTING_WORDS
            )
        ):
            prop = "statement_date"
        elif not _DAY_GOVERNORS.isdisjoint(words):
            # Only a follow-up or state word sets the property below, and every word of the
            # clause without its places is among its words (tests/test_reading_follow_up.py):
            # a clause with none (most dates) need not have its places taken out and be read.
            reach = _placeless_words(text, clause_lo, mention.start)[-lex.FOLLOW_UP_REACH :]
            past_verb_between = False
            for i in range(len(reach) - 1, -1, -1):
                w = reach[i]
                if w in _RELATIVE_OPENERS:
                    break
                if w in lex.STATE_WORDS and not past_verb_between and _a_state_word(reach, i):
                    # "12 were still there on Friday": the day the state was seen
                    prop = "state_date"
                    break
                if w in _PAST_EVENT_VERBS:
                    past_verb_between = True
                particle = reach[i + 1] if i + 1 < len(reach) else ""
                if (
                    w in lex.FOLLOW_UP_WORDS
                    and particle not in lex.OTHER_VERB_PARTICLES.get(w, ())
                    and (w not in lex.FOLLOW_UP_PARTICLES or particle in lex.FOLLOW_UP_PARTICLES[w])
                ):
                    prop = lex.FOLLOW_UP_WORDS[w]
                    break
                if w.endswith("ed") and not (i and reach[i - 1] in _DETERMINERS):
                    # Another verb governs the date ("a boat intercepted on June 5"); a
                    # participle after an article is an adjective ("a collapsed shaft").
                    break
        if prop in ("event_date", "event_time"):
            # The verb may follow: "Police on Monday said", "rescuers on Tuesday recovered".
            follow = _lower_words(text[mention.end : mention.end + 30])[:2]
            if follow and follow[0] in _REPORTING_WORDS:
                prop = "statement_date"
            elif follow and follow[0] in lex.FOLLOW_UP_WORDS:
                prop = lex.FOLLOW_UP_WORDS[follow[0]]
            elif follow and lead and _people_act(lead[-1], follow[0], text, mention.end):
                # "Crews on Thursday cleared the rubble": people acting on a day after the
                # event, whose day other reports may give for other steps.
                prop = "step_date"
    anchor = mention.anchor
    entity = None
    if (
        text
        and mention.kind == "date"
        and prop == "event_date"
        and anchor is None
        and not possessive
    ):
        # A day that no event word dates may be a deed's own: "a rival bidder withdrew on
        # Friday" and "Maythorn agreed on Tuesday to be sold" are two days of two deeds, and
        # "One firefighter suffered burns on Friday" is not the day the fire was contained.
        _, words = read or _clause_words(text, mention)
        anchor = _deed_before(words)
    if text and mention.kind == "time" and prop == "event_time":
        # A report carries the times of many steps ("departed at 1:05", "skidded off the
        # runway at 1:30"): a time is anchored to what it is the time of, and times without
        # an anchor only group loosely.
        s, words = read or _clause_words(text, mention)
        follower = _FOLLOWER.match(text, mention.end)
        after = follower.group(1).lower() if follower is not None else ""
        anchor = "event" if after in lex.EVENT_TIME_WORDS else _time_anchor(words)
        if anchor == "event":
            # "The strongest aftershock, of magnitude 5.2, struck at 12:32 a.m.": the last
            # event word of the sentence before the time says which event struck
            anchor = _secondary_event(_lower_words(text[s : mention.start])) or anchor
        entity = next((w for w in words if w in date_lex.ORDINALS), None)
    if text and mention.role == "background" and prop is None:
        # A past date with no event word from the recogniser: the word it dates ("the most
        # recent inspection was in March 2024", "last inspected in 2023") names what it is.
        s, _ = sentence_bounds(text, mention.start, mention.end)
        clause = text[_clause_start(text, s, mention.start) : mention.start]
        content = [w for w in _lower_words(clause) if w not in _NO_DATED_WORD]
        if content:
            anchor = _stem(content[-1])
            # the verb too, when one comes first: grain "exported in October" is not grain
            # "harvested last year"
            verb = next((w for w in content[:-1] if _is_past_verb(w)), None)
            if verb is not None:
                anchor = f"{_stem(verb)}_{anchor}"
            prop = f"{anchor}_date"
    return Reading(prop, anchor, entity, mention.role)


def _clause_words(text: str, mention: DateMention) -> tuple[int, list[str]]:
    """The start of a date's sentence and the lowered words of its clause before it."""
    s, _ = sentence_bounds(text, mention.start, mention.end)
    return s, _lower_words(text[_clause_start(text, s, mention.start) : mention.start])


_NEXT_WORD = re.compile(r"\s*([A-Za-z][A-Za-z-]*)")


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][\w.'’-]*)*,\s*\Z")
_DATELINE_END = re.compile(
    r"(?:,? \d{4})?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*|/[^/\n]{1,40}/[ \t]*)?(?:--|[-–—])\s"
)
_DATELINE_REACH = 60
"""Characters from a paragraph's start to its dateline's date, at most ("NEW DELHI, ")."""


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the date of a wire dateline at a paragraph's start: a place
    whose first word is in capitals and a comma before it, an agency in brackets (or none)
    and a dash after it ("DHAKA, April 15 (Reuters) -", "WASHINGTON, Jan. 3 (AP) —")."""
    reach = start - _DATELINE_REACH
    reach = reach if reach > 0 else 0
    line = text.rfind("\n", reach, start) + 1  # a bounded look: linear on long paragraphs
    if (line == 0 and reach > 0) or _DATELINE_PLACE.match(text, line, start) is None:
        return False
    return _DATELINE_END.match(text, end) is not None


_CLAUSE_CLOSERS = frozenset(".,;:!?)\n")
"""Marks after a date that close its clause: the date names no noun after it."""


def _a_statistic_s_period(text: str, mention: DateMention) -> bool:
    """Whether a past date that the recogniser named by an event word ("deaths") closes a
    figure's clause: "Brazil recorded about 34,000 road deaths in 2024", "The highway saw 112
    deaths last year". It is the period of a background statistic, which its figure carries,
    not the date of the deaths every report of a crash tells of; two statistics of two periods
    are two facts, so the period dates nothing the reports share. (A date no event word names
    is named by what was done: "exported 3.1 million tonnes of grain in October 2022" is an
    export_grain_date, apart already.) A figure written in digits (nearly every
    statistic) is the cue; a clause without one is read as before, and so is a date that
    names a noun after it ("of the February 2023 derailment", "last year's derailment")."""
    after = text[mention.end : mention.end + 2].lstrip()[:1]
    if after and after not in _CLAUSE_CLOSERS:
        return False  # the clause goes on: the date may be a noun's
    s, _ = sentence_bounds(text, mention.start, mention.end)
    return _DIGIT.search(text, _clause_start(text, s, mention.start), mention.start) is not None


_PRESENT_CLAUSE_REACH = 60
"""Characters after a sentence-opening "Today" read for a past verb."""


def _the_speakers_day(text: str, start: int, end: int) -> bool:
    """Whether the present day at text[start:end] ("Today", "This morning") is a speaker's or
    the writer's day rather than the day of the story's event: it opens a quotation
    (the speaker's day, which may be the day before publication), or it opens a sentence whose
    clause tells no past deed ("Today the charity begins to rebuild."), where "Today, a bomb
    exploded" is the event's day."""
    s, e = sentence_bounds(text, start, end)
    opening = text[s:start].rstrip()
    if opening[-1:] in lex.QUOTE_OPENERS and not opening[-2:-1].isalnum():
        return True  # a quotation opens with it: 'She said: "Today is a sad day."'
    if opening:
        return False  # inside its sentence: "the charity begins to rebuild today" is read so
    words = _lower_words(text[end : min(e, end + _PRESENT_CLAUSE_REACH)])
    return not any(w in lex.PAST_CLAUSE_WORDS or _is_past_verb(w) for w in words)


def _word_before(text: str, at: int, lo: int) -> str:
    """The word that ends right before ``at`` (after blanks), lower case, within text[lo:at];
    "" if none."""
    words = _lower_words(text[max(lo, at - 24) : at])
    return words[-1] if words else ""


def _next_word(text: str, at: int) -> str:
    """The word starting at ``at`` (after spaces), lower case; "" if none."""
    m = _NEXT_WORD.match(text, at)
    return m.group(1).lower() if m is not None else ""


def _secondary_event(words: list[str]) -> str | None:
    """The event that followed the story's own ("aftershock") when it is the last event word
    of ``words``, else None."""
    for w in reversed(words):
        if w in lex.SECONDARY_EVENTS:
            return lex.SECONDARY_EVENTS[w]
        if w in lex.EVENT_TIME_WORDS and not _is_past_verb(w):
            return None  # the quake, the blast: the main event named last
    return None


def _an_ordinal_day(words: list[str]) -> bool:
    """Whether "a second day", "a third straight day" or "the fourth consecutive day" is in
    ``words``: a day that is one of several of the story."""
    if lex.ORDINAL_DAY_WORDS.isdisjoint(words):
        return False  # no ordinal (nearly every clause): one test in C, not one a word
    for i, w in enumerate(words):
        if w in lex.ORDINAL_DAY_WORDS:
            rest = words[i + 1 : i + 3]
            if rest[:1] == ["day"] or (
                rest[1:] == ["day"] and rest[0] in ("straight", "consecutive")
            ):
                return True
    return False


def _is_past_verb(word: str) -> bool:
    """A past tense or participle by its form: "exported", "harvested", "broke"."""
    return word in lex.IRREGULAR_PAST_VERBS or (len(word) > 4 and word.endswith("ed"))


def names_a_deed(subject: str | None) -> bool:
    """Whether a day's subject is a deed's past verb (from ``_deed_before``), not an event."""
    return subject is not None and _is_past_verb(subject)


def _deed_before(words: list[str]) -> str | None:
    """The past verb that governs a day at the end of ``words`` when it names a deed of its
    own ("withdrew", "agreed", "were allowed back"), or None when the nearest verb names the
    story's event or only that something happened ("overturned", "struck", "took place").
    Two days of two different deeds never clash (``align``); a day of a deed still clashes
    with a day no verb names."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in lex.EVENT_TIME_WORDS or w in lex.GENERIC_EVENT_VERBS or w in lex.INCIDENT_VERBS:
            return None
        if w in _RELATIVE_OPENERS:
            return None  # "the man who ... on Friday": the verb is another clause's
        if _is_past_verb(w) and not (i and words[i - 1] in _DETERMINERS):
            return w  # not after an article: "a collapsed shaft" names no deed
    return None


def _time_anchor(words: list[str]) -> str | None:
    """What a time of day is the time of: the verb governing it ("departed" -> depart), or,
    after a verb that only says something happened, the thing before it ("the blast happened
    at" -> explosion). None when the words name neither."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in lex.EVENT_TIME_WORDS and w not in lex.GENERIC_EVENT_VERBS:
            return "event"  # "the quake struck at", "made landfall at"
        verb = w in lex.IRREGULAR_PAST_VERBS or (len(w) > 4 and w.endswith(("ed", "ing")))
        if not verb:
            continue
        if w not in lex.GENERIC_EVENT_VERBS:
            return _stem(w)
        for noun in reversed(words[:i]):
            if noun in _FUNCTION_WORDS or noun in date_lex.ORDINALS:
                continue
            if noun in lex.EVENT_TIME_WORDS:
                return "event"  # "the blast happened at"
            return _listed_class(noun) or _lemma(noun)
        return "event" if w in lex.EVENT_TIME_WORDS else None
    return None


_PASSIVE_AUXILIARIES = frozenset(["was", "were", "been", "be", "being", "is", "are"])
_CAPTIVES = frozenset(["hostages", "hostage", "captives", "captive", "they", "he", "she"])


def _people_released(lead: list[str]) -> bool:
    """ "the hostages were released", "two sailors have been released": people set free.
    A report or figures "released" on a day are a statement."""
    if len(lead) < 3 or lead[-1] != "released" or lead[-2] not in _PASSIVE_AUXILIARIES:
        return False
    subject = next((w for w in reversed(lead[:-2]) if w not in _AUXILIARIES), "")
    return subject in _CAPTIVES or _listed_class(subject) == "person"


_REPORTING_WORDS = frozenset(lex.REPORTING_WORDS)
_OBJECT_REPORTING_WORDS = frozenset(lex.OBJECT_REPORTING_WORDS)
"""The lexicon's reporting words as sets: a date's words are looked up in them several times,
where a miss in the tuples compared the word with each of their 22 and 11 entries."""


def _told(lead: list[str]) -> bool:
    """A reporting verb that takes an object, then its object, then the date: "told
    reporters", "briefed the BBC", "informed state media". A clause after the object ("told
    reporters that the blast struck") is no object."""
    last = len(lead) - 5  # the object is at most three words long
    for i in range(len(lead) - 2, last if last > -1 else -1, -1):
        if lead[i] in _OBJECT_REPORTING_WORDS:
            return not any(w == "that" or w.endswith("ed") for w in lead[i + 1 :])
    return False


def _people_act(subject: str, verb: str, text: str, end: int) -> bool:
    """True when a date sits between people and what they did ("rescuers on Tuesday pulled"):
    the subject is a listed person noun (or its plural) and a lower-case word follows."""
    person = _listed_class(subject) == "person" or (
        _listed_class(subject.removesuffix("s")) == "person"
    )
    return person and verb.endswith("ed") and text[end : end + 1] == " "


_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "of",
        "by",
        "since",
        "until",
        "before",
        "after",
        "was",
        "were",
        "is",
        "are",
        "been",
        "be",
        "had",
        "has",
        "have",
        "last",
        "first",
        "most",
        "recent",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "up",
        "down",
        "out",
        "it",
        # conjunctions and prepositions: never what a date or a share is of
        "and",
        "or",
        "but",
        "nor",
        "to",
        "for",
        "from",
        "with",
        "than",
        "as",
        "into",
        "per",
        "cent",
        "percent",
        "percentage",
        "point",
        "points",
        # times: "a year earlier" names no thing
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "earlier",
        "later",
        "ago",
    ]
)
"""Words that never name what a figure or a date is about: a share "of" or a date's event
must be a content word ("62% and", "rose to ... in September" name none)."""
_CHANGE_WORDS = frozenset(
    [
        "rose",
        "risen",
        "fell",
        "fallen",
        "dropped",
        "climbed",
        "jumped",
        "increased",
        "decreased",
        "declined",
        "grew",
        "slipped",
        "edged",
        "stood",
        "reached",
        "hit",
        # the base forms, after "could", "may", "to": "could fall to minus 80C"
        "fall",
        "drop",
        "rise",
        "climb",
        "reach",
        "soar",
        "plunge",
        "dip",
        "sink",
        "top",
        "exceed",
    ]
)
"""Verbs of a level or its change: "inflation rose to 3.2% in September" dates a figure, not an
event named "rose"."""
_NO_DATED_WORD = (
    _FUNCTION_WORDS
    | _CHANGE_WORDS
    | frozenset(nums.SCALES)
    | frozenset(w for ws in UNIT_WORDS.values() for w in ws)
)
"""The words a past date's clause never names its thing by: the function words, the verbs of a
change, the scales, and the units ("3.1 million tonnes of grain": the grain, not tonnes). One
set lookup a word, where each word took four, one of them a call of ``units.lookup_word`` (the
words are lower-case ASCII, which it finds in its table of these units as they are)."""
_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """A crude stem that lets "inspection" and "inspected" meet; short words stay whole."""
    if not word.endswith(_SUFFIXES):
        return word  # no suffix at all: one test in C, not one a suffix
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
