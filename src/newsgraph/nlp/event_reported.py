"""Whether a trigger word reports an event of the article, before its arguments are looked for.

A trigger word is not an event the article reports when it is:

- a word of a name ("Conseil de coopération du Golfe", "Forces de soutien rapide", "World Food
  Programme"): the organisation is named, nothing cooperated or was supported;
- an event noun dating another ("après les pourparlers"), or the aim of a clause ("pour négocier");
- words of another that someone rejects ("a rejeté les accusations égyptiennes", "dismissed the
  demands"): the rejection is the event; the accusation was reported where it was made;
- what someone calls for ("a appelé le Conseil à imposer un embargo", "urged Congress to impose
  sanctions", "exige la libération de X"): the demand is the event, what it asks for has not
  happened.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp import event_syntax as syn
from newsgraph.nlp.event_entities import EntityIndex
from newsgraph.nlp.event_lexicon import EventLexicon
from newsgraph.nlp.modality import is_purpose
from newsgraph.nlp.triggers import Trigger

#: Relations through which what is called for hangs on the verb that calls for it: the infinitive
#: ("appeler X à imposer", the parser often hanging it on X), its object, a clause ("demande que").
DEMANDED = frozenset({"xcomp", "ccomp", "acl", "advcl", "obj", "dobj", "obl:arg", "iobj", "pcomp", "pobj",
                      "prep", "nmod"})
#: Event nouns that are someone's words: rejected, they are retold, not reported anew.
WORDS_OF_ANOTHER = frozenset({"accuse", "demand", "threaten", "statement"})
#: How many steps up the parse the verb of calling for may stand.
MAX_STEPS = 4


def not_reported(trigger: Trigger, lex: EventLexicon, index: EntityIndex) -> bool:
    """True when the trigger is no event the article reports (see the module's list)."""
    token = trigger.token
    if in_name(token, index):
        return True
    if trigger.kind == "noun" and trigger.support is None:
        prep = syn.marker(token)
        if prep in lex.prepositions.get("background", ()) and syn.dep(token) != "ROOT":
            return True
    if trigger.kind == "noun" and trigger.type in WORDS_OF_ANOTHER and _rejected(token, lex):
        return True
    if trigger.type != "demand" and demanded(trigger.support or token, lex):
        return True
    return is_purpose(trigger.support or token, lex=lex)


def _rejected(noun: Token, lex: EventLexicon) -> bool:
    """Whether ``noun`` is the object of a verb of rejecting (also when the parser hung it on a
    time noun: "a rejeté mercredi les accusations")."""
    return any(noun in syn.objects(v) and any(s.type == "reject" for s in lex.verbs.get(v.lemma_.lower(), ()))
               for v in (noun.head, noun.head.head) if v.pos_ == "VERB")


def in_name(token: Token, index: EntityIndex) -> bool:
    """Whether ``token`` is a word inside a name of several words the entities stage found."""
    eid = index.at(token)
    if eid is None:
        return False
    neighbours = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    return any(index.at(n) == eid for n in neighbours)


def demanded(token: Token, lex: EventLexicon) -> bool:
    """Whether ``token`` is in what a verb of calling for asks: the chain of complements above it
    reaches such a verb before any other finite verb."""
    t = token
    for _ in range(MAX_STEPS):
        if syn.dep(t) == "acl" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense"):
            return False  # "libérer les syndicalistes arrêtés": the arrest describes them, it happened
        head = t.head
        if head.i == t.i or syn.dep(t) not in DEMANDED:
            return False
        if head.pos_ == "VERB" and any(s.type == "demand" for s in lex.verbs.get(head.lemma_.lower(), ())):
            return True
        if head.pos_ in {"VERB", "AUX"} and "Fin" in head.morph.get("VerbForm"):
            return False
        t = head
    return False
