"""Rendering of claims and reports for people (a text table) and for tools (JSON).

Pure functions from models to strings; only the CLI writes them anywhere.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable

from .models import Claim, DateInterval, Group, NumberInterval, Report

__all__ = ["format_interval", "render_claims", "render_html", "render_json", "render_text"]

_UNIT_SYMBOLS = {
    "meter": "m",
    "kilogram": "kg",
    "second": "s",
    "kelvin": "K",
    "meter ** 2": "m²",
    "meter ** 3": "m³",
    "meter / second": "m/s",
    "percent": "%",
}

_DATE_WIDTH = {"time": 16, "day": 10, "month": 7, "year": 4}


def _num(x: float) -> str:
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1e6 else f"{x:.4g}"


def format_interval(value: NumberInterval | DateInterval | None) -> str:
    """A short reading of an interval: ``[73, ∞) person``, ``686–716 m``, ``2024-01``.

    >>> format_interval(NumberInterval(low=100, high=None, low_closed=False, unit="person"))
    '(100, ∞) person'
    >>> format_interval(DateInterval(low="2020-01-01T00:00:00", high="2020-02-01T00:00:00",
    ...                              granularity="month"))
    '2020-01'
    """
    if value is None:
        return "unresolved"
    if isinstance(value, DateInterval):
        width = _DATE_WIDTH.get(value.granularity)
        if value.low and value.high and width is not None:
            return value.low[:width].replace("T", " ")
        low = value.low[:10] if value.low else "…"
        high = value.high[:10] if value.high else "…"
        return f"[{low}, {high}) {value.granularity}"
    unit = _UNIT_SYMBOLS.get(value.unit or "", value.unit or "")
    lo = value.low if value.low is not None else -math.inf
    hi = value.high if value.high is not None else math.inf
    if lo == hi:
        body = _num(lo)
    elif math.isfinite(lo) and math.isfinite(hi) and value.low_closed and value.high_closed:
        body = f"{_num(lo)}–{_num(hi)}"
    else:
        # an unbounded side is open, whatever its flag says
        low_bracket = "[" if value.low_closed and math.isfinite(lo) else "("
        high_bracket = "]" if value.high_closed and math.isfinite(hi) else ")"
        left = low_bracket + (_num(lo) if math.isfinite(lo) else "-∞")
        right = (_num(hi) if math.isfinite(hi) else "∞") + high_bracket
        body = f"{left}, {right}"
    return f"{body} {unit}".rstrip()


def _label(group: Group) -> str:
    parts = [group.property or "?"]
    first = group.claims[0]
    if first.entity:
        parts.append(f"({first.entity})")
    if first.role != "event":
        parts.append(f"[{first.role}]")
    return " ".join(parts)


def render_text(report: Report) -> str:
    """A table with one block per group: verdict, property, each source's words and value."""
    lines = []
    for group in report.groups:
        head = f"{group.verdict.upper():<14}{_label(group):<23} "
        for i, claim in enumerate(group.claims):
            words = f'{claim.doc}: "{claim.text}"'
            lines.append(
                f"{head if i == 0 else ' ' * 38}{words:<52} {format_interval(claim.value)}"
            )
        tail = []
        if group.consensus is not None and group.verdict != "single_source":
            tail.append(f"consensus {format_interval(group.consensus)}")
        if group.reason and group.verdict != "single_source":
            tail.append(group.reason)
        if tail:
            lines.append(" " * 38 + "; ".join(tail))
    counts = {
        v: sum(g.verdict == v for g in report.groups)
        for v in ("contradict", "compatible", "agree", "single_source")
    }
    summary = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in counts.items())
    lines.append(f"{len(report.documents)} documents, {len(report.groups)} groups: {summary}")
    return "\n".join(lines)


def render_claims(claims: Iterable[Claim]) -> str:
    """One line per claim: document, kind, property, exact words, normalised value."""
    lines = []
    for c in claims:
        prop = c.property or "-"
        lines.append(
            f"{c.doc:<14}{c.kind:<10}{prop:<14}{c.text!r:<44} {format_interval(c.value)}"
            + (f"  ({c.note})" if c.note else "")
        )
    return "\n".join(lines)


def render_json(report: Report) -> str:
    """The JSON of DESIGN.md: ``documents`` and ``groups``."""
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2)


_VERDICT_COLOURS = {
    "contradict": "#b3261e",
    "compatible": "#8a6d00",
    "agree": "#1e6b35",
    "single_source": "#555555",
}


def _context(text: str, start: int, end: int, width: int = 80) -> str:
    """The claim's words in their sentence, escaped, with the words themselves marked."""
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    before = html.escape(text[lo:start])
    words = html.escape(text[start:end])
    after = html.escape(text[end:hi])
    return f"{'…' if lo else ''}{before}<mark>{words}</mark>{after}{'…' if hi < len(text) else ''}"


def _svg_intervals(group: Group, width: int = 240, row: int = 14) -> str:
    """A small picture of the claims' intervals on one axis (numbers only)."""
    spans = []
    for claim in group.claims:
        if not isinstance(claim.value, NumberInterval):
            return ""
        spans.append((claim.value.low, claim.value.high))
    finite = [x for span in spans for x in span if x is not None]
    if not finite:
        return ""
    lo, hi = min(finite), max(finite)
    pad = (hi - lo) * 0.15 or max(abs(hi), 1.0) * 0.15
    lo, hi = lo - pad, hi + pad

    def x(v: float | None, default: float) -> float:
        return default if v is None else (v - lo) / (hi - lo) * width

    bars = []
    for i, (a, b) in enumerate(spans):
        x0, x1 = x(a, 0.0), x(b, float(width))
        y = i * row + 3
        bars.append(
            f'<rect x="{x0:.1f}" y="{y}" width="{max(x1 - x0, 2.0):.1f}" height="{row - 6}" '
            f'fill="{_VERDICT_COLOURS[group.verdict]}" opacity="0.6"/>'
        )
    height = row * len(spans)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="intervals">{"".join(bars)}</svg>'
    )


def render_html(report: Report) -> str:
    """A self-contained HTML page of the report; every piece of document text is escaped."""
    texts = {d.id: d.text for d in report.documents}
    rows = []
    for group in report.groups:
        colour = _VERDICT_COLOURS[group.verdict]
        claims = "".join(
            f"<li><b>{html.escape(c.doc)}</b>: {_context(texts[c.doc], c.start, c.end)} "
            f"<code>{html.escape(format_interval(c.value))}</code></li>"
            for c in group.claims
        )
        consensus = (
            f"<p>consensus <code>{html.escape(format_interval(group.consensus))}</code></p>"
            if group.consensus is not None and group.verdict != "single_source"
            else ""
        )
        rows.append(
            f'<section class="group"><h2 style="color:{colour}">'
            f"{html.escape(group.verdict.replace('_', ' '))}: {html.escape(_label(group))}</h2>"
            f"<p>{html.escape(group.reason)}</p>{consensus}{_svg_intervals(group)}"
            f"<ul>{claims}</ul></section>"
        )
    documents = "".join(
        f"<li>{html.escape(d.id)}"
        + (f" ({html.escape(d.source)})" if d.source else "")
        + (f", {html.escape(d.published.isoformat())}" if d.published else "")
        + "</li>"
        for d in report.documents
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>factcheck report</title><style>"
        "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}"
        "mark{background:#fff3a0}section.group{border-top:1px solid #ddd;padding:.5rem 0}"
        "</style></head><body><h1>factcheck report</h1>"
        f"<ul>{documents}</ul>{''.join(rows)}</body></html>\n"
    )
