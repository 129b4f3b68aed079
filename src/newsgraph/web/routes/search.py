"""Search routes: ``/search?q=`` and ``/api/search?q=`` (``store.search``)."""
from __future__ import annotations

import duckdb
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from newsgraph.store import search as searching
from newsgraph.web.database import request_cursor
from newsgraph.web.pages import render

router = APIRouter(tags=["search"])

_Q = Query("", max_length=200, description="Any spelling of a name, a word of a headline or text, "
                                           "words of a quote")
_LIMIT = Query(searching.LIMIT, ge=1, le=200, description="Most results of each kind")


@router.get("/api/search")
def search_json(request: Request, q: str = _Q, limit: int = _LIMIT,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """Entities (by any spelling), articles and quotes containing ``q``."""
    return _search(request, cur, q, limit)


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, q: str = _Q, limit: int = _LIMIT,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    return render(request, "search.html", _search(request, cur, q, limit))


def _search(request: Request, cur: duckdb.DuckDBPyConnection, q: str, limit: int) -> dict:
    return request.app.state.answers.get(("search", q.strip(), limit),
                                         lambda: searching.search(cur, q, limit=limit))
