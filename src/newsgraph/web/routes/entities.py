"""Entity routes: ``/entities/{kb_id}`` (profile and timeline chart) and ``/api/entities/{kb_id}``.

Both are fed by the store's entity question (``store.profile.entity_profile``, the one the
CLI's ``newsgraph entity`` prints); the page adds the timeline's geometry."""
from __future__ import annotations

from typing import Any

import duckdb
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from newsgraph.store.profile import entity_profile
from newsgraph.web import timeline
from newsgraph.web.database import request_cursor
from newsgraph.web.pages import render

router = APIRouter(tags=["entities"])


def _profile(request: Request, cur: duckdb.DuckDBPyConnection, kb_id: str) -> dict[str, Any]:
    return request.app.state.answers.get(("entity", kb_id), lambda: entity_profile(cur, kb_id))


def _chart(data: dict[str, Any]) -> timeline.Chart:
    points = (timeline.Point(
        when=v["day"], type=v["type"],
        label=f"{v['day']} · {v['type']} · {v['actor'] or '?'} → {v['target'] or '?'}"
              f"{' · ' + v['place'] if v['place'] else ''} · {v['outlet'] or ''} · "
              f"{v['sources']} source(s)",
        href=f"/articles/{v['article_id']}#event-{v['event_id']}") for v in data["events"])
    return timeline.chart(points)


@router.get("/api/entities/{kb_id}")
def entity_json(request: Request, kb_id: str,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """The canonical entity (``kb_id``, or any spelling of its name): spellings with counts by
    language and outlet, titles over time, events (timeline), quotes by and about it, related
    entities, articles; each quote and event with its number of independent sources."""
    return _profile(request, cur, kb_id)


@router.get("/entities/{kb_id}", response_class=HTMLResponse, include_in_schema=False)
def entity_page(request: Request, kb_id: str,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    def page() -> bytes:                  # the page depends on the entity only: kept rendered
        data = _profile(request, cur, kb_id)
        return render(request, "entity.html", {**data, "chart": _chart(data)}).body

    return HTMLResponse(request.app.state.answers.get(("entity-page", kb_id), page))
