"""The analyst's web app: ``create_app(db=...)`` gives a FastAPI app over one store file.

Pages are server-rendered (Jinja2) and each has a JSON twin under ``/api/``; every
answer comes from the store's query functions (``newsgraph.store``), the same the CLI
prints. The OpenAPI document is at ``/openapi.json`` and a server-rendered reference
made from it at ``/docs`` (works offline: no CDN). The store is opened read-only
once, at start-up, and every request works on its own cursor (``web.database``).
"""
from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from newsgraph import __version__
from newsgraph.errors import StoreError
from newsgraph.store import serving
from newsgraph.store.queries import NotFound as StoreNotFound
from newsgraph.web import apidocs, pages
from newsgraph.web.cache import SIZE, AnswerCache, KeptRows
from newsgraph.web.database import ReadOnlyStore
from newsgraph.web.routes import articles, entities, explorers, search, stories


#: Environment variables naming the store for ``app_from_environment`` (multi-process serving),
#: and how many threads each process's queries use.
DB_VARIABLE = "NEWSGRAPH_DB"
THREADS_VARIABLE = "NEWSGRAPH_DB_THREADS"


def app_from_environment() -> FastAPI:
    """The app over the store named by ``$NEWSGRAPH_DB``: the factory each uvicorn worker
    process calls when ``newsgraph serve --workers N`` runs several."""
    threads = os.environ.get(THREADS_VARIABLE)
    return create_app(db=os.environ[DB_VARIABLE], threads=int(threads) if threads else None)


def create_app(*, db: Path | str, cache_size: int = SIZE, threads: int | None = None) -> FastAPI:
    """The app serving the store at ``db`` (opened read-only now, closed at shutdown);
    ``cache_size`` answers are kept in memory (0: none); ``threads``: DuckDB threads per
    query (default: one per core)."""
    store = ReadOnlyStore(db, threads=threads)
    cur = store.cursor()
    try:
        ready = serving.is_ready(cur)
    finally:
        cur.close()
    if not ready:
        store.close()
        raise StoreError(f"{db}: the store has no answers kept ready for the web app (written by "
                         f"an older newsgraph, or imported from Spark); run `newsgraph relink "
                         f"--db {db}` once")

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        title="newsgraph", version=__version__, lifespan=lifespan,
        description="Entities and their spellings, quotes and speakers, dates, events, copies and "
                    "stories from a newsgraph store. Every page has a JSON twin under /api/.",
        docs_url=None, redoc_url=None,
    )
    app.state.store = store
    app.state.answers = AnswerCache(size=cache_size)
    app.state.cards = KeptRows(size=20 * cache_size)
    app.mount("/static", StaticFiles(directory=str(pages.STATIC)), name="static")
    for module in (search, articles, entities, stories, explorers):
        app.include_router(module.router)
    app.add_exception_handler(pages.NotFound, pages.not_found)
    app.add_exception_handler(StoreNotFound, _store_not_found)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_reference(request: Request) -> HTMLResponse:
        return pages.render(request, "api.html", apidocs.reference(app.openapi()))

    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _bad_request)
    return app


async def _http_error(request: Request, exc: HTTPException):
    """Starlette's errors (an unknown path: 404) in the page/JSON shape of ``pages.not_found``."""
    if exc.status_code == 404:
        return pages.not_found(request, pages.NotFound(request.url.path))
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)


async def _bad_request(request: Request, exc: RequestValidationError):
    """A malformed parameter (``page=abc``) is the client's mistake: 422 with what was wrong."""
    return JSONResponse({"detail": [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()]},
        status_code=422)


async def _store_not_found(request: Request, exc: StoreNotFound):
    """The store knows no such article, entity or story: 404, never 500."""
    return pages.not_found(request, pages.NotFound(str(exc).removeprefix("no ")))
