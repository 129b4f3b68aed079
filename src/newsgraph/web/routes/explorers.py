"""Explorer routes: ``/events`` and ``/quotes`` (filters, pages, CSV/JSON export) and their
``/api/`` twins. ``format=csv`` or ``format=json`` downloads exactly the rows of the page shown."""
from __future__ import annotations

from typing import Literal, Optional

import duckdb
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from newsgraph.web import explore, export, paging
from newsgraph.web.database import request_cursor
from newsgraph.web.pages import render

router = APIRouter(tags=["explorers"])

Text = Optional[str]
_TEXT = dict(default=None, max_length=200)
_DATE = dict(default=None, max_length=10, description="ISO date, YYYY-MM-DD")


def _event_filters(type: Text = Query(**_TEXT, description="Event type (visit, meet, attack...)"),
                   actor: Text = Query(**_TEXT, description="Any spelling of the actor, or its id"),
                   target: Text = Query(**_TEXT), place: Text = Query(**_TEXT),
                   since: Text = Query(**_DATE), until: Text = Query(**_DATE),
                   language: Text = Query(default=None, max_length=8)) -> explore.Filters:
    return explore.Filters(type=type or None, actor=actor or None, target=target or None,
                           place=place or None, since=since or None, until=until or None,
                           language=language or None)


def _quote_filters(speaker: Text = Query(**_TEXT, description="Any spelling of the speaker, or its id"),
                   about: Text = Query(**_TEXT, description="An entity named inside the quote"),
                   since: Text = Query(**_DATE), until: Text = Query(**_DATE),
                   language: Text = Query(default=None, max_length=8)) -> explore.Filters:
    return explore.Filters(speaker=speaker or None, about=about or None, since=since or None,
                           until=until or None, language=language or None)


def _page(page: int = Query(1, ge=1, le=1_000_000),
          per_page: int = Query(paging.PER_PAGE, ge=1, le=paging.MAX_PER_PAGE)) -> paging.Page:
    return paging.page(page, per_page)


Format = Optional[Literal["csv", "json"]]


@router.get("/api/events")
def events_json(f: explore.Filters = Depends(_event_filters), page: paging.Page = Depends(_page),
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """Events matching the filters, one page, each with its number of independent sources."""
    rows, page = explore.events(cur, f, page)
    return {"filters": f.as_dict(), "page": page.as_dict(), "events": rows}


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request, f: explore.Filters = Depends(_event_filters),
                page: paging.Page = Depends(_page), format: Format = None,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> Response:
    rows, page = explore.events(cur, f, page)
    if format:
        return export.download(rows, columns=explore.EVENT_COLUMNS, fmt=format, name="events")
    return render(request, "events.html", {
        "filters": f.as_dict(), "page": page, "events": rows, "types": explore.event_types(cur),
        "languages": explore.languages(cur), "path": "/events", "columns": explore.EVENT_COLUMNS})


@router.get("/api/quotes")
def quotes_json(f: explore.Filters = Depends(_quote_filters), page: paging.Page = Depends(_page),
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """Quotes matching the filters, one page, each with its number of independent sources."""
    rows, page = explore.quotes(cur, f, page)
    return {"filters": f.as_dict(), "page": page.as_dict(), "quotes": rows}


@router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
def quotes_page(request: Request, f: explore.Filters = Depends(_quote_filters),
                page: paging.Page = Depends(_page), format: Format = None,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> Response:
    rows, page = explore.quotes(cur, f, page)
    if format:
        return export.download(rows, columns=explore.QUOTE_COLUMNS, fmt=format, name="quotes")
    return render(request, "quotes.html", {
        "filters": f.as_dict(), "page": page, "quotes": rows, "languages": explore.languages(cur),
        "path": "/quotes"})
