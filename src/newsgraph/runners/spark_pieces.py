"""Running one of the store's corpus steps on a piece of the corpus, inside a Spark partition.

The store computes its corpus tables with functions of a DuckDB connection
(``newsgraph.store.linking``): SQL aggregates and calls into ``newsgraph.link``. A Spark
partition holding whole independent pieces (see :mod:`newsgraph.runners.spark_components`)
loads its rows into a private in-memory DuckDB with the store's schema, calls the very same
function, and reads the resulting rows back. Nothing of the step is written twice.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from newsgraph.store import schema

#: Columns of ``articles`` the corpus steps read; the rest (text, title...) is left out of
#: the pieces to keep shuffles small.
ARTICLE_COLUMNS = ("id", "url", "outlet", "title", "published", "published_date", "language",
                   "original_source", "minhash")


def column(table: str, name: str) -> int:
    """Position of ``name`` in ``table``'s rows (tuples in the schema's column order)."""
    return schema.TABLES[table].column_names.index(name)


def slim_article(row: tuple) -> tuple:
    """An ``articles`` row with only :data:`ARTICLE_COLUMNS` kept (others None)."""
    keep = {column("articles", c) for c in ARTICLE_COLUMNS}
    return tuple(v if i in keep else None for i, v in enumerate(row))


def run_piece(rows: dict[str, list[tuple]], step: Callable, outputs: Iterable[str]) -> Iterator[tuple[str, tuple]]:
    """``(table, row)`` of each ``outputs`` table after ``step(con)`` on a DuckDB holding ``rows``.

    Rows of one table are de-duplicated first (a piece may receive an article twice).
    """
    import duckdb

    from newsgraph.store.db import insert_rows

    con = duckdb.connect(":memory:")
    try:
        for table in schema.TABLES.values():
            con.execute(table.ddl())
        insert_rows(con, {name: _unique(name, table_rows) for name, table_rows in rows.items()})
        step(con)
        for name in outputs:
            cols = ", ".join(f'"{c}"' for c in schema.TABLES[name].column_names)
            for row in con.execute(f'SELECT {cols} FROM "{name}"').fetchall():
                yield name, row
    finally:
        con.close()


def _unique(name: str, table_rows: list[tuple]) -> list[tuple]:
    key = schema.TABLES[name].key
    if not key:
        return table_rows
    idx = [schema.TABLES[name].column_names.index(k) for k in key]
    seen: dict[tuple, tuple] = {}
    for row in table_rows:
        seen.setdefault(tuple(row[i] for i in idx), row)
    return list(seen.values())


def gather(tagged: Iterable[tuple[str, tuple]]) -> dict[str, list[tuple]]:
    """``(table, row)`` pairs (one partition's) as rows by table."""
    out: dict[str, list[tuple]] = {}
    for name, row in tagged:
        out.setdefault(name, []).append(row)
    return out
