"""Past or future: the tense of the verb that governs a time expression.

A bare weekday or a year-less date ("lundi", "le 3 mars") is resolved against the
publication date, and which side of it depends on the verb: "a déclaré lundi" is the
Monday before, "se rendra lundi" the Monday after. We read spaCy's morphology:

- ``Tense=Fut`` (futur simple) is the future;
- ``Tense=Past``/``Tense=Imp`` (passé simple, imparfait, participle of a compound past)
  is the past, unless an auxiliary of the participle is itself future ("aura signé");
- an infinitive governed by a verb of ``future_governors`` ("va se rendre", "will visit",
  "devrait signer") is the future, unless that governor is in a past tense;
- a simple conditional, or a passive built on one, is the future seen from the past of reported
  speech (one the tagger reads as an imparfait is known by its ending, ``conditional_endings``) ("a précisé qu'une médiation serait proposée vendredi", "porteraient"); a compound
  conditional ("aurait signé lundi") is the past it reports;
- an infinitive governed by a verb of ``prospective_verbs`` (a call, a promise, a plan: "a appelé
  le Parlement à voter avant fin octobre") and a bare participle of such a verb on a noun ("une
  réunion prévue en juin") are the future, whatever the governor's tense: what is called for or
  planned comes after the call;
- a deadline ("avant", "d'ici", "by") on a verb of saying or mentioning ("a évoqué une décision
  avant le 1er juillet") is part of what was said, not when: no direction (the nearest date);
- a present tense, or no verb at all, gives ``None``: the caller decides the default.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.nlp.time_lexicon import TimeLexicon, key
from newsgraph.nlp.token_offsets import doc_text

PAST, FUTURE = "past", "future"

#: How far up the dependency tree we look for the governing verb.
MAX_HOPS = 4


def governing_verb(span: Span) -> Token | None:
    """The nearest verb or auxiliary above ``span`` (its own root when that is a verb)."""
    token = span.root
    for _ in range(MAX_HOPS):
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            return token
        copulas = [c for c in token.children if c.dep_ == "cop"]
        if copulas and token.i not in range(span.start, span.end):
            return copulas[0]  # "qui est aujourd'hui le successeur": the copula carries the tense
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def direction(span: Span, lex: TimeLexicon) -> str | None:
    """``"past"``, ``"future"`` or ``None`` (present tense, or no verb found) for ``span``."""
    verb = governing_verb(span)
    if verb is not None and verb.lemma_ in lex.saying_verbs and _is_deadline(span, lex):
        return None
    for _ in range(MAX_HOPS):
        if verb is None:
            return None
        found = _tense_of(verb, lex)
        if found != "climb":
            return found
        verb = verb.head if verb.head.i != verb.i else None
    return None


def _tense_of(verb: Token, lex: TimeLexicon) -> str | None:
    """The direction one verb gives, or ``"climb"`` when its governor decides (an infinitive)."""
    tense = verb.morph.get("Tense")
    form = verb.morph.get("VerbForm")
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if any(a.lemma_ in lex.future_governors for a in auxes):
        return FUTURE  # "will visit"
    if any("Fut" in a.morph.get("Tense") for a in auxes):
        return FUTURE  # "aura signé", "sera reçu"
    if "Fut" in tense:
        return FUTURE
    if _simple_conditional(verb, auxes):
        return FUTURE
    if "Part" in form and not auxes and verb.dep_.startswith("acl") and verb.lemma_ in lex.prospective_verbs:
        return FUTURE  # "une réunion prévue en juin", "talks scheduled for June"
    if "Imp" in tense and not auxes and _misread_conditional(verb, lex):
        return FUTURE  # "reprendrait" tagged as an imparfait
    if "Past" in tense or "Imp" in tense:
        return PAST
    if "Inf" in form:
        head = verb.head
        if head.i == verb.i:
            return None
        if any(c.dep_ == "mark" and key(c.text) in lex.purpose_markers for c in verb.children):
            return FUTURE  # "manquait de fonds pour payer ses salaires en mars", "in order to pay"
        if head.lemma_ in lex.prospective_verbs:
            return FUTURE  # "a appelé le Parlement à voter", "urged them to vote"
        if head.lemma_ in lex.future_governors and not ({"Past", "Imp"} & set(head.morph.get("Tense"))):
            return FUTURE  # "va se rendre", "devrait signer"
        return "climb"
    if "Pres" in tense and any("Part" in a.morph.get("VerbForm") for a in auxes):
        return PAST
    if "Pres" in tense and lex.future_endings and verb.lower_.endswith(lex.future_endings):
        return FUTURE  # a futur simple the tagger read as present ("reviendrai")
    return None


def _is_deadline(span: Span, lex: TimeLexicon) -> bool:
    """True when a deadline word ends the text just before ``span`` (a determiner may come between)."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 0:
        return False
    before = doc_text(doc)[max(0, doc[i].idx + len(doc[i]) - 40):doc[i].idx + len(doc[i])]
    tail = " ".join(before.lower().replace("’", "'").split())
    return any(tail == w or tail.endswith(" " + w) for w in lex.deadline_words)


def _simple_conditional(verb: Token, auxes: list[Token]) -> bool:
    """A conditional that is not a compound past: the verb itself, or the auxiliary of its passive."""
    if any(a.dep_ == "aux:tense" for a in auxes):
        return False  # "aurait signé": a past, reported
    if "Cnd" in verb.morph.get("Mood") and "Past" not in verb.morph.get("Tense"):
        return True
    return any(a.dep_ == "aux:pass" and "Cnd" in a.morph.get("Mood") for a in auxes)


def _misread_conditional(verb: Token, lex: TimeLexicon) -> bool:
    """A conditional the tagger read as an imparfait: a conditional ending on a stem that is not
    the imparfait's (the infinitive less its ending: "déclar-ait" of "déclarer", "ouvr-ait" of
    "ouvrir"), so "reprendr-ait" and "déclarer-ait" are conditionals."""
    word, lemma = verb.lower_, verb.lemma_.casefold()
    for ending in lex.conditional_endings:
        if word.endswith(ending):
            stem = word[:len(word) - len(ending) + 1]  # the r of the ending belongs to the stem
            return stem != lemma[:-2]
    return False


def is_stative_present(span: Span, lex: TimeLexicon) -> bool:
    """True when ``span`` modifies a stative verb or copula in the present ("qui est aujourd'hui")."""
    verb = governing_verb(span)
    if verb is None:
        return False
    if "Pres" not in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood"):
        return False
    if verb.lemma_ in lex.stative_verbs and not verb.dep_.startswith("aux"):
        return True
    return any(c.dep_ == "cop" and c.lemma_ in lex.stative_verbs for c in verb.children)
