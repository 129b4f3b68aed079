"""Story routes: ``/stories`` and ``/stories/{id}``, with ``/api/`` twins; and the home page."""
from __future__ import annotations

from typing import Any

import duckdb
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from newsgraph.web import overview, paging, story
from newsgraph.web.database import request_cursor
from newsgraph.web.pages import NotFound, render

router = APIRouter(tags=["stories"])


def _story(cur: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any]:
    data = story.story(cur, story_id)
    if data is None:
        raise NotFound(f"story {story_id}")
    return data


def _page(page: int = Query(1, ge=1, le=1_000_000),
          per_page: int = Query(paging.PER_PAGE, ge=1, le=paging.MAX_PER_PAGE)) -> paging.Page:
    return paging.page(page, per_page)


@router.get("/api/overview", tags=["overview"])
def overview_json(cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """Counts of what the store holds, the most named entities, the latest articles."""
    return overview.overview(cur)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request, cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    return render(request, "home.html", overview.overview(cur))


@router.get("/api/stories")
def stories_json(page: paging.Page = Depends(_page),
                 cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """Stories, the most independently reported first, one page."""
    rows, page = story.stories(cur, page)
    return {"page": page.as_dict(), "stories": rows}


@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def stories_page(request: Request, page: paging.Page = Depends(_page),
                 cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    rows, page = story.stories(cur, page)
    return render(request, "stories.html", {"page": page, "stories": rows, "filters": {},
                                            "path": "/stories"})


@router.get("/api/stories/{story_id}")
def story_json(story_id: str, cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """A story: its articles and copies by outlet, language and date; its entities and events."""
    return _story(cur, story_id)


@router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
def story_page(request: Request, story_id: str,
               cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    return render(request, "story.html", _story(cur, story_id))
