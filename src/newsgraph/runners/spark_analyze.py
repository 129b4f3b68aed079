"""The per-partition work of a Spark run: ``newsgraph.pipeline.analyze`` on the partition's articles.

No stage is re-implemented here: ``analyze`` routes each article to its language's
pipeline, and ``load_pipeline`` is cached per Python process; the executor's Python daemon
fills that cache before it forks the workers (:mod:`~newsgraph.runners.spark_daemon`), so
a model loads once per executor, not once per worker or task (a language the daemon did not
preload loads once per reused worker, on first use).

What this module adds is isolation: an exception while analysing a batch (a poison
article that trips a stage) is retried article by article, and the article that still
fails becomes a :class:`Rejection` with the error as its reason. The partition, and the
job, always finish.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from newsgraph.errors import Rejection
from newsgraph.records import Article, ArticleRecord

log = logging.getLogger(__name__)

#: Reason of an article whose analysis raised, worded once.
ANALYSIS_FAILED = "analysis failed: {error}"

#: Articles handed to ``analyze`` at once: its own batch size, so spaCy's ``pipe`` batches fully.
CHUNK = 32


@dataclass(frozen=True)
class PartitionTiming:
    """How long a partition spent in ``analyze`` (extraction) for how many articles.

    ``seconds`` is wall time; ``cpu_seconds`` the worker's CPU time over the same calls, which
    other work on the machine does not inflate.
    """

    articles: int
    seconds: float
    cpu_seconds: float = 0.0


def analyze_partition(items: Iterable[tuple[Any, Article | Rejection]], *, nlp=None, chunk: int = CHUNK,
                      ) -> Iterator[tuple[Any, ArticleRecord | Rejection] | PartitionTiming]:
    """``(key, record or rejection)`` for one partition's ``(key, item)`` pairs, then a timing.

    The key travels untouched (the runner uses each item's place in the input to keep the
    first copy of a text, as the local store does). Rejections from reading pass through.
    ``nlp`` is handed to ``analyze`` (None: pipelines loaded per language on first use).
    """
    from newsgraph.pipeline import analyze

    pending: list[tuple[Any, Article]] = []
    count, spent, cpu = 0, 0.0, 0.0

    def flush():
        nonlocal count, spent, cpu
        started, cpu_started = time.perf_counter(), time.process_time()
        results = _guarded([article for _, article in pending], analyze, nlp)
        spent += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        count += len(pending)
        return [(key, result) for (key, _), result in zip(pending, results)]

    for key, item in items:
        if isinstance(item, Rejection):
            yield key, item
            continue
        pending.append((key, item))
        if len(pending) >= chunk:
            yield from flush()
            pending = []
    if pending:
        yield from flush()
    yield PartitionTiming(articles=count, seconds=spent, cpu_seconds=cpu)


def _guarded(articles: list[Article], analyze, nlp) -> list[ArticleRecord | Rejection]:
    """One result per article, in order; an article whose analysis raises is a Rejection."""
    try:
        results = list(analyze(articles, nlp=nlp, batch_size=len(articles)))
        if len(results) == len(articles):
            return results
        log.warning("analyze gave %d results for %d articles; retrying one by one",
                    len(results), len(articles))
    except Exception as err:
        log.warning("a batch of %d articles failed (%s); retrying one by one", len(articles), err)
    results = []
    for article in articles:
        try:
            (result,) = analyze([article], nlp=nlp)
        except Exception as err:
            item = article.source or article.url or article.id
            log.warning("%s: analysis failed: %s", item, err)
            result = Rejection(item, ANALYSIS_FAILED.format(error=f"{type(err).__name__}: {err}"))
        results.append(result)
    return results
