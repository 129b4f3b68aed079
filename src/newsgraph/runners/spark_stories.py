"""Stories as a Spark job: reports (copy groups) joined by the entities they share.

Pieces are reports keyed by the canonical entities that propose pairs in
``link.stories.find_stories`` (those named by at most ``max_df`` reports); each piece runs
``store.linking.stories`` told the corpus's report counts of the frequent entities.
"""
from __future__ import annotations

import inspect

from newsgraph.runners.spark_components import components
from newsgraph.runners.spark_pieces import column, gather, run_piece


def stories(entities, articles, copies, parts: int) -> dict:
    """Stories, by ``store.linking``'s step on pieces of reports joined by shared entities.

    An entity named by more than ``max_df`` reports proposes no pairs in ``find_stories``,
    so it links no pieces here; each piece is told the corpus's report count of those
    entities (``df``), as it holds only part of their reports.
    """
    from pyspark import StorageLevel

    from newsgraph.link.stories import find_stories

    max_df = inspect.signature(find_stories).parameters["max_df"].default
    A, T, K = (column("entities", c) for c in ("article_id", "type", "kb_id"))
    CA, CG = column("copies", "article_id"), column("copies", "group_id")
    group = (articles.map(lambda a: (a[0], a[0]))
             .leftOuterJoin(copies.map(lambda c: (c[CA], c[CG])), parts)
             .mapValues(lambda own_g: own_g[1] or own_g[0]).persist(StorageLevel.MEMORY_AND_DISK))
    named = entities.filter(lambda r: r[K] is not None and r[T] != "MISC")
    report_kb = (named.map(lambda r: (r[A], r[K])).join(group, parts)
                 .map(lambda x: (x[1][1], x[1][0])).distinct(parts).persist(StorageLevel.MEMORY_AND_DISK))
    frequent = dict(report_kb.map(lambda rk: (rk[1], 1)).reduceByKey(lambda x, y: x + y, parts)
                    .filter(lambda kd: kd[1] > max_df).collect())
    df = entities.context.broadcast(frequent)
    comp = components(report_kb.filter(lambda rk: rk[1] not in df.value),
                      items=group.values(), partitions=parts)
    piece_of = (group.map(lambda ag: (ag[1], ag[0])).join(comp, parts)
                .map(lambda x: (x[1][0], (x[1][1], x[0]))))
    tagged = (articles.map(lambda a: (a[0], a)).join(piece_of, parts)
              .map(lambda x: (x[1][1][0], ("articles", x[1][0], x[1][1][1])))
              .union(named.map(lambda r: (r[A], r)).join(piece_of, parts)
                     .map(lambda x: (x[1][1][0], ("entities", x[1][0], x[1][1][1])))))

    def step(items):
        from newsgraph.store.linking import stories

        items = [v for _, v in items]
        group_of = {row[0]: g for kind, row, g in items if kind == "articles"}
        rows = gather((kind, row) for kind, row, _ in items)
        if rows.get("articles"):
            yield from run_piece(rows, lambda con: stories(con, group_of, df=df.value),
                                 ("stories", "story_articles"))

    out = tagged.partitionBy(parts).mapPartitions(step).persist(StorageLevel.MEMORY_AND_DISK)
    return {name: out.filter(lambda tr, n=name: tr[0] == n).map(lambda tr: tr[1])
            for name in ("stories", "story_articles")}
