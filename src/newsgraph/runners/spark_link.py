"""Corpus-level steps as Spark jobs: who is who, copies, stories, with the local store's answers.

Each step is cut into independent pieces by the blocking keys the local step uses
(:mod:`~newsgraph.runners.spark_components`), the pieces are spread over partitions, and
each partition runs the store's own step function of ``newsgraph.store.linking`` on its
pieces (:mod:`~newsgraph.runners.spark_pieces`):

- entities (:mod:`~newsgraph.runners.spark_entities`): nodes are (type, folded spelling),
  as ``link.resolve`` makes them, keyed by ``link.entity_blocking.blocking_keys``; a piece
  gets every entity of its articles (``resolve`` reads them as context) and keeps the kb
  ids of its own entities only;
- canonical entities, their spellings and titles: pieces are kb ids (the SQL groups by them);
- copies (:mod:`~newsgraph.runners.spark_copies`): keys are the MinHash LSH bands
  ``link.copies.find_copies`` buckets by, and credit lines;
- stories (:mod:`~newsgraph.runners.spark_stories`): reports (copy groups) keyed by the
  canonical entities that propose pairs in ``link.stories.find_stories`` (named by at most
  ``max_df`` reports).

Every piece decides as the whole corpus would: resolution gets the corpus's name-word
counts (``link.entity_match.NameCounts``) and stories the corpus's report counts of the
frequent entities, both computed once and broadcast. Every shuffle has the session's
``spark.sql.shuffle.partitions`` partitions.
"""
from __future__ import annotations

import logging

from newsgraph.runners import spark_copies
from newsgraph.runners.spark_entities import entity_tables, with_kb_ids
from newsgraph.runners.spark_pieces import slim_article
from newsgraph.runners.spark_stories import stories

log = logging.getLogger(__name__)


def corpus_frames(spark, rows) -> dict:
    """DataFrames of ``entities`` (with kb ids) and of every corpus table, from ``(table, row)`` rows."""
    from pyspark import StorageLevel

    from newsgraph.runners.spark_tables import rows_frame
    from newsgraph.store import schema

    parts = int(spark.conf.get("spark.sql.shuffle.partitions"))
    table = lambda name: rows.filter(lambda tr, n=name: tr[0] == n).map(lambda tr: tr[1])  # noqa: E731
    entities = with_kb_ids(table("entities"), parts).persist(StorageLevel.MEMORY_AND_DISK)
    log.info("corpus step: entity kb ids")
    articles = table("articles").map(slim_article).persist(StorageLevel.MEMORY_AND_DISK)
    out = {"entities": entities}
    out.update(entity_tables(entities, table("mentions"), articles, parts))
    copies = spark_copies.copies(articles, table("times"), parts)
    out.update(copies)
    out.update(stories(entities, articles, copies["copies"], parts))
    return {name: rows_frame(spark, schema.TABLES[name], rdd) for name, rdd in out.items()}
