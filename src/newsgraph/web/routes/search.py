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

    def body(cur, *, resolve: bool = False) -> bytes:
        return json_text(_search(request, cur, q, limit, resolve=resolve))

    return Response(await _answer(request, key, body), media_type="application/json")


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
async def search_page(request: Request, q: str = _Q, limit: int = _LIMIT) -> HTMLResponse:
    def page(cur, *, resolve: bool = False) -> bytes:
        return render(request, "search.html", _search(request, cur, q, limit, resolve=resolve)).body

    return HTMLResponse(await _answer(request, ("search-page", q.strip(), limit), page))


async def _answer(request: Request, key, make) -> bytes:
    """The word-index answer on the event loop; a spelling no article used (the names compared
    one by one) in a worker thread, so it never stalls the other requests."""
    return await answer(request, key, make, inline=True, slow=lambda cur: make(cur, resolve=True),
                        slow_when=searching.NeedsResolution)


def _search(request: Request, cur, q: str, limit: int, *, resolve: bool) -> dict:
    return searching.search(cur, q, limit=limit, cards=request.app.state.cards, resolve=resolve)
