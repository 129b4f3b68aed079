"""Event triggers: the verbs and nouns of the lexicon, and the support verbs that carry a noun.

A trigger is a verb ("a rencontré", "assassinated"), a noun ("la visite de X", "the raid"), or a
noun carried by a support verb ("effectuer une visite", "held talks") or by a verb that announces or
orders it ("a annoncé la nomination de X"). In the last two cases one event comes out, typed by the
noun, whose actor, time, negation and modality may come from the verb.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.nlp.event_lexicon import EventLexicon
from newsgraph.nlp.event_syntax import OBJECT, PASSIVE_SUBJECT, dep, objects


@dataclass(frozen=True)
class Trigger:
    """One trigger word: ``token`` names the event, ``support`` is the verb that carries a noun."""

    token: Token
    type: str
    kind: str  # "verb" | "noun"
    support: Token | None = None
    #: the support verb reports or decides the event ("a annoncé la nomination") rather than doing it
    announced: bool = False


def has_reflexive(verb: Token, lex: EventLexicon) -> bool:
    return any(c.lower_ in lex.reflexive and c.pos_ == "PRON" for c in verb.children)


def verb_sense(verb: Token, lex: EventLexicon) -> str | None:
    """The event type of a verb, honouring reflexive-only senses ("se rendre" vs "rendre") and
    senses that need a particle ("step down")."""
    senses = lex.verbs.get(verb.lemma_.lower(), ())
    if not senses:
        return "appoint" if _mandated(verb, lex) else None
    particles = lex.particle_only.get(verb.lemma_.lower())
    if particles and not any(dep(c) in {"prt", "compound:prt", "advmod"} and c.lower_ in particles
                             for c in verb.children):
        return None  # "steps up" is no resignation, "stepped down" is
    reflexive = has_reflexive(verb, lex)
    sense = next((s.type for s in senses if s.reflexive and reflexive), None) \
        or next((s.type for s in senses if not s.reflexive), None)
    if sense == "kill" and _machine_patient(verb, lex):
        return "attack"  # "a abattu un drone", "shot down a plane": a machine is hit, no one killed
    return sense


def _mandated(verb: Token, lex: EventLexicon) -> bool:
    """Whether a verb of entrusting gives someone an office's task ("a chargé X de former un
    gouvernement", "tasked X with forming a government"): the task's verb hangs on the verb, on its
    object or on its preposition, as the parser reads it."""
    tasks = lex.mandates.get(verb.lemma_.lower())
    if not tasks or not objects(verb):
        return False
    near = list(verb.children) + [g for c in verb.children if dep(c) in OBJECT or c.pos_ == "ADP"
                                  for g in c.children]
    return any(w.pos_ == "VERB" and w.lemma_.lower() in tasks for w in near)


def _machine_patient(verb: Token, lex: EventLexicon) -> bool:
    """Whether what the verb is done to is a machine: its object, the subject of its passive, or
    the noun its participle describes ("le drone abattu")."""
    patients = objects(verb) + [c for c in verb.children if dep(c) in PASSIVE_SUBJECT]
    if dep(verb) in {"acl", "amod"} and verb.head.i != verb.i:
        patients.append(verb.head)
    return any(p.lemma_.lower() in lex.machines or p.lower_ in lex.machines for p in patients)


def noun_type(token: Token, lex: EventLexicon) -> str | None:
    """The event type of a noun; a lexicon entry of several words ("hunger strike", "grève de la
    faim") wins over its head word alone."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    doc = token.doc
    for lo, hi in ((token.i - 1, token.i + 1), (token.i, token.i + 4), (token.i, token.i + 3),
                   (token.i - 2, token.i + 1)):
        if 0 <= lo and hi <= len(doc) and hi - lo > 1:
            words = " ".join(t.lemma_.lower() for t in doc[lo:hi])
            if words in lex.nouns:
                return lex.nouns[words]
            words = doc[lo:hi].text.lower()
            if words in lex.nouns:
                return lex.nouns[words]
    return lex.nouns.get(token.lemma_.lower()) or lex.nouns.get(token.lower_)


def _joining(noun: Token, lex: EventLexicon) -> Token | None:
    """The verb of taking part whose complement is ``noun`` ("participé aux frappes", "took part in
    the strikes"), or None. The complement hangs on the verb or, in English, on its preposition, and
    a verb written with its object noun ("take part") is matched with that object; one that takes the
    event as its object ("attended the summit") is matched too."""
    head = noun.head
    if head.pos_ == "ADP":
        head = head.head
    if head.i == noun.i:
        return None
    if not any(dep(c) == "case" for c in noun.children) and noun.head.pos_ != "ADP":
        # a verb of taking part that takes its event as object ("attended the summit")
        direct = dep(noun) in OBJECT and head.pos_ == "VERB" and head.lemma_.lower() in lex.joining_verbs
        return head if direct else None
    if head.pos_ in {"VERB", "AUX"}:
        lemma = head.lemma_.lower()
        written = {f"{lemma} {c.lemma_.lower()}" for c in head.children if dep(c) in OBJECT}
        if lemma in lex.joining_verbs or written & lex.joining_verbs:
            return head
    verb = head.head
    if head.pos_ == "NOUN" and verb.i != head.i and verb.pos_ == "VERB" \
            and f"{verb.lemma_.lower()} {head.lemma_.lower()}" in lex.joining_verbs:
        return verb
    return None


def _carrier(noun: Token, lex: EventLexicon) -> Token | None:
    """The support or announcing verb whose object is ``noun`` ("effectuer" in "effectuer une visite"),
    or the verb of taking part whose complement it is."""
    joining = _joining(noun, lex)
    if joining is not None:
        return joining
    head, relation = noun.head, dep(noun)
    if relation == "nmod" and head.head.i != head.i and not any(dep(c) == "case" for c in noun.children) \
            and dep(head) in OBJECT | {"obl:arg", "obl:mod", "obl"}:
        # a noun with no preposition hung on another complement of the verb is the verb's misread
        # object ("a accordé lundi au Liban un prêt": "prêt" under "Liban")
        head, relation = head.head, "obj"
    if head.i == noun.i or relation not in OBJECT | {"nsubj:pass", "nsubjpass", "obl:arg"}:
        return None
    lemma = head.lemma_.lower()
    if lemma in lex.support_verbs or lemma in lex.announcing_verbs:
        return head
    return None


def find_triggers(doc: Doc, lex: EventLexicon) -> list[Trigger]:
    """Every trigger of ``doc``, in text order; a verb that only carries a noun is not one itself."""
    out: list[Trigger] = []
    carriers: set[int] = set()
    for token in doc:
        etype = noun_type(token, lex)
        if etype is None:
            continue
        carrier = _carrier(token, lex)
        if carrier is not None:
            carriers.add(carrier.i)
        announced = carrier is not None and carrier.lemma_.lower() not in lex.support_verbs
        out.append(Trigger(token, etype, "noun", carrier, announced))
    for token in doc:
        if token.pos_ != "VERB" or token.i in carriers:
            continue
        etype = verb_sense(token, lex)
        if etype is not None:
            out.append(Trigger(token, etype, "verb"))
    out.sort(key=lambda t: t.token.i)
    return out
