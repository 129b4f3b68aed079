"""Connected components of a blocking graph, as a Spark job: the way corpus steps are cut up.

Every corpus-level step of the store compares two items only when they share a blocking
key (a name key, a MinHash band, a canonical entity), and merges through chains of such
pairs. Items that are not linked by any chain of shared keys never influence each other's
result, so the connected components of the item-key graph are independent pieces: each
can be handed whole to the store's own function, on any executor, and the union of the
answers is the answer the local store computes on the whole corpus.

Two ways, one answer (the component id is the smallest item id in it):

- a graph of at most ``local_limit`` distinct (key, item) edges is collected and solved
  by union-find on the driver: one job, where propagation would cost several shuffles a
  round, each a stage of tasks whose fixed cost dwarfs the work on a small corpus;
- a larger graph by min-label propagation over the key groups: each item starts with
  its own id as label; every round, each key takes the smallest label of its items and
  each item the smallest label of its keys. The rounds needed grow with the longest chain
  (a handful on news), not with the corpus. Every shuffle has ``partitions`` partitions
  (PySpark's join otherwise takes the sum of its inputs', which grows every round).
"""
from __future__ import annotations

import logging

from newsgraph.link.disjoint_sets import DisjointSets

log = logging.getLogger(__name__)

#: Rounds after which propagation stops even if labels still change (then logged).
MAX_ROUNDS = 60

#: Distinct (key, item) edges up to which the graph is solved on the driver (a few hundred
#: MB of Python objects at most; about 10k news articles' entity keys).
LOCAL_LIMIT = 2_000_000


def components(item_keys, *, items=None, partitions: int | None = None, local_limit: int = LOCAL_LIMIT):
    """``(item, component)`` for every item of ``item_keys`` (an RDD of ``(item, key)``).

    ``items`` (an RDD of item ids) adds items without keys as their own components. The
    component id is the smallest item id in it, so it is stable across runs. The result
    has ``partitions`` partitions (default: the context's parallelism).
    """
    from pyspark import StorageLevel

    sc = item_keys.context
    parts = partitions or sc.defaultParallelism
    edges = item_keys.map(lambda ik: (ik[1], ik[0])).distinct(parts).persist(StorageLevel.MEMORY_AND_DISK)
    nodes = item_keys.keys()
    if items is not None:
        nodes = nodes.union(items)
    nodes = nodes.distinct(parts)
    try:
        small = edges.take(local_limit + 1) if local_limit else [None]
        if len(small) <= local_limit:
            labels = union_find(small, nodes.collect())
            log.info("components on the driver: %d items, %d edges, %d components",
                     len(labels), len(small), len(set(labels.values())))
            return sc.parallelize(sorted(labels.items()), parts)
        return _propagate(edges, nodes, parts)
    finally:
        edges.unpersist()


def union_find(edges, nodes) -> dict:
    """``{item: smallest item of its component}`` from ``(key, item)`` edges and item ids.

    The items are numbered in sort order, so the shared :class:`DisjointSets` does the work and
    keeping the smaller root of two groups keeps the smallest id as the component's id.
    """
    edges = list(edges)
    items = sorted(set(nodes) | {item for _, item in edges})
    index = {item: k for k, item in enumerate(items)}
    sets = DisjointSets(len(items))
    first: dict = {}
    for key, item in edges:
        a, b = sets.find(index[item]), sets.find(index[first.setdefault(key, item)])
        if a != b:
            sets.attach(max(a, b), into=min(a, b))
    return {item: items[sets.find(k)] for k, item in enumerate(items)}


def _propagate(edges, nodes, parts: int):
    """Min-label propagation over ``(key, item)`` edges, every shuffle on ``parts`` partitions."""
    from pyspark import StorageLevel

    labels = nodes.map(lambda n: (n, n)).persist(StorageLevel.MEMORY_AND_DISK)
    items_of_key = edges.map(lambda kn: (kn[1], kn[0]))
    for round_ in range(1, MAX_ROUNDS + 1):
        key_min = items_of_key.join(labels, parts).map(lambda n_kl: n_kl[1]).reduceByKey(min, parts)
        pushed = edges.join(key_min, parts).map(lambda k_nl: k_nl[1]).reduceByKey(min, parts)
        # (label, changed) per item
        updated = labels.leftOuterJoin(pushed, parts).mapValues(
            lambda ab: (ab[0], False) if ab[1] is None or ab[0] <= ab[1] else (ab[1], True)
        ).persist(StorageLevel.MEMORY_AND_DISK)
        changed = updated.filter(lambda n_lc: n_lc[1][1]).count()
        labels.unpersist()
        labels = updated.mapValues(lambda lc: lc[0]).persist(StorageLevel.MEMORY_AND_DISK)
        labels.count()
        updated.unpersist()
        if changed == 0:
            log.info("components settled after %d rounds", round_)
            break
    else:
        log.warning("components still changing after %d rounds; pieces may be split", MAX_ROUNDS)
    return labels
