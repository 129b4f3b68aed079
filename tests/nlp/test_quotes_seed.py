"""The seed article through the whole pipeline, scored by the shared scorer: quotes are pinned."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def seed_scores(shared):
    from newsgraph.evaluation.seed import score_seed

    return score_seed(shared)


def test_seed_quote_spans_all_found(seed_scores):
    assert seed_scores["quotes"]["span"]["f1"] == 1.0, seed_scores["quotes"]


def test_seed_quotes_attributed(seed_scores):
    assert seed_scores["quotes"]["attributed"]["f1"] >= 0.95, seed_scores["quotes"]
