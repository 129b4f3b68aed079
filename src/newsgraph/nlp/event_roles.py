"""The participants of one event as the parse gives them (:class:`Arguments`): actor, target, place,
time, and how they were found. :mod:`newsgraph.nlp.event_arguments` fills them from a trigger's
sentence; :mod:`newsgraph.nlp.events` turns them into the record's ``Event``. Mutable on purpose:
an event noun in a circumstance phrase ("lors d'un raid") fills the slots still empty.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Arguments:
    """Entity ids (or None) of an event's participants, with the facts the finder learnt on the way."""

    actor: str | None = None
    target: str | None = None
    place: str | None = None
    time: str | None = None
    passive: bool = False
    #: the subject is a common noun for a group that acts ("les manifestants"): no entity, but an actor
    group_actor: bool = False
    absorbed: list[int] = field(default_factory=list)

    def fill(self, other: "Arguments") -> None:
        """Take from ``other`` every argument still missing here."""
        for name in ("actor", "target", "place", "time"):
            if getattr(self, name) is None:
                setattr(self, name, getattr(other, name))
