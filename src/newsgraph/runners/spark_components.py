"""Connected components of a blocking graph, as a Spark job: the way corpus steps are cut up.

Every corpus-level step of the store compares two items only when they share a blocking
key (a name key, a MinHash band, a canonical entity), and merges through chains of such
pairs. Items that are not linked by any chain of shared keys never influence each other's
result, so the connected components of the item-key graph are independent pieces: each
can be handed whole to the store's own function, on any executor, and the union of the
answers is the answer the local store computes on the whole corpus.

Components are found by min-label propagation over the key groups: each item starts
with its own id as label; every round, each key takes the smallest label of its items and
each item the smallest label of its keys. The rounds needed grow with the longest chain
(a handful on news), not with the corpus.
"""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

#: Rounds after which propagation stops even if labels still change (then logged).
MAX_ROUNDS = 60


def components(item_keys, *, items=None):
    """``(item, component)`` for every item of ``item_keys`` (an RDD of ``(item, key)``).

    ``items`` (an RDD of item ids) adds items without keys as their own components. The
    component id is the smallest item id in it, so it is stable across runs.
    """
    from pyspark import StorageLevel

    edges = item_keys.map(lambda ik: (ik[1], ik[0])).distinct().persist(StorageLevel.MEMORY_AND_DISK)
    nodes = item_keys.keys()
    if items is not None:
        nodes = nodes.union(items)
    labels = nodes.distinct().map(lambda n: (n, n)).persist(StorageLevel.MEMORY_AND_DISK)
    for round_ in range(1, MAX_ROUNDS + 1):
        key_min = (edges.map(lambda kn: (kn[1], kn[0])).join(labels)
                   .map(lambda n_kl: n_kl[1]).reduceByKey(min))
        pushed = edges.join(key_min).map(lambda k_nl: k_nl[1]).reduceByKey(min)
        updated = labels.leftOuterJoin(pushed).mapValues(
            lambda old_new: old_new[0] if old_new[1] is None else min(old_new)).persist(
            StorageLevel.MEMORY_AND_DISK)
        changed = updated.join(labels).filter(lambda n_ab: n_ab[1][0] != n_ab[1][1]).count()
        labels.unpersist()
        labels = updated
        if changed == 0:
            log.info("components settled after %d rounds", round_)
            break
    else:
        log.warning("components still changing after %d rounds; pieces may be split", MAX_ROUNDS)
    edges.unpersist()
    return labels
