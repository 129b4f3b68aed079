"""Who asserts an event, and the statements that quotes make: the events stage's reading of speech.

An event inside a quote, or in the complement of a verb of saying, is asserted by the speaker, not
by the outlet (``asserted_by``); a verb of saying that cues a quote has that quote's speaker
(``cue_speaker``); an attributed quote whose speech act no trigger gave is a statement of its own
(``quote_statements``). ``sentence_of`` gives the sentence span every event record carries.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.nlp import event_syntax as syn
from newsgraph.nlp.event_arguments import ArgumentFinder
from newsgraph.nlp.event_entities import EntityIndex, fold
from newsgraph.nlp.event_lexicon import EventLexicon
from newsgraph.nlp.event_merge import Candidate
from newsgraph.records import Quote, Span

#: Event types that are acts of speech of their own: a quote in their sentence is their words, not
#: another statement.
SPOKEN_ACTS = frozenset({"demand", "accuse", "reject", "threaten"})


def sentence_of(token: Token) -> Span:
    """The sentence of ``token`` without its surrounding white space (the pipeline parses paragraph by
    paragraph, so a sentence never runs over a blank line)."""
    sent, text = token.sent, token.doc.text
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def asserted_by(token: Token, quotes: list[Quote], index: EntityIndex, lex: EventLexicon) -> str | None:
    """Who asserts the event: the speaker of the quote around it, or the subject of the verb of
    saying whose complement holds it; None when the outlet itself asserts it."""
    for q in quotes:
        spans = q.parts or (q,)
        if any(p.start <= token.idx < p.end for p in spans) and q.speaker:
            return q.speaker
    t = token
    while t.head.i != t.i:
        if syn.dep(t) in {"ccomp", "parataxis"} and lex.is_speech(t.head.lemma_.lower()):
            return index.resolve(syn.subjects(t.head)[0]) if syn.subjects(t.head) else None
        t = t.head
    return None


def cue_speaker(verb: Token, quotes: list[Quote], index: EntityIndex) -> str | None:
    """The speaker of a quote whose cue is this verb of saying (in its sentence or next to it)."""
    sent = verb.sent
    for q in quotes:
        speaker = _speaker(q, index)
        if not speaker or not q.cue:
            continue
        near = sent.start_char - 2 <= q.end and q.start <= sent.end_char + 2
        if near and fold(verb.text) in fold(q.cue).split():
            return speaker
    return None


def _speaker(q: Quote, index: EntityIndex) -> str | None:
    """The quote's speaker, or the person its speaker's words name when the quotes stage left it
    unresolved (a bare surname: "Safadi told reporters")."""
    return q.speaker or (index.by_name(q.speaker_text) if q.speaker_text else None)


def quote_statements(doc: Doc, quotes: list[Quote], have: list[Candidate],
                      finder: ArgumentFinder, index: EntityIndex) -> list[Candidate]:
    """A statement for each attributed quote whose speech act no trigger already gave (no statement
    by its speaker at its cue or in its sentences, no other event on the cue's verb, no demand or
    accusation of the speaker around the quote), at the time attached to its cue."""
    said = [c for c in have if c.type == "statement"]
    out = []
    for q in quotes:
        speaker = _speaker(q, index)
        if not speaker or (_credit_cue(q, finder.lex) and index.type_of(speaker) != "PER"):
            continue
        cue = _find_cue(doc.text, q)
        lo, hi = min(q.start, cue.start), max(q.end, cue.end)
        if any(c.actor == speaker and c.sentence.start <= hi and lo <= c.sentence.end for c in said):
            continue
        if cue.text and any(c.trigger.start < cue.end and cue.start < c.trigger.end for c in have):
            continue  # the cue is already a more specific act ("a accusé X de « ... »"), whoever it names
        if any(c.actor == speaker and c.type in SPOKEN_ACTS and c.sentence.start <= q.start
               and q.end <= c.sentence.end for c in have):
            continue  # the words of a demand or an accusation ("a appelé X à soutenir « ... »")
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        sentence = sentence_of(span[0]) if span is not None and len(span) else Span(q.start, q.end)
        cue_span = doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue.text else None
        time = finder.time_of(cue_span.root) if cue_span is not None and len(cue_span) else None
        cand = Candidate(
            type="statement", actor=speaker, target=None, place=None, time=time, negated=False,
            modality="asserted", source=None, trigger=cue, sentence=sentence, confidence=0.6)
        out.append(cand)
        said.append(cand)
    return out


def _credit_cue(q: Quote, lex: EventLexicon) -> bool:
    """Whether the quote is only credited to a source ("selon X, ...", "according to X"). Credited
    to a body (a monitor, an agency, a ministry's figures), the text names where a claim comes
    from and reports no declaration: no statement (the claim's own acts are still events, asserted
    by X). Credited to a person ("Selon le ministre X"), it retells what that person said."""
    return bool(q.cue) and " ".join(q.cue.lower().replace("\u2019", "'").split()) in lex.credit_cues


def _find_cue(text: str, q: Quote) -> Span:
    """Where the quote's cue is written, near the quote; the quote itself when it cannot be found."""
    if q.cue:
        lo = max(0, q.start - 300)
        window = text[lo:q.end + 300]
        at = window.find(q.cue)
        if at >= 0:
            return Span(lo + at, lo + at + len(q.cue), q.cue)
    return Span(q.start, q.end, None)
