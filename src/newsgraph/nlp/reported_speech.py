"""Indirect speech, read on the doc's dependency parse.

Two forms: a speech verb with a content clause ("X a déclaré que ...", "X estime que ...",
"she said the talks had failed"), whose content is the clause after the complementizer; and an
attribution phrase ("selon X, ...", "d'après X", "according to X"), whose content is the rest of
the sentence. The speaker is not decided here (see ``speakers``): this module gives the verb or
the noun phrase that names it.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.nlp.incises import coordinated_incise, speaks_itself, unmarked_clause
from newsgraph.nlp.event_lexicon import lexicon
from newsgraph.nlp.quote_parts import Pieces
from newsgraph.nlp.speech_lexicon import SpeechLexicon
from newsgraph.nlp.token_offsets import sentence_bounds

#: A content clause shorter than this many words is not reported speech ("il a dit que oui").
MIN_CONTENT_WORDS = 3
#: event types that are acts of speech: a participle of one after the content is the speaker's
SPEECH_ACTS = frozenset({"statement", "reject", "accuse", "demand"})
#: Heads of a noun phrase that modifiers point to ("Foreign Minister Zarif" -> Zarif).
NP_INNER = ("compound", "flat", "flat:name", "amod", "det")


@dataclass(frozen=True)
class Indirect(Pieces):
    """Reported speech: content ``parts`` (character ranges), and either the speech ``verb``
    (token index) or the attribution phrase at token ``phrase`` naming the source ``source``."""

    verb: int | None = None
    phrase: int | None = None
    source: int | None = None
    window: tuple[int, int] = (0, 0)


def _inside(i: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in ranges)


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Character range of tokens first..last without punctuation at either end."""
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in "»”\"":
        last -= 1
    if last < first:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


def content_clause(lex: SpeechLexicon, verb: Token) -> Token | None:
    """The clause a speech verb reports: a ccomp, or a clause opened by a complementizer.

    A clause opened by another subordinator ("demandé si", "asked whether") is a question, not a
    statement, and is not reported speech."""
    for child in verb.rights:
        marks = [g.lower_ for g in child.children if g.dep_ == "mark"]
        if any(m not in lex.complementizers for m in marks):
            continue
        if (child.dep_ == "ccomp" or marks) and not child.is_punct:
            return child  # the dependency is trusted over the tag (verbs get tagged ADV)
    for child in verb.rights:
        # "a affirmé dans un communiqué que ...": the parse may hang the clause on the noun
        # before it, as if the complementizer were a relative pronoun.
        if child.dep_.startswith(("obl", "prep", "npadvmod")):
            for noun in (child, *child.children):
                for clause in noun.rights:
                    first = clause.left_edge
                    if clause.dep_.startswith(("acl", "relcl")) and first.dep_ == "mark" \
                            and first.lower_ in lex.complementizers and first.head == clause:
                        return clause
    return None


def content_end(doc: Doc, verb: Token, clause: Token, lex: SpeechLexicon | None = None) -> int:
    """Last token of the content: the sentence's end (the parse often cuts an apposition or a
    complement off the clause), but before a second verb coordinated with the speech verb or an
    adverbial clause of it ("... que A, et a ajouté que B"; "said that A, rejecting B")."""
    lo, hi = sentence_bounds(doc, verb.i)
    last = hi - 1
    for child in verb.rights:
        if child.dep_ in ("conj", "advcl") and child.i > clause.i and child.left_edge.i > clause.i:
            last = min(last, child.left_edge.i - 1)
            for t in doc[clause.i:child.left_edge.i]:
                if t.dep_ == "cc" and t.head == child:
                    last = min(last, t.i - 1)
    for t in doc[clause.i:last]:
        nxt = doc[t.i + 1]
        if t.text == "," and nxt.head in (clause, verb) and "Part" in nxt.morph.get("VerbForm") \
                and "Pres" in nxt.morph.get("Tense") and _reporters_participle(nxt, verb, lex):
            # ", révélant ...", ", adding ...": the reporter describing the statement, not its content.
            last = t.i - 1
            break
        relative = doc[t.i + 2] if t.i + 2 < len(doc) else None
        if lex is not None and t.text == "," and nxt.lower_ in lex.resumptive and relative is not None and (
                "Rel" in relative.morph.get("PronType") or relative.lower_ in lex.complementizers):
            last = t.i - 1  # ", ce qu'Abou Dhabi dément": the reporter's comment on what was said
            break
    return max(last, clause.i)


def _reporters_participle(participle: Token, verb: Token, lex: SpeechLexicon | None) -> bool:
    """Whether a participle after the content is the reporter's ("said that A, adding that B"):
    one on the speech verb, or one that speaks itself, reports a clause or is an act of speech
    (rejecting, accusing, calling for: the speaker's stance). A participle of the
    content's verb saying what followed is content ("had fallen to a third, taking 5,000 MW off the
    grid", "ont chuté, privant l'Etat de ...")."""
    if lex is None or participle.head == verb:
        return True
    acts = {sense.type for sense in lexicon(participle.doc.lang_).verbs.get(participle.lemma_.lower(), ())}
    return lex.is_speech_verb(participle) or any(c.dep_ == "ccomp" for c in participle.children) \
        or bool(acts & SPEECH_ACTS)  # ", rejecting a proposal", ", accusant X de ..."


def find_by_verb(doc: Doc, lex: SpeechLexicon, quoted: list[tuple[int, int]],
                 used: set[int]) -> list[Indirect]:
    """Speech verbs with a content clause, outside quotations and not already cues of one."""
    out = []
    for verb in doc:
        if verb.i in used or not lex.is_speech_verb(verb) or _inside(verb.idx, quoted):
            continue
        clause = content_clause(lex, verb)
        if clause is None:
            found = fronted_content(doc, verb, lex=lex)
            if found is not None:
                out.append(found)
            continue
        first = clause.left_edge.i
        while first < clause.i and (doc[first].lower_ in lex.complementizers or doc[first].is_punct):
            first += 1
        last = content_end(doc, verb, clause, lex)
        words = [t for t in doc[first:last + 1] if not t.is_punct]
        span = _trim(doc, first, last)
        if span is None or len(words) < MIN_CONTENT_WORDS:
            continue
        out.append(Indirect(parts=(span,), verb=verb.i, window=(sentence_bounds(doc, verb.i)[0], first)))
    return out


def fronted_content(doc: Doc, verb: Token, *, lex: SpeechLexicon | None = None) -> Indirect | None:
    """Content put before its reporting clause ("The vote is delayed, the minister said."; "Le
    vote est reporté, a déclaré le ministre."): a clause governed by the speech verb that opens
    the sentence and ends at the comma before the reporting clause."""
    lo, hi = sentence_bounds(doc, verb.i)
    for child in verb.lefts:
        if child.dep_ not in ("ccomp", "parataxis") and not unmarked_clause(lex, child) or child.left_edge.i != lo:
            continue
        last = child.right_edge.i
        between = doc[last + 1:verb.i]
        if not any(t.text == "," for t in between):
            return None
        span = _trim(doc, lo, last)
        words = [t for t in doc[lo:last + 1] if not t.is_punct]
        if span is None or len(words) < MIN_CONTENT_WORDS:
            return None
        return Indirect(parts=(span,), verb=verb.i, window=(last + 1, hi))
    return _incise_content(doc, verb, lo, hi, lex)


def _incise_content(doc: Doc, verb: Token, lo: int, hi: int, lex: SpeechLexicon | None) -> Indirect | None:
    """The parse may hang the reporting clause under the content instead ("..., a-t-il reconnu"
    as an adverbial of the content's verb, or ", a annoncé l'agence" as its conjunct): the
    content is then the sentence around that incise."""
    inverted = lex is not None and coordinated_incise(lex, verb)
    if verb.dep_ not in ("parataxis", "advcl") and not inverted or verb.head.i > verb.i or not speaks_itself(verb):
        return None
    first, last = verb.left_edge.i, verb.right_edge.i
    commas = [t.i for t in doc[first:verb.i] if t.text == ","]
    if commas:  # "..., après le retrait de X, a annoncé Y": the parse hung content on the incise
        first = commas[-1]
    comma = first if doc[first].text == "," else first - 1
    if comma <= lo or doc[comma].text != "," or verb.head.left_edge.i != lo:
        return None
    first = comma + 1
    pieces = [_trim(doc, lo, comma - 1)]
    if last + 1 < hi - 1 and doc[last + 1].text == ",":
        pieces.append(_trim(doc, last + 2, hi - 1))
    parts = tuple(p for p in pieces if p is not None)
    words = [t for t in doc[lo:hi] if not t.is_punct and not first <= t.i <= last]
    if not parts or len(words) < MIN_CONTENT_WORDS:
        return None
    return Indirect(parts=parts, verb=verb.i, window=(first, last + 1))


def source_phrase(doc: Doc, at: int, length: int) -> Token | None:
    """Head of the noun phrase after an attribution cue ("selon le porte-parole du ministère")."""
    sent_end = sentence_bounds(doc, at)[1]
    for t in doc[at + length:sent_end]:
        if t.is_punct:
            return None
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            while t.dep_ in NP_INNER and t.head.i > t.i and t.head.i < sent_end:
                t = t.head
            return t
    return None


def _source_end(doc: Doc, source: Token, last: int) -> int:
    """Last token of the source's noun phrase: the parse may run it on past its comma into the
    content ("Selon l'Observatoire (OSDH), neuf soldats ont été tués"); the phrase stops at the
    comma, or at the next one when the words between have no finite verb (an apposition:
    "selon Jean Dupont, ministre de l'Intérieur, la ville ...")."""
    commas = [t.i for t in doc[source.i:last + 1] if t.text == ","]
    closing = last + 1 if last + 1 < len(doc) and doc[last + 1].text == "," else None
    for k, comma in enumerate(commas):
        nxt = commas[k + 1] if k + 1 < len(commas) else closing
        between = doc[comma + 1:nxt if nxt is not None else last + 1]
        if nxt is None or any("Fin" in t.morph.get("VerbForm") for t in between):
            return comma - 1
    return last


def find_by_phrase(doc: Doc, lex: SpeechLexicon, quoted: list[tuple[int, int]]) -> list[Indirect]:
    """Attribution phrases: the sentence, less the phrase and its source, is the content."""
    out = []
    i = 0
    while i < len(doc):
        n = lex.cue_at(doc, i)
        if not n or _inside(doc[i].idx, quoted):
            i += 1
            continue
        source = source_phrase(doc, i, n)
        if source is None:
            i += n
            continue
        lo, hi = sentence_bounds(doc, i)
        np_end = _source_end(doc, source, min(max(source.right_edge.i, source.i), hi - 1))
        while np_end + 1 < hi and not doc[np_end + 1].is_punct and doc[np_end + 1].head.i <= np_end:
            np_end += 1
        pieces = [_trim(doc, lo, i - 1) if i > lo else None,
                  _trim(doc, np_end + 1, hi - 1) if np_end + 1 < hi else None]
        parts = tuple(p for p in pieces if p is not None)
        words = [t for t in doc[lo:hi] if not t.is_punct and (t.i < i or t.i > np_end)]
        if parts and len(words) >= MIN_CONTENT_WORDS and not any(_inside(s, quoted) for s, _ in parts):
            out.append(Indirect(parts=parts, phrase=i, source=source.i, window=(i, np_end + 1)))
        i = np_end + 1
    return out
