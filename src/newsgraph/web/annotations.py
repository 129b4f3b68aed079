"""The article page's highlights: every mark on the text, built from the stored offsets.

The article and everything found in it come from the store (``store.article``); this
module turns them into :class:`~newsgraph.web.highlight.Mark` s (entities link to their
canonical entity page, quotes name their speaker, dates carry their value, event
triggers link to their row) and cuts the text into segments. Nothing is extracted again.
"""
from __future__ import annotations

from typing import Any

from newsgraph.web.highlight import Mark, segments


def _title_marks(text: str, ents: list[dict[str, Any]]) -> list[Mark]:
    """Where each stored title string of an entity appears in the text (titles carry no offsets)."""
    marks = []
    folded = text.casefold()
    for e in ents:
        for title in e["titles"] or ():
            at = folded.find(title.casefold()) if title else -1
            while at >= 0:
                marks.append(Mark("title", at, at + len(title), key=f"{e['entity_id']}-t",
                                  label=f"title of {e['name']}: {title}",
                                  href=f"/entities/{e['kb_id']}" if e["kb_id"] else None))
                at = folded.find(title.casefold(), at + len(title))
    return marks


def marks(data: dict[str, Any]) -> list[Mark]:
    """Every highlight of the article page, from the stored offsets."""
    out: list[Mark] = []
    for e in data["entities"]:
        href = f"/entities/{e['kb_id']}" if e["kb_id"] else None
        for m in e["mentions"]:
            out.append(Mark("entity", m["start"], m["end"], key=e["entity_id"], href=href,
                            label=f"{e['type']}: {e['canonical'] or e['name']}",
                            info={"type": e["type"]}))
    for q in data["quotes"]:
        out.append(Mark("quote", q["start"], q["end"], key=q["quote_id"],
                        href=f"/entities/{q['speaker_kb']}" if q["speaker_kb"] else None,
                        label=f"quote of {q['speaker_name'] or 'unknown speaker'}",
                        info={"speaker": q["speaker_name"]}))
    for i, t in enumerate(data["times"]):
        day = t["value"] if t["value"] and len(t["value"]) == 10 and t["value"][4] == "-" else None
        out.append(Mark("time", t["start"], t["end"], key=f"T{i}", label=f"date: {t['value']}",
                        href=f"/events?since={day}&until={day}" if day else None,
                        info={"value": t["value"]}))
    for v in data["events"]:
        out.append(Mark("event", v["trigger_start"], v["trigger_end"], key=v["event_id"],
                        href=f"#event-{v['event_id']}",
                        label=f"{v['type']}: {v['actor_name'] or '?'} → {v['target_name'] or '?'}",
                        info={"type": v["type"]}))
    out.extend(_title_marks(data["document"]["text"], data["entities"]))
    return out


def highlighted(data: dict[str, Any]):
    """The article text cut into highlighted segments (``web.highlight``)."""
    return segments(data["document"]["text"], marks(data))
