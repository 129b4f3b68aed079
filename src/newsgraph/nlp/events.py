"""Stage ``newsgraph_events``: who did what to whom, when and where, and what did not happen.

Reads ``doc._.entities``, ``doc._.times`` and ``doc._.quotes``; sets ``doc._.events`` to a list of
:class:`records.Event`. Steps: triggers from the lexicon (``triggers``), arguments from the parse
within the sentence (``event_arguments``), negation and modality (``negation``, ``modality``), the
asserting source from quotes and reported speech, statements from speech acts, and merging of the
mentions of one event (``event_merge``).

An event is kept only when it names who did it, or, for a passive, who it was done to, or when a
common noun for a group did it ("les manifestants ont défilé": actor null, lower confidence):
"someone cooperated" is nothing an analyst can count. An event noun that dates another ("après les
pourparlers") and a clause that states an aim ("pour négocier") are not events that were reported.
"""
from __future__ import annotations

import bisect
import logging
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.nlp import event_syntax as syn
from newsgraph.nlp.event_arguments import ArgumentFinder
from newsgraph.nlp.headline import body_start
from newsgraph.nlp.event_entities import EntityIndex
from newsgraph.nlp.event_lexicon import EventLexicon, lexicon
from newsgraph.nlp.event_merge import Candidate, merge
from newsgraph.nlp.event_sources import asserted_by, cue_speaker, quote_statements, sentence_of
from newsgraph.nlp.event_reported import not_reported
from newsgraph.nlp.modality import WEIGHT, modality
from newsgraph.nlp.negation import is_negated
from newsgraph.nlp.paragraphs import paragraphs
from newsgraph.nlp.triggers import Trigger, find_triggers
from newsgraph.records import Event, Quote, Span

log = logging.getLogger(__name__)

#: Confidence factor of an event whose actor is a group named by a common noun ("les manifestants"):
#: kept (analysts count protests and arrests by "police"), but weaker than one with a named actor.
GROUP_ACTOR_WEIGHT = 0.8


@Language.factory("newsgraph_events", default_config={"require_actor": True})
def make_events(nlp: Language, name: str, require_actor: bool):
    return EventsStage(nlp.lang, require_actor=require_actor)


class EventsStage:
    """The spaCy component; ``require_actor=False`` keeps events whose arguments were not found
    (used to measure trigger typing apart from entity recognition)."""

    def __init__(self, lang: str, *, require_actor: bool = True):
        self.lang = lang
        self.require_actor = require_actor

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, lang=self.lang, require_actor=self.require_actor)
        return doc


def extract_events(doc: Doc, *, lang: str, require_actor: bool = True) -> list[Event]:
    """The events of ``doc``, merged and numbered V1, V2, ..."""
    lex = lexicon(lang)
    index = EntityIndex(doc, list(doc._.entities or ()), lex)
    quotes = list(doc._.quotes or ())
    finder = ArgumentFinder(index, lex, list(doc._.times or ()), quotes)
    body = body_start(doc)  # a headline's verbs retell the body's events: only the body's count
    triggers = [t for t in find_triggers(doc, lex) if t.token.idx >= body]
    candidates: list[Candidate] = []
    absorbed: set[int] = set()
    built: list[tuple[Trigger, Candidate]] = []
    for trigger in triggers:
        if not_reported(trigger, lex, index):
            continue
        args = finder.arguments(trigger)
        absorbed.update(args.absorbed)
        if trigger.type == "statement" and trigger.kind == "verb":
            speaker = cue_speaker(trigger.token, quotes, index)
            if speaker:
                args.actor = speaker
        if trigger.kind == "verb" and trigger.token.lemma_.lower() in lex.place_only and args.place is None:
            continue  # "il va rencontrer", "came under fire": motion without a place is no visit
        if trigger.kind == "verb" and trigger.token.lemma_.lower() in lex.infinitive_only \
                and not _has_infinitive(trigger.token) and not _called_for(trigger.token, lex):
            continue  # "a appelé son fils": a call is a demand only with something to do
        if trigger.kind == "verb" and trigger.token.lemma_.lower() in lex.speech_with_clause \
                and args.target is None \
                and any(syn.dep(c) == "ccomp" and not _planned(c, lex) for c in trigger.token.children):
            # "warned that the window is narrowing": what was said, not a threat; a warning given
            # to a named party ("a averti Bagdad que ...", "warned Togo that") is pressure on it
            continue
        if trigger.kind == "verb" and trigger.token.lemma_.lower() in lex.speech_with_clause \
                and not any(syn.dep(c) == "ccomp" for c in trigger.token.children) \
                and cue_speaker(trigger.token, quotes, index):
            continue  # "« ... », a averti X": the verb introduces a quotation, which is speech
        if trigger.type == "statement" and trigger.kind == "verb" and syn.bare_participle(trigger.token):
            continue  # "les pertes, estimées à ...": a participle describing a noun says nothing
        if trigger.type == "meet" and index.type_of(args.target) not in {None, "PER", "ORG", "LOC"}:
            continue  # "a reçu le prix Nobel": one meets someone, not a thing that has a name
        hosting = trigger.kind == "verb" and trigger.type == "meet" and trigger.token.lemma_.lower() in lex.hosting_verbs
        if hosting and _received_thing(trigger.token, lex, index):
            continue  # "n'avait reçu aucune garantie", "received payments": no one was hosted
        if args.target is not None and args.target == args.actor:
            args.target = None  # one participant is not both sides of an act
        if require_actor and args.actor is None and trigger.type == "statement":
            continue  # a statement is someone's: no speaker, nothing to report
        if require_actor and args.actor is None and not (args.passive and args.target) \
                and not (args.group_actor and trigger.type != "statement"):
            log.debug("event %s at %d dropped: no actor", trigger.type, trigger.token.idx)
            continue
        built.append((trigger, _candidate(trigger, args, lex, quotes, index)))
        if hosting and args.actor is not None and index.type_of(args.target) in {"PER", "ORG"}:
            # "Le Caire a reçu une délégation de X": the host side of X's visit (actor the host)
            built.append((trigger, _candidate(replace(trigger, type="visit"), args, lex, quotes, index)))
    for trigger, cand in built:
        if trigger.token.i not in absorbed:
            candidates.append(cand)
    candidates.extend(quote_statements(doc, quotes, candidates, finder, index))
    starts = paragraph_starts(doc.text)
    for c in candidates:
        c.paragraph = bisect.bisect_right(starts, c.trigger.start) - 1
    events = []
    for n, c in enumerate(merge(candidates), start=1):
        events.append(Event(
            id=f"V{n}", type=c.type, cameo=lex.cameo.get(c.type), actor=c.actor, target=c.target,
            place=c.place, time=c.time, negated=c.negated, source=c.source, trigger=c.trigger,
            sentence=c.sentence, confidence=c.confidence, modality=c.modality,
            mentions=tuple(c.mentions)))
    return events


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of ``text`` starts (the pipeline's own cut, blank lines)."""
    starts, at = [], 0
    for piece in paragraphs(text):
        starts.append(at)
        at += len(piece)
    return starts


def _has_infinitive(verb: Token) -> bool:
    """Whether the verb takes an infinitive of what to do, on itself or, as the parser often hangs
    it, on its object ("a appelé les autorités à libérer": "libérer" under "autorités")."""
    words = list(verb.children)
    words += [g for c in verb.children if syn.dep(c) in syn.OBJECT for g in c.children
              if syn.dep(g) in {"acl", "xcomp"}]
    return any("Inf" in c.morph.get("VerbForm") for c in words)


def _received_thing(verb: Token, lex: EventLexicon, index: EntityIndex) -> bool:
    """Whether what a hosting verb receives is a thing ("une garantie", "payments"), not people:
    its objects are neither pronouns nor nouns for people (titles, groups, delegations). A
    "que" beside a noun object is the cleft's, not the object ("c'est ainsi que X a accueilli
    la décision")."""
    people = lex.group_actors | lex.delegations | index.person_titles
    objects = syn.objects(verb)
    if len(objects) > 1:
        objects = [o for o in objects if "Rel" not in o.morph.get("PronType")]
    return bool(objects) and not any(o.pos_ in {"PRON", "PROPN"} or o.lemma_.lower() in people
                                     or o.lower_ in people or _named(o) for o in objects)


def _named(noun: Token) -> bool:
    """A noun with a name set beside it, no preposition between ("son homologue Ali X"): someone."""
    return any(c.pos_ == "PROPN" and c.i > noun.i and not any(g.dep_ == "case" for g in c.children)
               for c in noun.children)


def _called_for(verb, lex: EventLexicon) -> bool:
    """A verb of calling with "à" + the noun of what is called for ("a appelé les camps à la
    retenue"): a demand without an infinitive."""
    if verb.lemma_.lower() not in lex.noun_call:
        return False
    recipient = lex.prepositions.get("recipient", ())
    # the parser hangs "à la retenue" on the verb or on its object ("les belligérants au calme")
    words = list(verb.children)
    words += [g for c in verb.children if syn.dep(c) in syn.OBJECT for g in c.children]
    return any(syn.dep(c) in {"obl", "obl:arg", "obl:mod", "nmod"} and c.pos_ == "NOUN"
               and syn.marker(c) in recipient for c in words)


def _planned(clause: Token, lex: EventLexicon) -> bool:
    """Whether a clause announces an act to come ("warned that police will no longer tolerate",
    "a averti que toute manifestation serait dispersée"): a future, an auxiliary of plan, or the
    conditional that reports a future from the past, on the clause's verb or its auxiliaries; a
    verb of possibility ("pourrait échouer") keeps the warning speech."""
    words = [clause, *(c for c in clause.children if syn.dep(c).startswith("aux"))]
    if any(lex.modal_governors.get(w.lemma_.lower()) == "possible" for w in words):
        return False
    return any(lex.tenses.get(t) == "planned" for w in words for t in w.morph.get("Tense")) \
        or any(m in lex.reported_future_moods for w in words for m in w.morph.get("Mood")) \
        or any(lex.modal_governors.get(w.lemma_.lower()) == "planned" for w in words[1:])


def _candidate(trigger: Trigger, args, lex: EventLexicon, quotes: list[Quote],
               index: EntityIndex) -> Candidate:
    token = trigger.token
    mod = modality(token, support=trigger.support, lex=lex)
    filled = sum(x is not None for x in (args.actor, args.target, args.place, args.time))
    base = 0.55 if trigger.kind == "verb" or trigger.support is not None else 0.45
    confidence = (base + 0.1 * filled + (0.05 if args.actor else 0)) * WEIGHT[mod]
    if args.actor is None and args.group_actor:
        confidence *= GROUP_ACTOR_WEIGHT
    confidence = round(min(1.0, confidence), 3)
    source = None if trigger.type == "statement" else asserted_by(token, quotes, index, lex)
    return Candidate(
        type=trigger.type, actor=args.actor, target=args.target, place=args.place, time=args.time,
        negated=is_negated(token, support=trigger.support, lex=lex), modality=mod, source=source,
        trigger=Span(token.idx, token.idx + len(token.text), token.text),
        sentence=sentence_of(token), confidence=confidence)
