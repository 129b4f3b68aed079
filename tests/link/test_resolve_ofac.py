"""Cross-article resolution on the OFAC SDN name clusters (../shared/eval/data/names-ofac-sdn).

Every spelling of every listed individual becomes one PER entity in its own article, with
nothing else to go on (no titles, no context): the hardest case for resolution. The figures
are those `python -m newsgraph.evaluation --only resolve` prints (evaluation/resolve.py):
recall over the spelling pairs of evaluation/names.py (pseudonyms left out, as SOURCE.md
asks), precision over every pair put together.
"""
from __future__ import annotations

import pytest

from newsgraph.evaluation.names import DATA
from newsgraph.evaluation.resolve import exact_resolution, measure

#: Measured 0.985 precision and 0.795 recall (2026-11-29, with a glued kunya read as the kunya
#: and given names written with other word breaks; 0.985 / 0.792 with lone spellings joining the
#: one person they weakly match; 0.988 / 0.769 before that, 0.969 / 0.738 before the kunya,
#: assimilated-article, initial-vowel and given-name rules, the clash-share guard and the
#: two-fuller-forms rule); the issue targets 0.98 and 0.90. Floors sit a little below so a drop
#: cannot pass silently.
PRECISION_FLOOR = 0.982
RECALL_FLOOR = 0.790


@pytest.fixture(scope="module")
def figures(shared):
    if not (shared / DATA).exists():
        pytest.skip("names-ofac-sdn data missing")
    return measure(shared)


def test_resolution_precision_on_ofac_pairs(figures):
    assert figures["precision"] >= PRECISION_FLOOR, figures


def test_resolution_recall_on_ofac_pairs(figures):
    assert figures["recall"] >= RECALL_FLOOR, figures


def test_resolution_beats_exact_match(shared, figures):
    if not (shared / DATA).exists():
        pytest.skip("names-ofac-sdn data missing")
    base = measure(shared, resolver=exact_resolution)
    assert figures["recall"] > base["recall"] + 0.5
    assert figures["precision"] >= base["precision"]
