"""Search routes: ``/search?q=`` and ``/api/search?q=`` (``store.search``), answers kept
(``web.cache``) so a repeated search is served from memory."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from newsgraph.store import search as searching
from newsgraph.store.serving import json_text
from newsgraph.web.database import answer
from newsgraph.web.pages import render

router = APIRouter(tags=["search"])

_Q = Query("", max_length=200, description="Any spelling of a name, words of a headline, text "
                                           "or quote (each word as a word start)")
_LIMIT = Query(searching.LIMIT, ge=1, le=200, description="Most results of each kind")


@router.get("/api/search")
async def search_json(request: Request, q: str = _Q, limit: int = _LIMIT) -> Response:
    """Entities (by any spelling), articles and quotes holding the words of ``q``."""
    key = ("search-json", q.strip(), limit)
    body = await answer(request, key, lambda cur: json_text(_search(request, cur, q, limit)),
                        inline=True)
    return Response(body, media_type="application/json")


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
async def search_page(request: Request, q: str = _Q, limit: int = _LIMIT) -> HTMLResponse:
    def page(cur) -> bytes:
        return render(request, "search.html", _search(request, cur, q, limit)).body

    return HTMLResponse(await answer(request, ("search-page", q.strip(), limit), page, inline=True))


def _search(request: Request, cur, q: str, limit: int) -> dict:
    return searching.search(cur, q, limit=limit, cards=request.app.state.cards)
