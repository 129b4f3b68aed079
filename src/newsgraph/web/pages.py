"""Rendering: the Jinja2 environment (autoescape on for every template) and the 404 answer.

Every page is a template fed the same dict its ``/api/`` twin returns as JSON, so
the two cannot drift apart. Unknown ids raise :class:`NotFound`; the app answers
it as a 404 page, or as JSON under ``/api/``, never as a 500.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

#: Rows a page shows of a long list (the latest); its JSON twin and the explorers have them all.
SHOWN = 15


class NotFound(Exception):
    """No such article, entity or story: ``what`` names it for the 404 message."""

    def __init__(self, what: str):
        super().__init__(what)
        self.what = what


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html", "svg"), default=True),
        trim_blocks=True, lstrip_blocks=True,
        auto_reload=False,  # templates are package data: never re-read (and never stat'ed per page)
    )
    env.filters["urlpart"] = lambda v: quote(str(v), safe="")
    env.filters["maybe"] = lambda v, dash="—": dash if v in (None, "", []) else v
    env.globals.update(SHOWN=SHOWN, entity_link=entity_link, sources=sources)
    return env


# Small pieces every page repeats, row after row: Python functions, not template macros (a
# macro call costs several times more, and a long list calls them hundreds of times a page).
# Each value goes through markupsafe's escape (C), not Markup.format (a pure-Python formatter).

def entity_link(name: str | None, kb_id: str | None, fallback: str = "—") -> Markup:
    """A link to the entity's page, named as given (its kb id when unnamed); the name alone
    when it has no kb id; ``fallback`` when neither."""
    if kb_id:
        return Markup(f'<a class="ent" href="/entities/{escape(quote(str(kb_id), safe=""))}">'
                      f'{escape(name or kb_id)}</a>')
    return escape(name or fallback)


def sources(n: int) -> Markup:
    """How many independent sources report an item (copies of one text count once)."""
    return Markup(f'<span class="sources" title="independent sources (copies count once)">'
                  f'{escape(n)} source{"" if n == 1 else "s"}</span>')


templates = Jinja2Templates(env=_environment())


def render(request: Request, name: str, data: dict[str, Any], *, status: int = 200) -> HTMLResponse:
    """Render ``templates/name`` with the page's data under ``data`` (and the request)."""
    return templates.TemplateResponse(request, name, {"data": data}, status_code=status)


def not_found(request: Request, exc: NotFound) -> HTMLResponse | JSONResponse:
    """The 404 answer: JSON for ``/api/`` paths, a page otherwise."""
    message = f"not found: {exc.what}"
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=404)
    return render(request, "not_found.html", {"message": message}, status=404)
