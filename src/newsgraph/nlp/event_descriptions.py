"""Who a description stands for in an event: a title followed by a name in apposition ("le
commandant de la force, le général X"), a definite description that repeats a title ("le général
iranien" -> the last general named, with the same complement), a person given only by a title
("La ministre de l'Agriculture ... Elle"), and one unnamed person ("a Saudi official", "un
responsable américain"), who is a source the text leaves unnamed, never the country.

A mixin of ``event_entities.EntityIndex``: it reads the index's ``doc``, mentions and titles.
"""
from __future__ import annotations

import bisect
import unicodedata

from spacy.tokens import Token

from newsgraph.nlp.event_syntax import dep, is_subject

#: How far (in tokens) a name in apposition may follow the title it names.
APPOSITION_WINDOW = 14


def fold(text: str) -> str:
    """Accent-, case- and apostrophe-insensitive form of a word, for comparing names and titles."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


class Descriptions:
    """Resolution of titles and descriptions to the person they take up."""

    def _one_unnamed_person(self, token: Token) -> bool:
        """A singular person title under an indefinite article ("a Saudi official")."""
        return (token.lemma_.lower() in self.source_nouns or token.lower_ in self.source_nouns) \
            and any("Ind" in c.morph.get("Definite") and "Plur" not in c.morph.get("Number")
                    for c in token.children if dep(c) == "det")

    def unnamed_title_before(self, token: Token) -> bool:
        """Whether the previous sentence's subject is a person given only by a title ("La ministre de
        l'Agriculture se rendra jeudi ... Elle rencontrera"): the pronoun takes that person up, whom
        the article does not name, rather than the last named person, mentioned earlier."""
        if token.sent.start == 0:
            return False
        previous = self.doc[token.sent.start - 1].sent
        first = next((t for t in previous if is_subject(t)), None)  # the sentence's first subject
        if first is None or first.pos_ != "NOUN" or "Plur" in first.morph.get("Number"):
            return False
        if first.lemma_.lower() not in self.person_titles and first.lower_ not in self.person_titles:
            return False
        return not (self.at(first) or self._name_part(first, depth=3) or self._apposition(first)
                    or self._title_reference(first))

    def _apposition(self, token: Token) -> str | None:
        """A title followed, after a comma and before any verb, by a name: "le commandant ..., X"."""
        sent = token.sent
        seen_comma = False
        for t in self.doc[token.i + 1:min(sent.end, token.i + 1 + APPOSITION_WINDOW)]:
            if t.pos_ in {"VERB", "AUX"} or t.dep_ in {"cc"} or t.is_quote:
                return None
            if t.is_punct and t.text == ",":
                seen_comma = True
                continue
            eid = self.at(t)
            if eid and seen_comma and self.type_of(eid) == "PER":
                return eid
        return None

    def _title_reference(self, token: Token) -> str | None:
        """A definite description by title ("le général iranien"): the last person given that title;
        a plural ("les deux ministres") stands for several and takes up no one."""
        if "Plur" in token.morph.get("Number") or any(
                "Ind" in c.morph.get("Definite") for c in token.children if dep(c) == "det"):
            return None  # "a police spokesman": someone not named, not the spokesman named before
        if token.lemma_.lower() not in self.person_titles and token.lower_ not in self.person_titles:
            return None  # "the union": an organisation, though a title may use it ("union spokesman")
        words = {fold(token.lemma_), fold(token.text)}
        complement = self._complement(token) | self._qualifiers(token)
        i = bisect.bisect_left(self._keys, token.i) - 1
        while i >= 0:
            _, eid = self.mention_starts[i]
            if self.type_of(eid) == "PER" and words & self.title_words[eid] \
                    and complement <= self.title_words[eid]:
                return eid
            i -= 1
        return None

    def _qualifiers(self, token: Token) -> set[str]:
        """The other words of a title of several words the description spells ("Premier" of "le
        Premier ministre"): the person it takes up must hold that title, not another minister."""
        written = {fold(t.text) for t in token.lefts} | {fold(t.lemma_) for t in token.lefts}
        head = {fold(token.text), fold(token.lemma_)}
        out: set[str] = set()
        for title in self.compound_titles:
            if title & head and title - head and title - head <= written:
                out |= title - head
        return out

    def _complement(self, token: Token) -> set[str]:
        """Content words of the complement a description gives its title ("la ministre de
        l'Économie"): the person it takes up must have been given them, so the minister of
        Labour named before is not the minister of the Economy."""
        words = set()
        for c in token.children:
            if dep(c).startswith("nmod") and any(dep(g) == "case" for g in c.children):
                words |= {fold(t.lemma_) for t in c.subtree
                          if t.pos_ in {"NOUN", "PROPN", "ADJ"} and self.at(t) is None}
        return words
