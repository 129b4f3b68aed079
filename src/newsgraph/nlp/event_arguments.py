"""Who did it, to whom, where and when: the arguments of one trigger, from the parse of its sentence.

- actor: the subject; the agent of a passive ("par X", "by X"); "de X" / a possessive of a noun trigger
  when the type says so; a nationality adjective on a noun ("un raid américain"); the subject of the
  verb that carries a noun ("X a effectué une visite"); the subject that a coordinated, controlled or
  participial verb shares with the verb it hangs on.
- target: the object; the subject of a passive, or the noun a bare participle modifies ("X, tué lors
  d'un raid"); "de X" of a noun whose type says so ("la nomination de X"); "avec X", "contre X".
- place: an entity of type LOC after a place preposition, or the antecedent of "où"/"where".
- time: the value of a time expression attached to the trigger, its carrier, or the verb it shares a
  subject with; none rather than a wrong one (a time of the verb of saying is not the said event's).
An event noun in a circumstance phrase ("lors d'un raid américain") fills the arguments still missing.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp import event_syntax as syn
from newsgraph.nlp.event_entities import EntityIndex
from newsgraph.nlp.event_lexicon import EventLexicon
from newsgraph.nlp.event_participants import Participants
from newsgraph.nlp.event_prepositions import PrepositionalRoles
from newsgraph.nlp.event_roles import Arguments
from newsgraph.nlp.event_times import TimeAnchors
from newsgraph.nlp.triggers import Trigger, has_reflexive, noun_type
from newsgraph.records import Quote, TimeExpression

VAGUE_TIMES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


class ArgumentFinder(Participants, PrepositionalRoles):
    """Finds the arguments of triggers in one Doc."""

    def __init__(self, index: EntityIndex, lex: EventLexicon, times: list[TimeExpression],
                 quotes: list[Quote] = ()):
        self.index = index
        self.lex = lex
        self.quote_spans = [(p.start, p.end) for q in quotes for p in (q.parts or (q,))]
        self.times = TimeAnchors(index.doc, times)
        self.time_tokens = self.times.tokens

    def time_of(self, token: Token) -> str | None:
        """The time attached to ``token`` or to the verb it hangs on ("selon X, lundi")."""
        return self._time(token, token.head)

    def _time(self, *anchors: Token | None) -> str | None:
        return self.times.of(*anchors)

    # -- triggers --------------------------------------------------------------------------------
    def verb_arguments(self, trigger: Trigger) -> Arguments:
        verb = trigger.token
        args = Arguments(passive=syn.is_passive(verb))
        object_role = self.lex.object_role.get(trigger.type, "target")
        if args.passive and (verb.lemma_.lower() in self.lex.unaccusative or _pronominal(verb, self.lex)):
            # "X est arrivé à Tunis": être + participle of a verb of motion is active, X the visitor;
            # so is a verb read with its reflexive clitic ("le conseil ne s'est pas réuni")
            args.passive = False
            for s in syn.passive_subjects(verb):
                args.actor = args.actor or self.index.resolve(s)
        if args.passive:
            for s in syn.passive_subjects(verb) + syn.subjects(verb):
                if not self._source_phrase(s):
                    args.target = args.target or self.index.resolve(s)
            if args.target is None and syn.dep(verb) in {"acl", "amod"}:
                args.target = self.index.resolve(verb.head)
        else:
            args.actor = args.actor or self._actor_of_clause(verb)
            for o in syn.objects(verb) if object_role != "none" else ():
                if object_role == "place":
                    args.place = self._place(o)
                    if args.place is None:
                        args.target = self.index.resolve(o)
                else:  # the first object that names someone ("accuse X d'avoir tué ..., Y": X)
                    args.target = args.target or self.index.resolve(o)
            if args.target is None and object_role == "target":
                # "ont bombardé le camp de déplacés d'Abou Chouk": what a named place holds is hit there
                args.target = next((e for o in syn.objects(verb) for e in [self._place_of(o)] if e), None)
            if args.target is None and object_role == "target":
                args.target = self._detached_object(verb)
            if args.target is None and object_role == "target" and self.lex.noun_of.get(trigger.type) != "target":
                # "banned all activities of X", "a gelé les avoirs de X": what is someone's is hit as them
                args.target = next((e for o in syn.objects(verb) for e in [self._owner_of(o)] if e), None)
            if args.target is None:
                for o in syn.indirect_objects(verb):
                    if o.pos_ != "PRON" or o.lower_ in self.lex.pronouns:
                        args.target = self.index.resolve(o)
        if not args.passive:
            # "un raid américain a tué X": an event noun as subject lends its actor and is folded in
            for s in syn.subjects(verb):
                inner_type = noun_type(s, self.lex)
                if inner_type in self.lex.means.get(trigger.type, ()):
                    args.fill(self.noun_arguments(Trigger(s, inner_type, "noun")))
                    args.absorbed.append(s.i)
        self._prepositions(verb, args, trigger.type, passive=args.passive)
        if not args.passive:
            self._partner(verb, args, trigger.type)
        self._where(verb, args)
        root = syn.conjunct_root(verb)
        args.time = self._time(verb, root if root.i != verb.i else None)
        if args.actor is None:
            args.group_actor = self._group(verb, passive=args.passive) or (
                args.passive and args.target is None and self.lex.noun_of.get(trigger.type) == "target"
                and any(self._counted(s) for s in syn.passive_subjects(verb)))
        return args

    def noun_arguments(self, trigger: Trigger) -> Arguments:
        noun = trigger.token
        args = Arguments()
        of_role = self.lex.noun_of.get(trigger.type, "actor")
        for c in noun.children:
            d = syn.dep(c)
            if c.lower_ in self.lex.possessives or d in {"nmod:poss", "poss"}:
                setattr(args, of_role, getattr(args, of_role) or self._owner(noun, c, of_role))
            elif d in {"amod", "compound"}:
                eid = self.index.country(c) or (self.index.at(c) if d == "compound" else None)
                if eid and args.actor is None:
                    args.actor = eid
        for prep, n in syn.prepositional(noun):
            if prep in self.lex.prepositions.get("of", ()) and getattr(args, of_role) is None:
                eid = self.index.resolve(n)
                if eid and self.index.type_of(eid) != "LOC" or (eid and of_role == "target"):
                    setattr(args, of_role, eid)
        self._prepositions(noun, args, trigger.type, passive=True)
        carrier = trigger.support
        if carrier is not None:
            if args.actor is None:
                args.actor = self._actor_of_clause(carrier)
            if args.actor is None:
                args.group_actor = self._group(carrier, passive=syn.is_passive(carrier))
            if args.target is None and trigger.type in self.lex.symmetric:
                # "ne s'est pas présenté à la réunion convoquée par X": who called it is the other side
                args.target = self._convener(noun, args.actor)
            if of_role == "target" and args.target is None:
                # "X a été placé en garde à vue", "la police a placé X en garde à vue"
                args.passive = syn.is_passive(carrier)
                held = syn.passive_subjects(carrier) if args.passive else syn.objects(carrier)
                args.target = next((e for e in map(self.index.resolve, (h for h in held if h != noun)) if e), None)
            if args.target is None and carrier.lemma_.lower() in self.lex.giving_verbs:
                # "a accordé au Liban un prêt": whom one gives to is the target, not a place
                recipients = self.lex.prepositions.get("recipient", ())
                args.target = next((e for p, n in syn.prepositional(carrier) if p in recipients
                                    for e in [self.index.resolve(n)] if e), None)
            self._prepositions(carrier, args, trigger.type, passive=syn.is_passive(carrier))
            self._partner(carrier, args, trigger.type)
        elif args.actor is None and noun.head.pos_ in {"VERB", "AUX"} and (
                syn.marker(noun) in self.lex.without or trigger.type == "statement"
                and syn.marker(noun) in self.lex.prepositions.get("medium", ())):
            # "X et Y se sont séparés sans accord": the act that did not happen is the clause's doers';
            # "X a salué l'accord dans un communiqué": the statement is the doer's of the clause
            args.actor = self._actor_of_clause(noun.head)
            self._partner(noun.head, args, trigger.type)
        args.time = self._time(noun, carrier,
                               syn.conjunct_root(carrier) if carrier is not None else None)
        return args

    def _convener(self, noun: Token, actor: str | None) -> str | None:
        """The agent of a participle on an event noun ("la réunion convoquée par X", "talks hosted
        by X"), when it is not the actor already."""
        agent = self.lex.prepositions.get("agent", ())
        found = (self.index.resolve(n) for c in noun.children if syn.dep(c) in {"acl", "amod"}
                 for p, n in syn.prepositional(c) if p in agent)
        return next((e for e in found if e and e != actor), None)

    def arguments(self, trigger: Trigger) -> Arguments:
        if trigger.kind == "verb":
            return self.verb_arguments(trigger)
        return self.noun_arguments(trigger)


def _pronominal(verb: Token, lex: EventLexicon) -> bool:
    """A verb whose event reading needs its reflexive clitic ("se réunir", "s'entretenir"), written
    with it and no passive auxiliary: the parser's passive subject is the one who acts."""
    return has_reflexive(verb, lex) and not any(syn.dep(c) in syn.PASSIVE_AUX for c in verb.children) \
        and any(s.reflexive for s in lex.verbs.get(verb.lemma_.lower(), ()))
