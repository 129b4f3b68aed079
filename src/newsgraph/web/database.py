"""The web app's read-only handle on the store: one DuckDB connection, one cursor per request.

Readers of the store never write (DESIGN.md 6), so the file is opened with
``read_only=True``: a write through any cursor fails inside DuckDB itself, not by
convention. DuckDB connections are not thread-safe, and uvicorn serves sync routes
from a thread pool, so each request takes its own ``cursor()`` (a cheap child
connection on the same database) and closes it when the response is done.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable, Hashable, Iterator, TypeVar

import duckdb
from fastapi import Request
from starlette.concurrency import run_in_threadpool

from newsgraph.errors import StoreError
from newsgraph.web.cache import MISSING

log = logging.getLogger(__name__)

T = TypeVar("T")


class ReadOnlyStore:
    """A store file opened read-only; hands out one cursor per request."""

    def __init__(self, path: Path | str, *, threads: int | None = None):
        self.path = Path(path)
        if not self.path.is_file():
            raise StoreError(f"{self.path}: no such store file (build one with `newsgraph ingest`)")
        try:
            self._con = duckdb.connect(str(self.path), read_only=True)
        except duckdb.Error as err:
            raise StoreError(f"{self.path}: cannot open the store read-only: {err}") from err
        if threads:  # several server processes share the cores: each query on fewer threads
            self._con.execute(f"SET threads = {int(threads)}")
        self._lock = threading.Lock()
        self._local = threading.local()
        self._kept: list[duckdb.DuckDBPyConnection] = []
        log.info("opened store %s read-only", self.path)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A fresh cursor for one request (creating it is serialised; using it is not)."""
        with self._lock:
            return self._con.cursor()

    def thread_cursor(self) -> duckdb.DuckDBPyConnection:
        """The calling thread's own cursor, made on its first call and kept: a worker thread
        answering one request after another spares a cursor's creation each time. Only for
        code that runs start to end on that thread."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self.cursor()
            with self._lock:
                self._kept.append(cur)
        return cur

    def close(self) -> None:
        with self._lock:
            for cur in self._kept:
                cur.close()
            self._kept.clear()
        self._con.close()


def request_cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """FastAPI dependency: a cursor on the app's store, closed after the response."""
    cur = request.app.state.store.cursor()
    try:
        yield cur
    finally:
        cur.close()


async def answer(request: Request, key: Hashable, compute: Callable[[duckdb.DuckDBPyConnection], T],
                 *, inline: bool = False, slow: Callable[[duckdb.DuckDBPyConnection], T] | None = None,
                 slow_when: type[Exception] | tuple[type[Exception], ...] = ()) -> T:
    """The answer under ``key``: from the app's cache when kept (no thread, no cursor: a
    repeat visit costs only the HTTP exchange), else ``compute(cursor)``, kept for the next
    visit.

    ``inline``: compute on the event loop's own thread, for answers that cost a few
    milliseconds of CPU (a profile kept ready, a search in the word index): handing them to
    one of the pool's threads adds nothing but GIL hand-offs between threads, which under
    load cost more than the answer (measured: p95 406 -> 189 ms for first visits of entity
    pages). Slower answers (a name resolved by similarity) go to a worker thread so they do
    not stall the loop. Either way the thread computes with a cursor of its own.

    ``slow`` and ``slow_when``: an inline ``compute`` that raises one of ``slow_when`` found
    that this answer is a slow one; ``slow`` computes it in a worker thread instead."""
    cache = request.app.state.answers
    kept = cache.peek(key)
    if kept is not MISSING:
        return kept

    def run(how: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        cur = request.app.state.store.thread_cursor()
        return cache.get(key, lambda: how(cur))

    if inline:
        try:
            return run(compute)
        except slow_when:
            if slow is None:
                raise
            compute = slow
    return await run_in_threadpool(run, compute)
