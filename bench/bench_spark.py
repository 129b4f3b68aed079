"""Spark runner throughput: articles/s with local[1] and local[2] against analyze() in one process.

The corpus is generated from fictional French and English templates (names, places,
numbers and dates varied so every body is distinct) and written as JSONL; the same
articles go through:

- local: ``newsgraph.pipeline.analyze`` in this process, models loaded beforehand;
- spark local[1] and local[2]: ``spark_ingest`` (reading, analysis, rows, Parquet writes;
  corpus-level linking off, since it is not part of the per-article rate).

Spark overhead is everything a run spends outside ``analyze``: ``cores x wall - extraction``
(extraction = seconds spent inside ``analyze``, summed over partitions). It has a fixed part
(JVM start, one model load per Python worker, job set-up) and a per-article part; a tiny run
separates them, and the figure at 10k articles is extrapolated from the two, printed as such.

Usage: python bench/bench_spark.py [N]   (default 200 articles; N=10000 takes hours on 2 cores)
"""
from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

GIVEN = ["Sofia", "Paolo", "Lena", "Marc", "Amira", "Tomas", "Ines", "Karel", "Nadia", "Hugo"]
FAMILY = ["Marchetti", "Dubreuil", "Okafor", "Lindqvist", "Haddou", "Varga", "Moreau", "Castell"]
PLACES = ["Valbonne", "Brindmoor", "Saint-Aubry", "Kestrel Bay", "Montclar", "Eastwick", "Loriac"]
ORGS = ["Nordal Lines", "the Regional Water Board", "Union des Dockers", "Helix Energie"]
FR = ("{place}, {day} mars 2024. La ministre {name} a visité {place} lundi et rencontré les "
      "responsables de {org}. « Nous investirons {n} millions d'euros d'ici {year} », a déclaré "
      "{name} devant la presse. Le maire, {other}, a salué l'annonce mais demande des garanties. "
      "Selon {org}, les travaux pourraient commencer dès l'automne et créer {m} emplois.")
EN = ("{name}, the minister for infrastructure, visited {place} on Monday to meet officials from "
      "{org}. \"We will invest {n} million euros by {year},\" {name} told reporters. The mayor, "
      "{other}, welcomed the plan but asked for guarantees. According to {org}, work could start "
      "in the autumn and create {m} jobs. Talks resume on March {day}.")


def make_corpus(n: int, *, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = "fr" if i % 2 else "en"
        fields = dict(name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                      other=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", place=rng.choice(PLACES),
                      org=rng.choice(ORGS), n=rng.randint(2, 900), m=rng.randint(10, 5000),
                      year=rng.randint(2025, 2035), day=rng.randint(1, 28))
        text = (FR if lang == "fr" else EN).format(**fields) + f" (ref. {i})"
        out.append({"text": text, "title": f"{fields['place']}: {fields['org']}",
                    "published": f"2024-03-{fields['day']:02d}", "outlet": "Bench Wire",
                    "language": lang})
    return out


def run_local(rows: list[dict]) -> tuple[float, int]:
    from newsgraph import ingest
    from newsgraph.ingest import jsonobj
    from newsgraph.pipeline import analyze, load_pipeline

    for lang in ("fr", "en"):
        load_pipeline(lang)
    articles = [ingest.finish(jsonobj.from_object(r, source=f"bench:{i}"), item=f"bench:{i}")
                for i, r in enumerate(rows)]
    started = time.perf_counter()
    done = sum(1 for _ in analyze(articles))
    return time.perf_counter() - started, done


def run_spark(path: Path, *, cores: int, out: Path):
    from newsgraph.runners.spark import spark_ingest, spark_session

    with spark_session(master=f"local[{cores}]", shuffle_partitions=4) as spark:
        return spark_ingest(spark, [str(path)], str(out), partitions=2 * cores, link=False)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    tiny = 10
    rows = make_corpus(n)
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        tmp = Path(tmp)
        big, small = tmp / "big" / "corpus.jsonl", tmp / "small" / "corpus.jsonl"
        for path, part in ((big, rows), (small, rows[:tiny])):
            path.parent.mkdir()
            path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in part) + "\n")
        print(f"corpus: {n} generated articles (half French, half English), ~{len(rows[0]['text'])} chars each")
        local_s, done = run_local(rows)
        print(f"local analyze(), 1 process   : {done / local_s:7.2f} articles/s  ({local_s:.1f}s, models preloaded)")
        results = {}
        for cores in (1, 2):
            s = run_spark(big, cores=cores, out=tmp / f"out{cores}")
            results[cores] = s
            print(f"spark local[{cores}]               : {s.articles / s.seconds:7.2f} articles/s  "
                  f"({s.seconds:.1f}s wall, {s.extraction_seconds:.1f}s inside analyze)")
        s1, s2 = results[1], results[2]
        print(f"speed-up local[2] / local[1] : {s1.seconds / s2.seconds:7.2f}x  (target >= 1.7x)")
        print(f"local[2] / local runner      : {(s2.articles / s2.seconds) / (done / local_s):7.2f}x")
        small_run = run_spark(small, cores=2, out=tmp / "out_small")
        overhead = lambda s: 2 * s.seconds - s.extraction_seconds  # noqa: E731
        extract_pa = s2.extraction_seconds / s2.articles
        per_article = (overhead(s2) - overhead(small_run)) / (s2.articles - small_run.articles)
        fixed = overhead(small_run) - per_article * small_run.articles
        print(f"extraction per article       : {1000 * extract_pa:7.1f} ms")
        print(f"spark overhead at n={n:<6}   : {1000 * overhead(s2) / s2.articles:7.1f} ms/article "
              f"= {100 * overhead(s2) / s2.extraction_seconds:.0f}% of extraction "
              f"(fixed {fixed:.1f} core-s, {1000 * per_article:.1f} ms/article variable)")
        at = 10_000
        print(f"EXTRAPOLATED to {at} articles: overhead {100 * (fixed + per_article * at) / (extract_pa * at):.1f}% "
              f"of extraction (target < 10%; from the n={tiny} and n={n} runs, not measured)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
