"""Our own gold sets: hand-written articles in the seed's genre, scored like the seed.

The articles (``tests/data/gold_own/NAME.txt``, five French and one English) are pages as copied
from the web by Lebanese and Arab outlets republishing another outlet: a banner, a date line in
varied formats, a headline, body paragraphs and a credit line. Each ``NAME.gold.json`` follows
the shared gold format (``eval/SCHEMA.md``, "Gold files"). See ``docs/evaluation_own_gold.md``.
Eight more sets of six (``tests/data/gold_own2/`` to ``gold_own9/``) were written the same way,
each on other topics and page shapes after the sets before it had been fixed against, and
measured once blind, then fixed against by general causes (the ninth on its page shapes only).
Each set is reported apart under its label ("own2: ..." to "own9: ..."). The first blind
figures of each are in ``docs/evaluation_own_gold.md``: they are the estimate for articles
nobody has seen; the next set written is the blind one.

Each article goes through ``analyze`` exactly as ``newsgraph extract --json`` does, and the
record is scored with the shared ``score.py``. Figures are micro-averaged over the articles
(true and false positives and negatives summed per part, then F1), so a long article weighs
more than a short one. The baseline, where it applies (entities), is spaCy's model alone on
the same body text: one entity per distinct surface form, typed by the model's label.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.evaluation.common import Figure
from newsgraph.evaluation.seed import scorer

#: The gold set, inside the repository (tests/data/gold_own/ beside src/).
GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "gold_own"

#: Each set scored apart, in the order written: the label its figures carry -> its folder. Each
#: was measured once blind, then fixed against (their history: docs/evaluation_own_gold.md).
SETS = {"own": GOLD_DIR, **{f"own{k}": GOLD_DIR.with_name(f"gold_own{k}") for k in range(2, 10)}}

#: The scored parts: name in figures -> path into one article's score.
PARTS = {
    "entities": ("entities",),
    "quotes span": ("quotes", "span"),
    "quotes attributed": ("quotes", "attributed"),
    "times": ("times",),
    "events": ("events",),
}

#: spaCy labels (French and English models) -> record entity types, for the baseline.
BASELINE_TYPES = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}


@dataclass(frozen=True)
class Case:
    """One gold article: its name, the page as written, and its gold record."""

    name: str
    path: Path
    text: str
    gold: dict


def cases(*, gold_dir: Path = GOLD_DIR) -> list[Case]:
    """Every ``NAME.txt`` that has a ``NAME.gold.json`` beside it, in name order."""
    out = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = gold_dir / gold["source_file"]
        out.append(Case(gold_path.name.removesuffix(".gold.json"), path,
                        path.read_text(encoding="utf-8"), gold))
    return out


def extract(items: list[Case]) -> list[dict]:
    """The records ``newsgraph extract --json`` prints for these articles."""
    from newsgraph import analyze, read_path
    from newsgraph.errors import Rejection

    records = []
    for result in analyze([read_path(case.path) for case in items]):
        records.append({} if isinstance(result, Rejection) else result.to_dict())
    return records


def baseline_records(items: list[Case]) -> list[dict]:
    """spaCy's model alone: each distinct entity text of the body is one entity, typed by its label.

    The body and language come from the project's reader, so the baseline differs from
    newsgraph only in the NLP stages (no name variants, titles, quotes, times or events).
    """
    from newsgraph import read_path
    from newsgraph.ingest.language import detect_language
    from newsgraph.pipeline import bare_pipeline

    records = []
    for case in items:
        article = read_path(case.path)
        lang = article.language or detect_language(article.text)
        doc = bare_pipeline(lang)(article.text)
        by_text: dict[str, dict] = {}
        for ent in doc.ents:
            key = ent.text.strip()
            entity = by_text.setdefault(key, {
                "id": f"B{len(by_text) + 1}", "type": BASELINE_TYPES.get(ent.label_, "MISC"),
                "name": key, "aliases": [], "titles": [], "mentions": []})
            entity["mentions"].append({"start": ent.start_char, "end": ent.end_char, "text": ent.text})
        records.append({"document": {}, "entities": list(by_text.values())})
    return records


def _part(score: dict, part: str) -> dict:
    out = score
    for key in PARTS[part]:
        out = out[key]
    return out


def micro(scores: list[dict]) -> dict[str, dict]:
    """Per part: tp, fp, fn summed over the articles, and the precision, recall and F1 they give."""
    out = {}
    for part in PARTS:
        tp = sum(_part(s, part)["tp"] for s in scores)
        fp = sum(_part(s, part)["fp"] for s in scores)
        fn = sum(_part(s, part)["fn"] for s in scores)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[part] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
    correct = sum(s["document"]["correct"] for s in scores)
    of = sum(s["document"]["of"] for s in scores)
    out["document"] = {"correct": correct, "of": of, "accuracy": correct / of if of else 1.0}
    out["entities"]["splits"] = sum(s["entities"]["splits"] for s in scores)
    out["entities"]["variant_recall"] = sum(s["entities"]["variant_recall"] for s in scores) / len(scores)
    return out


@lru_cache(maxsize=8)
def score_all(shared: Path, *, gold_dir: Path = GOLD_DIR, baseline: bool = False) -> dict:
    """Each article's score (by name) and the micro-averaged totals, for newsgraph or the baseline."""
    items = cases(gold_dir=gold_dir)
    records = baseline_records(items) if baseline else extract(items)
    score = scorer(shared).score
    per_article = {case.name: score(rec, case.gold, case.text) for case, rec in zip(items, records)}
    return {"articles": per_article, "records": dict(zip((c.name for c in items), records)),
            "total": micro(list(per_article.values())), "scorer": scorer(shared), "gold_dir": gold_dir}


def errors(result: dict) -> dict[str, list[str]]:
    """Every error the scorer names, by part: ``article: kind: item`` lines."""
    out: dict[str, list[str]] = {"document": [], "entities": [], "quotes": [], "times": [], "events": []}
    for name, s in result["articles"].items():
        out["document"] += [f"{name}: wrong {k}" for k, ok in s["document"]["fields"].items() if not ok]
        for part in ("entities", "quotes", "times", "events"):
            for kind in ("missed", "spurious", "wrong_speaker", "wrong_value"):
                out[part] += [f"{name}: {kind}: {item}" for item in s[part].get(kind, [])]
        if s["entities"]["splits"]:
            out["entities"].append(f"{name}: splits: {s['entities']['splits']}")
    for name, missing in unmerged_spellings(result).items():
        out["entities"] += [f"{name}: spelling not on its entity: {gid}: {names}" for gid, names in missing.items()]
    return out


def unmerged_spellings(result: dict) -> dict[str, dict[str, list[str]]]:
    """Per article, per gold entity found: its spellings in the text that no entity linked to it holds."""
    shared_score = result["scorer"]
    out: dict[str, dict[str, list[str]]] = {}
    for case in cases(gold_dir=result["gold_dir"]):
        rec = result["records"][case.name]
        link, _ = shared_score.link_entities(rec, case.gold, case.text)
        got: dict[str, set[str]] = {}
        for entity in rec.get("entities", []):
            if link.get(entity["id"]):
                got.setdefault(link[entity["id"]], set()).update(shared_score.entity_names(entity))
        text = shared_score.norm(case.text)
        for g in case.gold["entities"]:
            if g["id"] not in got:
                continue
            names = [n for n in g["names"] if shared_score.norm(n) in text and shared_score.norm(n) not in got[g["id"]]]
            if names:
                out.setdefault(case.name, {})[g["id"]] = names
    return out


def evaluate(shared: Path) -> list[Figure]:
    """Figures of each set in ``SETS``, reported apart under its label."""
    figures: list[Figure] = []
    for label, gold_dir in SETS.items():
        figures += set_figures(shared, label=label, gold_dir=gold_dir)
    return figures


def set_figures(shared: Path, *, label: str, gold_dir: Path) -> list[Figure]:
    """One set's figures, newsgraph beside spaCy alone where the baseline applies (entities)."""
    result = score_all(shared, gold_dir=gold_dir)
    total = result["total"]
    base = score_all(shared, gold_dir=gold_dir, baseline=True)["total"]
    detail = f"{len(result['articles'])} {label} articles, micro-averaged"
    doc = total["document"]
    figures = [Figure(f"{label}: document fields correct (of {doc['of']})", doc["correct"], detail=detail)]
    for part in PARTS:
        figures.append(Figure(
            f"{label}: {part} F1", total[part]["f1"],
            base["entities"]["f1"] if part == "entities" else None,
            "spaCy model alone, one entity per distinct text" if part == "entities" else detail))
    figures += [
        Figure(f"{label}: entities precision", total["entities"]["precision"], base["entities"]["precision"]),
        Figure(f"{label}: entities recall", total["entities"]["recall"], base["entities"]["recall"]),
        Figure(f"{label}: entity variant recall (mean)", total["entities"]["variant_recall"],
               base["entities"]["variant_recall"]),
        Figure(f"{label}: entity splits", total["entities"]["splits"], base["entities"]["splits"]),
    ]
    return figures
