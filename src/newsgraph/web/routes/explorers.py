"""Explorer routes: ``/events`` and ``/quotes`` (filters, pages, CSV/JSON export) and their
``/api/`` twins, over ``store.explore``. ``format=csv`` or ``format=json`` downloads exactly
the rows of the page shown."""
from __future__ import annotations

from typing import Literal, Optional

import duckdb
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from newsgraph.store import explore
from newsgraph.web import export, paging
from newsgraph.web.database import request_cursor
from newsgraph.web.pages import render

router = APIRouter(tags=["explorers"])

Text = Optional[str]
_TEXT = dict(default=None, max_length=200)
_PARTY = "Any spelling of the name, or its kb id"
_DATE = dict(default=None, max_length=10, description="ISO date, YYYY-MM-DD")
Format = Optional[Literal["csv", "json"]]


def _event_filters(type: Text = Query(**_TEXT, description="Event type (visit, meet, attack...)"),
                   actor: Text = Query(**_TEXT, description=_PARTY),
                   target: Text = Query(**_TEXT, description=_PARTY),
                   place: Text = Query(**_TEXT, description=_PARTY),
                   since: Text = Query(**_DATE), until: Text = Query(**_DATE),
                   language: Text = Query(default=None, max_length=8)) -> explore.Filters:
    return explore.Filters(type=type or None, actor=actor or None, target=target or None,
                           place=place or None, since=since or None, until=until or None,
                           language=language or None)


def _quote_filters(speaker: Text = Query(**_TEXT, description=_PARTY),
                   about: Text = Query(**_TEXT, description="An entity named inside the quote: " + _PARTY),
                   since: Text = Query(**_DATE), until: Text = Query(**_DATE),
                   language: Text = Query(default=None, max_length=8)) -> explore.Filters:
    return explore.Filters(speaker=speaker or None, about=about or None, since=since or None,
                           until=until or None, language=language or None)


def _events(cur, f: explore.Filters, page: paging.Page) -> tuple[list, paging.Page]:
    rows, total = explore.events(cur, filters=f, offset=page.offset, limit=page.size)
    return rows, page.counted(total)


def _quotes(cur, f: explore.Filters, page: paging.Page) -> tuple[list, paging.Page]:
    rows, total = explore.quotes(cur, filters=f, offset=page.offset, limit=page.size)
    return rows, page.counted(total)


@router.get("/api/events")
def events_json(f: explore.Filters = Depends(_event_filters), page: paging.Page = Depends(paging.from_query),
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """Events matching the filters, one page, each with its number of independent sources."""
    rows, page = _events(cur, f, page)
    return {"filters": f.as_dict(), "page": page.as_dict(), "events": rows}


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request, f: explore.Filters = Depends(_event_filters),
                page: paging.Page = Depends(paging.from_query), format: Format = None,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> Response:
    rows, page = _events(cur, f, page)
    if format:
        return export.download(rows, columns=explore.EVENT_COLUMNS, fmt=format, name="events")
    return render(request, "events.html", {
        "filters": f.as_dict(), "page": page, "events": rows, "types": explore.event_types(cur),
        "languages": explore.languages(cur), "path": "/events", "columns": explore.EVENT_COLUMNS})


@router.get("/api/quotes")
def quotes_json(f: explore.Filters = Depends(_quote_filters), page: paging.Page = Depends(paging.from_query),
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """Quotes matching the filters, one page, each with its number of independent sources."""
    rows, page = _quotes(cur, f, page)
    return {"filters": f.as_dict(), "page": page.as_dict(), "quotes": rows}


@router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
def quotes_page(request: Request, f: explore.Filters = Depends(_quote_filters),
                page: paging.Page = Depends(paging.from_query), format: Format = None,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> Response:
    rows, page = _quotes(cur, f, page)
    if format:
        return export.download(rows, columns=explore.QUOTE_COLUMNS, fmt=format, name="quotes")
    return render(request, "quotes.html", {
        "filters": f.as_dict(), "page": page, "quotes": rows, "languages": explore.languages(cur),
        "path": "/quotes"})
