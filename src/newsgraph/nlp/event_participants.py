"""Who takes part in an event beyond the trigger's own dependents: the doer of the clause (the
subject, or the one a coordinated, controlled, relative or participial verb shares), a doer given
only as a group or an unnamed official, the partner of what is done together, the named place a
common noun belongs to, and whom a possessive on an event noun stands for.

A mixin of ``event_arguments.ArgumentFinder``: it reads the finder's ``index`` (entities), ``lex``
(the event lexicon) and ``quote_spans`` (character spans of quotes).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp import event_syntax as syn
from newsgraph.nlp.event_roles import Arguments


class Participants:
    """The clause-level participants of a trigger."""

    def _actor_of_clause(self, verb: Token, depth: int = 0) -> str | None:
        """The subject of ``verb``, or the one it shares with the verb it is coordinated or controlled by."""
        subjects = syn.subjects(verb)
        for s in subjects:
            eid = self.index.resolve(s)
            if eid:
                return eid
        if subjects and any(s.pos_ != "PRON" or s.lower_ in self.lex.pronouns for s in subjects):
            return None
        d = syn.dep(verb)
        if depth >= 4 or verb.head.i == verb.i or syn.subjects(verb) or syn.passive_subjects(verb):
            return None
        if d in {"acl:relcl", "relcl"}:
            return self.index.resolve(verb.head)
        if d == "acl" and "Pres" in verb.morph.get("Tense") and verb.doc[verb.i - 1].text == ",":
            # "X a bombardé le camp, à la périphérie de Y, tuant 14 civils": a participle set off by a
            # comma says what the clause's doer did, whatever noun the parser hung it on
            main = syn.clause_of(verb.head)
            return self._actor_of_clause(main, depth + 1) if main.i != verb.i else None
        finite = "Fin" in verb.morph.get("VerbForm")
        if self._quote_of(verb) != self._quote_of(verb.head):
            return None  # a clause inside quotation marks shares nothing with the one around it
        if d == "xcomp" and not finite:
            # "X accuse Y d'avoir tué Z", "X a appelé Y à voter": the object before the infinitive
            # is who does it (object control), not the subject of the verb it hangs on
            controller = [o for o in syn.objects(verb.head) if o.i < verb.i]
            if controller:
                return self.index.resolve(controller[0])
        if (d == "conj" or (d in {"xcomp", "advcl"} and not finite)) and verb.head.pos_ in {"VERB", "AUX"}:
            return self._actor_of_clause(verb.head, depth + 1)
        return None

    def _group(self, verb: Token, *, passive: bool) -> bool:
        """Whether the verb's doer is a common noun for a group (see ``event_syntax.group_subject``)."""
        return syn.group_subject(verb, self.lex.group_actors, self.lex.prepositions.get("agent", ()),
                                 passive=passive, quantities=self.lex.group_quantities,
                                 of_preps=self.lex.prepositions.get("of", ())) \
            or (not passive and any(self._unnamed_official(s) for s in syn.subjects_or_governor(verb)))

    def _unnamed_official(self, noun: Token) -> bool:
        """A single person given only by a title the article never gives anyone named ("La
        ministre de l'Économie pourrait se rendre à X"): someone acted, whom the text does not
        name. A plural ("les deux ministres") is left out: it stands for several people."""
        if noun.pos_ == "PRON" and noun.lower_ in self.lex.pronouns:
            return self.index.unnamed_title_before(noun)  # "... Elle n'a pas rencontré"
        return noun.pos_ == "NOUN" and "Plur" not in noun.morph.get("Number") \
            and (noun.lemma_.lower() in self.index.person_titles or noun.lower_ in self.index.person_titles) \
            and self.index.resolve(noun) is None

    def _source_phrase(self, noun: Token) -> bool:
        """A noun after "selon" / "according to" that the parse made a subject ("Selon l'ONG, neuf
        soldats ont été tués"): the source of the report, never a participant."""
        return any(syn.dep(c) == "case" and c.lower_ in self.lex.source_cues for c in noun.children)

    def _quote_of(self, token: Token) -> int | None:
        """Which quote ``token`` is in (its index), or None."""
        return next((n for n, (a, b) in enumerate(self.quote_spans) if a <= token.idx < b), None)

    def _partner(self, verb: Token, args: Arguments, etype: str) -> None:
        """For what is done together, the second of coordinated subjects ("X et Y ont négocié")."""
        if args.target is not None or etype not in self.lex.symmetric:
            return
        for s in syn.subjects(verb):
            for c in s.children:
                if syn.dep(c) == "conj":
                    eid = self.index.resolve(c)
                    if eid and eid != args.actor:
                        args.target = eid
                        return
            pair = syn.named_pair(s, self.index.at)
            if pair and args.actor in (None, *pair):
                args.actor, args.target = pair
                return

    def _place_of(self, noun: Token, depth: int = 2) -> str | None:
        """A named place a common noun belongs to, through "de" complements ("le camp de déplacés
        d'Abou Chouk" -> Abou Chouk), or None."""
        for prep, n in syn.prepositional(noun):
            if prep in self.lex.prepositions.get("of", ()):
                eid = self.index.at(n)
                if eid and self.index.type_of(eid) == "LOC":
                    return eid
                if depth > 1 and eid is None:
                    eid = self._place_of(n, depth - 1)
                    if eid:
                        return eid
        return None

    def _counted(self, noun: Token) -> bool:
        """A subject that counts unnamed people ("Sixteen people were arrested", "trois militants ont
        été tués"): the act happened to them though no one is named; analysts count it."""
        return noun.pos_ in {"NOUN", "NUM"} and self.index.resolve(noun) is None and (
            noun.pos_ == "NUM" or any(syn.dep(c) == "nummod" for c in noun.children))

    def _detached_object(self, verb: Token) -> str | None:
        """Whom a verb with no object meets or hits when the French parser left the name after it as
        a root of its own ("a rencontré vendredi X à Y": "X" ROOT): the first word after the verb and
        the adverbs or time words hanging on it, if it heads its own tree, has no verb in it and names
        an entity."""
        if verb.head.i != verb.i or syn.objects(verb):
            return None
        i = verb.i + 1
        while i < len(verb.doc) and verb.doc[i].head.i == verb.i and syn.dep(verb.doc[i]) in {"obl:mod", "advmod", "npadvmod"}:
            i += 1
        if i >= len(verb.doc):
            return None
        root = verb.doc[i]
        if root.head.i != root.i or root.pos_ not in {"PROPN", "NOUN"} \
                or any(t.pos_ in {"VERB", "AUX"} for t in root.subtree):
            return None
        return self.index.resolve(root)

    def _owner_of(self, noun: Token) -> str | None:
        """The person or organisation a common noun belongs to through its "de"/"of" complement
        ("les activités des Frères musulmans"), or None; the noun itself names no one."""
        if noun.pos_ != "NOUN" or self.index.resolve(noun) is not None:
            return None
        for prep, n in syn.prepositional(noun):
            if prep in self.lex.prepositions.get("of", ()):
                eid = self.index.resolve(n)
                if eid and self.index.type_of(eid) in {"PER", "ORG"}:
                    return eid
        return None

    def _owner(self, noun: Token, possessive: Token, role: str) -> str | None:
        """Whom a possessive on an event noun stands for: the subject of the verb whose object the
        noun is, when it is the doer ("le parti a exprimé son soutien": the party's), else the
        person the pronoun takes up."""
        if role == "actor" and syn.dep(noun) in syn.OBJECT and noun.head.pos_ in {"VERB", "AUX"}:
            eid = self._actor_of_clause(noun.head)
            if eid:
                return eid
        return self.index.resolve(possessive)
