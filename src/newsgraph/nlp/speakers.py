"""Who said it: the speaker of a cue, as an entity id of the article, and who it was said to.

The speaker is the subject of the speech verb, written before it ("X a déclaré"), after it ("a
déclaré X", "said Smith") or as a clitic ("a-t-il déclaré"); or the noun phrase after an
attribution cue ("selon X"). That phrase is then resolved: a name is the entity whose mention
it is (directly or in apposition); a pronoun is resolved by ``pronouns``; a role or description
("l'ambassadeur iranien", "le ministre") is the most recently mentioned person who was given that
role in the article; an unnamed source ("une source informée") is marked anonymous.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.nlp import role_holders
from newsgraph.nlp.apposed_names import apposed_person, named_before_verb
from newsgraph.nlp.headline import body_start
from newsgraph.nlp.mention_index import MentionIndex
from newsgraph.nlp.speech_lexicon import SpeechLexicon
from newsgraph.nlp.speech_subjects import SubjectFinder, governed
from newsgraph.nlp.token_offsets import doc_text

#: Dependencies of a noun phrase's head that still name the same person ("X, ministre", "Mr X").
SAME_PERSON = ("appos", "flat", "flat:name", "compound", "nmod:poss")
#: Paragraphs (outlet banner, date line, headline) before which a line may still be a headline.
HEADLINE_PARAGRAPHS = 4


@dataclass(frozen=True)
class Attribution:
    """What the record says of a quote's source and audience."""

    speaker: str | None = None
    speaker_text: str | None = None
    anonymous: bool = False
    addressee: str | None = None
    addressee_text: str | None = None
    cue: str | None = None


def _np_end(doc: Doc, lex: SpeechLexicon, head: Token, hi: int, *, cut_addressee: bool = True) -> int:
    """End (exclusive token index) of the noun phrase headed by ``head``, cut before a comma, a
    relative clause or an addressee preposition that the parse may have attached to it."""
    end = min(head.right_edge.i + 1, hi) if hi > head.i else head.right_edge.i + 1
    for t in doc[head.i + 1:end]:
        if t.text == "," or "Rel" in t.morph.get("PronType") or \
                (cut_addressee and t.pos_ == "ADP" and t.lower_ in lex.addressee_markers):
            return t.i
    return end


class SpeakerResolver:
    """Resolves speakers in text order, remembering who spoke where (a strong pronoun antecedent)."""

    def __init__(self, doc: Doc, mentions: MentionIndex, lex: SpeechLexicon):
        self.doc, self.mentions, self.lex = doc, mentions, lex
        self.subjects = SubjectFinder(doc, mentions, lex)

    def for_verb(self, verb_i: int, window: tuple[int, int]) -> Attribution:
        verb = self.doc[verb_i]
        subject = self.subjects.find(verb, window)
        att = self._resolve(subject, verb_i) if subject is not None else Attribution()
        named = named_before_verb(self.doc, self.mentions, subject, verb) if subject is not None else None
        if named is not None and (att.speaker is None or self.mentions.type_of(att.speaker) != "PER"):
            att = Attribution(named[0], named[1])  # "Le chef de ..., ancien ..., Nabil X, a salué"
        to, to_text = self._addressee(verb, window, subject)
        return Attribution(att.speaker, att.speaker_text, att.anonymous, to, to_text, self._cue_text(verb))

    def for_phrase(self, phrase_i: int, source_i: int) -> Attribution:
        n = self.lex.cue_at(self.doc, phrase_i)
        att = self._resolve(self.doc[source_i], phrase_i, skip=n)
        return Attribution(att.speaker, att.speaker_text, att.anonymous, None, None,
                           self.doc[phrase_i:phrase_i + n].text)

    # -- what a noun phrase names -------------------------------------------------------------
    def _resolve(self, head: Token, at: int, *, skip: int = 0) -> Attribution:
        doc, lex, mentions = self.doc, self.lex, self.mentions
        end = _np_end(doc, lex, head, len(doc), cut_addressee=head.i > at)
        start = min(max(head.left_edge.i, at + skip) if skip else head.left_edge.i, head.i)
        text = (doc[start:end].text if end > start else head.text).strip()
        if lex.pronoun(head) is not None:
            eid, anonymous = mentions.antecedent(head, lex.pronoun(head))
            return Attribution(eid, head.text.lstrip("-"), anonymous)
        eid = mentions.entity_at(head.i, kinds=("PER", "ORG"))
        # A place that speaks is its government ("Téhéran a démenti"), and a bare surname the
        # model took for a place is still the speaker: the subject itself may be any entity.
        eid = eid or mentions.entity_at(head.i, kinds=("LOC", "MISC"))
        for child in head.children:
            if eid is None and child.dep_ in SAME_PERSON:
                eid = mentions.entity_at(child.i, kinds=("PER", "ORG"))
        eid = eid or apposed_person(doc, mentions, head, end)
        if eid is None and {head.lower_, head.lemma_.lower()} & lex.org_nouns:
            # "le mouvement d'opposition Al-Wefaq": the name of the organisation the noun heads,
            # whatever type the model gave it (it speaks, so it is no place)
            eid = next((e for c in head.children if c.i > head.i and c.pos_ == "PROPN" and not governed(c)
                        for e in [mentions.entity_at(c.i, kinds=("ORG", "LOC", "MISC"))] if e), None)
        if eid is None and head.pos_ == "PROPN":
            eid = mentions.by_name(head)
        full = doc[start:head.right_edge.i + 1].text
        if eid is None and self._unnamed(head):
            # "a police spokesman said": a role the article does not name is nobody named before
            # it, even when someone else was given that role ("union spokesman X")
            return Attribution(None, text, True)
        organisation = {head.lower_, head.lemma_.lower()} & lex.org_nouns
        if eid is None and head.pos_ == "NOUN" and self._role(head):
            # "le ministre omanais", "the Saudi minister": the person named with that qualifier
            eid = role_holders.holder(doc, mentions, doc[start:end], head, before=at)
        if eid is None and head.pos_ in ("NOUN", "PROPN") and not organisation:
            # an organisation noun ("the union said") is never a person's role, though a title
            # may use it as a modifier ("union spokesman X")
            eid = mentions.by_role(head, before=at) or \
                (mentions.by_role(head, before=at, forward=True) if self._headline(at) else None)
        if eid is None and head.pos_ == "NOUN":
            eid = mentions.by_org_noun(head, before=at)
        if eid is None and lex.is_anonymous(full):
            return Attribution(None, text, True)  # "un responsable du parti": unnamed, not the party
        if eid is None:
            for t in doc[start:end]:
                eid = eid or mentions.entity_at(t.i, kinds=("ORG",))
        return Attribution(eid, text, False)

    def _role(self, head: Token) -> bool:
        """A role word with a definite determiner ("le ministre", "the minister")."""
        return bool({head.lower_, head.lemma_.lower()} & self.lex.role_words) and any(
            "Def" in c.morph.get("Definite") and c.dep_ == "det" for c in head.children)

    def _unnamed(self, head: Token) -> bool:
        """A role with an indefinite article or a number ("a government spokesman", "deux
        conseillers"): someone the article does not name."""
        if head.pos_ != "NOUN" or not ({head.lower_, head.lemma_.lower()} & self.lex.role_words):
            return False
        return any(("Ind" in c.morph.get("Definite") and c.dep_ == "det") or c.dep_ == "nummod"
                   for c in head.children)

    def _headline(self, i: int) -> bool:
        """Whether token ``i`` is in a headline: one of the first paragraphs, with no final stop."""
        text, at = doc_text(self.doc), self.doc[i].idx
        lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        line = text[lo:hi if hi >= 0 else len(text)].rstrip()
        before = [p for p in text[body_start(self.doc):lo].split("\n") if p.strip()]  # in the body
        return len(before) < HEADLINE_PARAGRAPHS and not line.endswith((".", "!", "?", "…", ":"))

    # -- to whom ------------------------------------------------------------------------------
    def _addressee(self, verb: Token, window: tuple[int, int], subject: Token | None = None
                   ) -> tuple[str | None, str | None]:
        doc, lex = self.doc, self.lex
        lo, hi = max(window[0], verb.i + 1), max(window[1], verb.i + 1)
        if verb.lemma_.lower() in lex.addressee_objects:
            for c in verb.children:
                if c.dep_ in ("obj", "dobj", "iobj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") \
                        and c != subject:  # "prévient la CGT": an inverted subject, parsed as object
                    return self._audience(c, c.i, hi)
        for t in doc[lo:hi]:
            if t.pos_ != "ADP" or t.lower_ not in lex.addressee_markers:
                continue
            head = t.head if t.head.i > t.i else None
            if head is None or head.i >= hi or head.pos_ not in ("NOUN", "PROPN"):
                continue
            return self._audience(head, t.i + 1, hi)
        return None, None

    def _audience(self, head: Token, start: int, hi: int) -> tuple[str | None, str | None]:
        eid = self.mentions.entity_at(head.i, kinds=("PER", "ORG", "MISC", "LOC"))
        if eid is not None and self.mentions.type_of(eid) == "LOC":
            return None, None  # "a déclaré à Bagdad": a place, not an audience
        if eid is None and not {head.lower_, head.lemma_.lower()} & self.lex.audiences:
            return None, None  # neither an entity nor an audience: a time, a place, a topic
        end = _np_end(self.doc, self.lex, head, hi)
        return eid, self.doc[start:end].text

    def _cue_text(self, verb: Token) -> str:
        """The verb with its auxiliaries and clitics ("a-t-il déclaré", "has said")."""
        first = verb.i
        for c in verb.children:
            if c.i < verb.i and (c.dep_.startswith(("aux", "expl")) or c.text.startswith("-")) \
                    and verb.i - c.i <= 4 and not any(t.is_punct for t in self.doc[c.i + 1:verb.i]):
                first = min(first, c.i)  # not across a comma: "« Nous avons, a expliqué X, ... »"
        return self.doc[first:verb.i + 1].text
