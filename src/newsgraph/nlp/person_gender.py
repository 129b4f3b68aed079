"""Grammatical gender of the people an article names, from the words next to their mentions.

French marks it on the determiner or title before a name ("la ministre X", "le général X") or
in an apposition ("X, la porte-parole"); both languages mark it with honorifics ("Mme X",
"Mr X"). The model's own guess on a bare proper noun is unreliable on foreign names, so it
counts only when the words around say nothing. An entity with no evidence, or with as much for each gender, has no gender (None), which
is compatible with every pronoun.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from newsgraph.nlp.speech_lexicon import SpeechLexicon

GENDERS = {"Masc": "masc", "Fem": "fem"}


def token_gender(token: Token) -> str | None:
    """Gender the model gives a determiner or common noun (the noun's determiner first)."""
    for child in token.children:
        if child.dep_ == "det":
            g = child.morph.get("Gender")
            if g:
                return GENDERS.get(g[0])
    g = token.morph.get("Gender")
    return GENDERS.get(g[0]) if g and token.pos_ in ("NOUN", "DET") else None


def mention_evidence(doc: Doc, lex: SpeechLexicon, first: Token, last: Token) -> list[str]:
    """Gender votes for one mention spanning tokens first..last."""
    votes = []
    if first.i > 0:
        before = doc[first.i - 1]
        honor = lex.honorifics.get(before.lower_)
        if honor in ("masc", "fem"):
            votes.append(honor)
        elif before.pos_ == "NOUN" and before.head.i >= first.i - 1:
            g = token_gender(before)
            if g:
                votes.append(g)
    head = first
    for t in doc[first.i:last.i + 1]:
        if not (first.i <= t.head.i <= last.i) or t.head == t:
            head = t
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        g = token_gender(head.head)
        if g:
            votes.append(g)
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            g = token_gender(child)
            if g:
                votes.append(g)
    return votes


def entity_genders(doc: Doc, lex: SpeechLexicon, token_spans: dict[str, list[tuple[int, int]]]
                   ) -> dict[str, str | None]:
    """Gender of each entity (by id) from all its mentions, given as token index ranges."""
    out: dict[str, str | None] = {}
    for eid, spans in token_spans.items():
        votes, weak = Counter(), Counter()
        for first, last in spans:
            votes.update(mention_evidence(doc, lex, doc[first], doc[last]))
            weak.update(GENDERS.get(g) for g in doc[first].morph.get("Gender") if doc[first].pos_ == "PROPN")
        if not votes:
            votes = weak  # the model's guess on the name itself: used only when nothing else tells
        if votes["masc"] != votes["fem"]:
            out[eid] = "masc" if votes["masc"] > votes["fem"] else "fem"
        else:
            out[eid] = None
    return out


def compatible(pronoun_gender: str | None, entity_gender: str | None) -> bool:
    return pronoun_gender in (None, "any") or entity_gender is None or pronoun_gender == entity_gender
