"""Fixtures of the web tests: a store built by the real ingest (tests/web/corpus.py), an app
over it, and ``facts``: what the store holds, read with plain SQL, for the pages to match."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from tests.web import corpus


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    return corpus.build(tmp_path_factory.mktemp("store") / "web.duckdb")


def _one(con, sql: str, params=()):
    row = con.execute(sql, list(params)).fetchone()
    return row[0] if row else None


@pytest.fixture(scope="session")
def facts(store_path) -> dict:
    """The person the corpus is about (the person named by most articles), an article naming
    them with a quote they said, a later-printed copy and its original, a story, the hostile
    article, and the store's counts."""
    con = duckdb.connect(str(store_path), read_only=True)
    try:
        person = _one(con, "SELECT kb_id FROM canonical_entities WHERE type = 'PER' "
                           "ORDER BY n_articles DESC, kb_id LIMIT 1")
        quoted = con.execute("""
            SELECT q.article_id, q.quote_id FROM quotes q JOIN entities e
              ON e.article_id = q.article_id AND e.entity_id = q.speaker
            JOIN articles a ON a.id = q.article_id
            WHERE e.kb_id = ? ORDER BY a.language = 'en' DESC, a.published_date, q.article_id
            LIMIT 1""", [person]).fetchone()
        copy = con.execute("SELECT article_id, credited_article FROM copies WHERE NOT is_original "
                           "ORDER BY article_id LIMIT 1").fetchone()
        return {
            "person": person,
            "spellings": {r[0] for r in con.execute(
                "SELECT DISTINCT name FROM entity_names WHERE kb_id = ?", [person]).fetchall()},
            "quoted_article": quoted[0] if quoted else None, "quote_id": quoted[1] if quoted else None,
            "copy": copy[0] if copy else None, "original": copy[1] if copy else None,
            "story": _one(con, "SELECT story_id FROM stories ORDER BY n_groups DESC, n_articles DESC, "
                                "first_date DESC NULLS LAST, story_id LIMIT 1"),
            "hostile": _one(con, "SELECT id FROM articles WHERE title = ?", [corpus.HOSTILE_TITLE]),
            "articles": _one(con, "SELECT count(*) FROM articles"),
        }
    finally:
        con.close()


@pytest.fixture(scope="session")
def sql(store_path):
    """Plain SQL on the test store (read-only), to check the pages against what it holds."""
    con = duckdb.connect(str(store_path), read_only=True)

    def run(query: str, *params):
        return con.execute(query, list(params)).fetchall()

    yield run
    con.close()


@pytest.fixture(scope="session")
def client(store_path, sql):
    from newsgraph.web import create_app

    with TestClient(create_app(db=store_path)) as c:
        yield c
