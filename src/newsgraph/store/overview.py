"""What the store holds, in brief: counts, the most named entities, the latest articles.

The home page's question. Counts are table cardinalities (DuckDB keeps them cheap);
the two short lists are top-k reads.
"""
from __future__ import annotations

from newsgraph.store.queries import Row, _rows


def overview(con, *, limit: int = 15) -> Row:
    """Counts per kind of thing stored, the ``limit`` most named entities and latest articles."""
    counts = _rows(con, """SELECT (SELECT count(*) FROM articles) AS articles,
                                  (SELECT count(*) FROM canonical_entities) AS entities,
                                  (SELECT count(*) FROM quotes) AS quotes,
                                  (SELECT count(*) FROM events) AS events,
                                  (SELECT count(*) FROM stories) AS stories,
                                  (SELECT count(DISTINCT group_id) FROM copies) AS copy_groups""")[0]
    return {
        "counts": counts,
        "top_entities": _rows(con, """SELECT kb_id, name, type, n_articles FROM canonical_entities
                                      ORDER BY n_articles DESC, name LIMIT ?""", [limit]),
        "latest_articles": _rows(con, """SELECT id, title, outlet, published, language FROM articles
                                         ORDER BY published_date DESC NULLS LAST, id LIMIT ?""", [limit]),
    }
