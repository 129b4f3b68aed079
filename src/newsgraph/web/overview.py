"""The home page's picture of the store: how much is in it and where to start reading."""
from __future__ import annotations

from typing import Any

import duckdb

from newsgraph.web.rows import dicts, one


def overview(cur: duckdb.DuckDBPyConnection, *, limit: int = 15) -> dict[str, Any]:
    """Counts per table, the most named entities, the latest articles."""
    counts = one(cur, """SELECT (SELECT count(*) FROM articles) AS articles,
                                (SELECT count(*) FROM canonical_entities) AS entities,
                                (SELECT count(*) FROM quotes) AS quotes,
                                (SELECT count(*) FROM events) AS events,
                                (SELECT count(*) FROM stories) AS stories,
                                (SELECT count(DISTINCT group_id) FROM copies) AS copy_groups""")
    return {
        "counts": counts,
        "top_entities": dicts(cur, """SELECT kb_id, name, type, n_articles FROM canonical_entities
                                      ORDER BY n_articles DESC, name LIMIT ?""", [limit]),
        "latest_articles": dicts(cur, """SELECT id, title, outlet, published, language FROM articles
                                         ORDER BY published_date DESC NULLS LAST, id LIMIT ?""", [limit]),
    }
