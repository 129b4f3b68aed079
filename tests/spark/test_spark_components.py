"""Connected components of a blocking graph: the driver's union-find and Spark's propagation agree."""
from __future__ import annotations

import random
import shutil

import pytest

pytestmark = pytest.mark.spark

if shutil.which("java") is None:
    pytest.skip("Spark needs Java and no `java` is on PATH (make system-deps installs it)",
                allow_module_level=True)
pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'newsgraph[spark]')")


def _graph(seed: int = 3) -> tuple[list[tuple[str, str]], list[str]]:
    """A chain (a long path of shared keys), a star, pairs, and items without any key."""
    rng = random.Random(seed)
    edges = [(f"c{i:02d}", f"k{i}") for i in range(12)] + [(f"c{i + 1:02d}", f"k{i}") for i in range(12)]
    edges += [(f"s{i}", "hub") for i in range(6)]
    edges += [(f"p{i}{j}", f"pair{i}") for i in range(4) for j in range(2)]
    rng.shuffle(edges)
    return edges, ["lone1", "lone2", "c05"]


def test_union_find_labels_each_component_by_its_smallest_item():
    from newsgraph.runners.spark_components import union_find

    edges, items = _graph()
    labels = union_find([(k, i) for i, k in edges], items)
    assert {labels[f"c{i:02d}"] for i in range(13)} == {"c00"}
    assert {labels[f"s{i}"] for i in range(6)} == {"s0"}
    assert labels["p31"] == "p30" and labels["p20"] != labels["p30"]
    assert labels["lone1"] == "lone1" and len(set(labels.values())) == 1 + 1 + 4 + 2


@pytest.mark.parametrize("local_limit", [0, 10_000])
def test_driver_and_propagation_agree(spark, local_limit):
    from newsgraph.runners.spark_components import components, union_find

    edges, items = _graph()
    sc = spark.sparkContext
    got = dict(components(sc.parallelize(edges, 3), items=sc.parallelize(items, 2), partitions=2,
                          local_limit=local_limit).collect())
    assert got == union_find([(k, i) for i, k in edges], items)
