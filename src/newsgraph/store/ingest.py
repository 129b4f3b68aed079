"""Ingest: input items -> analysed records -> the store, batch by batch, then the corpus links.

Idempotent: an article's id is the hash of its normalised text, ids already stored
(or seen earlier in the run) are skipped before any analysis. Transactional per
batch: each batch of records is committed whole (``Store.write_batch``), so a killed
run loses only the batch in flight and a re-run picks up where it stopped.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from newsgraph.errors import Rejection
from newsgraph.records import Article, ArticleRecord
from newsgraph.store.db import DEFAULT_DB, Store

log = logging.getLogger(__name__)

#: ``progress(done, total)``: items handled so far (ingested, skipped or rejected), of about ``total``.
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class IngestSummary:
    """What an ingest did: counts, every rejection with its location and reason, and timings."""

    ingested: int
    skipped: int
    rejected: tuple[Rejection, ...]
    batches: int
    seconds: float
    link_seconds: float
    corpus: dict[str, int] = field(default_factory=dict)


@dataclass
class _Tally:
    skipped: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    pending: list[Rejection] = field(default_factory=list)
    handled: int = 0


def ingest(paths: Iterable[str | Path] | None = None, *, db: str | Path = DEFAULT_DB,
           articles: Iterable[Article | Rejection] | None = None, workers: int = 1,
           batch_size: int = 32, progress: Progress | None = None, total: int | None = None,
           on_batch: Callable[[int], None] | None = None, nlp=None, nlp_factory=None,
           link: bool = True) -> IngestSummary:
    """Ingest the items under ``paths`` (or the given ``articles``) into the store at ``db``."""
    from newsgraph.ingest.sources import count_items, iter_sources
    from newsgraph.runners.local import run

    start = time.perf_counter()
    if articles is None:
        paths = [str(p) for p in paths or ()]
        total = total if total is not None else count_items(paths)
        articles = iter_sources(paths)
    tally = _Tally()
    ingested = batches = 0
    with Store(db) as store:
        known = store.article_ids()
        fresh = _fresh(articles, known, tally, progress, total)
        for results in run(fresh, workers=workers, chunk_size=batch_size, nlp=nlp,
                           nlp_factory=nlp_factory):
            records = [r for r in results if isinstance(r, ArticleRecord)]
            rejected = [r for r in results if isinstance(r, Rejection)] + tally.pending
            tally.rejected.extend(rejected)
            tally.pending = []
            ingested += store.write_batch(records, rejected)
            batches += 1
            tally.handled += len(results)
            if progress:
                progress(tally.handled, total)
            if on_batch:
                on_batch(batches)
        if tally.pending:  # rejections after the last article
            store.write_batch([], tally.pending)
            tally.rejected.extend(tally.pending)
        analysed = time.perf_counter()
        corpus = {}
        if link and (ingested or _unlinked(store)):
            from newsgraph.store.linking import link_corpus

            corpus = link_corpus(store.con)
    end = time.perf_counter()
    summary = IngestSummary(ingested=ingested, skipped=tally.skipped, rejected=tuple(tally.rejected),
                            batches=batches, seconds=end - start, link_seconds=end - analysed,
                            corpus=corpus)
    log.info("ingested %d, skipped %d, rejected %d in %.1fs", summary.ingested, summary.skipped,
             len(summary.rejected), summary.seconds)
    return summary


def _fresh(items: Iterable[Article | Rejection], known: set[str], tally: _Tally,
           progress: Progress | None, total: int | None) -> Iterator[Article]:
    """The articles not stored yet; skips and rejections are tallied on the way."""
    for item in items:
        if isinstance(item, Rejection):
            tally.pending.append(item)
            tally.handled += 1
        elif item.id in known:
            tally.skipped += 1
            tally.handled += 1
        else:
            known.add(item.id)
            yield item
            continue
        if progress:
            progress(tally.handled, total)


def _unlinked(store: Store) -> bool:
    """Were articles stored without their corpus links (a run stopped before linking, an
    ``ingest --no-link``, or a store written before the serving tables existed)?"""
    from newsgraph.store.serving import is_ready

    con = store.con
    return bool(not is_ready(con)
                or con.execute("SELECT count(*) FROM entities WHERE kb_id IS NULL").fetchone()[0]
                or con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM "
                               "search_words s WHERE s.kind = 'text' AND s.ref = a.id)").fetchone()[0]
                or (con.execute("SELECT count(*) FROM articles").fetchone()[0]
                    and not con.execute("SELECT count(*) FROM canonical_entities").fetchone()[0]
                    and con.execute("SELECT count(*) FROM entities").fetchone()[0]))
