"""``newsgraph import``: a Spark run's Parquet tables into the DuckDB store file.

No pyspark here: DuckDB reads the Parquet folders itself (hive partitions included), and
every column is cast to the type ``newsgraph.store.schema`` declares, so the CLI and the
web app see a Spark run exactly as they see a local ingest.

Per-article tables are idempotent like the local ingest: an article already in the store
keeps its rows and the Spark copy is skipped. Corpus-level tables describe the whole
corpus, so they are replaced by the run's; importing into a store that already holds other
articles therefore needs ``newsgraph relink`` afterwards (logged). The answers kept ready for
the web app (``store.serving``) are rebuilt from what was loaded.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import StoreError
from newsgraph.runners.spark_schema import import_select
from newsgraph.store import schema, serving
from newsgraph.store.schema import Table

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportSummary:
    """Rows added to each table, and articles skipped as already present."""

    rows: dict[str, int]
    skipped_articles: int
    relink_needed: bool


def parquet_glob(output: str, table: Table) -> str | None:
    """The glob of ``table``'s Parquet files under ``output``, or None when it has none."""
    folder = Path(output) / table.name
    if not any(folder.rglob("*.parquet")):
        return None
    return str(folder / "**" / "*.parquet")


def import_output(output: str | Path, *, db: str | Path) -> ImportSummary:
    """Load every table found under ``output`` into the DuckDB file ``db`` (created if missing)."""
    import duckdb

    output = str(output)
    if not Path(output, "articles").is_dir():
        raise StoreError(f"{output}: no articles table here; is it a spark-ingest output folder?")
    con = duckdb.connect(str(db))
    try:
        for table in schema.TABLES.values():
            con.execute(table.ddl())
        con.execute("BEGIN TRANSACTION")
        rows, skipped, others = _load(con, output)
        serving.refresh(con)  # the answers the web app reads, from the tables just loaded
        con.execute("COMMIT")
    except duckdb.Error as err:
        raise StoreError(f"{db}: import of {output} failed: {err}") from err
    finally:
        con.close()
    if others:
        log.warning("%s holds %d articles from outside this run: its corpus-level tables now "
                    "describe the Spark run only; run `newsgraph relink --db %s`", db, others, db)
    return ImportSummary(rows=rows, skipped_articles=skipped, relink_needed=bool(others))


def _source(con, output: str, table: Table) -> str | None:
    pattern = parquet_glob(output, table)
    if pattern is None:
        return None
    scan = f"read_parquet('{_quoted(pattern)}', hive_partitioning = true, union_by_name = true)"
    available = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {scan}").fetchall()}
    return f"SELECT {import_select(table, available=available)} FROM {scan}"


def _load(con, output: str) -> tuple[dict[str, int], int, int]:
    """Rows added per table, articles skipped as present, articles in the store but not the run."""
    con.execute("CREATE TEMP TABLE _incoming AS SELECT NULL::VARCHAR AS id WHERE false")
    articles = _source(con, output, schema.TABLES["articles"])
    if articles:
        con.execute(f"INSERT INTO _incoming SELECT id FROM ({articles}) "
                    "WHERE id NOT IN (SELECT id FROM articles)")
        total = con.execute(f"SELECT count(*) FROM ({articles})").fetchone()[0]
        others = con.execute(f"SELECT count(*) FROM articles WHERE id NOT IN (SELECT id FROM ({articles}))"
                             ).fetchone()[0]
    else:
        total = others = 0
    new = con.execute("SELECT count(*) FROM _incoming").fetchone()[0]
    rows: dict[str, int] = {}
    for table in schema.TABLES.values():
        select = _source(con, output, table)
        if select is None:
            continue
        if table in schema.CORPUS_TABLES:
            con.execute(f'DELETE FROM "{table.name}"')
            where = ""
        elif table.name == "rejections":
            where = " WHERE item NOT IN (SELECT item FROM rejections)"
        else:
            key = "id" if table.name == "articles" else "article_id"
            where = f' WHERE "{key}" IN (SELECT id FROM _incoming)'
        before = con.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
        con.execute(f'INSERT INTO "{table.name}" SELECT * FROM ({select}){where}')
        rows[table.name] = con.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0] - before
    con.execute("DROP TABLE _incoming")
    return rows, total - new, others


def _quoted(text: str) -> str:
    return text.replace("'", "''")
