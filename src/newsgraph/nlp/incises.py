"""Reporting incises ("..., a annoncé X") and what the parser may make of them.

An incise is a finite verb of its own after a comma (``speaks_itself``). The parser may hang the
content under it as an adverbial clause ("Le roi a accordé ..., a annoncé l'agence": the content
an ``advcl`` with its own subject and no subordinator, ``unmarked_clause``), or read the incise
as a second verb of the content's subject (``coordinated_incise``):

"Le roi a accordé sa grâce à 600 détenus, a annoncé l'agence officielle BNA." may be parsed as
two coordinated verbs ("a accordé ..., a annoncé l'agence"), the agency as the object of the
second. It is an incise when the speech verb follows a comma with no conjunction, has no subject
of its own before it, and what follows it is a source: a name or a definite organisation or role
noun ("l'agence", "le ministère", "the spokesman"), ending the sentence. "Il a gracié 200
détenus, a annoncé un plan" (a second act of the same subject) is not one.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.speech_lexicon import SpeechLexicon


def coordinated_incise(lex: SpeechLexicon, verb: Token) -> bool:
    """Whether ``verb`` (a speech verb parsed as ``conj`` of the content) is an inverted incise."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("cc", "mark", "ccomp") or (c.dep_.startswith("nsubj") and c.i < verb.i) for c in kids):
        return False
    first = min([c.i for c in kids if c.i < verb.i and c.dep_.startswith("aux")] + [verb.i])
    doc = verb.doc
    if first == 0 or doc[first - 1].text != ",":
        return False
    return inverted_source(lex, verb)


def inverted_source(lex: SpeechLexicon, verb: Token) -> bool:
    """Whether what follows the verb, to the end of its sentence, is its source: a name or a
    definite organisation or role noun ("a annoncé l'agence officielle X"), not a thing announced."""
    kids, doc = list(verb.children), verb.doc
    source = next((c for c in kids if c.i > verb.i and c.dep_ in ("obj", "dobj", "nsubj", "nsubj:pass")), None)
    if source is None:
        return False
    words = {source.lower_, source.lemma_.lower()}
    definite = any("Def" in c.morph.get("Definite") for c in source.children if c.dep_ == "det")
    if source.pos_ != "PROPN" and not (definite and words & (lex.org_nouns | lex.role_words)):
        return False
    rest = doc[source.right_edge.i + 1:verb.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def speaks_itself(verb: Token) -> bool:
    """Whether a verb after a comma can be an incise: a finite verb, a compound tense or one with
    its own subject ("a-t-il reconnu", "said"), whose subject is not a relative pronoun ("...,
    qui demandait le départ": a text, not a speaker) and with no subordinator ("sans préciser",
    "en ajoutant"); a bare participle ("les pertes, estimées à ...") describes a noun."""
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    finite = "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
    return (finite or bool(subjects)) and not any("Rel" in c.morph.get("PronType") for c in subjects) \
        and not any(c.dep_ == "mark" for c in verb.children)


def unmarked_clause(lex: SpeechLexicon | None, clause: Token) -> bool:
    """An adverbial clause that is a content put first: it has its own subject and no
    subordinator ("quand", "si", "after"), and its speech verb is followed by its source, so
    nothing makes it adverbial but the parse ("Le roi a accordé ..., a annoncé l'agence X")."""
    kids = list(clause.children)
    return lex is not None and clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") \
        and any(c.dep_.startswith("nsubj") for c in kids) and not any(c.dep_ == "mark" for c in kids) \
        and inverted_source(lex, clause.head)
