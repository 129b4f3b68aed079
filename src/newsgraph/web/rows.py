"""Query results as dicts: the one way web modules read rows out of a DuckDB cursor."""
from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

import duckdb


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def dicts(cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run ``sql`` with bound ``params``; each row as a dict of JSON-ready values."""
    result = cur.execute(sql, list(params))
    names = [d[0] for d in result.description]
    return [{n: _plain(v) for n, v in zip(names, row)} for row in result.fetchall()]


def one(cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    """The first row of ``sql`` as a dict, or None."""
    found = dicts(cur, sql, params)
    return found[0] if found else None


def scalar(cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> Any:
    row = cur.execute(sql, list(params)).fetchone()
    return None if row is None else _plain(row[0])
