"""Event type accuracy on the PLOVER gold-standard records (English sentences from the CAMEO manual).

Each record is one sentence with one annotated event (a PLOVER category and the words that express it,
``eventText``). Our types map to PLOVER categories (``PLOVER``); a sentence counts when its category is
one we map to (coverage). The event scored in a sentence is the one whose trigger is among the gold
event words, else the most confident one; statements are skipped (PLOVER has no category for them).

Two figures: triggers alone (the stage keeps events whose actor it could not find, so entity
recognition does not hide typing), and the pipeline as shipped (events without an actor dropped).
spaCy alone has no events: its baseline is 0.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from newsgraph.evaluation.common import Figure

DATA = Path("eval") / "data" / "events-plover-gsr" / "PLOVER_GSR_CAMEO.json"

#: Our event types -> the PLOVER categories that count as right for them (CAMEO2PLOVER-2021 and the
#: older category names the gold records use). Types absent here have no PLOVER counterpart.
PLOVER: dict[str, frozenset[str]] = {
    "visit": frozenset({"CONSULT"}),
    "meet": frozenset({"CONSULT"}),
    "negotiate": frozenset({"CONSULT"}),
    "cooperate": frozenset({"COOPERATE", "SUPPORT"}),
    "kill": frozenset({"ASSAULT", "FIGHT"}),
    "attack": frozenset({"ASSAULT", "FIGHT"}),
    "arrest": frozenset({"COERCE"}),
    "protest": frozenset({"PROTEST"}),
    "threaten": frozenset({"THREATEN"}),
    "accuse": frozenset({"DISAPPROVE", "ACCUSE"}),
    "sanction": frozenset({"SANCTION", "COERCE"}),
    "agree": frozenset({"AGREE", "SUPPORT"}),
    "reject": frozenset({"REJECT"}),
    "demand": frozenset({"DEMAND", "REQUEST"}),
    "aid": frozenset({"AID"}),
}
#: An event only intended (modality other than asserted) is, in CAMEO/PLOVER, an expression of intent:
#: intent to cooperate, meet or give is AGREE (CAMEO 03x), intent to use force or to coerce is
#: THREATEN (13x); refusing cooperation is REJECT (12x).
INTENT_COOPERATIVE = frozenset({"visit", "meet", "negotiate", "cooperate", "agree", "aid"})
INTENT_HOSTILE = frozenset({"kill", "attack", "arrest", "sanction", "protest"})

#: Ours without a counterpart: statement (PLOVER drops statements), appoint, resign.
NO_COUNTERPART = ("statement", "appoint", "resign")
COVERED = frozenset().union(*PLOVER.values())


def records(shared: Path) -> list[dict]:
    """The gold records with a sentence and a category (the file's documentation record left out)."""
    data = json.loads((shared / DATA).read_text(encoding="utf-8"))
    return [r for r in data if r.get("text") and r.get("event") and r["event"] != "DOCUMENT"]


def _pipeline(*, require_actor: bool):
    from newsgraph.nlp import STAGES
    from newsgraph.pipeline import bare_pipeline

    nlp = bare_pipeline("en")
    for stage in STAGES:
        nlp.add_pipe(stage, config={"require_actor": require_actor} if stage == "newsgraph_events"
                     else {})
    return nlp


def categories(event) -> frozenset[str]:
    """The PLOVER categories that count as right for one of our events."""
    if event.modality != "asserted" and event.type in INTENT_COOPERATIVE:
        return frozenset({"REJECT"}) if event.negated else frozenset({"AGREE"})
    if event.modality != "asserted" and event.type in INTENT_HOSTILE:
        return frozenset({"THREATEN"})
    return PLOVER.get(event.type, frozenset())


def _scored_event(events, event_text: str):
    words = set(re.findall(r"\w+", event_text.lower()))
    candidates = [e for e in events if e.type != "statement"]
    if not candidates:
        return None
    for e in candidates:
        if (e.trigger.text or "").lower() in words:
            return e
    return max(candidates, key=lambda e: e.confidence)


def plover_accuracy(shared: Path, *, require_actor: bool) -> dict:
    """Accuracy on covered sentences, coverage, and the confusion pairs (gold, predicted type)."""
    from newsgraph.records import Article

    nlp = _pipeline(require_actor=require_actor)
    gold = records(shared)
    covered = [r for r in gold if r["event"] in COVERED]
    docs = []
    for r in covered:
        doc = nlp.make_doc(r["text"])
        doc._.article = Article(text=r["text"], language="en")
        docs.append(doc)
    right, confusion = 0, []
    for r, doc in zip(covered, nlp.pipe(docs, batch_size=64)):
        e = _scored_event(doc._.events or [], r.get("eventText") or "")
        if e is not None and r["event"] in categories(e):
            right += 1
        else:
            confusion.append((r["event"], e.type if e else None))
    return {"accuracy": right / len(covered) if covered else 0.0,
            "coverage": len(covered) / len(gold) if gold else 0.0,
            "n": len(covered), "right": right, "confusion": confusion}


def evaluate(shared: Path) -> list[Figure]:
    triggers = plover_accuracy(shared, require_actor=False)
    shipped = plover_accuracy(shared, require_actor=True)
    baseline = "spaCy alone (no events)"
    return [
        Figure(f"events: PLOVER type acc., triggers ({triggers['right']}/{triggers['n']})",
               triggers["accuracy"], 0.0, baseline),
        Figure(f"events: PLOVER type acc., shipped ({shipped['right']}/{shipped['n']})",
               shipped["accuracy"], 0.0, baseline),
        Figure("events: PLOVER categories covered (share of sentences)", triggers["coverage"]),
    ]
