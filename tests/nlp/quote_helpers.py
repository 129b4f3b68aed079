"""Helpers of the quote tests: the quote stage on hand-built entities, and whole-pipeline records."""
from __future__ import annotations

import re

from newsgraph.pipeline import analyze
from newsgraph.records import Article, Entity, Mention


def analyse(nlp, text: str, people: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] | None = None):
    """Quotes of ``text``; ``people`` maps an entity id to (type, names, titles)."""
    with nlp.select_pipes(disable=[p for p in ("newsgraph_events",) if p in nlp.pipe_names]):
        doc = nlp(text)
    entities = []
    for eid, (etype, names, titles) in (people or {}).items():
        mentions: list[Mention] = []
        for name in sorted(names, key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                if not any(x.start < m.end() and m.start() < x.end for x in mentions):
                    mentions.append(Mention(m.start(), m.end(), name))
        entities.append(Entity(id=eid, type=etype, name=names[0], titles=titles,
                               mentions=tuple(sorted(mentions, key=lambda x: x.start))))
    doc._.entities = entities
    nlp.get_pipe("newsgraph_quotes")(doc)
    return doc._.quotes


def extract(nlp, text: str):
    """The record of ``text`` through the whole pipeline (entities from the entity stage)."""
    (record,) = list(analyze([Article(text=text, language=nlp.lang)], nlp=nlp))
    return record


def quote(record, words: str):
    """The one quote whose text contains ``words``."""
    found = [q for q in record.quotes if words in q.text]
    assert len(found) == 1, (words, [q.text for q in record.quotes])
    return found[0]


def speaker(record, q) -> str | None:
    """Name of the quote's speaker entity, or None."""
    names = {e.id: e.name for e in record.entities}
    return names.get(q.speaker) if q.speaker else None
