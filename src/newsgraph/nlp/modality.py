"""Whether an event happened or is only planned, possible or hypothetical.

- asserted: the default.
- planned / possible: a governing verb ("prévoit de visiter", "pourrait rencontrer", "plans to meet"),
  a modal auxiliary ("will", "could"), the conditional mood or future tense of the trigger, a modifier
  of a noun trigger ("la visite prévue", "a possible strike"), a noun above it ("le projet de visite").
- hypothetical: a condition ("si X rencontrait Y", "if they attack").

Such events are kept and marked, never counted as having happened; their confidence is lower.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp import event_syntax as syn
from newsgraph.nlp.event_lexicon import EventLexicon

ASSERTED = "asserted"
#: How much a modality lowers an event's confidence.
WEIGHT = {"asserted": 1.0, "planned": 0.6, "possible": 0.5, "hypothetical": 0.4}


def _of_verb(verb: Token, lex: EventLexicon) -> str | None:
    for c in verb.children:
        d = syn.dep(c)
        if d in {"mark"} and c.lower_ in lex.conditions:
            return "hypothetical"
        if d.startswith("aux") and c.lemma_.lower() in lex.modal_governors:
            return lex.modal_governors[c.lemma_.lower()]
    for t in (verb, *(c for c in verb.children if syn.dep(c).startswith("aux"))):
        for mood in t.morph.get("Mood"):
            if mood in lex.moods:
                return lex.moods[mood]
        for tense in t.morph.get("Tense"):
            if tense in lex.tenses:
                return lex.tenses[tense]
    t = verb
    for _ in range(3):
        if t.head.i == t.i or syn.dep(t) not in {"xcomp", "conj"}:
            break
        t = t.head
        lemma = t.lemma_.lower()
        if syn.dep(verb) != "conj" and lemma in lex.modal_governors:
            return lex.modal_governors[lemma]
        inner = _of_verb(t, lex) if syn.dep(t) != "xcomp" else None
        if inner:
            return inner
    return None


def _of_noun(noun: Token, lex: EventLexicon) -> str | None:
    for c in noun.children:
        if syn.dep(c) in {"amod", "acl"} and c.lemma_.lower() in lex.modal_modifiers:
            return lex.modal_modifiers[c.lemma_.lower()]
        if syn.dep(c) in {"amod", "acl"} and c.lower_ in lex.modal_modifiers:
            return lex.modal_modifiers[c.lower_]
    head = noun.head
    if head.i != noun.i and head.pos_ == "NOUN" and head.lemma_.lower() in lex.modal_nouns:
        return lex.modal_nouns[head.lemma_.lower()]
    return None


def modality(trigger: Token, *, support: Token | None, lex: EventLexicon) -> str:
    """``asserted``, ``planned``, ``possible`` or ``hypothetical``.

    A noun trigger without a carrying verb presupposes its event ("la visite de X visait à ...") and
    takes only the modality of its own modifiers, not that of the clause around it.
    """
    if trigger.pos_ in {"NOUN", "PROPN"}:
        found = _of_noun(trigger, lex)
        if found is None and support is not None:
            found = _of_verb(support, lex)
        return found or ASSERTED
    return _of_verb(trigger, lex) or ASSERTED


def is_purpose(trigger: Token, *, lex: EventLexicon) -> bool:
    """True when the trigger's clause states an aim ("pour négocier", "pour qu'ils cessent de tirer")."""
    purpose = lex.prepositions.get("purpose", ())
    t = trigger
    for _ in range(3):
        d = syn.dep(t)
        if d in {"advcl", "acl"} and any(
                syn.dep(c) in {"mark", "aux"} and c.lower_ in purpose for c in t.children):
            return True
        if d not in {"xcomp", "conj"} or t.head.i == t.i:
            return False
        t = t.head
    return False
