"""Web app under load: requests/s and p95 latency of the entity page and the search API.

Builds a store of ``--articles`` (default 10,000) generated articles (bench_query's
corpus: people under two spellings each, namesakes, places, quotes, events) written
through the store's writer and linked by ``store.linking`` as an ingest does (no NLP). Serves it with ``newsgraph serve`` (a real uvicorn process on
loopback) and sends a bounded number of requests from ``--clients`` (default 50)
concurrent keep-alive connections (a minimal asyncio HTTP/1.1 client, light on the cores
the server needs); it prints the server's CPU time per request beside the latencies. Target: p95 under 200 ms. Prints the numbers; asserts nothing.

    python bench/bench_web.py [--articles 10000] [--clients 50] [--requests 1500]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_query import people, record  # noqa: E402  (the generated corpus of the store's bench)

from newsgraph.store.db import Store, insert_rows  # noqa: E402
from newsgraph.store.linking import link_corpus  # noqa: E402
from newsgraph.store.rows import batch_rows  # noqa: E402


def build_store(path: Path, n: int) -> tuple[list[str], list[str], list[str]]:
    """Write ``n`` generated articles through the store's writer, link the corpus as an ingest
    does; return the person kb ids and their stored spellings (the URLs to ask for), and the
    other entities' kb ids (for the warm-up)."""
    rng = random.Random(7)
    persons = people(max(200, n // 50))
    with Store(path) as store:
        for start in range(0, n, 5000):
            recs = [record(i, persons, rng) for i in range(start, min(n, start + 5000))]
            store.con.execute("BEGIN")
            insert_rows(store.con, batch_rows(recs))
            store.con.execute("COMMIT")
        link_corpus(store.con)
        kb_ids = [r[0] for r in store.con.execute(
            "SELECT kb_id FROM canonical_entities WHERE type = 'PER' ORDER BY kb_id").fetchall()]
        terms = [r[0] for r in store.con.execute(
            "SELECT DISTINCT name FROM entity_names ORDER BY name").fetchall()]
        places = [r[0] for r in store.con.execute(
            "SELECT kb_id FROM canonical_entities WHERE type <> 'PER' ORDER BY kb_id").fetchall()]
    return kb_ids, terms, places


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Connection:
    """One keep-alive HTTP/1.1 connection sending GETs: a client as light as the load needs
    (the generator shares the machine's cores with the server, so it must take little of
    them; httpx spends about a millisecond of CPU a request, this a tenth of that)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """Send ``GET path``, read the whole answer; return its status code."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
        fields = {k.strip().lower(): v.strip() for k, v in headers.items()}
        if "content-length" in fields:
            await self.reader.readexactly(int(fields["content-length"]))
        else:                                           # chunked: read chunks up to the empty one
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if fields.get("connection", "").lower() == "close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def load(base: str, urls: list[str], clients: int) -> tuple[list[float], int, float]:
    """Send ``urls`` from ``clients`` connections at once (each sends its next request when its
    answer is in); return each request's latency, the number of errors and the wall time."""
    host, port = base.removeprefix("http://").split(":")
    queue = list(reversed(urls))
    latencies: list[float] = []
    errors = 0

    async def worker() -> None:
        nonlocal errors
        conn = Connection(host, int(port))
        while queue:
            url = quote(queue.pop(), safe="/?=&")
            t0 = time.perf_counter()
            try:
                errors += await conn.get(url) != 200
            except (OSError, asyncio.IncompleteReadError, ValueError):  # counted: the figure says how many
                errors += 1
                await conn.close()
            latencies.append(time.perf_counter() - t0)
        await conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - t0


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process and its children (the server's workers)."""
    import psutil

    root = psutil.Process(pid)
    total = 0.0
    for proc in (root, *root.children(recursive=True)):
        try:
            t = proc.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def report(name: str, latencies: list[float], errors: int, wall: float, clients: int,
           server_cpu: float, client_cpu: float) -> None:
    ms = sorted(x * 1000 for x in latencies)
    p = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]  # noqa: E731
    print(f"{name:<28} {len(ms):>5} req  {clients} clients  {len(ms) / wall:8.1f} req/s  "
          f"p50 {p(0.50):6.1f} ms  p95 {p(0.95):6.1f} ms  p99 {p(0.99):6.1f} ms  "
          f"mean {statistics.fmean(ms):6.1f} ms  CPU/req server {1000 * server_cpu / len(ms):5.2f} ms "
          f"client {1000 * client_cpu / len(ms):4.2f} ms  "
          f"errors {errors}   (target p95 < 200 ms)", flush=True)


def measured(name: str, base: str, urls: list[str], clients: int, server_pid: int) -> None:
    """Send ``urls`` from ``clients`` concurrent clients and report latency, rate and server CPU."""
    before, client = cpu_seconds(server_pid), time.process_time()
    latencies, errors, wall = asyncio.run(load(base, urls, clients))
    report(name, latencies, errors, wall, clients, cpu_seconds(server_pid) - before,
           time.process_time() - client)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=1500)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="server processes (newsgraph serve --workers); default one per core")
    args = ap.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        kb_ids, terms, place_ids = build_store(db, args.articles)
        print(f"store: {args.articles} articles built in {time.perf_counter() - t0:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)", flush=True)
        port = free_port()
        cli = Path(sys.executable).with_name("newsgraph")
        cmd = [str(cli)] if cli.exists() else [sys.executable, "-c", "from newsgraph.cli import main; main()"]
        server = subprocess.Popen([*cmd, "serve", "--db", str(db), "--port", str(port),
                                   "--workers", str(args.workers)],
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
            searches = sorted({f"/api/search?q={t[:n]}" for t in terms for n in (5, 9, len(t))})
            rng.shuffle(searches)
            # warm-up: every worker process serves each kind of page once (places and a search
            # no bench URL asks for, so nothing measured is cached by it)
            places = [f"/entities/{kb}" for kb in place_ids]
            asyncio.run(load(base, ["/api/overview", "/api/search?q=zz", *places] * 20, args.clients))
            for name, distinct in (("entity page", entities), ("search API", searches)):
                measured(f"{name}, first visits", base, distinct[:args.requests], args.clients, server.pid)
                mixed = [rng.choice(distinct) for _ in range(args.requests)]
                measured(f"{name}, browsing", base, mixed, args.clients, server.pid)
            print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f} on {} cores".format(
                *os.getloadavg(), os.cpu_count()))
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
