"""extract builds its claims with ``models.trusted``, unvalidated: they must be the very models
validation makes. Checked over every text the speed work fingerprints: the speed corpus, the
recogniser test sets and the case files of ../shared, and the benchmark cases."""

from __future__ import annotations

import glob
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import factcheck
from factcheck.models import Claim, DateInterval, NumberInterval, Stated, trusted

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PUBLISHED = "2024-01-03T12:00:00+00:00"


def _speed_paragraphs() -> list[str]:
    spec = importlib.util.spec_from_file_location("speed", ROOT / "benchmarks" / "speed.py")
    assert spec is not None
    assert spec.loader is not None
    speed = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("speed", speed)  # its dataclasses look their module up
    spec.loader.exec_module(speed)
    paragraphs: list[str] = speed.paragraphs()
    return paragraphs


def _json(path: str | Path) -> Any:
    with open(path, encoding="utf-8-sig") as f:
        return json.load(f)


def _shared_texts() -> Iterator[str]:
    for name in sorted(glob.glob(str(SHARED / "data/recognizers_text/**/*.json"), recursive=True)):
        try:
            data = _json(name)
        except ValueError:
            continue
        if isinstance(data, list):
            for case in data:
                if isinstance(case, dict) and isinstance(case.get("Input"), str):
                    yield case["Input"]
    quantulum = SHARED / "data/quantulum3/quantities.json"
    if quantulum.exists():
        yield from (case["req"] for case in _json(quantulum))
    kerman = SHARED / "corpus/kerman/documents.jsonl"
    if kerman.exists():
        yield from (json.loads(line)["text"] for line in kerman.read_text().splitlines())
    cases = [SHARED / "cases/dev.json", *sorted((ROOT / "benchmarks/cases").glob("*.json"))]
    for path in cases:
        if path.exists():
            for case in _json(path):
                yield from (d["text"] for d in case.get("documents", []))
    for name in sorted(glob.glob(str(SHARED / "data/duckling/*.hs"))):
        for literal in re.findall(r'"((?:[^"\\\n]|\\.)*)"', Path(name).read_text()):
            if len(literal) > 1:
                yield literal


def _revalidated(claim: Claim) -> Claim:
    """What validation makes of the data the claim was built from."""
    return Claim.model_validate(claim.model_dump(exclude_unset=True))


def _assert_validated(claim: Claim) -> None:
    again = _revalidated(claim)
    # repr tells 3 from 3.0, which == does not; the dumps keep the order of the fields.
    assert repr(claim) == repr(again)
    assert claim == again
    assert claim.model_dump_json() == again.model_dump_json()
    assert claim.model_fields_set == again.model_fields_set
    for inner, inner_again in ((claim.stated, again.stated), (claim.value, again.value)):
        assert type(inner) is type(inner_again)
        if inner is not None and inner_again is not None:
            assert inner.model_fields_set == inner_again.model_fields_set


def test_extracted_claims_are_the_validated_models() -> None:
    texts = [*_speed_paragraphs(), *_shared_texts()]
    claims = 0
    for text in texts:
        for claim in factcheck.extract(text, published=PUBLISHED):
            _assert_validated(claim)
            claims += 1
    assert claims > 400


PIECES = [
    "between", "and", "to", "from", "500", "40", "1,200", "-", "people", "killed", "km",
    "$", "3.5", "million", "%", "about", "more than", "January", "2024", "Monday", "ago",
    "years", "at", "9:30", "p.m.", "dozens", "of", ",", ".", "Feb.", "1990", "since",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_claims_of_any_words_are_the_validated_models(pieces: list[str]) -> None:
    for claim in factcheck.extract(" ".join(pieces), published=PUBLISHED):
        _assert_validated(claim)


def test_trusted_is_model_validate() -> None:
    values = {"low": 1.0, "high": 2.5, "unit": "metre"}
    assert repr(trusted(Stated, values)) == repr(Stated.model_validate(values))
    interval = {"low": None, "high": 3.0, "low_closed": False}  # a default left out
    built = trusted(NumberInterval, interval)
    assert repr(built) == repr(NumberInterval.model_validate(interval))
    assert built.model_fields_set == {"low", "high", "low_closed"}
    date = {"low": "2024-01-01", "high": "2024-01-02", "granularity": "day"}
    claim = {
        "doc": "d",
        "kind": "date",
        "text": "Monday",
        "start": 3,
        "end": 9,
        "value": trusted(DateInterval, date),
    }
    assert repr(trusted(Claim, claim)) == repr(Claim.model_validate({**claim, "value": date}))
    with pytest.raises(ValidationError):  # frozen like a validated model
        trusted(Claim, claim).text = "Tuesday"
