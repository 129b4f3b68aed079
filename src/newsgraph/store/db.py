"""The embedded store: one DuckDB file holding the tables of ``store.schema``.

One writer at a time ingests (DuckDB locks the file); readers open it read-only.
Each batch of articles is written in one transaction, so a run killed at any moment
leaves every committed batch whole and nothing of the one in flight.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable

from newsgraph.errors import Rejection, StoreError
from newsgraph.records import ArticleRecord
from newsgraph.store import schema
from newsgraph.store.rows import Rows, batch_rows

log = logging.getLogger(__name__)

DEFAULT_DB = "newsgraph.duckdb"


class Store:
    """A DuckDB file with newsgraph's tables; ``con`` is the open connection."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False):
        import duckdb

        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; run `newsgraph ingest` first")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(f"{self.path}: cannot open the store: {err}") from err
        if not read_only:
            for table in (*schema.TABLES.values(), *schema.SERVING_TABLES):
                self.con.execute(table.ddl())

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def article_ids(self) -> set[str]:
        """Ids of every stored article (to skip what is already there)."""
        return {r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()}

    def count(self, table: str) -> int:
        return self.con.execute(f'SELECT count(*) FROM "{schema.TABLES[table].name}"').fetchone()[0]

    def write_batch(self, records: Iterable[ArticleRecord], rejections: Iterable[Rejection] = ()) -> int:
        """Write records (each with all its rows) and rejections in one transaction; return how many."""
        seen: set[str] = set()
        unique = [r for r in records if not (r.id in seen or seen.add(r.id))]
        rows = batch_rows(unique)
        rejected = {r.item: (r.item, r.reason) for r in rejections}
        self.con.execute("BEGIN TRANSACTION")
        try:
            insert_rows(self.con, rows)
            if rejected:
                self.con.executemany("INSERT OR REPLACE INTO rejections VALUES (?, ?)",
                                     list(rejected.values()))
            self.con.execute("COMMIT")
        except Exception as err:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: batch not written: {err}") from err
        return len(unique)


def insert_rows(con, rows: Rows, *, tables: dict[str, schema.Table] | None = None) -> None:
    """Insert ``rows`` (table name -> tuples in schema order) through Arrow, one statement a table."""
    tables = tables or schema.TABLES
    for name, table_rows in rows.items():
        if not table_rows:
            continue
        arrow = to_arrow(tables[name], table_rows)
        con.register("_batch", arrow)
        try:
            con.execute(f'INSERT INTO "{name}" SELECT * FROM _batch')
        finally:
            con.unregister("_batch")


def to_arrow(table: schema.Table, rows: list[tuple]):
    """Rows of ``table`` as a pyarrow Table with the schema's types."""
    import pyarrow as pa

    columns = list(zip(*rows)) if rows else [[] for _ in table.columns]
    return pa.Table.from_arrays(
        [pa.array(list(col), type=field.type) for col, field in zip(columns, schema.arrow_schema(table))],
        schema=schema.arrow_schema(table))
