"""Story routes: ``/stories`` and ``/stories/{id}``, with ``/api/`` twins; and the home page.

A story is the store's ``queries.story`` (the CLI's ``newsgraph story``); the list is
``store.explore.story_list``; the home page ``store.overview``."""
from __future__ import annotations

import duckdb
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from newsgraph.store import queries
from newsgraph.store.explore import story_list
from newsgraph.store.overview import overview
from newsgraph.web import paging
from newsgraph.web.database import request_cursor
from newsgraph.web.pages import render

router = APIRouter(tags=["stories"])


@router.get("/api/overview", tags=["overview"])
def overview_json(cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """Counts of what the store holds, the most named entities, the latest articles."""
    return overview(cur)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request, cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    return render(request, "home.html", overview(cur))


def _stories(cur: duckdb.DuckDBPyConnection, page: paging.Page) -> tuple[list, paging.Page]:
    rows, total = story_list(cur, offset=page.offset, limit=page.size)
    return rows, page.counted(total)


@router.get("/api/stories")
def stories_json(page: paging.Page = Depends(paging.from_query),
                 cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """Stories, the most independently reported first, one page."""
    rows, page = _stories(cur, page)
    return {"page": page.as_dict(), "stories": rows}


@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def stories_page(request: Request, page: paging.Page = Depends(paging.from_query),
                 cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    rows, page = _stories(cur, page)
    return render(request, "stories.html", {"page": page, "stories": rows, "filters": {},
                                            "path": "/stories"})


@router.get("/api/stories/{story_id}")
def story_json(story_id: str, cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """A story: its articles and copies (outlet, language, date), its entities and events."""
    return queries.story(cur, story_id)


@router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
def story_page(request: Request, story_id: str,
               cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    return render(request, "story.html", queries.story(cur, story_id))
