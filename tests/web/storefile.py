"""Build a store file for the web tests from article records.

Uses the store's own writer when ``newsgraph.store`` provides one; until then the
per-article rows come from ``newsgraph.store.rows`` (the store's pure row builder) and
the corpus tables are filled from what the records declare (kb_id on entities, and
the copy groups and stories given here), so the pages are tested on the store's layout.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import duckdb
import pyarrow as pa

from newsgraph.records import ArticleRecord
from newsgraph.store import schema
from newsgraph.store.rows import batch_rows

_CORPUS_SQL = """
INSERT INTO canonical_entities (kb_id, type, name, n_articles, n_mentions, first_seen, last_seen)
  SELECT e.kb_id, any_value(e.type), mode(e.name), count(DISTINCT e.article_id),
         (SELECT count(*) FROM mentions m JOIN entities x USING (article_id, entity_id) WHERE x.kb_id = e.kb_id),
         min(a.published_date), max(a.published_date)
  FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.kb_id IS NOT NULL GROUP BY e.kb_id;
INSERT INTO entity_names (kb_id, name, language, outlet, "count", n_articles, first_seen, last_seen)
  SELECT e.kb_id, m.text, a.language, a.outlet, count(*), count(DISTINCT a.id),
         min(a.published_date), max(a.published_date)
  FROM mentions m JOIN entities e USING (article_id, entity_id) JOIN articles a ON a.id = m.article_id
  WHERE e.kb_id IS NOT NULL GROUP BY ALL;
INSERT INTO entity_titles (kb_id, title, article_id, seen, language)
  SELECT DISTINCT e.kb_id, t.title, e.article_id, a.published_date, a.language
  FROM (SELECT kb_id, article_id, unnest(titles) AS title FROM entities) e
  JOIN articles a ON a.id = e.article_id
  CROSS JOIN LATERAL (SELECT e.title) t;
"""


def _insert(con: duckdb.DuckDBPyConnection, name: str, rows: list[tuple]) -> None:
    """Append ``rows`` (tuples in the schema's column order) to table ``name`` in one statement."""
    if not rows:
        return
    table = schema.TABLES[name]
    con.register("batch", pa.Table.from_pylist([dict(zip(table.column_names, r)) for r in rows],
                                               schema=schema.arrow_schema(table)))
    con.execute(f'INSERT INTO "{name}" SELECT * FROM batch')
    con.unregister("batch")


def build(path: Path, records: Sequence[ArticleRecord], *, copies: Sequence[Sequence[str]] = (),
          stories: dict[str, Sequence[str]] | None = None) -> Path:
    """Write ``records`` (and the given copy groups and stories) into a new store at ``path``."""
    con = duckdb.connect(str(path))
    try:
        for table in schema.TABLES.values():
            con.execute(table.ddl())
        for name, rows in batch_rows(records).items():
            _insert(con, name, rows)
        con.execute(_CORPUS_SQL)
        dates = dict(con.execute("SELECT id, published_date FROM articles").fetchall())
        langs = dict(con.execute("SELECT id, language FROM articles").fetchall())
        copy_rows, story_rows, member_rows = [], [], []
        for n, group in enumerate(copies):
            first = min(group, key=lambda a: dates[a])
            for aid in group:
                copy_rows.append((aid, f"G{n + 1}", len(group), aid == first, 0.95, None,
                                  None if aid == first else first, dates[first], dates[aid] > dates[first]))
        for sid, members in (stories or {}).items():
            story_rows.append((sid, f"story {sid}", len(members), len(members),
                               sorted({langs[a] for a in members}),
                               min(dates[a] for a in members), max(dates[a] for a in members)))
            member_rows.extend((sid, a) for a in members)
        for name, rows in (("copies", copy_rows), ("stories", story_rows),
                           ("story_articles", member_rows)):
            _insert(con, name, rows)
    finally:
        con.close()
    return path
