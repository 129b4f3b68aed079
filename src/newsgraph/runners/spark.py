"""The Spark runner: newsgraph's own ``analyze()`` on a cluster, writing the store's tables as Parquet.

``spark_ingest(spark, inputs, output)`` is the whole run:

1. list the input files (JSONL, Parquet, WARC; any Hadoop URI) and parse them on the
   executors into articles, a corrupt file or a bad item becoming a rejection
   (:mod:`~newsgraph.runners.spark_inputs`);
2. ``mapPartitions`` of ``newsgraph.pipeline.analyze`` (:mod:`~newsgraph.runners.spark_analyze`),
   the spaCy model loaded once per Python worker, an article that breaks a stage becoming
   a rejection;
3. one record per text (the first in input order, as the local store keeps), turned into
   rows by ``newsgraph.store.rows.record_rows`` (the store's own function);
4. the corpus-level steps as Spark jobs over the same blocking keys
   (:mod:`~newsgraph.runners.spark_link`), which fill ``kb_id`` and the corpus tables;
5. every table written as Parquet under ``output/<table>/`` with the store's schema.

pyspark is imported inside functions only (an optional extra).
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from newsgraph.errors import Rejection
from newsgraph.records import ArticleRecord
from newsgraph.runners.spark_analyze import PartitionTiming, analyze_partition
from newsgraph.runners.spark_formats import CORRUPT_FILE
from newsgraph.runners.spark_inputs import list_inputs, read_inputs
from newsgraph.runners.spark_session import build_session, spark_session  # noqa: F401  (re-export)

log = logging.getLogger(__name__)

_CORRUPT_PREFIX = CORRUPT_FILE.split("{")[0]


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
    seconds: float = 0.0
    rejections: tuple[Rejection, ...] = ()


def reason_kind(reason: str) -> str:
    """A rejection reason without its details, for counting ("not valid JSON", "empty"...)."""
    return reason.split(":")[0].strip()


def spark_ingest(spark, inputs: Sequence[str], output: str, *, partitions: int | None = None,
                 link: bool = True, keep_rejections: int = 100) -> SparkIngestSummary:
    """Analyse every article under ``inputs`` and write the store's tables under ``output``.

    ``partitions``: how many slices the articles are spread over for the analysis (default:
    two per core). ``link`` False skips the corpus-level steps (and their tables).
    ``keep_rejections``: how many rejections the summary lists (all are in the table).
    """
    from pyspark import StorageLevel


    from newsgraph.runners.spark_tables import rows_frame, write_table
    from newsgraph.store import schema

    started = time.perf_counter()
    files = list_inputs(spark, list(inputs))
    keyed = read_inputs(spark, files, partitions=partitions)
    analyzed = keyed.mapPartitions(lambda part: analyze_partition(part)).persist(
        StorageLevel.MEMORY_AND_DISK)
    timings = analyzed.filter(lambda x: isinstance(x, PartitionTiming)).collect()
    results = analyzed.filter(lambda x: not isinstance(x, PartitionTiming))

    rejections = (results.filter(lambda kr: isinstance(kr[1], Rejection))
                  .map(lambda kr: (kr[1].item, kr[1].reason)).reduceByKey(min)
                  .persist(StorageLevel.MEMORY_AND_DISK))
    keyed_records = results.filter(lambda kr: isinstance(kr[1], ArticleRecord))
    records = (keyed_records.map(lambda kr: (kr[1].id, kr)).reduceByKey(_first_in_input)
               .map(lambda pair: pair[1][1]).persist(StorageLevel.MEMORY_AND_DISK))

    n_items = results.count()
    n_records = keyed_records.count()
    n_articles = records.count()
    rejection_rows = rejections.collect() if rejections.count() <= keep_rejections else \
        rejections.takeOrdered(keep_rejections)
    reasons = Counter(reason_kind(r) for r in rejections.values().collect())
    n_rejected = sum(reasons.values())
    corrupt = rejections.filter(lambda ir: ir[1].startswith(_CORRUPT_PREFIX)).count()

    rows = _table_rows(records)
    frames = {table.name: rows_frame(spark, table, _rows_of(rows, table.name))
              for table in schema.ARTICLE_TABLES}
    frames["rejections"] = rows_frame(spark, schema.TABLES["rejections"], rejections)
    if link:
        from newsgraph.runners import spark_link

        frames.update(spark_link.corpus_frames(spark, rows))
    counts: dict[str, int] = {}
    for name, frame in frames.items():
        frame = frame.persist(StorageLevel.MEMORY_AND_DISK)
        counts[name] = frame.count()
        write_table(schema.TABLES[name], frame, output)
    for rdd in (analyzed, rejections, records, rows):
        rdd.unpersist()
    summary = SparkIngestSummary(
        files=len(files), items=n_items, articles=n_articles, duplicates=n_records - n_articles,
        rejected=n_rejected, corrupt_files=corrupt, reasons=dict(reasons), rows=counts,
        extraction_seconds=sum(t.seconds for t in timings),
        seconds=time.perf_counter() - started,
        rejections=tuple(Rejection(i, r) for i, r in sorted(rejection_rows)[:keep_rejections]),
    )
    log.info("spark ingest: %d articles, %d rejected (%d corrupt files) in %.1fs",
             summary.articles, summary.rejected, summary.corrupt_files, summary.seconds)
    return summary


def _first_in_input(a, b):
    """Of two copies of one text, the one read first (keys are (file index, position))."""
    return a if a[0] <= b[0] else b


def _table_rows(records):
    """``(table, row)`` of every per-article table, from ``newsgraph.store.rows.record_rows``."""
    from pyspark import StorageLevel

    from newsgraph.store.rows import record_rows

    return records.flatMap(lambda record: [(name, row) for name, table_rows in record_rows(record).items()
                                           for row in table_rows]).persist(StorageLevel.MEMORY_AND_DISK)


def _rows_of(rows, name: str):
    return rows.filter(lambda tr: tr[0] == name).map(lambda tr: tr[1])
