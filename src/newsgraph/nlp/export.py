"""Turn a processed Doc into the article record of SCHEMA.md v1."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import ArticleRecord


def to_record(doc: Doc) -> ArticleRecord:
    return ArticleRecord(
        article=doc._.article,
        entities=tuple(doc._.entities or ()),
        quotes=tuple(doc._.quotes or ()),
        times=tuple(doc._.times or ()),
        events=tuple(doc._.events or ()),
    )
