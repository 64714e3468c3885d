#!/usr/bin/env python3
"""Accuracy of factcheck on the peers' test suites and on the multi-document cases.

Runs, in one go and with this project's factcheck importable:

* ``../shared/tools/specs_eval.py`` over every suite of ``../shared/data`` with factcheck,
  quantulum3 and dateparser side by side (the same cases, the same run, the same rules;
  ``--rules`` of that script explains them);
* ``../shared/cases/score.py`` over ``../shared/cases/dev.json`` (pair accuracy, separations,
  contradiction precision and recall).

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
        cmd = [sys.executable, str(SHARED / "cases" / "score.py"), args.cases]
        print("\n$", " ".join(cmd), flush=True)
        status |= subprocess.call(cmd, env=env, cwd=ROOT)
    return status


if __name__ == "__main__":
    sys.exit(main())
