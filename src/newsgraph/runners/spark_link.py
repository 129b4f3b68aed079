"""Corpus-level steps as Spark jobs: who is who, copies, stories, with the local store's answers.

Each step is cut into independent pieces by the blocking keys the local step uses
(:mod:`~newsgraph.runners.spark_components`), the pieces are spread over partitions, and
each partition runs the store's own step function of ``newsgraph.store.linking`` on its
pieces (:mod:`~newsgraph.runners.spark_pieces`):

- entities: nodes are (type, folded spelling), as ``link.resolve`` makes them; keys are
  ``link.names.name_keys`` of the spelling and of its surname (the keys ``resolve`` blocks
  on) plus the key ``resolve`` groups leftover partial names by. A piece gets every entity
  of its articles, since ``resolve`` reads an article's other entities as context, and
  keeps the kb ids of its own entities only;
- canonical entities, their spellings and titles: pieces are kb ids (the SQL groups by them);
- copies: keys are the MinHash LSH bands ``link.copies.find_copies`` buckets by;
- stories: reports (copy groups) keyed by the canonical entities that propose pairs in
  ``link.stories.find_stories`` (named by at most ``max_df`` reports).
"""
from __future__ import annotations

import inspect
import logging

from newsgraph.runners.spark_components import components
from newsgraph.runners.spark_pieces import column, gather, run_piece, slim_article

log = logging.getLogger(__name__)

ENTITY_TABLES = ("canonical_entities", "entity_names", "entity_titles")


def corpus_frames(spark, rows) -> dict:
    """DataFrames of ``entities`` (with kb ids) and of every corpus table, from ``(table, row)`` rows."""
    from pyspark import StorageLevel

    from newsgraph.runners.spark_tables import rows_frame
    from newsgraph.store import schema

    parts = int(spark.conf.get("spark.sql.shuffle.partitions"))
    table = lambda name: rows.filter(lambda tr, n=name: tr[0] == n).map(lambda tr: tr[1])  # noqa: E731
    entities = _with_kb_ids(table("entities"), parts).persist(StorageLevel.MEMORY_AND_DISK)
    articles = table("articles").map(slim_article).persist(StorageLevel.MEMORY_AND_DISK)
    out = {"entities": entities}
    out.update(_entity_tables(entities, table("mentions"), articles, parts))
    copies = _copies(articles, table("times"), parts)
    out.update(copies)
    out.update(_stories(entities, articles, copies["copies"], parts))
    return {name: rows_frame(spark, schema.TABLES[name], rdd) for name, rdd in out.items()}


def blocking_keys(type_: str, name: str) -> set[tuple]:
    """Every key ``link.resolve`` may bring this spelling together with another by.

    Taken from ``resolve``'s own block functions on the spelling's node (the pairwise
    blocks of full names, the blocks partial names attach through) plus the key it groups
    leftover partial names by, so a change of blocking there is followed here. A superset
    of keys only makes pieces larger, never answers different.
    """
    from newsgraph.link import resolve as r
    from newsgraph.link.names import name_keys

    parts = r.parse_name(name) if type_ == "PER" else r.NameParts((), None)
    node = r._Node(key=r.fold(name), type=type_, name=name, parts=parts)
    clusters = r._Clusters([node])
    keys: set[tuple] = {("block", *k) for k in clusters._blocks([0])}
    keys |= {("block", type_, k) for k in name_keys(parts.surname or name)}
    if type_ != "PER" or parts.is_full:
        keys |= {("pair", *k) for k in clusters._pair_blocks([0])}
    keys.add(("left", type_, r.fold(parts.surname or name), " ".join(parts.given)))
    return keys


def _node(row: tuple) -> tuple[str, str]:
    from newsgraph.link.resolve import fold

    return row[column("entities", "type")], fold(row[column("entities", "name")])


def _with_kb_ids(entities, parts: int):
    """``entities`` rows with ``kb_id`` set by ``store.linking``'s resolution, piece by piece."""
    A, E, T, N, K = (column("entities", c) for c in ("article_id", "entity_id", "type", "name", "kb_id"))
    node_keys = entities.flatMap(lambda r: [(_node(r), k) for k in blocking_keys(r[T], r[N])])
    comp = components(node_keys)
    owned = entities.map(lambda r: (_node(r), r)).join(comp).map(lambda nrc: (nrc[1][0][A], nrc[1]))
    comps_of_article = owned.map(lambda a_rc: (a_rc[0], a_rc[1][1])).distinct()
    # every entity of an article goes to each piece the article touches (context), flagged own or not
    shipped = (owned.join(comps_of_article)
               .map(lambda a: (a[1][1], (a[1][0][0], a[1][0][1] == a[1][1])))
               .partitionBy(parts))

    def resolve_partition(items):
        from newsgraph.store.linking import _resolve_entities

        items = [v for _, v in items]
        own = {(r[A], r[E]) for r, is_own in items if is_own}
        if not own:
            return
        for _, row in run_piece({"entities": [r for r, _ in items]}, _resolve_entities, ("entities",)):
            if (row[A], row[E]) in own:
                yield (row[A], row[E]), row[K]

    kb = shipped.mapPartitions(resolve_partition)
    return (entities.map(lambda r: ((r[A], r[E]), r)).leftOuterJoin(kb)
            .map(lambda kv: kv[1][0][:K] + (kv[1][1],) + kv[1][0][K + 1:]))


def _entity_tables(entities, mentions, articles, parts: int) -> dict:
    """Canonical entities, spellings and titles, by ``store.linking``'s SQL on kb-id pieces."""
    from pyspark import StorageLevel

    A, E, K = (column("entities", c) for c in ("article_id", "entity_id", "kb_id"))
    MA, ME = column("mentions", "article_id"), column("mentions", "entity_id")
    with_kb = entities.filter(lambda r: r[K] is not None)
    kb_of = with_kb.map(lambda r: ((r[A], r[E]), r[K]))
    tagged = (with_kb.map(lambda r: (r[K], ("entities", r)))
              .union(mentions.map(lambda m: ((m[MA], m[ME]), m)).join(kb_of)
                     .map(lambda x: (x[1][1], ("mentions", x[1][0]))))
              .union(with_kb.map(lambda r: (r[A], r[K])).distinct()
                     .join(articles.map(lambda a: (a[0], a)))
                     .map(lambda x: (x[1][0], ("articles", x[1][1])))))

    def step(items):
        from newsgraph.store.linking import _entity_tables as entity_tables

        rows = gather(v for _, v in items)
        if rows.get("entities"):
            yield from run_piece(rows, entity_tables, ENTITY_TABLES)

    out = tagged.partitionBy(parts).mapPartitions(step).persist(StorageLevel.MEMORY_AND_DISK)
    return {name: out.filter(lambda tr, n=name: tr[0] == n).map(lambda tr: tr[1]) for name in ENTITY_TABLES}


def _band_keys(signature) -> list[tuple]:
    """The LSH buckets ``link.copies.find_copies`` puts a signature in (its own datasketch set-up)."""
    from datasketch import MinHashLSH

    from newsgraph.link.copies import NUM_PERM, find_copies

    threshold = inspect.signature(find_copies).parameters["credited_threshold"].default
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sig = [int(v) for v in signature]
    return [(start, tuple(sig[start:end])) for start, end in lsh.hashranges]


def _copies(articles, times, parts: int) -> dict:
    """Copies and re-anchored dates, by ``store.linking``'s step on LSH-band pieces."""
    from pyspark import StorageLevel

    M, TA = column("articles", "minhash"), column("times", "article_id")
    bands = articles.flatMap(lambda a: [(a[0], key) for key in _band_keys(a[M] or ())])
    comp = components(bands, items=articles.map(lambda a: a[0]))
    sizes = comp.map(lambda ic: (ic[1], 1)).reduceByKey(lambda x, y: x + y).filter(lambda cn: cn[1] > 1)
    piece_of = comp.map(lambda ic: (ic[1], ic[0])).join(sizes).map(lambda c: (c[1][0], c[0]))
    tagged = (articles.map(lambda a: (a[0], a)).join(piece_of).map(lambda x: (x[1][1], ("articles", x[1][0])))
              .union(times.map(lambda t: (t[TA], t)).join(piece_of)
                     .map(lambda x: (x[1][1], ("times", x[1][0])))))

    def step(items):
        from newsgraph.store.linking import _copies as copies_step

        rows = gather(v for _, v in items)
        if rows.get("articles"):
            yield from run_piece(rows, copies_step, ("copies", "reanchored_times"))

    out = tagged.partitionBy(parts).mapPartitions(step).persist(StorageLevel.MEMORY_AND_DISK)
    return {name: out.filter(lambda tr, n=name: tr[0] == n).map(lambda tr: tr[1])
            for name in ("copies", "reanchored_times")}


def _stories(entities, articles, copies, parts: int) -> dict:
    """Stories, by ``store.linking``'s step on pieces of reports joined by shared entities."""
    from pyspark import StorageLevel

    from newsgraph.link.stories import find_stories

    max_df = inspect.signature(find_stories).parameters["max_df"].default
    A, T, K = (column("entities", c) for c in ("article_id", "type", "kb_id"))
    CA, CG = column("copies", "article_id"), column("copies", "group_id")
    group = (articles.map(lambda a: (a[0], a[0]))
             .leftOuterJoin(copies.map(lambda c: (c[CA], c[CG])))
             .mapValues(lambda own_g: own_g[1] or own_g[0]).persist(StorageLevel.MEMORY_AND_DISK))
    named = entities.filter(lambda r: r[K] is not None and r[T] != "MISC")
    report_kb = named.map(lambda r: (r[A], r[K])).join(group).map(lambda x: (x[1][1], x[1][0])).distinct()
    df = report_kb.map(lambda rk: (rk[1], 1)).reduceByKey(lambda x, y: x + y)
    frequent = set(df.filter(lambda kd: kd[1] > max_df).keys().collect())
    comp = components(report_kb.filter(lambda rk: rk[1] not in frequent),
                      items=group.values().distinct())
    piece_of = group.map(lambda ag: (ag[1], ag[0])).join(comp).map(lambda x: (x[1][0], (x[1][1], x[0])))
    tagged = (articles.map(lambda a: (a[0], a)).join(piece_of)
              .map(lambda x: (x[1][1][0], ("articles", x[1][0], x[1][1][1])))
              .union(named.map(lambda r: (r[A], r)).join(piece_of)
                     .map(lambda x: (x[1][1][0], ("entities", x[1][0], x[1][1][1])))))

    def step(items):
        from newsgraph.store.linking import _stories as stories_step

        items = [v for _, v in items]
        group_of = {row[0]: g for kind, row, g in items if kind == "articles"}
        rows = gather((kind, row) for kind, row, _ in items)
        _pad_frequent(rows, frequent, max_df, group_of)
        if rows.get("articles"):
            yield from run_piece(rows, lambda con: stories_step(con, group_of), ("stories", "story_articles"))

    out = tagged.partitionBy(parts).mapPartitions(step).persist(StorageLevel.MEMORY_AND_DISK)
    return {name: out.filter(lambda tr, n=name: tr[0] == n).map(lambda tr: tr[1])
            for name in ("stories", "story_articles")}


def _pad_frequent(rows: dict[str, list[tuple]], frequent: set[str], max_df: int,
                  group_of: dict[str, str]) -> None:
    """Make each corpus-frequent entity frequent in this piece too, as ``find_stories`` sees it.

    ``find_stories`` lets an entity propose pairs only when at most ``max_df`` reports name
    it, counted in what it is given. A piece holds a part of a frequent entity's reports, so
    lone reports naming just that entity are added (articles with no date, text or other
    entity: they join no story and no story lists them) until its count passes ``max_df``.
    """
    from newsgraph.store import schema

    A, K = column("entities", "article_id"), column("entities", "kb_id")
    counts: dict[str, set[str]] = {}
    for r in rows.get("entities", ()):
        if r[K] in frequent:
            counts.setdefault(r[K], set()).add(group_of.get(r[A], r[A]))
    width_e, width_a = len(schema.TABLES["entities"].columns), len(schema.TABLES["articles"].columns)
    for kb, arts in counts.items():
        for n in range(max(0, max_df + 1 - len(arts))):
            ghost = f"~pad-{kb}-{n}"
            entity = [None] * width_e
            entity[A], entity[column("entities", "entity_id")], entity[K] = ghost, "E1", kb
            entity[column("entities", "type")] = "PAD"
            article = [None] * width_a
            article[0] = ghost
            rows.setdefault("entities", []).append(tuple(entity))
            rows.setdefault("articles", []).append(tuple(article))
