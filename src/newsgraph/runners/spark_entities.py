"""Who is who across articles as Spark jobs: kb ids, canonical entities, spellings and titles.

Nodes are (type, folded spelling), as ``link.resolve`` makes them; their blocking keys are
``link.entity_blocking.blocking_keys`` (the pairwise keys of full names, the keys partial
names attach through, the key leftover partials group by). A piece gets every entity of
its articles, since ``resolve`` reads an article's other entities as context, and keeps
the kb ids of its own entities only; it decides with the corpus's name-word counts
(``link.entity_match.NameCounts``), computed once and broadcast. Canonical entities, their
spellings and titles are then ``store.linking.entity_tables`` on kb-id pieces.
"""
from __future__ import annotations

from newsgraph.runners.spark_components import components
from newsgraph.runners.spark_pieces import column, gather, run_piece

ENTITY_TABLES = ("canonical_entities", "entity_names", "entity_titles")


def _node(row: tuple) -> tuple[str, str]:
    from newsgraph.link.person_names import fold

    return row[column("entities", "type")], fold(row[column("entities", "name")])


def _name_counts(entities, parts: int):
    """``link.entity_match.NameCounts`` of the corpus: what ``resolve`` counts on all its nodes.

    ``resolve`` counts one spelling per (PER, folded spelling) node, the node's first in
    (article, entity) order; the word counts are small (the name vocabulary) and collected.
    """
    from newsgraph.link.entity_match import NameCounts
    from newsgraph.link.names import canonical_tokens

    A, E, T, N = (column("entities", c) for c in ("article_id", "entity_id", "type", "name"))
    firsts = (entities.filter(lambda r: r[T] == "PER")
              .map(lambda r: (_node(r), ((r[A], r[E]), r[N]))).reduceByKey(min, parts).values())
    counted = dict(firsts.flatMap(lambda an: [(None, 1)] + [(w, 1) for w in set(canonical_tokens(an[1]))])
                   .reduceByKey(lambda x, y: x + y, parts).collect())
    counts = NameCounts(total=counted.pop(None, 0))
    counts.words.update(counted)
    return counts


def with_kb_ids(entities, parts: int):
    """``entities`` rows with ``kb_id`` set by ``store.linking``'s resolution, piece by piece."""
    from newsgraph.link.entity_blocking import blocking_keys

    A, E, T, N, K = (column("entities", c) for c in ("article_id", "entity_id", "type", "name", "kb_id"))
    counts = entities.context.broadcast(_name_counts(entities, parts))
    node_keys = entities.flatMap(lambda r: [(_node(r), k) for k in blocking_keys(r[T], r[N])])
    comp = components(node_keys, partitions=parts)
    owned = (entities.map(lambda r: (_node(r), r)).join(comp, parts)
             .map(lambda nrc: (nrc[1][0][A], nrc[1])))
    comps_of_article = owned.map(lambda a_rc: (a_rc[0], a_rc[1][1])).distinct(parts)
    # every entity of an article goes to each piece the article touches (context), flagged own or not
    shipped = (owned.join(comps_of_article, parts)
               .map(lambda a: (a[1][1], (a[1][0][0], a[1][0][1] == a[1][1])))
               .partitionBy(parts))

    def resolve_partition(items):
        from newsgraph.store.linking import resolve_entities

        items = [v for _, v in items]
        own = {(r[A], r[E]) for r, is_own in items if is_own}
        if not own:
            return
        step = lambda con: resolve_entities(con, counts=counts.value)  # noqa: E731
        for _, row in run_piece({"entities": [r for r, _ in items]}, step, ("entities",)):
            if (row[A], row[E]) in own:
                yield (row[A], row[E]), row[K]

    kb = shipped.mapPartitions(resolve_partition)
    return (entities.map(lambda r: ((r[A], r[E]), r)).leftOuterJoin(kb, parts)
            .map(lambda kv: kv[1][0][:K] + (kv[1][1],) + kv[1][0][K + 1:]))


def entity_tables(entities, mentions, articles, parts: int) -> dict:
    """Canonical entities, spellings and titles, by ``store.linking``'s SQL on kb-id pieces."""
    from pyspark import StorageLevel

    A, E, K = (column("entities", c) for c in ("article_id", "entity_id", "kb_id"))
    MA, ME = column("mentions", "article_id"), column("mentions", "entity_id")
    with_kb = entities.filter(lambda r: r[K] is not None)
    kb_of = with_kb.map(lambda r: ((r[A], r[E]), r[K]))
    tagged = (with_kb.map(lambda r: (r[K], ("entities", r)))
              .union(mentions.map(lambda m: ((m[MA], m[ME]), m)).join(kb_of, parts)
                     .map(lambda x: (x[1][1], ("mentions", x[1][0]))))
              .union(with_kb.map(lambda r: (r[A], r[K])).distinct(parts)
                     .join(articles.map(lambda a: (a[0], a)), parts)
                     .map(lambda x: (x[1][0], ("articles", x[1][1])))))

    def step(items):
        from newsgraph.store.linking import entity_tables

        rows = gather(v for _, v in items)
        if rows.get("entities"):
            yield from run_piece(rows, entity_tables, ENTITY_TABLES)

    out = tagged.partitionBy(parts).mapPartitions(step).persist(StorageLevel.MEMORY_AND_DISK)
    return {name: out.filter(lambda tr, n=name: tr[0] == n).map(lambda tr: tr[1]) for name in ENTITY_TABLES}
