"""Search across the store: entities by any stored spelling, articles, quotes.

Matching is a literal substring test after lower-casing and stripping accents on
both sides (DuckDB ``contains``, which has no wildcard characters), so whatever
the analyst types, quotes and SQL fragments included, is a string to look for,
bound as a parameter. A name matches when any of the entity's spellings in any
language contains it, so "Hadad" finds the person most articles call "Haddad".
"""
from __future__ import annotations

from typing import Any

import duckdb

from newsgraph.web.rows import dicts

LIMIT = 20
_NORM = "strip_accents(lower({}))"
_TITLE = "coalesce(title, '')"


def entities(cur: duckdb.DuckDBPyConnection, q: str, *, limit: int = LIMIT) -> list[dict[str, Any]]:
    """Canonical entities with a spelling containing ``q``, the most reported first."""
    return dicts(cur, f"""
        WITH hits AS (
            SELECT kb_id, name, sum("count") AS n FROM entity_names
            WHERE contains({_NORM.format('name')}, {_NORM.format('?')})
            GROUP BY kb_id, name
        )
        SELECT c.kb_id, c.type, c.name, c.n_articles, c.first_seen, c.last_seen,
               list(h.name ORDER BY h.n DESC, h.name) AS matched
        FROM hits h JOIN canonical_entities c ON c.kb_id = h.kb_id
        GROUP BY ALL ORDER BY c.n_articles DESC, c.name LIMIT ?""", [q, limit])


def articles(cur: duckdb.DuckDBPyConnection, q: str, *, limit: int = LIMIT) -> list[dict[str, Any]]:
    """Articles whose headline or text contains ``q``; headline hits first, then newest."""
    return dicts(cur, f"""
        SELECT id, title, outlet, published, language,
               contains({_NORM.format(_TITLE)}, {_NORM.format('?')}) AS in_title
        FROM articles
        WHERE contains({_NORM.format(_TITLE)}, {_NORM.format('?')})
           OR contains({_NORM.format('text')}, {_NORM.format('?')})
        ORDER BY in_title DESC, published_date DESC NULLS LAST, id LIMIT ?""", [q, q, q, limit])


def quotes(cur: duckdb.DuckDBPyConnection, q: str, *, limit: int = LIMIT) -> list[dict[str, Any]]:
    """Quotes whose words contain ``q``, with speaker and article."""
    return dicts(cur, f"""
        SELECT qu.article_id, qu.quote_id, qu.text, coalesce(e.name, qu.speaker_text) AS speaker_name,
               e.kb_id AS speaker_kb, a.outlet, a.published, a.language
        FROM quotes qu JOIN articles a ON a.id = qu.article_id
        LEFT JOIN entities e ON e.article_id = qu.article_id AND e.entity_id = qu.speaker
        WHERE contains({_NORM.format('qu.text')}, {_NORM.format('?')})
        ORDER BY a.published_date DESC NULLS LAST, qu.article_id, qu.start LIMIT ?""", [q, limit])


def search(cur: duckdb.DuckDBPyConnection, q: str, *, limit: int = LIMIT) -> dict[str, Any]:
    """Entities, articles and quotes matching ``q`` (all empty for a blank query)."""
    q = (q or "").strip()
    if not q:
        return {"q": "", "entities": [], "articles": [], "quotes": []}
    return {"q": q, "entities": entities(cur, q, limit=limit),
            "articles": articles(cur, q, limit=limit), "quotes": quotes(cur, q, limit=limit)}
