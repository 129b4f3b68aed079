"""The headline read with the body: its names belong to the article's entities.

A page reader (``ingest``) moves the headline out of ``Article.text`` into ``Article.title``,
so the body alone is analysed and every offset of the record points into it (SCHEMA.md).
Yet a headline often names what the body only implies or writes otherwise: "Liban : ..." over
a body that says "le pays", "l'ONU" over "les Nations unies", "la Banque centrale" over "la
Banque centrale libyenne (BCL)". So the stages read the headline as the text's first paragraph
(:func:`analysed_text`) and :func:`to_body` then gives the record back its body offsets:

- a mention inside the headline leaves the record's mentions (it has no body offset) and its
  form stays among the entity's aliases; an entity the headline alone names keeps its name and
  type with no mention;
- an entity the headline alone names is kept only when it is a listed place (the entities stage:
  a headline's capitalised words are otherwise no names), and headline mentions never vote on
  the type, the name or the titles of an entity the body names. They do take part in clustering,
  so a headline form that fits two of the body's entities (a shared surname, an acronym) could
  join them; clustering body mentions first and attaching each headline form to the one group it
  fits would close that, at a clustering run per headline form;
- quotes, times and events are read in the body only (their stages skip the text before
  :func:`body_start`): the body tells them with their context, and a headline's "X says" must not
  absorb the body's statement it retells.

The model parses each paragraph on its own (``nlp.paragraphs``), so the body's parse is the
same with or without the headline before it.
"""
from __future__ import annotations

from dataclasses import replace

from newsgraph.records import Article, ArticleRecord, Entity, Event, Quote

#: Between the headline and the body in the analysed text: a paragraph break.
BREAK = "\n\n"


def analysed_text(article: Article) -> str:
    """The text the stages read: the headline as a first paragraph, when the article has one
    the body does not already open with (:func:`body_start` finds where the body starts)."""
    title = " ".join((article.title or "").split())
    if not title or article.text.lstrip().startswith(title):
        return article.text
    return title + BREAK + article.text


def body_start(doc) -> int:
    """Where the body starts in a Doc the stages read (0 when no headline was put before it)."""
    article = doc._.article
    if article is None or not len(doc):
        return 0
    last = doc[-1]  # the Doc's length without joining its text (doc.text builds it every call)
    return max(last.idx + len(last.text_with_ws) - len(article.text), 0)


def to_body(record: ArticleRecord, prefix: int) -> ArticleRecord:
    """``record`` with every span moved into the body: mentions inside the headline leave it
    (the stages read nothing else there)."""
    if not prefix:
        return record
    return replace(
        record,
        entities=tuple(_entity(e, prefix) for e in record.entities),
        quotes=tuple(_quote(q, prefix) for q in record.quotes),
        times=tuple(_shift(t, prefix) for t in record.times),
        events=tuple(_event(v, prefix) for v in record.events),
    )


def _shift(x, prefix: int):
    """A mention, span, quote or time expression moved ``prefix`` characters back."""
    return replace(x, start=x.start - prefix, end=x.end - prefix)


def _entity(e: Entity, prefix: int) -> Entity:
    # the headline's forms are already among the aliases (the entities stage lists every form)
    return replace(e, mentions=tuple(_shift(m, prefix) for m in e.mentions if m.start >= prefix))


def _quote(q: Quote, prefix: int) -> Quote:
    return replace(_shift(q, prefix), parts=tuple(_shift(m, prefix) for m in q.parts))


def _event(v: Event, prefix: int) -> Event:
    return replace(v, trigger=_shift(v.trigger, prefix), sentence=_shift(v.sentence, prefix),
                   mentions=tuple(_shift(s, prefix) for s in v.mentions if s.start >= prefix))
