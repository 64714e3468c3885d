#!/usr/bin/env python3
"""How compare() grows with the number of documents: 100, 1,000 and 10,000 generated reports.

Each generated report of one event carries about a dozen claims (tolls, distances, dates,
counts, money, durations) with figures drawn around shared true values, as wire copies of
one story differ. Prints the seconds per size and the growth ratio per tenfold step; a
near-linear compare() shows ratios near 10.

    python benchmarks/compare_scale.py               # 100, 1,000, 10,000
    python benchmarks/compare_scale.py --sizes 100,1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

import factcheck

TEMPLATES = (
    "Two explosions struck the {place} memorial on Wednesday, killing {q1} {killed} people "
    "and injuring {q2} {injured}, officials said on Thursday. The first blast went off about "
    "{feet:,} feet from the gate and the second about {metres} metres away, some {minutes} "
    "minutes later. Police arrested {arrested} suspects. Damage was put at ${money} million. "
    "Three police officers were among the dead. The memorial opened in {year}, and funerals "
    "are expected on Friday.",
    "{Q1} {killed} people died and {injured} others were hurt when twin blasts hit {place} "
    "on Jan. 3. The first bomb exploded roughly {metres} metres from the tomb. {arrested} "
    "people were detained. Officials said {percent}% of the victims were pilgrims. The two "
    "blasts were about {minutes} minutes apart. A similar attack in {year} killed 12 people.",
    "The toll from Wednesday's bombings in {place} rose to {killed}, the health ministry said, "
    "and {injured} people were wounded. About {crowd:,} mourners had gathered near the grave, "
    "some {feet:,} feet from the first blast. Repairs will cost about ${money} million. "
    "Investigators questioned {arrested} people on Thursday. Some {percent}% of the wounded "
    "remain in hospital, {serious} of them in critical condition.",
)
QUALIFIERS = ("at least", "more than", "about", "")

WIRE_SHARE = 0.15
"""Share of documents that reprint an earlier one word for word (wire copies)."""


def make_documents(n: int, seed: int = 7) -> list[factcheck.Document]:
    """``n`` reports of one event: most agree within rounding, a few are early or wrong."""
    rng = random.Random(seed)
    published = dt.datetime(2024, 1, 3, 18, tzinfo=dt.UTC)
    docs: list[factcheck.Document] = []
    for i in range(n):
        when = published + dt.timedelta(minutes=i)
        if docs and rng.random() < WIRE_SHARE:
            original = rng.choice(docs)
            docs.append(factcheck.Document(id=f"doc{i:05d}", text=original.text, published=when))
            continue
        killed = 84 + rng.choice((-30, -11, 0, 0, 0, 16))
        q1 = rng.choice((*QUALIFIERS[:2], "", ""))
        fields = {
            "place": rng.choice(("Kerman", "the city's", "the cemetery's")),
            "q1": q1,
            "Q1": q1.capitalize() if q1 else "Some",
            "q2": rng.choice(QUALIFIERS),
            "killed": killed,
            "injured": 284 + rng.choice((-100, 0, 0, 20)),
            "feet": rng.choice((2300, 2300, 2000)),
            "metres": rng.choice((700, 700, 600)),
            "minutes": rng.choice((10, 20, 20)),
            "arrested": rng.choice((11, 11, 12)),
            "money": rng.choice((5, 5, 6)),
            "year": rng.choice((1998, 1998, 2001)),
            "percent": rng.choice((40, 40, 45)),
            "crowd": rng.choice((10000, 10000, 12000)),
            "serious": rng.choice((4, 4, 5)),
        }
        text = rng.choice(TEMPLATES).format(**fields)
        docs.append(factcheck.Document(id=f"doc{i:05d}", text=text, published=when))
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    factcheck.compare(make_documents(3))  # warm up: lazy registries, caches
    previous: tuple[int, float] | None = None
    print(f"{'documents':>10} {'claims':>8} {'groups':>7} {'seconds':>9} {'growth':>16}")
    for n in sizes:
        docs = make_documents(n)
        t0 = time.perf_counter()
        report = factcheck.compare(docs)
        seconds = time.perf_counter() - t0
        claims = sum(len(g.claims) for g in report.groups)
        growth = ""
        if previous is not None:
            ratio = seconds / previous[1]
            growth = f"x{ratio:.1f} for x{n / previous[0]:.0f} docs"
        print(f"{n:>10,} {claims:>8,} {len(report.groups):>7,} {seconds:>9.2f} {growth:>16}")
        previous = (n, seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
