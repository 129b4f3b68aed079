"""newsgraph: news articles into knowledge an analyst can trust.

Public API::

    from newsgraph import analyze, extract_text, load_pipeline, read_path
    record = extract_text(open("article.txt").read(), published="2023-02-04")
    print(record.to_dict())

spaCy is imported only when a pipeline is needed, so the store, the web app and the
query commands start without loading it.
"""
from newsgraph.errors import InputError, NewsgraphError, Rejection
from newsgraph.records import Article, ArticleRecord, Entity, Event, Mention, Quote, TimeExpression

__all__ = [
    "analyze", "extract_text", "load_pipeline", "read_path", "Article", "ArticleRecord",
    "Entity", "Event", "Mention", "Quote", "TimeExpression", "InputError", "NewsgraphError",
    "Rejection",
]
__version__ = "0.1.0"

_LAZY = {"analyze": "newsgraph.pipeline", "extract_text": "newsgraph.pipeline",
         "load_pipeline": "newsgraph.pipeline", "read_path": "newsgraph.ingest"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
