"""newsgraph: news articles into knowledge an analyst can trust.

Public API::

    from newsgraph import analyze, extract_text, load_pipeline, read_path
    record = extract_text(open("article.txt").read(), published="2023-02-04")
    print(record.to_dict())
"""
from newsgraph.errors import InputError, NewsgraphError, Rejection
from newsgraph.pipeline import analyze, extract_text, load_pipeline
from newsgraph.records import Article, ArticleRecord, Entity, Event, Mention, Quote, TimeExpression

__all__ = [
    "analyze", "extract_text", "load_pipeline", "read_path", "Article", "ArticleRecord",
    "Entity", "Event", "Mention", "Quote", "TimeExpression", "InputError", "NewsgraphError",
    "Rejection",
]
__version__ = "0.1.0"


def read_path(path, **overrides):
    """Read one file (text, HTML or JSON) into an :class:`Article`; see ``newsgraph.ingest``."""
    from newsgraph.ingest import read_path as _read_path

    return _read_path(path, **overrides)
