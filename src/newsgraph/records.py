"""The article record (SCHEMA.md v1) as frozen dataclasses.

Records point at each other by id, never by object, so each maps to one table and
pickles cleanly to worker processes. Offsets are Unicode code points into
``Article.text`` (the body).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass
from functools import cached_property
from typing import Any

SCHEMA_VERSION = "1"


def normalise_body(text: str) -> str:
    """The form of a body that decides identity: NFC, straight apostrophes, folded space, casefold."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text).strip()
    return text.casefold()


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its normalised body text."""
    return hashlib.sha256(normalise_body(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class DateSeen:
    """A date the page printed, kept with where it said it (banner, meta tag, option...)."""

    text: str
    value: str | None
    where: str


@dataclass(frozen=True)
class Article:
    """One article as read from its source, before any NLP."""

    text: str
    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    original_source: str | None = None
    byline: str | None = None
    source: str | None = None
    dates_seen: tuple[DateSeen, ...] = ()

    @cached_property
    def id(self) -> str:
        """``article_id(text)``, computed once (a record's rows, the store and the runners ask
        for it several times; the value lives in the instance, outside the dataclass fields)."""
        return article_id(self.text)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    kb_id: str | None = None


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None
    cue: str | None
    speaker_text: str | None = None
    anonymous: bool = False
    addressee: str | None = None
    addressee_text: str | None = None
    parts: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class TimeExpression:
    text: str
    start: int
    end: int
    value: str | None
    anchor: str
    type: str = "DATE"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str | None = None


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    cameo: str | None
    actor: str | None
    target: str | None
    place: str | None
    time: str | None
    negated: bool
    source: str | None
    trigger: Span
    sentence: Span
    confidence: float
    modality: str = "asserted"
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ArticleRecord:
    article: Article
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    schema_version: str = SCHEMA_VERSION

    @property
    def id(self) -> str:
        return self.article.id

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of SCHEMA.md v1."""
        a = self.article
        document = {
            "id": a.id,
            "url": a.url,
            "outlet": a.outlet,
            "title": a.title,
            "published": a.published,
            "published_from": a.published_from,
            "dates_seen": [asdict(d) for d in a.dates_seen],
            "language": a.language,
            "original_source": a.original_source,
            "byline": a.byline,
            "source": a.source,
            "text": a.text,
        }
        return {
            "schema_version": self.schema_version,
            "document": document,
            "entities": [_entity_dict(e) for e in self.entities],
            "quotes": [_plain(asdict(q)) for q in self.quotes],
            "times": [asdict(t) for t in self.times],
            "events": [_plain(asdict(v)) for v in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleRecord":
        """Rebuild a record from its JSON form (as written by ``to_dict``)."""
        d = data["document"]
        article = Article(
            text=d["text"], title=d.get("title"), published=d.get("published"),
            published_from=d.get("published_from"), outlet=d.get("outlet"), url=d.get("url"),
            language=d.get("language"), original_source=d.get("original_source"),
            byline=d.get("byline"), source=d.get("source"),
            dates_seen=tuple(DateSeen(**x) for x in d.get("dates_seen") or ()),
        )
        entities = tuple(
            Entity(id=e["id"], type=e["type"], name=e["name"], aliases=tuple(e.get("aliases", ())),
                   titles=tuple(e.get("titles", ())),
                   mentions=tuple(Mention(**m) for m in e.get("mentions", ())), kb_id=e.get("kb_id"))
            for e in data.get("entities", ())
        )
        quotes = tuple(
            Quote(**{**q, "parts": tuple(Mention(**p) for p in q.get("parts", ()))})
            for q in data.get("quotes", ())
        )
        times = tuple(TimeExpression(**t) for t in data.get("times", ()))
        events = tuple(
            Event(**{**v, "trigger": Span(**v["trigger"]), "sentence": Span(**v["sentence"]),
                     "mentions": tuple(Span(**m) for m in v.get("mentions", ()))})
            for v in data.get("events", ())
        )
        return cls(article=article, entities=entities, quotes=quotes, times=times, events=events,
                   schema_version=data.get("schema_version", SCHEMA_VERSION))


def _entity_dict(e: Entity) -> dict[str, Any]:
    d = asdict(e)
    d["aliases"] = list(e.aliases)
    d["titles"] = list(e.titles)
    return d


def _plain(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in d.items()}
