"""Mentions of one event in one article become one event.

Two candidates are one event when they have the same type, the same negation and the same kind of
modality (asserted or not), compatible actors and targets (equal, or one of them unknown) and
compatible times (equal, one a refinement of the other, or one of them unknown or vague). The merged
event keeps the most complete candidate's trigger, takes the arguments the others add, and lists the
other triggers in ``mentions``. "tué lors d'un raid américain" and "les États-Unis ont assassiné X le
3 janvier 2020" become one kill with actor, target and time.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.records import Span

VAGUE = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
#: How many paragraphs on a statement may continue the same speaker's previous one (the next one).
STATEMENT_PARAGRAPH_GAP = 1


@dataclass
class Candidate:
    """An event before ids are given: one trigger, or several merged."""

    type: str
    actor: str | None
    target: str | None
    place: str | None
    time: str | None
    negated: bool
    modality: str
    source: str | None
    trigger: Span
    sentence: Span
    confidence: float
    mentions: list[Span] = field(default_factory=list)
    #: the paragraph of the trigger (0-based), for telling one occasion of speaking from another
    paragraph: int = 0

    def completeness(self) -> int:
        return sum(x is not None for x in (self.actor, self.target, self.place, self.time))


def _same_or_unknown(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _times_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a in VAGUE or b in VAGUE:
        return True
    return a.startswith(b) or b.startswith(a)


def _arguments_agree(a: Candidate, b: Candidate) -> bool:
    """Same actor (and no conflicting target); without an actor on one side, the same target."""
    if a.actor is not None and b.actor is not None:
        return a.actor == b.actor and _same_or_unknown(a.target, b.target)
    return a.target is not None and a.target == b.target


def compatible(a: Candidate, b: Candidate) -> bool:
    return (a.type == b.type and a.negated == b.negated
            and (a.modality == "asserted") == (b.modality == "asserted")
            and _arguments_agree(a, b) and _times_agree(a.time, b.time))


def _better_time(a: str | None, b: str | None) -> str | None:
    if a is None or a in VAGUE:
        return b if b is not None else a
    if b is None or b in VAGUE:
        return a
    return a if len(a) >= len(b) else b


def absorb(into: Candidate, other: Candidate) -> None:
    """Fold ``other`` into ``into``: missing arguments, its trigger as a mention, confidence."""
    if other.completeness() > into.completeness():
        into.trigger, other.trigger = other.trigger, into.trigger
        into.sentence = other.sentence
    for name in ("actor", "target", "place", "source"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    into.time = _better_time(into.time, other.time)
    into.mentions.extend([other.trigger, *other.mentions])
    into.mentions.sort(key=lambda s: s.start)
    # each further mention corroborates the event a little
    into.confidence = round(min(1.0, max(into.confidence, other.confidence) + 0.05), 3)


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per event, in order of first mention.

    Statements are merged only when they continue one occasion of speaking: the same speaker at the
    same or an unknown time, in the paragraph of the speaker's last statement or the next one, with no
    statement by someone else between. The same speaker quoted again later in the article, after
    another voice or a gap, said something else: a statement of its own.
    """
    merged: list[Candidate] = []
    last_statement: Candidate | None = None
    last_paragraph = -1
    for c in sorted(candidates, key=lambda c: c.trigger.start):
        if c.type == "statement":
            if (last_statement is not None and compatible(last_statement, c)
                    and c.paragraph - last_paragraph <= STATEMENT_PARAGRAPH_GAP):
                absorb(last_statement, c)
            else:
                merged.append(c)
                last_statement = c
            last_paragraph = c.paragraph
            continue
        for m in merged:
            if compatible(m, c):
                absorb(m, c)
                break
        else:
            merged.append(c)
    merged.sort(key=lambda c: min([c.trigger.start, *(s.start for s in c.mentions)]))
    return merged
