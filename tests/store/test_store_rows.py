"""Records -> rows -> DuckDB and back out: the schema is the one layout everyone writes."""
from __future__ import annotations

import pyarrow.parquet as pq

from newsgraph.records import (Article, ArticleRecord, Entity, Event, Mention, Quote, Span,
                               TimeExpression)
from newsgraph.store import schema
from newsgraph.store.db import Store
from newsgraph.store.export import export
from newsgraph.store.rows import record_rows

TEXT = "Le maire de Brest, Paul Kerneis, a inauguré lundi la nouvelle gare. « Un grand jour », a-t-il dit."


def _record(text: str = TEXT) -> ArticleRecord:
    article = Article(text=text, title="Gare", published="2024-02-05", outlet="Ouest Matin",
                      language="fr", original_source="Agence Armor")
    return ArticleRecord(
        article=article,
        entities=(Entity("E1", "PER", "Paul Kerneis", ("Kerneis",), ("maire de Brest",),
                         (Mention(19, 31, "Paul Kerneis"),)),
                  Entity("E2", "LOC", "Brest", (), (), (Mention(12, 17, "Brest"),))),
        quotes=(Quote("Q1", "Un grand jour", 70, 83, True, "E1", "a-t-il dit"),),
        times=(TimeExpression("lundi", 43, 48, "2024-02-05", "document"),),
        events=(Event("V1", "statement", "010", "E1", None, "E2", "2024-02-05", False, None,
                      Span(88, 97, "a-t-il dit"), Span(0, 100), 0.8),),
    )


def test_rows_have_every_column_of_their_table():
    rows = record_rows(_record())
    for name, table_rows in rows.items():
        assert table_rows, name
        for row in table_rows:
            assert len(row) == len(schema.TABLES[name].columns), name


def test_write_is_idempotent_and_reads_back(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write_batch([_record(), _record()]) == 1
        assert store.count("articles") == 1 and store.count("mentions") == 2
        assert store.article_ids() == {_record().id}
        name, aliases = store.con.execute("SELECT name, aliases FROM entities WHERE entity_id='E1'").fetchone()
        assert name == "Paul Kerneis" and aliases == ["Kerneis"]


def test_parquet_export_keeps_schema_names_and_types(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_record()])
        paths = export(store.con, fmt="parquet", out=tmp_path / "out")
    assert {p.stem for p in paths} == set(schema.TABLES)
    for path in paths:
        table = schema.TABLES[path.stem]
        got = pq.read_schema(path)
        assert got.names == list(table.column_names)
        assert [f.type for f in got] == [f.type for f in schema.arrow_schema(table)], path.stem


def test_jsonl_and_csv_exports_write_one_file_per_table(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_record()])
        for fmt in ("jsonl", "csv"):
            paths = export(store.con, fmt=fmt, out=tmp_path / fmt)
            assert len(paths) == len(schema.TABLES) and all(p.exists() for p in paths)
