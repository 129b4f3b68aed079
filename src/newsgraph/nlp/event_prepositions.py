"""The roles that prepositions and places give an event's arguments: "avec X" / "contre X" (target),
"par X" (agent of a passive), "à l'appel de X" (the doer), "entre X et Y" (both sides), "à / en /
dans X" (place, when X is a place), "Bagdad, où il a rencontré" (the antecedent of "où" is the
place), and an event noun in a circumstance phrase ("tué lors d'un raid") folded into the event it
is the means of.

A mixin of ``event_arguments.ArgumentFinder``: it reads the finder's ``index`` (entities),
``lex`` (the event lexicon) and ``time_tokens`` (tokens of time expressions).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp import event_syntax as syn
from newsgraph.nlp.event_roles import Arguments
from newsgraph.nlp.triggers import Trigger, noun_type


class PrepositionalRoles:
    """Place and prepositional arguments of a trigger or of the verb that carries it."""

    def _place(self, noun: Token) -> str | None:
        """A LOC entity written as ``noun`` or inside its phrase ("outside the embassy in Baghdad");
        a nationality adjective is not a place ("the Jordanian embassy" is not in Jordan)."""
        eid = self.index.at(noun) or self.index.resolve(noun) if noun.pos_ == "PROPN" else self.index.at(noun)
        if eid and self.index.type_of(eid) == "LOC":
            return eid
        for t in noun.subtree:
            eid = self.index.at(t)
            if eid and self.index.type_of(eid) == "LOC":
                return eid
        return None

    def _prepositional(self, head: Token):
        """The prepositional dependents of ``head``, and those the parse hung on a time expression
        of it ("arrivé mercredi à Tunis": "à Tunis" under "mercredi"), which can only be a place."""
        for prep, noun in syn.prepositional(head):
            yield prep, noun, False
        for c in head.children:
            if c.i in self.time_tokens:
                for prep, noun in syn.prepositional(c):
                    if noun.i not in self.time_tokens:
                        yield prep, noun, True

    def _prepositions(self, head: Token, args: Arguments, etype: str, *, passive: bool) -> None:
        for prep, noun, under_time in self._prepositional(head):
            role = self.lex.role_of_preposition(prep)
            if under_time and role != "place":
                continue
            if args.actor is None and noun.lemma_.lower() in self.lex.calls:
                # "ont défilé à l'appel du syndicat": who called for the act is its doer
                of = self.lex.prepositions.get("of", ())
                args.actor = next((e for p, n in syn.prepositional(noun) if p in of
                                   for e in [self.index.resolve(n)] if e), None)
                if args.actor:
                    continue
            inner_type = noun_type(noun, self.lex)
            if prep in self.lex.prepositions.get("circumstance", ()) and inner_type:
                if inner_type in self.lex.means.get(etype, ()):
                    args.fill(self.noun_arguments(Trigger(noun, inner_type, "noun")))
                    args.absorbed.append(noun.i)
                continue
            if role == "agent":
                if passive and args.actor is None:
                    args.actor = self.index.resolve(noun)
            elif role == "target":
                # whom one travels with is a companion, not the host visited
                if args.target is None and self.lex.object_role.get(etype) != "place":
                    args.target = self.index.resolve(noun)
            elif role == "between":
                members = [noun, *(c for c in noun.children if syn.dep(c) == "conj")]
                ids = [self.index.resolve(m) for m in members]
                ids = [i for i in ids if i]
                if ids and args.actor is None:
                    args.actor = ids[0]
                if len(ids) > 1 and args.target is None:
                    args.target = ids[1]
            elif role == "place" and args.place is None:
                args.place = self._place(noun)
                if args.place is None and etype == "visit" and args.target is None:
                    eid = self.index.resolve(noun)
                    if self.index.type_of(eid) in {"PER", "ORG"}:
                        args.target = eid

    def _where(self, verb: Token, args: Arguments) -> None:
        """"Bagdad, où il a rencontré ...": the antecedent of the relative adverb is the place."""
        if args.place is None and any(c.lemma_.lower() in self.lex.prepositions.get("where", ()) for c in verb.children):
            args.place = self._place(verb.head) if verb.head.i != verb.i else None
