"""Whether an event is denied: "ne s'est pas rendu", "n'a jamais rencontré", "a démenti avoir visité",
"did not meet", "never visited", "denied visiting", "aucune visite", "no talks", "sans rencontrer".

A negation particle may hang on an adverb of the verb ("n'a pas encore signé", "has not yet
signed"); a verb of ceasing negates its complement like a denial ("a cessé de financer",
"stopped funding"): the event no longer happens.

Negation is read on the trigger, on the verb that carries a noun trigger, and up the chain of verbs
that govern an infinitive ("n'a pas prévu de visiter"); a denial verb negates its complement.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp import event_syntax as syn
from newsgraph.nlp.event_lexicon import EventLexicon

#: Relations through which a governing verb's negation or denial reaches the event.
CONTROL = frozenset({"xcomp", "ccomp", "obj", "dobj", "pcomp"})


def _is_particle(token: Token, lex: EventLexicon) -> bool:
    return token.lower_ in lex.negation_particles or token.lemma_.lower() in lex.negation_particles


def _negated_here(token: Token, lex: EventLexicon) -> bool:
    for c in token.children:
        low = c.lower_
        if syn.dep(c) in {"advmod", "neg", "det", "advmod:neg"} and _is_particle(c, lex):
            return True
        if syn.dep(c) == "advmod" and c.pos_ == "ADV" and any(
                syn.dep(g) in {"advmod", "neg"} and _is_particle(g, lex) for g in c.children):
            return True  # "n'a pas encore signé": the particle hangs on the adverb it precedes
        if syn.dep(c) == "det" and (low in lex.negation_determiners
                                    or c.lemma_.lower() in lex.negation_determiners):
            return True
        if syn.dep(c) in {"mark", "case"} and low in lex.without:
            return True
    if syn.dep(token) == "pcomp" and token.head.lower_ in lex.without:
        return True
    return False


def _governors(token: Token, limit: int = 3):
    """The verbs above ``token`` through infinitive or object complements, nearest first."""
    t = token
    for _ in range(limit):
        if t.head.i == t.i or syn.dep(t) not in CONTROL and not (
                syn.dep(t) == "advcl" and "Inf" in t.morph.get("VerbForm")):
            return  # an infinitive the parse hung as an adverbial ("a échoué à douze reprises à élire")
        t = t.head
        yield t


def is_negated(trigger: Token, *, support: Token | None, lex: EventLexicon) -> bool:
    """True when the text says the event did not happen."""
    for t in (trigger, support):
        if t is None:
            continue
        if _negated_here(t, lex):
            return True
        for g in _governors(t):
            if g.lemma_.lower() in lex.denial_verbs:
                return not _negated_here(g, lex)
            if g.pos_ in {"VERB", "AUX"} and syn.dep(t) == "xcomp" and _negated_here(g, lex):
                return True
    return False
