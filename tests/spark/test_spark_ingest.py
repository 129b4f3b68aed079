"""spark-ingest with local[2] on a corpus written for the project, against the local path.

One Spark run for the module (a SparkSession costs seconds, the models more): JSONL, Parquet
and WARC inputs, plus a corrupt file of each format and poison articles (empty, binary, not
text). The run must finish, report and count every bad item, and write rows equal to what
``analyze()`` + ``store.rows`` give in this process on the same input.
"""
from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from spark_corpus import HTML_PAGE, PARQUET_ROWS

pytestmark = pytest.mark.spark

DATA = Path(__file__).parent / "data"

if shutil.which("java") is None:
    pytest.skip("Spark needs Java and no `java` is on PATH (make system-deps installs it)",
                allow_module_level=True)
pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'newsgraph[spark]')")


def write_inputs(folder: Path) -> None:
    """The test corpus as Spark reads it: JSONL, Parquet and WARC files, and one corrupt file of each."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True)
    shutil.copy(DATA / "articles.jsonl", folder / "articles.jsonl")
    # a later file repeats the first article's text under another outlet: a copy, skipped
    first = json.loads((DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    (folder / "reposts.jsonl").write_text(json.dumps({**first, "outlet": "Reposting Daily"}) + "\n",
                                          encoding="utf-8")
    table = pa.table({k: [str(r[k]) if isinstance(r.get(k), int) else r.get(k) for r in PARQUET_ROWS]
                      for k in ("text", "title", "published", "outlet", "url", "language")})
    pq.write_table(table, folder / "rows.parquet")
    with open(folder / "crawl.warc.gz", "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, status, ctype, body in (
            ("https://coastal-ledger.example/talks", "200 OK", "text/html; charset=utf-8", HTML_PAGE.encode()),
            ("https://coastal-ledger.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
            ("https://coastal-ledger.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
    good = gzip.compress((DATA / "articles.jsonl").read_bytes())
    (folder / "broken.jsonl.gz").write_bytes(good[: len(good) // 2])
    (folder / "broken.parquet").write_bytes(b"PAR1 this is not a parquet file at all")
    (folder / "broken.warc.gz").write_bytes(gzip.compress(b"not a WARC record\r\n\r\n" * 3))
    (folder / "README.txt").write_text("not an input format: skipped")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("spark") / "inputs"
    write_inputs(folder)
    return folder


@pytest.fixture(scope="module")
def run(spark, corpus, tmp_path_factory):
    """One spark-ingest run with local[2], then `newsgraph import` of its output into DuckDB."""
    from newsgraph.runners.spark import spark_ingest
    from newsgraph.runners.spark_import import import_output

    out = tmp_path_factory.mktemp("spark") / "out"
    summary = spark_ingest(spark, [str(corpus)], str(out), partitions=2)
    db = out.parent / "spark.duckdb"
    imported = import_output(out, db=db)
    return summary, out, db, imported


@pytest.fixture(scope="module")
def local_db(corpus, tmp_path_factory) -> Path:
    """The same items through the local runner into a DuckDB store (``newsgraph.store.ingest``)."""
    from newsgraph.runners.spark_formats import format_of, parse_file
    from newsgraph.store.ingest import ingest

    items = []
    for path in sorted(corpus.iterdir()):
        fmt = format_of(path.name)
        if fmt:
            items.extend(parse_file(str(path), path.read_bytes(), fmt))
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    ingest(articles=items, db=db)
    return db


def _rows(con, table) -> set[tuple]:
    cols = ", ".join(f'"{c}"' for c in table.column_names)
    return {_hashable(row) for row in con.execute(f'SELECT {cols} FROM "{table.name}"').fetchall()}


def _hashable(row) -> tuple:
    return tuple(tuple(v) if isinstance(v, list) else v for v in row)


def test_bad_inputs_are_reported_and_counted(run):
    summary, *_ = run
    items = {r.item.rsplit("/", 1)[-1]: r.reason for r in summary.rejections}
    assert summary.corrupt_files == 3
    for name in ("broken.jsonl.gz", "broken.parquet", "broken.warc.gz"):
        assert items[name].startswith("corrupt"), items
    assert "empty" in items["articles.jsonl:6"]
    assert items["articles.jsonl:8"].startswith("not valid JSON")
    assert "articles.jsonl:7" in items  # control characters: binary, or no language to route
    assert "rows.parquet#2" in items    # a row whose text is a number
    assert any(name.startswith("crawl.warc.gz@") and "image/png" in reason for name, reason in items.items())
    assert summary.rejected == len(summary.rejections) == sum(summary.reasons.values())
    assert summary.rows["rejections"] == summary.rejected


def test_copies_of_a_text_are_analysed_once(run, corpus):
    """Items with the text of an earlier item are counted as duplicates, not analysed again
    (the local store skips an id it has seen)."""
    from newsgraph.records import Article
    from newsgraph.runners.spark_formats import format_of, parse_file

    summary, *_ = run
    ids = [item.id for path in sorted(corpus.iterdir()) if format_of(path.name)
           for item in parse_file(str(path), path.read_bytes(), format_of(path.name))
           if isinstance(item, Article)]
    assert summary.duplicates == len(ids) - len(set(ids)) >= 1
    assert summary.articles <= len(set(ids))  # the others were rejected by the analysis


def test_workers_start_with_the_models_loaded(spark):
    """The executors' Python daemon loads the pipelines before forking workers
    (runners/spark_daemon.py), so a task finds them in load_pipeline's cache."""
    from newsgraph.pipeline import MODELS

    def cached(_):
        from newsgraph.pipeline import load_pipeline

        return load_pipeline.cache_info().currsize

    assert spark.sparkContext.parallelize([0, 1], 2).map(cached).collect() == [len(MODELS)] * 2


def test_every_table_equals_the_local_runners(run, local_db):
    """Articles, entities (with kb ids), mentions, quotes, times, events, rejections, and the
    corpus tables (canonical entities, spellings, titles, copies, stories) are the same rows."""
    import duckdb

    from newsgraph.store import schema

    summary, _, db, _ = run
    local = duckdb.connect(str(local_db), read_only=True)
    spark = duckdb.connect(str(db), read_only=True)
    assert summary.articles == _count(local, "articles") >= 8
    for table in schema.TABLES.values():
        assert _rows(spark, table) == _rows(local, table), table.name
    assert _count(spark, "entities") == 0 or _count(spark, "canonical_entities") > 0


def _count(con, name: str) -> int:
    return con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]


def test_parquet_has_the_store_schema(run):
    import pyarrow.dataset as ds

    from newsgraph.store import schema
    from newsgraph.store.schema import arrow_schema

    _, out, _, _ = run
    for table in schema.ARTICLE_TABLES:
        found = ds.dataset(out / table.name, format="parquet", partitioning="hive").schema
        for field in arrow_schema(table):
            if table.name == "articles" and field.name == "language":
                continue  # a partition column: in the folder names, read back as a string
            got = found.field(field.name).type
            if str(field.type) == "list<item: uint64>":
                assert str(got) == "list<element: decimal128(20, 0)>"  # Spark has no unsigned type
            else:
                assert got.equals(field.type) or str(got).replace("element", "item") == str(field.type), \
                    (table.name, field.name, got, field.type)
    months = sorted(p.name for p in (out / "articles").glob("language=*/month=*"))
    assert "month=2024-03" in months


def test_import_is_idempotent(run):
    from newsgraph.runners.spark_import import import_output

    summary, out, db, first = run
    assert first.rows["articles"] == summary.articles
    again = import_output(out, db=db)
    assert again.rows["articles"] == 0 and again.skipped_articles == summary.articles
    assert not again.relink_needed


def test_cli_import_loads_the_run(run, tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app

    summary, out, _, _ = run
    result = CliRunner().invoke(app, ["import", str(out), "--db", str(tmp_path / "cli.duckdb")])
    assert result.exit_code == 0, result.output
    assert f"articles +{summary.articles}" in result.output


def test_imported_store_serves_the_web_app_as_the_local_store_does(run, local_db):
    """`newsgraph import` rebuilds the answers kept for the web app (store.serving): the same
    profiles and search words as a local ingest of the same items, and the app opens it."""
    import json
    import zlib

    from newsgraph.web import create_app

    _, _, db, _ = run
    kept = {}
    for name, path in (("spark", db), ("local", local_db)):
        con = duckdb.connect(str(path), read_only=True)
        try:
            kept[name] = (
                {kb: json.loads(zlib.decompress(blob)) for kb, blob in
                 con.execute("SELECT kb_id, profile FROM entity_profiles").fetchall()},
                set(con.execute("SELECT * FROM search_words").fetchall()))
        finally:
            con.close()
    assert kept["spark"][0] and kept["spark"] == kept["local"]
    create_app(db=db).state.store.close()
