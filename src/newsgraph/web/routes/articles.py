"""Article routes: ``/articles/{id}`` (the highlighted text) and ``/api/articles/{id}``.

Both are fed by ``store.article.article``; the page adds the highlighted segments."""
from __future__ import annotations

from typing import Any

import duckdb
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from newsgraph.store.article import article
from newsgraph.web import annotations
from newsgraph.web.database import request_cursor
from newsgraph.web.pages import render

router = APIRouter(tags=["articles"])


def _article(request: Request, cur: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any]:
    return request.app.state.answers.get(("article", article_id), lambda: article(cur, article_id))


@router.get("/api/articles/{article_id}")
def article_json(request: Request, article_id: str,
                 cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """The article, its entities (with canonical ids), quotes with speakers, dates with values,
    events, copies, re-anchored dates and stories."""
    return _article(request, cur, article_id)


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, article_id: str,
                 cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    data = _article(request, cur, article_id)
    return render(request, "article.html", {**data, "segments": annotations.highlighted(data)})
