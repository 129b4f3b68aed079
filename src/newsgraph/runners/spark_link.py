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

Every piece decides as the whole corpus would: resolution gets the corpus's name-word
counts (``link.entity_match.NameCounts``) and stories the corpus's report counts of the
frequent entities, both computed once and broadcast. Every shuffle has the session's
``spark.sql.shuffle.partitions`` partitions.
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
    log.info("corpus step: entity kb ids")
    articles = table("articles").map(slim_article).persist(StorageLevel.MEMORY_AND_DISK)
    out = {"entities": entities}
    out.update(_entity_tables(entities, table("mentions"), articles, parts))
    copies = _copies(articles, table("times"), parts)
    out.update(copies)
    out.update(_stories(entities, articles, copies["copies"], parts))
    return {name: rows_frame(spark, schema.TABLES[name], rdd) for name, rdd in out.items()}


def _node(row: tuple) -> tuple[str, str]:
    from newsgraph.link.resolve import fold

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


def _with_kb_ids(entities, parts: int):
    """``entities`` rows with ``kb_id`` set by ``store.linking``'s resolution, piece by piece."""
    from newsgraph.link.resolve import blocking_keys

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


def _entity_tables(entities, mentions, articles, parts: int) -> dict:
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


def band_ranges() -> list[tuple[int, int]]:
    """The slices of a signature ``link.copies.find_copies``'s LSH buckets by (its own datasketch set-up)."""
    from datasketch import MinHashLSH

    from newsgraph.link.copies import NUM_PERM, find_copies

    threshold = inspect.signature(find_copies).parameters["threshold"].default
    return list(MinHashLSH(threshold=threshold, num_perm=NUM_PERM).hashranges)


def _credited_sources(articles, parts: int) -> dict[str, list[str]]:
    """``{outlet: [credit lines naming it]}``: the second way ``find_copies`` proposes a pair.

    An article crediting a source is compared with every article of the outlet it names, so
    the two share a piece. Outlets and credit lines are few (collected, matched on the driver
    with ``link.copies``'s own test; a private function there until it is made public).
    """
    from newsgraph.link.copies import CopyItem, credits

    O, S, M = (column("articles", c) for c in ("outlet", "original_source", "minhash"))
    pairs = (articles.filter(lambda a: a[M])
             .flatMap(lambda a: [("outlet", a[O])] * bool(a[O]) + [("source", a[S])] * bool(a[S]))
             .distinct(parts).collect())
    sources = [CopyItem("", (), original_source=v) for kind, v in pairs if kind == "source"]
    out: dict[str, list[str]] = {}
    for outlet in (v for kind, v in pairs if kind == "outlet"):
        target = CopyItem("", (), outlet=outlet)
        out[outlet] = [s.original_source for s in sources if credits(s, target)]
    return {o: srcs for o, srcs in out.items() if srcs}


def _copies(articles, times, parts: int) -> dict:
    """Copies and re-anchored dates, by ``store.linking``'s step on pieces joined by LSH bands
    (``find_copies``'s own set-up) and by credit lines (an article and the outlet it credits)."""
    from pyspark import StorageLevel

    M, TA = column("articles", "minhash"), column("times", "article_id")
    O, S = column("articles", "outlet"), column("articles", "original_source")
    ranges = band_ranges()
    credited = articles.context.broadcast(_credited_sources(articles, parts))

    def keys(a):
        if not a[M]:
            return []  # find_copies links an article without a signature to nothing
        out = [(a[0], ("band", start, tuple(int(v) for v in a[M][start:end]))) for start, end in ranges]
        out += [(a[0], ("credit", src)) for src in credited.value.get(a[O], ())]
        if a[S]:
            out.append((a[0], ("credit", a[S])))
        return out

    comp = components(articles.flatMap(keys), items=articles.map(lambda a: a[0]), partitions=parts)
    sizes = (comp.map(lambda ic: (ic[1], 1)).reduceByKey(lambda x, y: x + y, parts)
             .filter(lambda cn: cn[1] > 1))
    piece_of = comp.map(lambda ic: (ic[1], ic[0])).join(sizes, parts).map(lambda c: (c[1][0], c[0]))
    tagged = (articles.map(lambda a: (a[0], a)).join(piece_of, parts)
              .map(lambda x: (x[1][1], ("articles", x[1][0])))
              .union(times.map(lambda t: (t[TA], t)).join(piece_of, parts)
                     .map(lambda x: (x[1][1], ("times", x[1][0])))))

    def step(items):
        from newsgraph.store.linking import copies

        rows = gather(v for _, v in items)
        if rows.get("articles"):
            yield from run_piece(rows, copies, ("copies", "reanchored_times"))

    out = tagged.partitionBy(parts).mapPartitions(step).persist(StorageLevel.MEMORY_AND_DISK)
    return {name: out.filter(lambda tr, n=name: tr[0] == n).map(lambda tr: tr[1])
            for name in ("copies", "reanchored_times")}


def _stories(entities, articles, copies, parts: int) -> dict:
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
