"""Which entity a word of an event stands for: mentions, names in apposition, pronouns, titles.

The entities stage gives mentions as character offsets; an event argument is a token of the parse.
:class:`EntityIndex` joins the two and resolves the words an argument is often made of in news text:
the head of a name ("le général" + "Esmail Qaani"), a title followed by a name in apposition
("le commandant de la force, le général X"), a pronoun ("il", "sa visite"), a definite description
that repeats a title ("le général iranien" -> the last general named), and a nationality adjective
("un raid américain" -> the United States, when the article names it). Titles and descriptions
are resolved by the ``event_descriptions`` mixin.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.nlp.event_descriptions import Descriptions, fold
from newsgraph.nlp.event_lexicon import EventLexicon
from newsgraph import lang
from newsgraph.nlp.event_syntax import NAME_PARTS, PASSIVE_SUBJECT, dep, is_subject, prepositional
from newsgraph.records import Entity

#: How many words before a name may be its title ("le ministre algérien de l'Intérieur").
TITLE_WINDOW = 6


class EntityIndex(Descriptions):
    """The entities of one Doc, looked up by token."""

    def __init__(self, doc: Doc, entities: list[Entity], lex: EventLexicon):
        self.doc = doc
        self.lex = lex
        self.entities = {e.id: e for e in entities}
        self.by_token: dict[int, str] = {}
        starts: list[tuple[int, str]] = []
        for e in entities:
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                for t in span:
                    self.by_token.setdefault(t.i, e.id)
                starts.append((span.start, e.id))
        starts.sort()
        self.mention_starts = starts
        self._keys = [s for s, _ in starts]
        self.title_words = {eid: self._title_words(e, doc) for eid, e in self.entities.items()}
        self.names = {fold(n): e.id for e in entities
                      for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
        self.surnames = _surnames(entities)
        self.person_titles, self.source_nouns = _role_nouns(doc.lang_)
        self.compound_titles = _compound_titles(doc.lang_)

    def _title_words(self, entity: Entity, doc: Doc) -> set[str]:
        """Words of the entity's titles, and words just before its mentions ("le général X")."""
        words = {fold(w) for title in entity.titles for w in title.split()}
        for m in entity.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            # the title written just before the name, in its sentence: "le général X", "President X",
            # "le ministre algérien de l'Intérieur X" (articles and prepositions inside the title)
            i = span.start - 1
            of = self.lex.prepositions.get("of", ())
            while i >= max(span.sent.start, span.start - TITLE_WINDOW) and (
                    doc[i].pos_ in {"NOUN", "PROPN", "ADJ"}
                    or (doc[i].pos_ == "DET" and i > 0 and doc[i - 1].lower_ in of)
                    or (doc[i].pos_ == "ADP" and doc[i].lower_ in of)):
                if doc[i].pos_ in {"NOUN", "PROPN", "ADJ"}:
                    words.add(fold(doc[i].lemma_))
                    words.add(fold(doc[i].text))
                i -= 1
        return words

    def type_of(self, eid: str | None) -> str | None:
        return self.entities[eid].type if eid in self.entities else None

    def at(self, token: Token) -> str | None:
        return self.by_token.get(token.i)

    def by_name(self, text: str) -> str | None:
        """The entity written ``text``: one of its names, or the surname of exactly one person."""
        key = fold(text)
        return self.names.get(key) or self.surnames.get(key)

    def resolve(self, token: Token) -> str | None:
        """The entity ``token`` (the head of an argument) stands for, or None."""
        eid = self.at(token) or self._name_part(token, depth=3)
        if eid:
            return eid
        if token.pos_ in {"PROPN", "NOUN"} and token.text[:1].isupper() \
                and not any(dep(c) in NAME_PARTS for c in token.children):
            # a bare surname the entities stage did not mark ("Safadi did not visit Basra")
            eid = self.surnames.get(fold(token.text))
            if eid:
                return eid
        if _relative(token):
            return self.resolve(token.head.head)  # "les FDS, qui ont combattu": the antecedent
        low = token.lower_
        if low in self.lex.pronouns and is_subject(token):
            eid = self.organisation_before(token)
            if eid:
                return eid
        if low in self.lex.pronouns or low in self.lex.possessives:
            return self.nearest_person_before(token)
        if token.pos_ in {"NOUN", "PROPN"}:
            return self._apposition(token) or self._title_reference(token) or self._nationality(token) \
                or self._represented(token)
        return None

    def _represented(self, token: Token) -> str | None:
        """Whom a delegation stands for: the body of its "de X" ("une délégation du Hamas", "an
        envoy of the AU"), else the one who leads it ("une délégation conduite par X"): those who
        are sent act, and are received, for whoever sent or leads them."""
        if token.lemma_.lower() not in self.lex.delegations and token.lower_ not in self.lex.delegations:
            return None
        of, agent = self.lex.prepositions.get("of", ()), self.lex.prepositions.get("agent", ())
        led = [n for c in token.children if dep(c) == "acl" for p, n in prepositional(c) if p in agent]
        sender = [n for p, n in prepositional(token) if p in of]
        # a body named, then the leader named, then the country of a body named by its nationality
        # ("une délégation de l'armée soudanaise conduite par le général X" is X's, not Sudan's)
        found = (self.at(n) or self._name_part(n, depth=2) for n in sender + led)
        return next((e for e in found if e), None) or next(
            (e for e in map(self._nationality, sender) if e), None)

    def _nationality(self, token: Token) -> str | None:
        """A group named by its nationality ("la police éthiopienne", "Somali militants") stands for
        its country, when the article names that country; one unnamed person ("a Saudi official",
        "un responsable américain") is a source the text leaves unnamed, not the country."""
        if self._one_unnamed_person(token):
            return None
        for c in token.children:
            if dep(c) == "amod":
                eid = self.country(c)
                if eid:
                    return eid
        return None

    def _name_part(self, token: Token, *, depth: int) -> str | None:
        """A name written with ``token``: in apposition or flat under it ("le général X"), parsed as a
        bare modifier ("son homologue X": nmod or amod without preposition), or in apposition to its
        complement ("le ministre de l'Intérieur X", the name hung on "Intérieur")."""
        if depth == 0:
            return None
        for c in token.children:
            d = dep(c)
            bare = (d.startswith("nmod") or d == "amod") and c.pos_ == "PROPN" and not any(
                dep(g) == "case" for g in c.children)
            if d in NAME_PARTS or bare:
                eid = self.at(c) or self._name_part(c, depth=depth - 1)
                if eid:
                    return eid
            elif d.startswith("nmod") or d == "prep":
                for g in [*c.children, *(x for p in c.children for x in p.children)]:
                    if dep(g) in {"appos", "flat:name"} and g.pos_ == "PROPN":
                        eid = self.at(g)
                        if eid and self.type_of(eid) == "PER":
                            return eid
        return None

    def organisation_before(self, token: Token) -> str | None:
        """The organisation a subject pronoun takes up ("L'association rejette ce texte. Dans un
        communiqué, elle a estimé ..."): the previous sentence's first subject names it, and it is
        the last entity named before the pronoun (no person in between)."""
        if token.sent.start == 0:
            return None
        previous = self.doc[token.sent.start - 1].sent
        first = next((t for t in previous if is_subject(t)), None)
        eid = (self.at(first) or self._name_part(first, depth=2)) if first is not None else None
        i = bisect.bisect_left(self._keys, token.i) - 1
        if eid is None or self.type_of(eid) != "ORG" or i < 0 or self.mention_starts[i][1] != eid:
            return None
        return eid

    def nearest_person_before(self, token: Token) -> str | None:
        """The person a pronoun stands for: the nearest subject before it in its sentence that names a
        person (subjects are what a pronoun most often takes up), else the person mentioned last."""
        for t in reversed(self.doc[token.sent.start:token.i]):
            if (is_subject(t) or dep(t) in PASSIVE_SUBJECT) and t.pos_ in {"NOUN", "PROPN"}:
                eid = self.at(t) or self._name_part(t, depth=3) or self._title_reference(t)
                if eid and self.type_of(eid) == "PER":
                    return eid
                if eid is None and t.pos_ == "PROPN":
                    return None  # a name the entities stage did not give: none rather than a wrong one
        if self.unnamed_title_before(token):
            return None
        i = bisect.bisect_left(self._keys, token.i) - 1
        while i >= 0:
            start, eid = self.mention_starts[i]
            if self.type_of(eid) == "PER":
                return eid
            i -= 1
        return None

    def country(self, adjective: Token) -> str | None:
        """The entity a nationality adjective points to ("américain" -> États-Unis), when named."""
        keys = {fold(adjective.lemma_), *map(fold, self.lex.base_forms(adjective.text))}
        for lemma, names in self.lex.demonyms.items():
            if fold(lemma) in keys:
                for name in names:
                    eid = self.names.get(fold(name))
                    if eid:
                        return eid
        return None


def _surnames(entities: list[Entity]) -> dict[str, str]:
    """The last word of each person's name (and its part after a hyphen: "al-Sudani" -> "sudani")
    -> the person, for surnames that belong to exactly one person of the article."""
    owners: dict[str, set[str]] = {}
    for e in entities:
        if e.type != "PER":
            continue
        for name in (e.name, *e.aliases):
            words = name.split()
            if len(words) < 2:
                continue
            last = fold(words[-1])
            for key in {last, last.rsplit("-", 1)[-1]}:
                if len(key) > 2:
                    owners.setdefault(key, set()).add(e.id)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


@lru_cache(maxsize=None)
def _role_nouns(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """One-word person titles of a language, and the nouns of unnamed sources ("an official", "un
    responsable", "a diplomat"): read once per language, not once per document."""
    titles = frozenset(w for w in lang.words(code, "titles") if " " not in w)
    sources = titles | {w.split()[-1].lower() for w in lang.words(code, "anonymous_sources") if len(w.split()) > 1}
    return titles, frozenset(sources)


@lru_cache(maxsize=None)
def _compound_titles(code: str) -> tuple[frozenset[str], ...]:
    """The titles of several words of a language ("premier ministre"), each as its folded words."""
    return tuple(frozenset(fold(w) for w in t.split()) for t in lang.words(code, "titles") if " " in t)


def _relative(token: Token) -> bool:
    """A relative pronoun that is an argument of its relative clause ("qui", "que", "which"):
    it stands for the noun the clause hangs on."""
    rel = "Rel" in token.morph.get("PronType") or token.tag_ in {"WDT", "WP"}
    return rel and dep(token.head) in {"acl:relcl", "relcl"} and token.head.head.i != token.head.i
