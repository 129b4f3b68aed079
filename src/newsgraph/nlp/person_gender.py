"""Grammatical gender of the people an article names, from the words next to their mentions.

French marks it on the determiner or title before a name ("la ministre X", "le général X") or
in an apposition ("X, la porte-parole"); both languages mark it with honorifics ("Mme X",
"Mr X"); a common given name tells it too (``given_name_genders.tsv``). The evidence is weighed
in that order of trust:

1. honorifics ("Mme", "M.", "Mr", "Mrs"): the writer's own word on the person;
2. a known given name ("Nadia", "Mohammed"), which the article does not contradict by honorific;
3. a title or determiner: a feminine form ("la porte-parole", "la ministre") is never a generic,
   while a masculine one often is ("le porte-parole, Nadia X", "le ministre Leila X"), so one
   feminine form outweighs masculine ones; only a singular noun counts (an apposition the parse
   hung on "des Forces" says nothing of the person);
4. the model's guess on the bare proper noun, unreliable on foreign names, used only alone.

An entity with no evidence, or as much for each gender, has no gender (None), which is compatible
with every pronoun.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import lang
from newsgraph.nlp.speech_lexicon import SpeechLexicon

GENDERS = {"Masc": "masc", "Fem": "fem"}


@lru_cache(maxsize=None)
def given_names(code: str) -> dict[str, str]:
    """Given name (case-folded) -> "fem" or "masc", for language ``code``."""
    return {row[0].casefold(): row[1] for row in lang.table(code, "given_name_genders")
            if len(row) >= 2 and row[1] in ("fem", "masc")}


def token_gender(token: Token) -> str | None:
    """Gender the model gives a determiner or common noun (the noun's determiner first)."""
    for child in token.children:
        if child.dep_ == "det":
            g = child.morph.get("Gender")
            if g:
                return GENDERS.get(g[0])
    g = token.morph.get("Gender")
    return GENDERS.get(g[0]) if g and token.pos_ in ("NOUN", "DET") else None


def _singular_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and "Plur" not in token.morph.get("Number")


def honorific_evidence(doc: Doc, lex: SpeechLexicon, first: Token) -> str | None:
    """The gender of an honorific right before the mention ("Mme X", "Mr X")."""
    if first.i == 0:
        return None
    honor = lex.honorifics.get(doc[first.i - 1].lower_)
    return honor if honor in ("masc", "fem") else None


def mention_evidence(doc: Doc, lex: SpeechLexicon, first: Token, last: Token) -> list[str]:
    """Title and determiner votes for one mention spanning tokens first..last."""
    votes = []
    if first.i > 0 and honorific_evidence(doc, lex, first) is None:
        before = doc[first.i - 1]
        if _singular_noun(before) and before.head.i >= first.i - 1:
            g = token_gender(before)
            if g:
                votes.append(g)
    head = first
    for t in doc[first.i:last.i + 1]:
        if not (first.i <= t.head.i <= last.i) or t.head == t:
            head = t
    described = _describer(head.head, lex) if head.dep_ == "appos" else None
    if described is not None and _singular_noun(described):
        g = token_gender(described)
        if g:
            votes.append(g)
    for child in head.children:
        described = _describer(child, lex) if child.dep_ == "appos" else None
        if described is not None and _singular_noun(described):
            g = token_gender(described)
            if g:
                votes.append(g)
    return votes


#: How many nouns up a chain of complements a title may stand above the noun a name is apposed to.
MAX_COMPLEMENT_CHAIN = 4


def _describer(noun: Token, lex: SpeechLexicon) -> Token | None:
    """The noun that describes the person a name is apposed to: the noun itself ("sa femme, X"),
    or the title the parse hung it under when it is a complement of that title ("le procureur près
    la Cour de cassation, X": "procureur", not "cassation"). None for a complement that hangs under
    no title: it says nothing of the person."""
    node = noun
    for _ in range(MAX_COMPLEMENT_CHAIN):
        if node.lower_ in lex.role_words or node.lemma_.casefold() in lex.role_words:
            return node
        if node.dep_ not in ("nmod", "obl", "appos") or node.head is node:
            break
        node = node.head
    return None if any(child.dep_ == "case" for child in noun.children) else noun


def _given_name_gender(doc: Doc, first: Token, last: Token) -> str | None:
    """The gender of the mention's first word when it is a known given name and more follows."""
    if last.i <= first.i:
        return None
    return given_names(doc.lang_).get(first.text.casefold())


def entity_genders(doc: Doc, lex: SpeechLexicon, token_spans: dict[str, list[tuple[int, int]]]
                   ) -> dict[str, str | None]:
    """Gender of each entity (by id) from all its mentions, given as token index ranges."""
    out: dict[str, str | None] = {}
    for eid, spans in token_spans.items():
        honor, given, titles, weak = Counter(), Counter(), Counter(), Counter()
        for first, last in spans:
            a, b = doc[first], doc[last]
            honor.update(g for g in [honorific_evidence(doc, lex, a)] if g)
            given.update(g for g in [_given_name_gender(doc, a, b)] if g)
            titles.update(mention_evidence(doc, lex, a, b))
            weak.update(GENDERS.get(g) for g in a.morph.get("Gender") if a.pos_ == "PROPN")
        if titles["fem"]:  # a feminine title is never the generic masculine
            titles = Counter(fem=titles["fem"])
        out[eid] = None
        for votes in (honor, given, titles, weak):
            if votes["masc"] != votes["fem"]:
                out[eid] = "masc" if votes["masc"] > votes["fem"] else "fem"
                break
    return out


def compatible(pronoun_gender: str | None, entity_gender: str | None) -> bool:
    return pronoun_gender in (None, "any") or entity_gender is None or pronoun_gender == entity_gender
