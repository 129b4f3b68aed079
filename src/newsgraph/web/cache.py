"""Answers kept in memory: the store cannot change while the app has it open.

The app opens its store file read-only, and DuckDB then refuses any writer in any
process until the app closes it, so a query's answer stays true for the app's whole
life. A bounded LRU of answers (an entity profile, a search, an article) spares
DuckDB the same joins when many analysts open the same pages. Callers must treat
what they get as read-only: it is shared.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

SIZE = 2048

#: What :meth:`AnswerCache.peek` returns for an answer not kept.
MISSING = object()


class AnswerCache:
    """A thread-safe LRU of computed answers; ``size=0`` turns it off."""

    def __init__(self, *, size: int = SIZE):
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def peek(self, key: Hashable) -> Any:
        """The answer under ``key`` if kept (counted as a hit), else :data:`MISSING`."""
        with self._lock:
            if key not in self._items:
                return MISSING
            self._items.move_to_end(key)
            self.hits += 1
            return self._items[key]

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The answer under ``key``, computed (outside the lock) on the first ask."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
        value = compute()
        with self._lock:
            self.misses += 1
            if self.size:
                self._items[key] = value
                self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value


class KeptRows(dict):
    """A bounded map for rows many answers share: the cards a search shows of its hits
    (``store.search``'s ``cards``). Reads take no lock (a dict's get and set are atomic in
    CPython, and threads share it); when full it starts afresh, which a cache of cards can
    afford (they are fetched again on the next search that needs them)."""

    def __init__(self, *, size: int = 20 * SIZE):
        super().__init__()
        self.size = size

    def __setitem__(self, key: Hashable, value: Any) -> None:
        if len(self) >= self.size:
            self.clear()
        if self.size:
            super().__setitem__(key, value)
