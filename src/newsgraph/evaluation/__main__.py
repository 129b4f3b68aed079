"""`python -m newsgraph.evaluation` (`make eval`): every figure, newsgraph beside its baseline.

The baseline is spaCy's model alone where it applies (entities), else the generic tool named in
the figure's detail (dateparser for dates, exact string match for name pairs).
"""
from __future__ import annotations

import argparse
import importlib
import sys
import time

from newsgraph.evaluation.common import Figure, shared_dir

#: Evaluations by the name ``--only`` takes: the module of ``newsgraph.evaluation`` that holds its
#: ``evaluate(shared) -> list[Figure]``.
MODULES = {"seed": "seed", "ner": "ner", "names": "names", "resolve": "resolve", "times": "times",
           "quotes": "quotes", "events": "events", "own": "own_gold"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.evaluation", description=__doc__)
    ap.add_argument("--only", nargs="*", choices=MODULES, help="run only these evaluations")
    ap.add_argument("--shared", help="the shared folder (default: ../shared beside the checkout)")
    a = ap.parse_args(argv)
    shared = shared_dir(a.shared)
    print(f"{'figure':58} {'newsgraph':>10} {'baseline':>10}  baseline is")
    for name in a.only or MODULES:
        mod = importlib.import_module(f"newsgraph.evaluation.{MODULES[name]}")
        t0 = time.perf_counter()
        figures: list[Figure] = mod.evaluate(shared)
        for f in figures:
            base = "" if f.baseline is None else f"{f.baseline:.3f}"
            print(f"{f.name:58} {f.value:>10.3f} {base:>10}  {f.detail}")
        print(f"  ({name}: {time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
