"""The Python daemon of a Spark executor, with newsgraph's spaCy pipelines loaded before it forks.

PySpark starts one daemon per executor (``python -m pyspark.daemon``), which forks a
Python worker for each task slot. Left alone, every worker loads the models itself on its
first article: on a 2-core executor that is each model twice, and a worker that meets a
second language loads a second model in the middle of its partition. Run as the daemon
module instead (``spark.python.daemon.module``, set by
:func:`~newsgraph.runners.spark_session.build_session`), this module loads the pipelines
once, then hands over to PySpark's own daemon; the forked workers find them in
``load_pipeline``'s cache (copy-on-write memory), so a model costs one load per executor.

Which languages: ``NEWSGRAPH_SPARK_PRELOAD`` (comma-separated codes, passed to executors as
``spark.executorEnv.NEWSGRAPH_SPARK_PRELOAD``); unset, every language the pipeline supports;
empty, none. A pipeline that fails to load is logged and left to load (and fail, reported
per article) in the workers, so the daemon always starts.
"""
from __future__ import annotations

import gc
import logging
import os
import sys
import time

log = logging.getLogger(__name__)

#: Environment variable naming the languages to preload.
PRELOAD_ENV = "NEWSGRAPH_SPARK_PRELOAD"


def preload_languages(value: str | None) -> list[str]:
    """The language codes to load for a value of :data:`PRELOAD_ENV` (None: every supported one)."""
    if value is None:
        from newsgraph.pipeline import MODELS

        return sorted(MODELS)
    return [code.strip() for code in value.split(",") if code.strip()]


def preload(languages: list[str]) -> dict[str, float]:
    """Load each language's pipeline into this process's cache; seconds per language loaded."""
    from newsgraph.pipeline import load_pipeline

    spent: dict[str, float] = {}
    for lang in languages:
        started = time.perf_counter()
        try:
            load_pipeline(lang)
        except Exception as err:  # the workers will report it per article
            log.warning("spark daemon: could not preload the %s pipeline: %s", lang, err)
            continue
        spent[lang] = time.perf_counter() - started
    return spent


def main() -> None:
    """Preload, with stdout kept clean (the daemon's stdout is its channel to the JVM), then serve."""
    saved = os.dup(1)
    os.dup2(2, 1)  # anything printed while loading goes to stderr
    try:
        spent = preload(preload_languages(os.environ.get(PRELOAD_ENV)))
        sys.stdout.flush()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    log.info("spark daemon: pipelines preloaded (%s)", ", ".join(f"{k} {v:.1f}s" for k, v in spent.items()))
    # the models' objects go to the permanent generation: the workers' garbage collections
    # neither walk them nor write to their pages (which would copy the shared memory)
    gc.collect()
    gc.freeze()
    from pyspark import daemon

    daemon.manager()


if __name__ == "__main__":
    main()
