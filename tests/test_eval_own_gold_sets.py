"""Floors for the later own gold sets (tests/data/gold_own2/ to gold_own9/), and checks that each
set's gold fits its text and that its articles are new.

Each set was written and annotated (from the text, not the system's output) after the sets before
it had been fixed against, on other topics and page shapes, and measured once blind before any fix
against it; those first figures are the held-out estimates in docs/evaluation_own_gold.md. Sets
2-8 have been fixed against since, the ninth on its page shapes only. Floors sit a little below the figures measured last, so a change that
loses accuracy on any of them fails here. The first set's own checks are in test_eval_own_gold.py.
"""
from __future__ import annotations

import re

import pytest

from newsgraph.evaluation.own_gold import SETS, cases, evaluate, score_all
from test_eval_own_gold import test_gold_fits_its_text as gold_fits_its_text

ORDER = list(SETS.values())
LABELS = {folder: label for label, folder in SETS.items()}

#: Floors per set: (document fields, entities F1, entities recall, most splits, quotes span F1,
#: quotes attributed F1, times F1, events F1). Measured (first blind -> after its fixes):
#: own2 at 1d97197: doc 30/30, entities 0.872 -> 0.962 (R 0.975, splits 0), quotes 0.918 -> 0.930,
#:   attributed 0.847 -> 0.860, times 1.000, events 0.507 -> 0.611;
#: own3 at e06b085: doc 29 -> 30/30, entities 0.868 -> 0.888 (R 0.905, splits 7 -> 2), quotes
#:   0.930, attributed 0.761, times 0.914 -> 0.977, events 0.597;
#: own4 at bfed109: doc 27 -> 28/28, entities 0.927 -> 0.939 (R 1.000, splits 3), quotes 0.940,
#:   attributed 0.795, times 0.909 -> 0.971, events 0.400 -> 0.426;
#: own5 at f45366e (blind): doc 30/30, entities 0.882 -> 0.973 (R 0.957, splits 1 -> 0), quotes
#:   0.918 -> 0.952, attributed 0.753 -> 0.833, times 0.959 -> 1.000, events 0.431 -> 0.610;
#: own6 at b991c86 (blind): doc 29/30, entities 0.923 (R 0.938, splits 0), quotes 0.911,
#:   attributed 0.886, times 0.938, events 0.557; after the quote/event fixes (78d64d4) quotes
#:   0.962, attributed 0.911, events 0.700; after the entity/time fixes (50341fe) doc 30/30,
#:   entities 0.963 (R 0.958, splits 0), times 0.969; after the open-events pass (83be247) events 0.721.
FLOORS = {
    SETS["own2"]: (29, 0.94, 0.95, 2, 0.90, 0.81, 0.96, 0.58),
    SETS["own3"]: (30, 0.87, 0.87, 3, 0.90, 0.72, 0.95, 0.56),
    SETS["own4"]: (28, 0.92, 0.98, 5, 0.91, 0.76, 0.95, 0.39),
    SETS["own5"]: (30, 0.95, 0.94, 1, 0.93, 0.80, 0.97, 0.58),
    SETS["own6"]: (30, 0.94, 0.94, 1, 0.94, 0.89, 0.95, 0.70),
    # own7 at 3fd805a (blind): doc 28/30, entities 0.846 (R 0.907, splits 2), quotes 0.946,
    # attributed 0.757, times 0.971, events 0.492; after the quote/event fixes (80d9ce4) quotes
    # 0.960, attributed 0.853, events 0.523; after the second event pass (edcd438) events 0.656;
    # after the credit and entity-bound fixes (48a185d, 86e1ec9) doc 30/30, entities 0.877
    # (R 0.918, splits 2)
    SETS["own7"]: (30, 0.86, 0.90, 3, 0.94, 0.83, 0.94, 0.62),
    # own8 at 77af3e1 (blind; gold reviewed once after the run: a missed 'selon' clause, a second
    # 'lundi', 'last week' listed before the optional 'a week'): doc 22/30, entities 0.936
    # (R 0.978, splits 5), quotes 0.895, attributed 0.684, times 0.756, events 0.486
    # after the page-shape and short-given-name fixes (7e02f22, 57e259f, a031bc7) doc 30/30,
    # entities 0.967 (R 0.978, splits 2), times 0.963; after the first event pass (ccb8505) events 0.563;
    # after the bare-head and ministry fixes (63bed69) entities 0.978 (R 0.989, splits 1); after the
    # speaker fixes (94af0a5) quotes 0.909, attributed 0.753, events 0.575; after the open-events
    # pass (83be247) events 0.630; after the spokesperson rule events 0.667
    SETS["own8"]: (30, 0.96, 0.97, 2, 0.89, 0.73, 0.94, 0.64),
    # own9 at f52a0d1 (blind; gold reviewed once after the run: "le Sud" an optional LOC): doc 20/30,
    # entities 0.854 (R 0.894, splits 1; spaCy alone 0.595), quotes 0.881, attributed 0.714,
    # times 0.885, events 0.491; after the page-shape fixes (77fae58) doc 30/30
    SETS["own9"]: (30, 0.86, 0.87, 2, 0.86, 0.69, 0.93, 0.46),
}
LATER = list(FLOORS)


def _ids(gold_dir) -> str:
    return LABELS[gold_dir].split()[0]


@pytest.mark.parametrize("gold_dir", LATER, ids=_ids)
def test_six_articles_one_in_english(gold_dir):
    items = cases(gold_dir=gold_dir)
    assert len(items) == 6
    assert sorted(c.gold["document"]["language"] for c in items) == ["en"] + ["fr"] * 5


@pytest.mark.parametrize("case", [c for d in LATER for c in cases(gold_dir=d)], ids=lambda c: c.name)
def test_gold_fits_its_text(case, shared):
    """The first set's checks (spellings, quotes and times occur in the text, ids resolve, a negated
    event), and a modal or alleged event, optional in gold."""
    gold_fits_its_text(case, shared)
    assert any(e.get("optional") and e["type"] != "statement" for e in case.gold["events"]), \
        "each article has a modal or alleged event, optional in gold"


def _shingles(text: str, n: int = 12) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize("gold_dir", LATER, ids=_ids)
def test_set_is_new_text(gold_dir, shared):
    """No run of twelve words (longer than any organisation name) is shared with an earlier set or
    the seed corpus, and no article name is reused: the articles are new."""
    earlier = ORDER[:ORDER.index(gold_dir)]
    others = [c.text for d in earlier for c in cases(gold_dir=d)]
    others += [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus").glob("*.txt"))]
    seen = set().union(*(_shingles(t) for t in others))
    for case in cases(gold_dir=gold_dir):
        common = _shingles(case.text) & seen
        assert not common, f"{case.name}: {' '.join(sorted(common)[0])}"
    assert not {c.name for d in earlier for c in cases(gold_dir=d)} & {c.name for c in cases(gold_dir=gold_dir)}


@pytest.mark.slow
@pytest.mark.parametrize("gold_dir", LATER, ids=_ids)
def test_set_floors(gold_dir, shared):
    document, f1, recall, splits, span, attributed, times, events = FLOORS[gold_dir]
    total = score_all(shared, gold_dir=gold_dir)["total"]
    assert total["document"]["correct"] >= document
    assert total["entities"]["f1"] >= f1
    assert total["entities"]["recall"] >= recall
    assert total["entities"]["splits"] <= splits
    assert total["quotes span"]["f1"] >= span
    assert total["quotes attributed"]["f1"] >= attributed
    assert total["times"]["f1"] >= times
    assert total["events"]["f1"] >= events


@pytest.mark.slow
def test_each_set_reported_apart_and_well_above_spacy_on_entities(shared):
    """Measured first entity F1 against spaCy alone: 0.872 / 0.715, 0.868 / 0.669, 0.927 / 0.715,
    0.882 / 0.661 (sets 2 to 5)."""
    figures = {f.name: f for f in evaluate(shared)}
    assert "own: entities F1" in figures
    for label in (LABELS[d] for d in LATER):
        entities = figures[f"{label}: entities F1"]
        assert entities.value > entities.baseline + 0.1, label
