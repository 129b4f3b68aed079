"""What the event tests share: an article's events read with entity names in place of ids."""
from __future__ import annotations

#: Publication date of an example that names none (a Tuesday).
PUB = "2022-05-10"


def events(text: str, lang: str, published: str = PUB) -> list[dict]:
    """The events ``newsgraph.pipeline.extract_text`` finds, each a dict whose parties (actor,
    target, place, source) are entity names."""
    from newsgraph.pipeline import extract_text

    record = extract_text(text, language=lang, published=published)
    names = {e.id: e.name for e in record.entities}
    return [{"type": e.type, "actor": names.get(e.actor), "target": names.get(e.target),
             "place": names.get(e.place), "time": e.time, "negated": e.negated,
             "modality": e.modality, "source": names.get(e.source), "trigger": e.trigger.text}
            for e in record.events]


def find(evs: list[dict], **want) -> list[dict]:
    """The events holding every ``field=value`` of ``want``."""
    return [e for e in evs if all(e[k] == v for k, v in want.items())]
