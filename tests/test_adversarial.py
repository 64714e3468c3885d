"""Strange and hostile input: processed without error and in time linear in its length.

DESIGN.md promises that any string, however long or strange, is processed in linear time.
These tests hold extraction and every regular expression of the package to it on the inputs
that break naive scanners (issue 7). They compare times only with each other, never with a
clock limit: one input of ``16 n`` characters against the same work done as 16 inputs of
``n``. Linear work costs the same per character (a ratio near 1; caches of the processor may
make long strings up to about twice as dear), quadratic work 16 times as much. The bound of 5
leaves room for a busy machine and still fails anything quadratic, or even ``n ** 1.5`` (4).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.patterns import Caseless

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GROWTH = 16
MAX_RATIO = 5.0

ADVERSARIAL = {
    "digits": "0123456789",
    "more than": "more than ",
    "commas and spaces": ", ,  ,, ",
    "unclosed brackets": "((((",
    "closing brackets": "))))",
    "one long word": "abcdefghijklmnopqrstuvwxyz",
    "dollar signs": "$",
    "percent signs": "%",
    "hyphens": "-",
    "symbols mixed": "$%-",
    "dotted digits": "1.",
    "digit commas": "1,",
    "long number words": "seventyseventy",
    "newlines": "\n",
    "quotes": "\"'“",
    "one long sentence": "the blast killed people and ",
}
# Inputs that are nearly all figures or dates: each token is a claim, so they cost per claim
# and are run shorter.
DENSE = {
    "figures": "12 ",
    "number words": "seventy-three ",
    "qualified figures": "more than 5 feet, ",
    "ranges": "5-6 ",
    "month and year": "January 2020 ",
    "weekdays": "on Wednesday ",
}


def repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def fastest(fn: Callable[[], object], repeats: int = 3) -> float:
    """The fastest of a few runs: the one least disturbed by other work on the machine."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def growth(run: Callable[[str], object], unit: str, size: int, repeats: int = 3) -> float:
    """Per-character cost of one ``GROWTH * size`` input over that of ``size`` inputs."""
    small, big = repeat_to(unit, size), repeat_to(unit, GROWTH * size)
    run(small)  # lazy tables and registries are built before the clock starts
    as_pieces = fastest(lambda: [run(small) for _ in range(GROWTH)], repeats)
    return fastest(lambda: run(big), repeats) / max(as_pieces, 1e-9)


def extract(text: str) -> tuple[factcheck.Claim, ...]:
    return factcheck.extract(text, published="2024-01-03")


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_input_extracts_without_error(unit: str) -> None:
    text = repeat_to(unit, 200_000)
    for claim in extract(text):
        assert text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_input_takes_linear_time(unit: str) -> None:
    ratio = growth(extract, unit, 200_000 // GROWTH, repeats=2)
    assert ratio < MAX_RATIO, f"one {GROWTH}x longer text cost {ratio:.1f}x per character"


@pytest.mark.parametrize("unit", DENSE.values(), ids=DENSE.keys())
def test_claim_dense_input_takes_linear_time(unit: str) -> None:
    text = repeat_to(unit, 500)
    claims = extract(text)
    assert claims, "the dense inputs are meant to be read as claims"
    ratio = growth(extract, unit, 500, repeats=2)
    assert ratio < MAX_RATIO, f"one {GROWTH}x longer text cost {ratio:.1f}x per character"


def test_compare_of_adversarial_documents_takes_linear_time() -> None:
    def run(text: str) -> object:
        half = len(text) // 2
        return factcheck.compare([text[:half], text[half:]])

    ratio = growth(run, "more than 5 people were killed, ", 500, repeats=2)
    assert ratio < MAX_RATIO, f"one {GROWTH}x longer text cost {ratio:.1f}x per character"


# ---------------------------------------------------------------------------------------------
# The regex audit: every pattern the package compiles, on every hostile input
# ---------------------------------------------------------------------------------------------


def _modules() -> Iterator[Any]:
    yield factcheck
    for info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if info.name in ("factcheck.pytest_plugin",):
            continue  # imports pytest internals; it compiles no pattern of the scan
        yield importlib.import_module(info.name)


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif isinstance(value, Caseless):
        yield value.pattern  # and its lower-case twin, searched on lower-cased windows
        yield value._lower
    elif depth < 2 and isinstance(value, (list, tuple, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def package_patterns() -> dict[str, re.Pattern[str]]:
    """Each pattern held by a factcheck module, also those built by a cached builder function
    (``_predicate_pattern()``), by ``module.NAME`` or ``module.function()``."""
    extract("Warm-up: more than 100 people were killed on Wednesday, 2,300 feet away.")
    found: dict[str, re.Pattern[str]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            for i, pattern in enumerate(_patterns_in(value)):
                found.setdefault(f"{module.__name__}.{name}" + (f"[{i}]" if i else ""), pattern)
            # lru_cache'd builders with no arguments: their result is one more pattern
            if (
                callable(value)
                and hasattr(value, "cache_info")
                and value.__module__ == module.__name__
            ):
                try:
                    built = value()
                except TypeError:
                    continue
                for i, pattern in enumerate(_patterns_in(built)):
                    found.setdefault(
                        f"{module.__name__}.{name}()" + (f"[{i}]" if i else ""), pattern
                    )
    return found


def anchored_only(qualified: str) -> bool:
    """Whether the module uses the pattern only with ``.match``/``.fullmatch`` at a position.

    Such a pattern is tried once per candidate, not at every position of the text, so it is
    held to linear time per call; every other pattern (searched, or used in a way this
    reading of the source cannot tell) is held to linear time over a whole-text search.
    """
    module_name, _, name = qualified.rpartition(".")
    if not name.isidentifier():
        return False  # built by a function or held in a table: assume it is searched
    source = inspect.getsource(importlib.import_module(module_name))
    uses = set(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source))
    return bool(uses) and uses <= {"match", "fullmatch"}


PATTERNS = package_patterns()
AUDIT_SIZE = 1_000


def test_the_audit_finds_the_scanners() -> None:
    assert len(PATTERNS) >= 10, sorted(PATTERNS)
    assert any(name.startswith("factcheck.dates.") for name in PATTERNS)
    assert any(name.startswith("factcheck.quantities.") for name in PATTERNS)


def _scan(pattern: re.Pattern[str]) -> Callable[[str], object]:
    # A search through the whole text, as the scanners run their triggers: a pattern that
    # backtracks badly pays at every start position, and so grows faster than the text.
    def run(text: str) -> object:
        return sum(1 for _ in pattern.finditer(text))

    return run


def _match(pattern: re.Pattern[str]) -> Callable[[str], object]:
    def run(text: str) -> object:
        return pattern.match(text)

    return run


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_hostile_input(name: str) -> None:
    pattern = PATTERNS[name]
    how = _match if anchored_only(name) else _scan
    slow = {}
    for label, unit in {**ADVERSARIAL, **DENSE}.items():
        ratio = growth(how(pattern), unit, AUDIT_SIZE)
        if ratio >= MAX_RATIO:
            slow[label] = round(ratio, 1)
    assert not slow, (
        f"{name} = {pattern.pattern[:80]!r} ({how.__name__.strip('_')}) grows super-linearly "
        f"on {slow}"
    )


def test_the_audit_catches_a_quadratic_pattern() -> None:
    # A search that runs through a whole run of spaces from every start before failing: the
    # harness must see it, or the audit above proves nothing.
    bad = re.compile(r"\s+of\b")
    assert growth(_scan(bad), " ", AUDIT_SIZE) >= MAX_RATIO
    assert growth(_match(bad), " ", AUDIT_SIZE) < MAX_RATIO


# ---------------------------------------------------------------------------------------------
# Work over the whole text per figure: quadratic with a constant too small for a timing test
# at unit-test sizes, so counted instead
# ---------------------------------------------------------------------------------------------


class CountingStr(str):
    """A text that counts the characters its whole-text methods go through.

    Slices are plain ``str``: work on a window around a figure is not counted, only calls on
    the document's whole text (``text.lower()`` per figure is the quadratic pattern).
    """

    scanned = 0

    def _count(self, start: int | None = None, end: int | None = None) -> None:
        lo = 0 if start is None else max(0, start if start >= 0 else len(self) + start)
        hi = len(self) if end is None else min(len(self), end if end >= 0 else len(self) + end)
        CountingStr.scanned += max(0, hi - lo)


def _counting(name: str, bounded: bool) -> Any:
    method = getattr(str, name)

    def wrapper(self: CountingStr, *args: Any) -> Any:
        if bounded:
            self._count(*[*args[1:3], None, None][:2])
        else:
            self._count()
        return method(self, *args)

    return wrapper


for _name in ("lower", "upper", "casefold", "split", "rsplit", "splitlines", "replace", "strip"):
    setattr(CountingStr, _name, _counting(_name, bounded=False))
for _name in ("find", "rfind", "index", "rindex", "count"):
    setattr(CountingStr, _name, _counting(_name, bounded=True))
CountingStr.__contains__ = _counting("__contains__", bounded=False)  # type: ignore[method-assign]


def news_text(size: int) -> str:
    paragraphs = [
        " ".join(doc["text"].split())
        for case in json.loads((SHARED / "cases" / "dev.json").read_text(encoding="utf-8"))
        for doc in case["documents"]
    ]
    return repeat_to("\n\n".join(paragraphs) + "\n\n", size)


def test_no_whole_text_pass_per_figure() -> None:
    text = news_text(20_000)
    document = factcheck.Document.model_construct(
        id="news", text=CountingStr(text), published=dt.datetime(2024, 1, 3), source=None, url=None
    )
    CountingStr.scanned = 0
    claims = factcheck.extract(document)
    assert len(claims) > 100
    # A few passes over the whole text are fine; one per figure is not.
    assert CountingStr.scanned <= 8 * len(text), (
        f"{CountingStr.scanned:,} characters scanned by whole-text methods for a "
        f"{len(text):,}-character text with {len(claims)} claims"
    )


def test_background_spans_outside_the_sentence_change_no_reading() -> None:
    # extract passes read_number only the background dates inside the figure's sentence (all
    # of them made it quadratic in a long text): the readings must be the same either way.
    from factcheck import dates, properties

    extract_module = importlib.import_module("factcheck.extract")  # the name is the function

    text = news_text(30_000)
    when = dt.datetime(2024, 1, 3)
    date_mentions = dates.find_dates(text, when)
    numbers = extract_module.find_mentions(factcheck.Document(id="n", text=text, published=when))
    background = tuple((m.start, m.end) for m in date_mentions if m.role == "background")
    starts = [b[0] for b in background]
    assert background, "the news text should hold dates of past events"
    for mention in numbers[1]:
        sentence = properties.sentence_bounds(text, mention.start, mention.end)
        near = extract_module._spans_in_sentence(background, starts, sentence)
        assert properties.read_number(text, mention, near) == properties.read_number(
            text, mention, background
        )
