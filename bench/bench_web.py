"""Web app under load: requests/s and p95 latency of the entity page and the search API.

Builds a store of ``--articles`` (default 10,000) generated articles, writing rows
directly (no NLP): people under several spellings each, places, quotes, events,
copies and stories. Serves it with ``newsgraph serve`` (a real uvicorn process on
loopback) and sends a bounded number of requests from ``--clients`` (default 50)
concurrent httpx clients. Target: p95 under 200 ms. Prints the numbers; asserts nothing.

    python bench/bench_web.py [--articles 10000] [--clients 50] [--requests 1500]
"""
from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.records import (Article, ArticleRecord, Entity, Event, Mention, Quote,  # noqa: E402
                               Span, TimeExpression)
from tests.web import storefile  # noqa: E402

GIVEN = ["Nadia", "Omar", "Lina", "Karel", "Samir", "Ines", "Tarek", "Maya", "Youssef", "Elif",
         "Rami", "Sofia", "Hamid", "Lea", "Bilal", "Mira", "Anton", "Salma", "Idris", "Noor"]
FAMILY = ["Farouki", "Benali", "Kassem", "Lindqvist", "Haddadi", "Moreau", "Qasemi", "Darwish",
          "Rahimi", "Okafor", "Petrov", "Nasser", "Karimi", "Duval", "Zamani", "Hakimi", "Mansour",
          "Sorensen", "Taheri", "Youssoufi"]
PLACES = ["Tunis", "Oran", "Sfax", "Lyon", "Porto", "Izmir", "Gdansk", "Malmo", "Agadir", "Bari"]
TYPES = ["visit", "meet", "statement", "agree", "accuse", "aid", "protest", "negotiate"]
OUTLETS = [("Le Courrier du Port", "fr"), ("La Gazette du Quai", "fr"), ("Harbour Times", "en"),
           ("Coastal Wire", "en"), ("The Dock Report", "en"), ("Quai Hebdo", "fr")]


def spellings(given: str, family: str) -> list[str]:
    """Three spellings of one name, as transliteration varies them."""
    alt = family.replace("ou", "u").replace("k", "q").replace("i", "y", 1)
    return [f"{given} {family}", f"{given} {alt}", family]


def article(i: int, rng: random.Random, people: list[tuple[str, list[str]]]) -> ArticleRecord:
    outlet, lang = OUTLETS[i % len(OUTLETS)]
    day = f"2024-{1 + i % 12:02d}-{1 + (i // 12) % 28:02d}"
    chosen = rng.sample(range(len(people)), 3)
    place = rng.choice(PLACES)
    parts, ents, quotes, events = [], [], [], []
    pos = 0

    def add(piece: str) -> tuple[int, int]:
        nonlocal pos
        parts.append(piece)
        start = pos
        pos += len(piece)
        return start, pos

    mentions: dict[int, list[Mention]] = {k: [] for k in chosen}
    for n, k in enumerate(chosen):
        kb, names = people[k]
        name = names[rng.randrange(2)] if n else names[i % 2]
        s, e = add(name)
        mentions[k].append(Mention(s, e, name))
        add(f" met officials in {place} on day {i} of the talks. " if lang == "en"
            else f" a rencontré des élus à {place} le jour {i} des discussions. ")
        qs, qe = add(f"We will keep working on item {i}-{n}")
        add("\", ")
        s, e = add(names[2])
        mentions[k].append(Mention(s, e, names[2]))
        add(" said. " if lang == "en" else " a déclaré. ")
        quotes.append(Quote(f"Q{n + 1}", f"We will keep working on item {i}-{n}", qs, qe, True,
                            f"E{n + 1}", "said"))
    ps = "".join(parts).index(place)
    text = "".join(parts)
    for n, k in enumerate(chosen):
        kb, names = people[k]
        ents.append(Entity(f"E{n + 1}", "PER", names[0], aliases=(names[2],),
                           titles=(rng.choice(["minister", "mayor", "union leader"]),),
                           mentions=tuple(mentions[k]), kb_id=kb))
    ents.append(Entity("E4", "LOC", place, mentions=(Mention(ps, ps + len(place), place),),
                       kb_id=f"L-{place}"))
    for n in range(2):
        events.append(Event(f"V{n + 1}", rng.choice(TYPES), None, f"E{n + 1}", f"E{n + 2}", "E4", day,
                            False, None, Span(0, 3, text[:3]), Span(0, 40), 0.8))
    return ArticleRecord(
        article=Article(text=text, title=f"Talks in {place}, round {i}", published=day, outlet=outlet,
                        language=lang),
        entities=tuple(ents), quotes=tuple(quotes),
        times=(TimeExpression(f"day {i}", 0, 3, value=day, anchor="document"),),
        events=tuple(events))


def build_store(path: Path, n: int) -> tuple[list[str], list[str]]:
    rng = random.Random(7)
    people = [(f"P{k}", spellings(GIVEN[k % 20], FAMILY[(k * 7) % 20] + ("" if k < 20 else str(k))))
              for k in range(400)]
    records = [article(i, rng, people) for i in range(n)]
    ids = [r.id for r in records]
    copies = [ids[i:i + 3] for i in range(0, n, 10)]
    stories = {f"S{j}": ids[j * 5:(j + 1) * 5] for j in range(n // 5)}
    storefile.build(path, records, copies=copies, stories=stories)
    terms = [s for _, names in people for s in names]
    return [kb for kb, _ in people], terms


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def load(base: str, urls: list[str], clients: int) -> tuple[list[float], int, float]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    latencies: list[float] = []
    errors = 0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            url = queue.get_nowait()
            t0 = time.perf_counter()
            try:
                res = await client.get(url)
                errors += res.status_code != 200
            except httpx.TransportError:          # counted, not fatal: the figure says how many
                errors += 1
            latencies.append(time.perf_counter() - t0)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        return latencies, errors, time.perf_counter() - t0


def report(name: str, latencies: list[float], errors: int, wall: float, clients: int) -> None:
    ms = sorted(x * 1000 for x in latencies)
    p = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]  # noqa: E731
    print(f"{name:<28} {len(ms):>5} req  {clients} clients  {len(ms) / wall:8.1f} req/s  "
          f"p50 {p(0.50):6.1f} ms  p95 {p(0.95):6.1f} ms  p99 {p(0.99):6.1f} ms  "
          f"mean {statistics.fmean(ms):6.1f} ms  errors {errors}   (target p95 < 200 ms)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=1500)
    args = ap.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        kb_ids, terms = build_store(db, args.articles)
        print(f"store: {args.articles} articles built in {time.perf_counter() - t0:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)", flush=True)
        port = free_port()
        cli = Path(sys.executable).with_name("newsgraph")
        cmd = [str(cli)] if cli.exists() else [sys.executable, "-c", "from newsgraph.cli import main; main()"]
        server = subprocess.Popen([*cmd, "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    if httpx.get(f"{base}/api/overview", timeout=5).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            else:
                print("server did not start", file=sys.stderr)
                return 1
            # First visits: every URL distinct, so every answer is computed by DuckDB (no cache).
            # Then visits drawn at random with repeats, as analysts browse (the cache serves repeats).
            entities = [f"/entities/{kb}" for kb in kb_ids]
            rng.shuffle(entities)
            searches = sorted({f"/api/search?q={t[:n]}" for t in terms for n in (5, 7, 9)})
            rng.shuffle(searches)
            asyncio.run(load(base, ["/api/overview"] * 50, args.clients))      # warm-up
            for name, distinct in (("entity page", entities), ("search API", searches)):
                first = distinct[:args.requests]
                latencies, errors, wall = asyncio.run(load(base, first, args.clients))
                report(f"{name}, first visits", latencies, errors, wall, args.clients)
                mixed = [rng.choice(distinct) for _ in range(args.requests)]
                latencies, errors, wall = asyncio.run(load(base, mixed, args.clients))
                report(f"{name}, browsing", latencies, errors, wall, args.clients)
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
