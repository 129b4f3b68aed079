"""The analyst's web app: server-rendered pages over a store, each with a JSON twin under /api/.

``create_app(db=path)`` builds the FastAPI app; ``newsgraph serve`` runs it with uvicorn.
Thin by design: routes call the read-only query modules here and render; nothing is
extracted in this package.
"""
from newsgraph.web.app import create_app

__all__ = ["create_app"]
