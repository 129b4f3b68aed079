"""Extraction throughput: newsgraph's analyze() against bare spaCy nlp.pipe on the same texts.

Prints articles/s for both in one run, their ratio, each newsgraph stage's share of the time per
article, and peak memory. Texts: French news-like texts from ../shared (the seed article and the
FENEC samples cut into article-sized pieces) when present, else the project's own examples.
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REPEAT = 3


def french_texts() -> list[str]:
    texts: list[str] = []
    if SHARED.exists():
        texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus").glob("*.txt"))]
        for p in sorted((SHARED / "eval/data/ner-fr-fenec/texts").glob("*.txt")):
            paras = [x for x in p.read_text(encoding="utf-8").split("\n") if x.strip()]
            chunk: list[str] = []
            for para in paras:
                chunk.append(para)
                if sum(map(len, chunk)) > 1500:
                    texts.append("\n\n".join(chunk))
                    chunk = []
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "src/newsgraph/examples").glob("fr_*.txt"))]
    return texts * REPEAT


def main() -> int:
    from newsgraph.ingest import read_text
    from newsgraph.nlp import STAGES
    from newsgraph.pipeline import analyze, bare_pipeline, load_pipeline

    texts = french_texts()
    articles = [read_text(t, item=f"bench:{i}") for i, t in enumerate(texts)]
    bodies = [a.text for a in articles]
    chars = sum(map(len, bodies))
    bare, nlp = bare_pipeline("fr"), load_pipeline("fr")
    list(bare.pipe(bodies[:4]))
    list(analyze(articles[:4], nlp={"fr": nlp}))

    t0 = time.perf_counter()
    list(bare.pipe(bodies, batch_size=32))
    t_bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    records = list(analyze(articles, nlp={"fr": nlp}, batch_size=32))
    t_ng = time.perf_counter() - t0
    assert len(records) == len(articles)

    n = len(articles)
    print(f"articles: {n} French texts, {chars / n:.0f} characters each on average")
    print(f"bare spaCy nlp.pipe (fr_core_news_md): {n / t_bare:8.1f} articles/s")
    print(f"newsgraph analyze():                   {n / t_ng:8.1f} articles/s")
    print(f"ratio newsgraph / bare:                {t_bare / t_ng:8.2f}  (target >= 0.75)")

    # Each newsgraph stage's own time, run again on docs the model has already processed.
    with nlp.select_pipes(disable=list(STAGES)):
        docs = list(nlp.pipe(bodies, batch_size=32))
    for doc, article in zip(docs, articles):
        doc._.article = article
    per_article = t_ng / n * 1000
    print(f"time per article: {per_article:.1f} ms, of which:")
    for stage in STAGES:
        comp = nlp.get_pipe(stage)
        t0 = time.perf_counter()
        for doc in docs:
            comp(doc)
        ms = (time.perf_counter() - t0) / n * 1000
        print(f"  {stage:22} {ms:7.2f} ms/article  ({ms / per_article:6.1%})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
