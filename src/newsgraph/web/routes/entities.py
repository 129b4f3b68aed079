"""Entity routes: ``/entities/{kb_id}`` (profile and timeline chart) and ``/api/entities/{kb_id}``.

Both serve the store's entity question (``store.profile``, the one the CLI's ``newsgraph
entity`` prints): for a kb id, the profile the store keeps ready (``store.serving``: one
lookup, and its JSON text is the API's answer as it is); for a name, or a store built
before profiles were kept, the profile computed now. The page adds the timeline's geometry.
Both answers are kept (``web.cache``): a repeat visit is served from memory."""
from __future__ import annotations

import json
from typing import Any

import duckdb
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from newsgraph.store.profile import entity_profile
from newsgraph.store.queries import is_kb
from newsgraph.store.serving import json_text, stored_profile
from newsgraph.web import timeline
from newsgraph.web.database import answer
from newsgraph.web.pages import render

router = APIRouter(tags=["entities"])


def _profile_json(cur: duckdb.DuckDBPyConnection, kb_id: str) -> str:
    kept = stored_profile(cur, kb_id) if is_kb(kb_id) else None
    return kept if kept is not None else json_text(entity_profile(cur, kb_id))


def _chart(data: dict[str, Any]) -> timeline.Chart:
    points = (timeline.Point(
        when=v["day"], type=v["type"],
        label=f"{v['day']} · {v['type']} · {v['actor'] or '?'} → {v['target'] or '?'}"
              f"{' · ' + v['place'] if v['place'] else ''} · {v['outlet'] or ''} · "
              f"{v['sources']} source(s)",
        href=f"/articles/{v['article_id']}#event-{v['event_id']}") for v in data["events"])
    return timeline.chart(points)


@router.get("/api/entities/{kb_id}")
async def entity_json(request: Request, kb_id: str) -> Response:
    """The canonical entity (``kb_id``, or any spelling of its name): spellings with counts by
    language and outlet, titles over time, events (timeline), quotes by and about it, related
    entities, articles; each quote and event with its number of independent sources."""
    body = await answer(request, ("entity-json", kb_id), lambda cur: _profile_json(cur, kb_id),
                        inline=is_kb(kb_id))
    return Response(body, media_type="application/json")


@router.get("/entities/{kb_id}", response_class=HTMLResponse, include_in_schema=False)
async def entity_page(request: Request, kb_id: str) -> HTMLResponse:
    def page(cur: duckdb.DuckDBPyConnection) -> bytes:     # depends on the entity only: kept rendered
        text = request.app.state.answers.get(("entity-json", kb_id), lambda: _profile_json(cur, kb_id))
        data = json.loads(text)
        return render(request, "entity.html", {**data, "chart": _chart(data)}).body

    return HTMLResponse(await answer(request, ("entity-page", kb_id), page, inline=is_kb(kb_id)))
