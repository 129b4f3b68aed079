"""Spark runner throughput: articles/s with local[1] and local[2] against analyze() in one process.

The corpus is generated from fictional French and English templates (names, places,
numbers and dates varied so every body is distinct) and written as JSONL; the same
articles go through:

- local: ``newsgraph.pipeline.analyze`` in this process, models loaded beforehand;
- spark local[1] and local[2]: ``spark_ingest`` (reading, analysis, rows, Parquet writes;
  corpus-level linking off, since it is not part of the per-article rate). The session
  (JVM start) is timed apart, and so is the executor's start: a 10-article run on the same
  session first, in which its Python daemon loads the models (once per executor, as the
  local figure loads them once beforehand); it is printed, and counted in one line too.

Spark overhead is everything a run spends outside ``analyze``: ``cores x wall - extraction``
(extraction = seconds spent inside ``analyze``, summed over partitions), also shown against
the one-process local time for the same articles. It has a fixed part (job set-up,
Parquet commit) and a per-article part; below 10k articles a run of 10 separates
them and the 10k figure is extrapolated, printed as such; at N >= 10000 it is measured.

Where the CPU went is read from the process tree (psutil): the Python workers (analysis),
the JVM (Spark itself: shuffles, caching, Parquet) and this driver process. On a machine
with as many cores as executors, the JVM's share is taken from the workers.

Every figure is printed with the load average (1 min) before and after its run: other work
on the machine slows the Spark runs and the speed-up more than the one-process run.

Usage: python bench/bench_spark.py [N]   (default 4000: about 4 minutes on 2 cores;
N=10000 about 8 minutes)
"""
from __future__ import annotations

import json
import os
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


def load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def run_local(rows: list[dict]) -> tuple[float, int, float]:
    from newsgraph import ingest
    from newsgraph.ingest import jsonobj
    from newsgraph.pipeline import analyze, load_pipeline

    started = time.perf_counter()
    for lang in ("fr", "en"):
        load_pipeline(lang)
    loading = time.perf_counter() - started
    articles = [ingest.finish(jsonobj.from_object(r, source=f"bench:{i}"), item=f"bench:{i}")
                for i, r in enumerate(rows)]
    started = time.perf_counter()
    done = sum(1 for _ in analyze(articles))
    return time.perf_counter() - started, done, loading


def cpu_by_process() -> dict[str, float]:
    """CPU seconds of this driver, the JVM and the Python workers (daemon and its children)."""
    import psutil

    me = psutil.Process()
    out = {"driver": sum(me.cpu_times()[:2]), "jvm": 0.0, "workers": 0.0}
    for child in me.children(recursive=True):
        try:
            name, cpu = child.name(), sum(child.cpu_times()[:2])
        except psutil.Error:
            continue
        out["jvm" if "java" in name else "workers" if "python" in name else "driver"] += cpu
    return out


def run_spark(path: Path, *, cores: int, out: Path, warm: Path | None = None):
    """One timed ``spark_ingest`` of ``path`` on a fresh ``local[cores]`` session.

    ``warm``: a small input ingested first on the same session, untimed, so the executor's
    one-time start (its Python daemon loading the models) is out of the timed run, as the
    local figure's model load is; its wall seconds are returned apart (0 without it).
    """
    from newsgraph.runners.spark import spark_ingest
    from newsgraph.runners.spark_session import spark_session

    started = time.perf_counter()
    with spark_session(master=f"local[{cores}]", shuffle_partitions=4) as spark:
        session = time.perf_counter() - started
        warming = 0.0
        if warm is not None:
            warming = spark_ingest(spark, [str(warm)], str(out) + "-warm", partitions=2 * cores, link=False).seconds
        before = cpu_by_process()
        summary = spark_ingest(spark, [str(path)], str(out), partitions=2 * cores, link=False)
        after = cpu_by_process()
    return summary, session, {k: after[k] - before[k] for k in after}, warming


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    tiny, at = 10, 10_000
    rows = make_corpus(n)
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        tmp = Path(tmp)
        big, small = tmp / "big" / "corpus.jsonl", tmp / "small" / "corpus.jsonl"
        for path, part in ((big, rows), (small, rows[:tiny])):
            path.parent.mkdir()
            path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in part) + "\n")
        print(f"corpus: {n} generated articles (half French, half English), ~{len(rows[0]['text'])} chars "
              f"each; {os.cpu_count()} cores; {load()}")
        local_s, done, loading = run_local(rows)
        print(f"local analyze(), 1 process   : {done / local_s:7.2f} articles/s  ({local_s:.1f}s, "
              f"models preloaded in {loading:.1f}s; {load()} after)")
        _, session, _, _ = run_spark(small, cores=2, out=tmp / "warm")
        print(f"JVM start and warm-up run    : {session:.1f}s session (n={tiny}; not counted below)")
        results, cpus, starts = {}, {}, {}
        for cores in (1, 2):
            s, _, cpu, starts[cores] = run_spark(big, cores=cores, out=tmp / f"out{cores}", warm=small)
            results[cores], cpus[cores] = s, cpu
            print(f"executor start, local[{cores}]    : {starts[cores]:.1f}s (its Python daemon loads the models, "
                  f"once per executor; a {tiny}-article run on the same session, not counted below)")
            phases = ", ".join(f"{k} {v:.1f}s" for k, v in s.phases.items())
            print(f"spark local[{cores}]               : {s.articles / s.seconds:7.2f} articles/s  "
                  f"({s.seconds:.1f}s wall: {phases}; {s.extraction_seconds:.1f}s inside analyze; {load()} after)")
            print(f"    CPU seconds: Python workers {cpu['workers']:.1f} (inside analyze "
                  f"{s.extraction_cpu_seconds:.1f}), JVM {cpu['jvm']:.1f}, driver {cpu['driver']:.1f}; "
                  f"{cores} x wall = {cores * s.seconds:.1f} core-s")
        s1, s2 = results[1], results[2]
        print(f"speed-up local[2] / local[1] : {s1.seconds / s2.seconds:7.2f}x  (target >= 1.7x)")
        print(f"local[2] / local runner      : {(s2.articles / s2.seconds) / (done / local_s):7.2f}x")
        overhead = lambda s: 2 * s.seconds - s.extraction_seconds  # noqa: E731
        cpu_overhead = lambda s, c: sum(c.values()) - s.extraction_cpu_seconds  # noqa: E731
        extract_pa = s2.extraction_seconds / s2.articles
        local_pa = local_s / done
        print(f"extraction per article       : {1000 * extract_pa:7.1f} ms wall inside Spark's workers "
              f"({1000 * s2.extraction_cpu_seconds / s2.articles:.1f} ms CPU), {1000 * local_pa:.1f} ms in one process")
        print(f"spark overhead at n={n:<6}   : {1000 * overhead(s2) / s2.articles:7.1f} ms/article "
              f"= {100 * overhead(s2) / s2.extraction_seconds:.1f}% of extraction (2 x wall - time inside analyze; "
              f"target < 10% at {at})")
        print(f"    as CPU (all Spark processes - analyze CPU): {1000 * cpu_overhead(s2, cpus[2]) / s2.articles:.1f} "
              f"ms/article = {100 * cpu_overhead(s2, cpus[2]) / s2.extraction_cpu_seconds:.1f}% of extraction CPU")
        print(f"    with the executor's one-time start counted too ({starts[2]:.1f}s x 2 cores; the local figure "
              f"leaves its model load out): {100 * (overhead(s2) + 2 * starts[2]) / s2.extraction_seconds:.1f}% wall")
        if n >= at:
            print(f"MEASURED at {n} articles (not extrapolated)")
            return 0
        small_run, _, small_cpu, _ = run_spark(small, cores=2, out=tmp / "out_small", warm=small)
        for name, cost, base in (("wall", overhead(s2) - overhead(small_run), s2.extraction_seconds),
                                 ("CPU", cpu_overhead(s2, cpus[2]) - cpu_overhead(small_run, small_cpu),
                                  s2.extraction_cpu_seconds)):
            per_article = cost / (s2.articles - small_run.articles)
            total = (overhead(s2) if name == "wall" else cpu_overhead(s2, cpus[2]))
            fixed = total - per_article * s2.articles
            print(f"EXTRAPOLATED to {at} articles ({name}): overhead "
                  f"{100 * (fixed + per_article * at) / (base / s2.articles * at):.1f}% of extraction "
                  f"(fixed {fixed:.1f} core-s + {1000 * per_article:.1f} ms/article, from the n={tiny} and "
                  f"n={n} runs; not measured)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
