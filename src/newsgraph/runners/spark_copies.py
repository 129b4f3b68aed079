"""Copies of one text across outlets as a Spark job, with ``store.linking.copies``'s answer.

Articles are joined into pieces by the MinHash LSH bands ``link.copies.find_copies``
buckets by (its own datasketch set-up) and by credit lines (an article and the outlet it
credits, which ``find_copies`` also compares); each piece of two or more articles runs the
store's step, which also re-anchors the copies' relative dates.
"""
from __future__ import annotations

from newsgraph.runners.spark_components import components
from newsgraph.runners.spark_pieces import column, gather, run_piece


def credited_sources(articles, parts: int) -> dict[str, list[str]]:
    """``{outlet: [credit lines naming it]}``: the second way ``find_copies`` proposes a pair.

    An article crediting a source is compared with every article of the outlet it names, so
    the two share a piece. Outlets and credit lines are few (collected, matched on the driver
    with ``link.copies``'s own test, ``credits``).
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


def copies(articles, times, parts: int) -> dict:
    """Copies and re-anchored dates, by ``store.linking``'s step on pieces joined by LSH bands
    (``find_copies``'s own set-up) and by credit lines (an article and the outlet it credits)."""
    from pyspark import StorageLevel

    from newsgraph.link.copies import THRESHOLD, band_ranges

    M, TA = column("articles", "minhash"), column("times", "article_id")
    O, S = column("articles", "outlet"), column("articles", "original_source")
    ranges = band_ranges(THRESHOLD)
    credited = articles.context.broadcast(credited_sources(articles, parts))

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
