"""Ingest throughput: against extraction alone (real pipeline), and per-article time at 1k vs 20k.

1. Headline, real pipeline (French model + newsgraph stages, loaded once): articles/s of
   ``analyze`` alone vs ``newsgraph ingest`` of the same articles (reading is excluded from
   both: articles are generated in memory), ratio target >= 0.7.
2. Scaling, STUB NLP (labelled): the blank French tokenizer plus a component that hands each
   Doc the entities/quotes/times/events its generator made, so that only storage and the
   corpus links are timed. Ingest time per article at 1k and 20k articles, target flat
   within 1.3x. Peak memory of the process at the end.
Usage: python bench/bench_ingest.py [N_REAL] [N_SMALL] [N_LARGE]
"""
from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_query import people, record  # noqa: E402

from newsgraph.pipeline import analyze, load_pipeline  # noqa: E402
from newsgraph.store.ingest import ingest  # noqa: E402

_STUB_RECORDS: dict = {}


def _records(n: int, seed: int):
    rng = random.Random(seed)
    persons = people(max(200, n // 50))
    return [record(i, persons, rng) for i in range(n)]


def stub_nlp():
    """STUB NLP for the scaling runs: tokenizer + the generator's own facts (no model)."""
    import spacy
    from spacy.language import Language

    from newsgraph.nlp import extensions  # noqa: F401

    if "newsgraph_bench_stub_facts" not in Language.factories:
        @Language.component("newsgraph_bench_stub_facts")
        def facts(doc):
            rec = _STUB_RECORDS[doc._.article.id]  # run as a stage: named newsgraph_*
            doc._.entities, doc._.quotes = list(rec.entities), list(rec.quotes)
            doc._.times, doc._.events = list(rec.times), list(rec.events)
            return doc
    nlp = spacy.blank("fr")
    nlp.add_pipe("newsgraph_bench_stub_facts")
    return nlp


def headline(n: int) -> None:
    articles = [r.article for r in _records(n, 1)]
    nlp = {"fr": load_pipeline("fr")}
    list(analyze(articles[:8], nlp=nlp))  # warm
    t0 = time.perf_counter()
    list(analyze(articles, nlp=nlp))
    extract = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        summary = ingest(articles=iter(articles), db=Path(tmp) / "b.duckdb", nlp=nlp, batch_size=32)
    assert summary.ingested == n
    ratio = extract / summary.seconds
    print(f"real pipeline, {n} articles: extraction alone {n / extract:.1f} articles/s, "
          f"ingest {n / summary.seconds:.1f} articles/s (links {summary.link_seconds:.1f}s): "
          f"ratio {ratio:.2f} (target >= 0.7)")


def scaling(sizes: tuple[int, ...]) -> None:
    nlp = stub_nlp()
    per = {}
    for n in sizes:
        recs = _records(n, 2)
        _STUB_RECORDS.clear()
        _STUB_RECORDS.update({r.id: r for r in recs})
        with tempfile.TemporaryDirectory() as tmp:
            summary = ingest(articles=iter([r.article for r in recs]), db=Path(tmp) / "s.duckdb",
                             nlp=nlp, batch_size=256)
        per[n] = summary.seconds / n * 1000
        print(f"STUB NLP, {n} articles: ingest {summary.seconds:.1f}s "
              f"({per[n]:.2f} ms/article, of which corpus links {summary.link_seconds:.1f}s)")
    small, large = min(sizes), max(sizes)
    print(f"per-article time {large} vs {small}: {per[large] / per[small]:.2f}x (target <= 1.3x)")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    n_real = args[0] if args else 200
    sizes = tuple(args[1:3]) if len(args) >= 3 else (1_000, 20_000)
    headline(n_real)
    scaling(sizes)
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
