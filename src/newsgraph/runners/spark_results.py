"""One Spark row per analysed item: the article's rows of every table, or its rejection.

The analysis of a partition (:func:`~newsgraph.runners.spark_analyze.analyze_partition`)
gives records; turning each into the store's rows right there, in the Python worker that
made it (``newsgraph.store.rows.record_rows``), means a record is never pickled whole, and
all the per-article tables come out of one DataFrame cached in the JVM: each table is an
``explode`` of its array column, written without another pass through Python.

A result row is ``(kind, item, reason, analysed, seconds, cpu, copies, <one array per table>)``:

- ``article``: the arrays hold the article's rows, in the schema's column order;
- ``rejection``: ``item`` and ``reason`` (reading or analysis failed);
- ``timing``: one per partition, ``analysed`` articles in ``seconds`` inside ``analyze``
  (``cpu`` seconds of the worker's CPU),
  and how many extra ``copies`` of those texts the input held (skipped before analysis).
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from newsgraph.errors import Rejection
from newsgraph.runners.spark_analyze import PartitionTiming, analyze_partition
from newsgraph.runners.spark_schema import carrier_converter, carrier_schema, unsigned_frame
from newsgraph.store import schema

ARTICLE, REJECTION, TIMING = "article", "rejection", "timing"
#: Columns before the tables' arrays.
HEAD = ("kind", "item", "reason", "analysed", "seconds", "cpu", "copies")


def result_schema():
    """The StructType of a result row: :data:`HEAD`, then one ``array<struct>`` per article table."""
    from pyspark.sql import types as T

    head = [T.StructField("kind", T.StringType(), False), T.StructField("item", T.StringType()),
            T.StructField("reason", T.StringType()), T.StructField("analysed", T.LongType()),
            T.StructField("seconds", T.DoubleType()), T.StructField("cpu", T.DoubleType()),
            T.StructField("copies", T.LongType())]
    tables = [T.StructField(t.name, T.ArrayType(carrier_schema(t), containsNull=False))
              for t in schema.ARTICLE_TABLES]
    return T.StructType(head + tables)


def analyze_results(items: Iterable[tuple[Any, Any, int]]) -> Iterator[tuple]:
    """Result rows (plain Python values) of one partition's ``(key, Article | Rejection, copies)``.

    ``copies`` is how many items of the input carried that text (the first in input order is
    the one analysed, as the local store keeps the first ingested).
    """
    from newsgraph.store.rows import record_rows

    extra = 0

    def pairs():
        nonlocal extra
        for key, item, copies in items:
            extra += copies - 1
            yield key, item

    empty = [[] for _ in schema.ARTICLE_TABLES]
    for out in analyze_partition(pairs()):
        if isinstance(out, PartitionTiming):
            yield (TIMING, None, None, out.articles, out.seconds, out.cpu_seconds, extra, *empty)
            continue
        _, result = out
        if isinstance(result, Rejection):
            yield (REJECTION, result.item, result.reason, 0, 0.0, 0.0, 0, *empty)
        else:
            rows = record_rows(result)
            yield (ARTICLE, None, None, 1, 0.0, 0.0, 0, *(rows[t.name] for t in schema.ARTICLE_TABLES))


def spark_values(result: tuple) -> tuple:
    """A result row made acceptable to :func:`result_schema` (unsigned columns as signed longs)."""
    converters = _converters()
    head = len(HEAD)
    return result[:head] + tuple([convert(r) for r in rows]
                                 for convert, rows in zip(converters, result[head:]))


_CONVERTERS: list = []


def _converters() -> list:
    if not _CONVERTERS:
        _CONVERTERS.extend(carrier_converter(t) for t in schema.ARTICLE_TABLES)
    return _CONVERTERS


def table_rows(results) -> Any:
    """``(table, row)`` of every per-article table, from an RDD of plain result rows."""
    head = len(HEAD)
    names = [t.name for t in schema.ARTICLE_TABLES]
    return results.filter(lambda r: r[0] == ARTICLE).flatMap(
        lambda r: [(name, row) for name, rows in zip(names, r[head:]) for row in rows])


def table_frame(results, name: str):
    """The DataFrame of one per-article table, exploded from the cached results (no Python)."""
    from pyspark.sql import functions as F

    rows = results.where(F.col("kind") == ARTICLE).select(F.explode(F.col(name)).alias("r")).select("r.*")
    return unsigned_frame(rows, schema.TABLES[name])


def rejection_frame(results):
    """The ``rejections`` table: one row per item, its first reason (as the store keys them)."""
    from pyspark.sql import functions as F

    return (results.where(F.col("kind") == REJECTION).groupBy("item")
            .agg(F.min("reason").alias("reason")).select(*schema.TABLES["rejections"].column_names))


def totals(results) -> dict[str, float]:
    """Counts of one pass over the cached results: articles, copies, extraction seconds, rows per table."""
    from pyspark.sql import functions as F

    kind = F.col("kind")
    aggs = [F.sum(F.when(kind == TIMING, F.col("analysed"))).alias("analysed"),
            F.sum(F.when(kind == TIMING, F.col("seconds"))).alias("seconds"),
            F.sum(F.when(kind == TIMING, F.col("cpu"))).alias("cpu"),
            F.sum(F.when(kind == TIMING, F.col("copies"))).alias("copies"),
            F.count(F.when(kind == ARTICLE, 1)).alias("articles"),
            F.count(F.when(kind == REJECTION, 1)).alias("rejections")]
    aggs += [F.sum(F.size(F.col(t.name))).alias(f"rows:{t.name}") for t in schema.ARTICLE_TABLES]
    row = results.agg(*aggs).collect()[0].asDict()
    return {k: (v or 0) for k, v in row.items()}
