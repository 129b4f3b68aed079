"""One SparkSession (local[2]) for every Spark test: starting one costs tens of seconds."""
from __future__ import annotations

import shutil

import pytest


@pytest.fixture(scope="session")
def spark():
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java and no `java` is on PATH (make system-deps installs it)")
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'newsgraph[spark]')")
    from newsgraph.runners.spark_session import spark_session

    with spark_session(master="local[2]", shuffle_partitions=2) as session:
        yield session
