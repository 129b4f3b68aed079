"""The Spark runner: newsgraph's own ``analyze()`` on a cluster, writing the store's tables as Parquet.

``spark_ingest(spark, inputs, output)`` is the whole run:

1. list the input files (JSONL, Parquet, WARC; any Hadoop URI) and parse them on the
   executors into articles, a corrupt file or a bad item becoming a rejection; copies of
   one text are reduced to the first in input order before any analysis, as the local
   store skips an id it has seen (:mod:`~newsgraph.runners.spark_inputs`);
2. ``mapPartitions`` of ``newsgraph.pipeline.analyze`` (:mod:`~newsgraph.runners.spark_analyze`),
   the spaCy model loaded once per Python worker, an article that breaks a stage becoming
   a rejection; each record turned into rows there by ``newsgraph.store.rows.record_rows``
   (the store's own function), one result row per item (:mod:`~newsgraph.runners.spark_results`);
3. the corpus-level steps as Spark jobs over the same blocking keys
   (:mod:`~newsgraph.runners.spark_link`), which fill ``kb_id`` and the corpus tables;
4. every table written as Parquet under ``output/<table>/`` with the store's schema.

pyspark is imported inside functions only (an optional extra).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Sequence

from newsgraph.errors import Rejection
from newsgraph.runners.spark_formats import CORRUPT_FILE
from newsgraph.runners.spark_inputs import list_inputs, read_inputs

log = logging.getLogger(__name__)

#: How the reason kind of a corrupt file begins ("corrupt jsonl file").
_CORRUPT_KIND = CORRUPT_FILE.split("{")[0]


@dataclass(frozen=True)
class SparkIngestSummary:
    """What a Spark run read, wrote and rejected, and where its time went."""

    files: int
    items: int
    articles: int
    duplicates: int
    rejected: int
    corrupt_files: int
    reasons: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    extraction_seconds: float = 0.0
    #: CPU seconds of the workers inside ``analyze`` (unlike wall time, not inflated by other load).
    extraction_cpu_seconds: float = 0.0
    seconds: float = 0.0
    rejections: tuple[Rejection, ...] = ()
    #: Wall seconds of each phase of the run (listing, analysis, article tables, corpus steps).
    phases: dict[str, float] = field(default_factory=dict)


def reason_kind(reason: str) -> str:
    """A rejection reason without its details, for counting ("not valid JSON", "empty"...)."""
    return reason.split(":")[0].strip()


def spark_ingest(spark, inputs: Sequence[str], output: str, *, partitions: int | None = None,
                 link: bool = True, keep_rejections: int = 100) -> SparkIngestSummary:
    """Analyse every article under ``inputs`` and write the store's tables under ``output``.

    ``partitions``: how many slices the articles are spread over for the analysis (default:
    two per core). ``link`` False skips the corpus-level steps (and their tables).
    ``keep_rejections``: how many rejections the summary lists (all are in the table).

    The analysis runs once: its result rows (:mod:`~newsgraph.runners.spark_results`) are a
    DataFrame cached in the JVM, which the counts and every per-article table are read from.
    With ``link``, the corpus steps read the same results kept on the Python side.
    """
    from pyspark import StorageLevel

    from newsgraph.runners.spark_results import (
        analyze_results, rejection_frame, result_schema, spark_values, table_frame, table_rows, totals)
    from newsgraph.runners.spark_tables import write_table, write_tables
    from newsgraph.store import schema

    started = time.perf_counter()
    files = list_inputs(spark, list(inputs))
    analysed = read_inputs(spark, files, partitions=partitions).mapPartitions(analyze_results)
    if link:  # the corpus steps read the rows again, as Python values
        analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK)
    # rows built by store.rows to the schema: Spark's per-value type check is skipped
    results = spark.createDataFrame(analysed.map(spark_values), result_schema(), verifySchema=False).persist(
        StorageLevel.MEMORY_AND_DISK)
    phases = {"listing": time.perf_counter() - started}
    total = totals(results)
    phases["analysis"] = time.perf_counter() - started - sum(phases.values())
    rejections = rejection_frame(results).persist(StorageLevel.MEMORY_AND_DISK)
    reasons = {r["kind"]: r["count"] for r in rejections.groupBy(
        _reason_kind_column().alias("kind")).count().collect()}
    rejection_rows = [(r["item"], r["reason"]) for r in rejections.orderBy("item").limit(keep_rejections).collect()]
    counts = {t.name: int(total[f"rows:{t.name}"]) for t in schema.ARTICLE_TABLES}
    counts["rejections"] = sum(reasons.values())
    frames = {t.name: (table_frame(results, t.name), counts[t.name]) for t in schema.ARTICLE_TABLES}
    frames["rejections"] = (rejections, counts["rejections"])
    write_tables(frames, output, parallel=spark.sparkContext.defaultParallelism)
    phases["article tables"] = time.perf_counter() - started - sum(phases.values())
    if link:
        from newsgraph.runners import spark_link

        rows = table_rows(analysed).persist(StorageLevel.MEMORY_AND_DISK)
        for name, frame in spark_link.corpus_frames(spark, rows).items():
            frame = frame.persist(StorageLevel.MEMORY_AND_DISK)
            counts[name] = frame.count()
            write_table(schema.TABLES[name], frame, output, rows=counts[name])
        rows.unpersist()
        analysed.unpersist()
        phases["corpus steps"] = time.perf_counter() - started - sum(phases.values())
    results.unpersist()
    rejections.unpersist()
    summary = SparkIngestSummary(
        files=len(files), items=int(total["articles"] + total["copies"] + total["rejections"]),
        articles=int(total["articles"]), duplicates=int(total["copies"]),
        rejected=counts["rejections"], corrupt_files=sum(n for k, n in reasons.items() if k.startswith(_CORRUPT_KIND)),
        reasons=reasons, rows=counts, extraction_seconds=float(total["seconds"]),
        extraction_cpu_seconds=float(total["cpu"]),
        seconds=time.perf_counter() - started, phases=phases,
        rejections=tuple(Rejection(i, r) for i, r in rejection_rows),
    )
    log.info("spark ingest: %d articles, %d rejected (%d corrupt files) in %.1fs (%s)",
             summary.articles, summary.rejected, summary.corrupt_files, summary.seconds,
             ", ".join(f"{k} {v:.1f}s" for k, v in phases.items()))
    return summary


def _reason_kind_column():
    """:func:`reason_kind` as a Spark column expression (the reason up to its first colon)."""
    from pyspark.sql import functions as F

    return F.trim(F.split(F.col("reason"), ":").getItem(0))
