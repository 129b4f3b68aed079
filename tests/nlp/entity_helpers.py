"""What the entity tests on whole articles share: the record of a text, and its entities by form."""
from __future__ import annotations

from newsgraph import analyze
from newsgraph.ingest import read_text


def analysed(text: str, nlp, lang: str):
    """The record of ``text`` read as a page (header lines and all) and analysed with ``nlp``."""
    (record,) = analyze([read_text(text, item="<test>", language=lang)], nlp=nlp)
    return record


def holding(record, form: str) -> list:
    """The entities that have ``form`` as their name or one of their mentions."""
    return [e for e in record.entities if form == e.name or form in {m.text for m in e.mentions}]


def one(record, form: str):
    """The one entity named or mentioned as ``form``."""
    found = holding(record, form)
    assert len(found) == 1, f"{form!r}: {[(e.name, e.type) for e in found]}"
    return found[0]


def entity_of(record, form: str):
    """The one entity holding a mention written ``form``."""
    hits = [e for e in record.entities if any(m.text == form for m in e.mentions)]
    assert hits, f"no mention {form!r} in {[e.name for e in record.entities]}"
    assert len(hits) == 1, f"{form!r} in {[e.name for e in hits]}"
    return hits[0]


def mention_forms(record) -> set[str]:
    """Every mention's text, over all entities."""
    return {m.text for e in record.entities for m in e.mentions}
