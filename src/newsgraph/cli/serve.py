"""`newsgraph serve`: the analyst's web app over a store file (read-only), with uvicorn."""
from __future__ import annotations

from pathlib import Path

import typer

from newsgraph.cli.app import app


@app.command()
def serve(
    db: Path = typer.Option(Path("newsgraph.duckdb"), "--db", help="Store file built by `newsgraph ingest`."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    workers: int = typer.Option(1, min=1, help="Server processes, each with its own read-only "
                                               "connection (use about one per core)."),
) -> None:
    """Serve the store in a browser: search, articles, entities, stories, events and quotes, with a
    JSON API under /api/ and its OpenAPI docs at /docs. The store is opened read-only."""
    import uvicorn

    from newsgraph.web import create_app

    web_app = create_app(db=db)  # opens the store now: a bad path fails here, in one line
    print(f"newsgraph: serving {db} (read-only) at http://{host}:{port}/ with {workers} "
          f"process{'es' if workers > 1 else ''}  (Ctrl-C to stop)")
    if workers == 1:
        uvicorn.run(web_app, host=host, port=port, log_level="warning")
        return
    import os

    from newsgraph.web.app import DB_VARIABLE, THREADS_VARIABLE

    web_app.state.store.close()  # each worker process opens its own
    os.environ[DB_VARIABLE] = str(db.resolve())
    # the processes share the cores: each query on its share, not on every core
    os.environ.setdefault(THREADS_VARIABLE, str(max(1, (os.cpu_count() or 1) // workers)))
    uvicorn.run("newsgraph.web.app:app_from_environment", factory=True, workers=workers,
                host=host, port=port, log_level="warning")
