"""Run ``analyze`` over a stream of articles in this process or in N worker processes.

Each worker loads its spaCy pipelines once (``load_pipeline`` is cached per process)
and analyses whole chunks, so the model cost is paid once per worker, not per article.
Results come back in input order, chunk by chunk, so a caller can commit them in
batches while the workers go on.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
from itertools import islice
from typing import Iterable, Iterator

from newsgraph.errors import Rejection
from newsgraph.records import Article, ArticleRecord

log = logging.getLogger(__name__)

Result = ArticleRecord | Rejection


def chunks(items: Iterable, size: int) -> Iterator[list]:
    """Successive lists of ``size`` items (the last may be shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _analyze_chunk(articles: list[Article]) -> list[Result]:
    from newsgraph.pipeline import analyze

    return list(analyze(articles, nlp=_WORKER_NLP))


_WORKER_NLP = None


def _init_worker(nlp_factory) -> None:
    """Worker start: quiet logs, and the pipeline built once when a factory is given."""
    global _WORKER_NLP
    logging.getLogger("newsgraph").setLevel(logging.WARNING)
    _WORKER_NLP = nlp_factory() if nlp_factory else None


def run(articles: Iterable[Article], *, workers: int = 1, chunk_size: int = 16,
        nlp=None, nlp_factory=None) -> Iterator[list[Result]]:
    """Analyse ``articles``; yield the results chunk by chunk, in input order.

    ``workers`` > 1 runs that many processes (spawned, so no model is shared by fork).
    ``nlp`` (one process) or ``nlp_factory`` (a picklable callable building it in each
    worker) replaces the default per-language pipelines, e.g. for benchmarks.
    """
    if workers <= 1:
        from newsgraph.pipeline import analyze

        pipeline = nlp if nlp is not None else (nlp_factory() if nlp_factory else None)
        for chunk in chunks(articles, chunk_size):
            yield list(analyze(chunk, nlp=pipeline, batch_size=chunk_size))
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(nlp_factory,)) as pool:
        # imap keeps order and pulls input lazily (a few chunks ahead per worker)
        yield from pool.imap(_analyze_chunk, chunks(articles, chunk_size))
