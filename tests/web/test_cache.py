"""The answer cache: bounded, least recently used out first, and really used by the routes."""
from __future__ import annotations

from newsgraph.web.cache import AnswerCache


def test_lru_keeps_the_recent_answers_and_computes_once():
    cache, calls = AnswerCache(size=2), []

    def compute(x):
        return lambda: calls.append(x) or x * 10

    assert cache.get("a", compute(1)) == 10
    assert cache.get("a", compute(1)) == 10 and calls == [1]
    cache.get("b", compute(2))
    cache.get("a", compute(1))          # a is now the most recent
    cache.get("c", compute(3))          # evicts b
    cache.get("b", compute(2))
    assert calls == [1, 2, 3, 2] and cache.hits == 2


def test_size_zero_keeps_nothing():
    cache, calls = AnswerCache(size=0), []
    for _ in range(3):
        cache.get("k", lambda: calls.append(1))
    assert len(calls) == 3


def test_routes_answer_repeat_visits_from_the_cache(client, facts):
    answers = client.app.state.answers
    client.get(f"/entities/{facts['person']}")
    hits = answers.hits
    assert client.get(f"/api/entities/{facts['person']}").json()["entity"]["kb_id"] == facts["person"]
    assert answers.hits == hits + 1


def test_kept_rows_are_bounded():
    from newsgraph.web.cache import KeptRows

    rows = KeptRows(size=2)
    rows["a"], rows["b"] = 1, 2
    assert rows.get("a") == 1 and len(rows) == 2
    rows["c"] = 3                       # full: starts afresh
    assert (rows.get("a"), rows.get("c"), len(rows)) == (None, 3, 1)
    none = KeptRows(size=0)
    none["a"] = 1
    assert not none
