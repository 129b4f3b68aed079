"""Stage newsgraph_quotes: direct and reported speech, with who said it and to whom.

Reads ``doc._.entities`` and the doc's own parse (nothing is parsed again) and sets
``doc._.quotes``: a list of :class:`records.Quote` in text order, ids ``Q1``, ``Q2``...

- Direct quotations come from the typography (``direct_quotes``), are cued and joined across
  incises on the parse (``quote_cues``).
- Reported speech comes from speech verbs with a content clause and from attribution phrases
  (``reported_speech``). A quotation nested in reported speech ("X a déclaré que le général
  « ... »") is one direct quote with the outer speaker, not a second, indirect one.
- Speakers and addressees are entity ids (``speakers``, ``mention_index``). A direct quotation
  with no cue of its own continues the previous quote (direct or reported) of the same or the
  previous paragraph
  (news prints a long statement as successive quoted paragraphs) when it opens a sentence,
  except lines of dialogue, which alternate speakers.
"""
from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.direct_quotes import find_direct
from newsgraph.nlp.headline import body_start
from newsgraph.nlp.mention_index import MentionIndex
from newsgraph.nlp.quote_cues import DirectQuote, attribute_direct
from newsgraph.nlp.reported_speech import Indirect, find_by_phrase, find_by_verb, source_phrase
from newsgraph.nlp.speakers import Attribution, SpeakerResolver
from newsgraph.nlp.speech_lexicon import SpeechLexicon, speech_lexicon
from newsgraph.nlp.token_offsets import doc_text, forget, token_range
from newsgraph.records import Mention, Quote

log = logging.getLogger(__name__)

#: Paragraph breaks a cue-less quotation may be from the previous one and still continue it.
CONTINUATION_PARAGRAPHS = 1
#: What may come just before a quotation that continues the previous quote: it opens a sentence.
SENTENCE_ENDS = ".!?…:\n\u00bb\u201d\""


@Language.factory("newsgraph_quotes")
def make_quotes(nlp: Language, name: str):
    return QuotesStage(nlp.lang)


class QuotesStage:
    """The spaCy component: ``doc._.quotes`` from ``doc._.entities`` and the parse."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, lex=speech_lexicon(self.lang), entities=doc._.entities or [])
        return doc


def _overlaps(a: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in ranges)


def find_quotes(doc: Doc, lex: SpeechLexicon) -> list[DirectQuote | Indirect]:
    """Direct and reported speech of ``doc``, in text order, without duplicates."""
    direct = attribute_direct(doc, lex, find_direct(doc_text(doc), pairs=lex.pairs, dashes=lex.dashes))
    quoted = [(q.open_at, q.close_at) for q in direct]
    # Verbs of incises are spent; a verb that introduces a quotation may also report speech.
    used = {q.verb for q in direct if q.verb is not None and doc[q.verb].idx >= q.open_at}
    by_verb = find_by_verb(doc, lex, quoted, used)
    # A quotation nested in reported speech: when it is most of the content, it is the statement
    # (direct, with the outer speaker); when it is a fragment, the reported speech holds it.
    fragments = {id(q) for r in by_verb for q in direct if _mostly_paraphrase(doc, r, q)}
    direct = [q for q in direct if id(q) not in fragments]
    quoted = [(q.open_at, q.close_at) for q in direct]
    by_verb = [r for r in by_verb if not _overlaps((r.start, r.end), quoted)]
    contents = [(r.start, r.end) for r in by_verb]
    # Reported speech reported inside other reported speech belongs to the outer statement.
    by_verb = [r for r in by_verb if not any(s <= doc[r.verb].idx < e for s, e in contents)]
    by_phrase = [r for r in find_by_phrase(doc, lex, quoted)
                 if not _overlaps((r.start, r.end), quoted)
                 and not any(s <= doc[r.phrase].idx < e for s, e in contents)]
    return sorted([*direct, *by_verb, *by_phrase], key=_start)


def _mostly_paraphrase(doc: Doc, r: Indirect, q: DirectQuote) -> bool:
    """Whether quotation ``q`` lies inside the content of ``r`` and is a fragment of it: under
    half its words, or words hanging on a clause whose heads all stand outside the marks ("que
    les Etats-Unis se réservaient le droit de répondre « au moment de leur choix »": the
    reporter's clause holds the quoted words, not the other way round)."""
    if not (r.start <= q.open_at and q.close_at <= r.end + 1):
        return False
    i, j = token_range(doc, r.start, r.end)
    words = [t for t in doc[i:j] if not t.is_punct]
    inside = [t for t in words if q.open_at <= t.idx < q.close_at]
    if len(inside) * 2 < len(words):
        return True
    heads = [t for t in words if not i <= t.head.i < j or t.head == t]
    # A copula is not the clause's word: its complement is ("the talks were « a step forward »").
    heads = [c for t in heads for c in (_predicates(t) if t.pos_ == "AUX" else [t])]
    if heads and not any(q.open_at <= t.idx < q.close_at for t in heads):
        return True
    # A clause whose subject and finite verb stand outside the marks is the reporter's ("que le
    # juge avait « outrepassé ses droits »"): the quoted words only finish it. With the finite
    # verb inside ("que le gouvernement « ne reculera pas »") the quotation is the statement.
    outside = lambda t: not q.open_at <= t.idx < q.close_at
    for head in heads:
        subjects = [c for c in head.children if c.dep_.startswith("nsubj") and i <= c.i < j]
        finite = [c for c in head.children if c.dep_.startswith("aux") and i <= c.i < j]
        if subjects and finite and all(map(outside, subjects + finite)):
            return True
    return False


def _predicates(copula) -> list:
    return [c for c in copula.children if c.dep_ in ("attr", "acomp", "xcomp", "oprd")] or [copula]


def _start(q: DirectQuote | Indirect) -> int:
    return q.parts[0][0]


def extract_quotes(doc: Doc, *, lex: SpeechLexicon, entities) -> list[Quote]:
    """The records of every quote in ``doc``, speakers resolved against ``entities``."""
    body = body_start(doc)  # the headline's words in marks are no quote of the record
    found = [q for q in find_quotes(doc, lex) if q.parts[0][0] >= body]
    quoted = [(q.open_at, q.close_at) for q in found if isinstance(q, DirectQuote)]
    mentions = MentionIndex(doc, list(entities), lex, quoted)
    mentions.pronouns.skip_quoted(quoted)
    mentions.pronouns.name_roles(lambda head: mentions.by_role(head, before=head.i))
    resolver = SpeakerResolver(doc, mentions, lex)
    out: list[Quote] = []
    previous: tuple[int, bool, Attribution] | None = None  # (end, dialogue line, attribution)
    for q in found:
        att = _attribute(resolver, q)
        direct = isinstance(q, DirectQuote)
        if not direct and q.phrase is not None and not _is_source(doc, lex, q, att):
            continue
        if direct and q.verb is None and q.phrase is None and previous is not None \
                and _continues(doc_text(doc), previous[0], previous[1], q):
            att = Attribution(previous[2].speaker, None, previous[2].anonymous)
        if att.speaker is not None:
            cue_at = q.verb if q.verb is not None else q.phrase
            mentions.note(cue_at if cue_at is not None else token_range(doc, *q.parts[0], expand=True)[0],
                          att.speaker)
        previous = (q.close_at if direct else q.end, direct and q.dash, att)
        out.append(_record(doc_text(doc), len(out) + 1, q, att, direct))
    forget(doc)
    log.debug("%d quotes (%d direct)", len(out), sum(q.direct for q in out))
    return out


def _is_source(doc: Doc, lex: SpeechLexicon, q: Indirect, att: Attribution) -> bool:
    """"selon X" attributes speech only when X can speak: a person or organisation of the
    article, an unnamed source, a name, a pronoun, a role or a kind of organisation ("according
    to the meteorological agency"); "selon les régions" is not a source."""
    head = doc[q.source]
    nouns = {head.lower_, head.lemma_.lower()}
    return att.speaker is not None or att.anonymous or head.pos_ == "PROPN" or lex.pronoun(head) is not None \
        or bool(nouns & (lex.role_words | lex.org_nouns))


def _attribute(resolver: SpeakerResolver, q: DirectQuote | Indirect) -> Attribution:
    if q.verb is not None:
        return resolver.for_verb(q.verb, q.window)
    if q.phrase is not None:
        source = getattr(q, "source", None)
        if source is None:
            source = _phrase_source(resolver, q)
        if source is not None:
            return resolver.for_phrase(q.phrase, source)
    return Attribution()


def _phrase_source(resolver: SpeakerResolver, q: DirectQuote) -> int | None:
    n = resolver.lex.cue_at(resolver.doc, q.phrase)
    head = source_phrase(resolver.doc, q.phrase, n)
    return head.i if head is not None else None


def _continues(text: str, prev_end: int, prev_dash: bool, q: DirectQuote) -> bool:
    """Whether ``q`` follows the previous quote (direct or reported, ending at ``prev_end``)
    closely enough to continue its speaker; never between lines of dialogue."""
    if q.dash or prev_dash or q.open_at < prev_end:
        return False
    lead = text[:q.open_at].rstrip(" \t")
    if lead and lead[-1] not in SENTENCE_ENDS:
        return False  # a fragment quoted inside narration about someone else, not a next paragraph
    gap = text[prev_end:q.open_at]
    breaks = sum(1 for i, c in enumerate(gap) if c == "\n" and (i == 0 or gap[i - 1] != "\n"))
    return breaks <= CONTINUATION_PARAGRAPHS


def _record(text: str, n: int, q: DirectQuote | Indirect, att: Attribution, direct: bool) -> Quote:
    parts = tuple(Mention(s, e, text[s:e]) for s, e in q.parts)
    return Quote(
        id=f"Q{n}", text=" ".join(p.text for p in parts), start=parts[0].start, end=parts[-1].end,
        direct=direct, speaker=att.speaker, cue=att.cue, speaker_text=att.speaker_text,
        anonymous=att.anonymous, addressee=att.addressee, addressee_text=att.addressee_text,
        parts=parts if len(parts) > 1 else (),
    )
