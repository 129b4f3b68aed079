"""Writing the store's tables as Parquet from Spark: one folder per table under the output.

Rows come as tuples in the schema's column order (what ``newsgraph.store.rows`` and the
corpus-level steps produce); the Spark schema comes from ``newsgraph.store.schema``, so the
files have the store's column names and types (see :mod:`newsgraph.runners.spark_schema`).
"""
from __future__ import annotations

import logging

from newsgraph.runners.spark_schema import (
    MONTH, NO_MONTH, month_source, partition_columns, row_converter, spark_schema,
)
from newsgraph.store.schema import Table

log = logging.getLogger(__name__)

#: Rows per Parquet file aimed at when a table's size is known (a few to tens of MB of rows).
ROWS_PER_FILE = 200_000


def table_path(output: str, table: Table) -> str:
    """Where ``table`` is written under ``output`` (a path or a Hadoop URI)."""
    return f"{output.rstrip('/')}/{table.name}"


def rows_frame(spark, table: Table, rows):
    """A DataFrame of ``table`` from an RDD (or list) of row tuples."""
    convert = row_converter(table)
    if isinstance(rows, list):
        return spark.createDataFrame([convert(r) for r in rows], spark_schema(table))
    return spark.createDataFrame(rows.map(convert), spark_schema(table))


def write_table(table: Table, frame, output: str, *, rows: int | None = None) -> None:
    """Write ``frame`` as ``table``'s Parquet folder, replacing a previous run's.

    Tables with a language column are partitioned by language and month (the month of
    their first DATE column; ``unknown`` without one). ``rows`` (the frame's count, when
    known) sizes the files: about :data:`ROWS_PER_FILE` rows each, so a small table is one
    file per folder rather than one per partition, and a large one keeps its parallelism.
    """
    from pyspark.sql import functions as F

    parts = partition_columns(table)
    if rows is not None:
        frame = frame.coalesce(max(1, -(-rows // ROWS_PER_FILE)))  # never adds partitions
    writer_frame = frame
    if parts:
        source = month_source(table)
        month = (F.coalesce(F.date_format(F.col(source), "yyyy-MM"), F.lit(NO_MONTH))
                 if source else F.lit(NO_MONTH))
        writer_frame = frame.withColumn(MONTH, month)
    writer = writer_frame.write.mode("overwrite")
    if parts:
        writer = writer.partitionBy(*parts)
    path = table_path(output, table)
    writer.parquet(path)
    log.info("wrote %s", path)


def write_tables(frames: dict[str, tuple[object, int]], output: str, *, parallel: int = 4) -> None:
    """Write several tables at once: ``{name: (frame, rows)}``, as :func:`write_table` does each.

    Spark runs jobs submitted from several threads side by side; small tables are one task
    each, so written one after the other they would leave all but one core idle.
    Only for frames that do not share uncached work (each would compute it again).
    """
    from concurrent.futures import ThreadPoolExecutor

    from newsgraph.store import schema

    with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        futures = [pool.submit(write_table, schema.TABLES[name], frame, output, rows=rows)
                   for name, (frame, rows) in frames.items()]
        for future in futures:
            future.result()  # re-raises a failed write


def read_table(spark, table: Table, output: str):
    """``table`` as written under ``output``, with the store's columns in the store's order."""
    frame = spark.read.parquet(table_path(output, table))
    return frame.select(*table.column_names)
