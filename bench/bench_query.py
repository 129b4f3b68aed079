"""`entity` query time on a generated 100k-article store (p50/p95), link time, peak memory.

The corpus is built by generating records (bench/corpus_gen.py) and writing their rows
directly (no NLP), then the corpus links are computed as after an ingest.
Usage: python bench/bench_query.py [N_ARTICLES]
"""
from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_gen import people, record  # noqa: E402

from newsgraph.store.db import Store, insert_rows  # noqa: E402
from newsgraph.store.linking import link_corpus  # noqa: E402
from newsgraph.store.queries import entity_profile  # noqa: E402
from newsgraph.store.rows import batch_rows  # noqa: E402


def main(n: int = 100_000, queries: int = 60) -> None:
    rng = random.Random(7)
    persons = people(max(200, n // 50))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        for start in range(0, n, 5000):
            recs = [record(i, persons, rng) for i in range(start, min(n, start + 5000))]
            store.con.execute("BEGIN")
            insert_rows(store.con, batch_rows(recs))
            store.con.execute("COMMIT")
        t1 = time.perf_counter()
        counts = link_corpus(store.con)
        t2 = time.perf_counter()
        print(f"articles: {n}  rows written in {t1 - t0:.1f}s  corpus links in {t2 - t1:.1f}s  "
              f"({counts['canonical_entities']} canonical entities)")
        names = [f"{p[rng.randrange(2)]} {p[2]}" for p in rng.sample(persons, queries)]
        entity_profile(store.con, names[0])  # warm
        times = []
        for name in names:
            s = time.perf_counter()
            entity_profile(store.con, name)
            times.append((time.perf_counter() - s) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"entity query over {len(times)} names: p50 {statistics.median(times):.1f} ms  "
              f"p95 {p95:.1f} ms  (target p95 < 100 ms)")
        print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
