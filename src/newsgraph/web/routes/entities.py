"""Entity routes: ``/entities/{kb_id}`` (profile and timeline chart) and ``/api/entities/{kb_id}``."""
from __future__ import annotations

from typing import Any

import duckdb
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from newsgraph.web import profile, timeline
from newsgraph.web.database import request_cursor
from newsgraph.web.pages import NotFound, render

router = APIRouter(tags=["entities"])


def _profile(request: Request, cur: duckdb.DuckDBPyConnection, kb_id: str) -> dict[str, Any]:
    data = request.app.state.answers.get(("entity", kb_id), lambda: profile.profile(cur, kb_id))
    if data is None:
        raise NotFound(f"entity {kb_id}")
    return data


def _chart(data: dict[str, Any]) -> timeline.Chart:
    points = (timeline.Point(
        when=v["when"], type=v["type"],
        label=f"{v['when']} · {v['type']} ({v['role']}) · {v['actor_name'] or '?'} → "
              f"{v['target_name'] or '?'} · {v['outlet'] or ''} · {v['sources']} source(s)",
        href=f"/articles/{v['article_id']}#event-{v['event_id']}") for v in data["events"])
    return timeline.chart(points)


@router.get("/api/entities/{kb_id}")
def entity_json(request: Request, kb_id: str,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> dict:
    """The canonical entity: spellings with counts by language, titles over time, events
    (timeline), quotes by and about it, related entities, articles; each item with its number
    of independent sources."""
    return _profile(request, cur, kb_id)


@router.get("/entities/{kb_id}", response_class=HTMLResponse, include_in_schema=False)
def entity_page(request: Request, kb_id: str,
                cur: duckdb.DuckDBPyConnection = Depends(request_cursor)) -> HTMLResponse:
    data = _profile(request, cur, kb_id)
    languages = sorted({lang for s in data["spellings"] for lang in s["by_language"]})
    return render(request, "entity.html", {**data, "chart": _chart(data), "languages": languages})
