"""The SparkSession newsgraph runs on, configured once for local runs and clusters alike.

pyspark is an optional extra (``pip install newsgraph[spark]``): it is imported inside
functions only, so importing this module never needs it, and a missing pyspark is a
:class:`newsgraph.errors.NewsgraphError` with the install line, not an ImportError.
"""
from __future__ import annotations

import logging
import os
import sys
import tempfile
from contextlib import contextmanager
from typing import Iterator, Mapping, Sequence

from newsgraph.errors import NewsgraphError
from newsgraph.runners.spark_daemon import PRELOAD_ENV

log = logging.getLogger(__name__)

#: Memory a Python worker may use before aggregations spill to disk: above the models' size.
PYTHON_WORKER_MEMORY = "3g"

#: Shuffle partitions for the corpus-level jobs on a small run; clusters override it.
DEFAULT_SHUFFLE_PARTITIONS = 4


class SparkMissing(NewsgraphError):
    """pyspark (or Java, which it needs) is not available."""


def require_pyspark():
    """The pyspark module, or :class:`SparkMissing` saying how to install it."""
    try:
        import pyspark
    except ImportError as err:
        raise SparkMissing("pyspark is not installed; run `pip install 'newsgraph[spark]'`") from err
    return pyspark


def build_session(
    *,
    master: str | None = "local[2]",
    app_name: str = "newsgraph",
    shuffle_partitions: int = DEFAULT_SHUFFLE_PARTITIONS,
    warehouse_dir: str | None = None,
    preload: Sequence[str] | None = None,
    conf: Mapping[str, str] | None = None,
):
    """A SparkSession for newsgraph.

    ``master`` None leaves it to ``spark-submit`` (cluster runs). Local masters run the
    Python workers with this interpreter, so they see the same installed models. The UI
    is off, the warehouse is a temporary folder, and Python workers are reused so that
    ``load_pipeline``'s per-process cache keeps the spaCy model loaded across tasks.
    Each executor's Python daemon loads the pipelines of ``preload`` (language codes; None:
    every supported language) once, before it forks the workers
    (:mod:`~newsgraph.runners.spark_daemon`).
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    settings = {
        "spark.sql.shuffle.partitions": str(shuffle_partitions),
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.warehouse.dir": warehouse_dir or tempfile.mkdtemp(prefix="newsgraph-warehouse-"),
        "spark.python.worker.reuse": "true",
        # A reused worker holds the spaCy models (~0.6 GB); under the default 512m limit the
        # groupBy aggregation in Python takes the worker for full and spills every record.
        "spark.python.worker.memory": PYTHON_WORKER_MEMORY,
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.sources.partitionOverwriteMode": "static",
        "spark.python.daemon.module": "newsgraph.runners.spark_daemon",
    }
    if preload is not None:
        settings[f"spark.executorEnv.{PRELOAD_ENV}"] = ",".join(preload)
    if master and master.startswith("local"):
        # local workers run this interpreter (its venv holds the package and the models);
        # the launcher reads the environment, not the session's conf, for this one
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as err:  # the JVM failed to start: most often no Java
        raise SparkMissing(f"Spark could not start ({err}); is Java installed (`java -version`)?") from err
    spark.sparkContext.setLogLevel("WARN")
    log.info("Spark %s session on %s", spark.version, spark.sparkContext.master)
    return spark


@contextmanager
def spark_session(**options) -> Iterator:
    """``build_session(**options)``, stopped at the end of the block."""
    spark = build_session(**options)
    try:
        yield spark
    finally:
        spark.stop()
