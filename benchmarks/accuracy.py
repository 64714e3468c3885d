#!/usr/bin/env python3
"""Accuracy of factcheck on the peers' test suites and on the multi-document cases.

Runs, in one go and with this project's factcheck importable:

* ``../shared/tools/specs_eval.py`` over every suite of ``../shared/data`` with factcheck,
  quantulum3 and dateparser side by side (the same cases, the same run, the same rules;
  ``--rules`` of that script explains them);
* ``../shared/cases/score.py`` over ``../shared/cases/dev.json`` (pair accuracy, separations,
  contradiction precision and recall), then over this project's own fresh cases in
  ``benchmarks/cases/review-*.json``: cases that reviewers wrote, unlike dev.json, to find what
  dev.json does not show (disasters; markets, health and courts; long reports);
* ``benchmarks/cases/consistent-sets*.json``: 690 sets of reports that agree with each other
  by construction (the second file's 60 were written to be harder: later steps of a story with
  their own days, prices of two items, tallies told day by day); every contradiction reported
  there is a false one, and is listed.

    python benchmarks/accuracy.py                      # everything (peers from the bench extra)
    python benchmarks/accuracy.py --systems factcheck  # factcheck alone, faster
    python benchmarks/accuracy.py --suites rt-number,rt-dimension -v 10

The last lines are the summaries of both scorers. We score with the shared scorers rather
than a copy of their rules so that our figures are the ones measured on held-out data.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))
OWN_CASES = ROOT / "benchmarks" / "cases"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--systems",
        default="factcheck,quantulum3,dateparser",
        help="systems for specs_eval (comma-separated)",
    )
    parser.add_argument("--suites", default=None, help="specs_eval suites (default: all)")
    parser.add_argument("--cases", default=str(SHARED / "cases" / "dev.json"))
    parser.add_argument("--no-specs", action="store_true", help="skip the peers' suites")
    parser.add_argument("--no-cases", action="store_true", help="skip the multi-document cases")
    parser.add_argument(
        "-v", "--verbose", type=int, default=0, help="failures listed per suite (specs_eval -v N)"
    )
    args = parser.parse_args()
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
    )
    status = 0
    if not args.no_specs:
        cmd = [sys.executable, str(SHARED / "tools" / "specs_eval.py"), "--system", args.systems]
        if args.suites:
            cmd += ["--suite", args.suites]
        if args.verbose:
            cmd += ["-v", str(args.verbose)]
        print("$", " ".join(cmd), flush=True)
        status |= subprocess.call(cmd, env=env, cwd=ROOT)
    if not args.no_cases:
        for cases in [args.cases, *map(str, sorted(OWN_CASES.glob("review-*.json")))]:
            cmd = [sys.executable, str(SHARED / "cases" / "score.py"), cases]
            print("\n$", " ".join(cmd), flush=True)
            status |= subprocess.call(cmd, env=env, cwd=ROOT)
        for sets in sorted(OWN_CASES.glob("consistent-sets*.json")):
            false_contradictions(sets)
    return status


def false_contradictions(path: Path) -> int:
    """Compare each set of consistent reports; print and count the contradictions found."""
    sys.path.insert(0, str(ROOT))
    import json

    import factcheck

    sets = json.loads(path.read_text(encoding="utf-8"))
    found = 0
    for case in sets:
        docs = [factcheck.Document(**d) for d in case["documents"]]
        for group in factcheck.compare(docs).contradictions:
            found += 1
            quotes = "; ".join(f"{c.doc}: {c.text!r}" for c in group.claims)
            print(f"  FALSE {case['id']} {group.property}: {quotes}")
    print(f"\n{path.name}: {len(sets)} sets, {found} contradictions reported (all false)")
    return found


if __name__ == "__main__":
    sys.exit(main())
