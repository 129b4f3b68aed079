"""The seed article against its gold record, with the shared scorer."""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from newsgraph.evaluation.common import Figure

SEED = "000_9f2c35486580cde8"


@lru_cache(maxsize=None)
def scorer(shared: Path):
    """The shared ``score.py`` as a module (standard library only)."""
    spec = importlib.util.spec_from_file_location("newsgraph_shared_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_seed(shared: Path) -> dict:
    import json

    from newsgraph import analyze, read_path

    text_path = shared / "corpus" / f"{SEED}.txt"
    gold = json.loads((shared / "eval" / "gold" / f"{SEED}.gold.json").read_text(encoding="utf-8"))
    (record,) = analyze([read_path(text_path)])
    return scorer(shared).score(record.to_dict(), gold, text_path.read_text(encoding="utf-8"))


def evaluate(shared: Path) -> list[Figure]:
    s = score_seed(shared)
    return [
        Figure("seed: document fields correct (of 5)", s["document"]["correct"]),
        Figure("seed: entities F1", s["entities"]["f1"]),
        Figure("seed: entity variant recall", s["entities"]["variant_recall"]),
        Figure("seed: entity splits", s["entities"]["splits"]),
        Figure("seed: quotes span F1", s["quotes"]["span"]["f1"]),
        Figure("seed: quotes attributed F1", s["quotes"]["attributed"]["f1"]),
        Figure("seed: times F1", s["times"]["f1"]),
        Figure("seed: events F1", s["events"]["f1"]),
    ]
