"""The cue of each direct quotation, read on the doc's own parse (nothing is re-parsed).

A cue is a speech verb in an incise ("« ... », a-t-il déclaré", "“...,” she said"), in an incise
inside the marks or a dialogue line ("— Moi, dit-il, je reste"), in the clause that introduces the
quotation ("X a déclaré : « ... »", "X a déclaré que le général « ... »"), or an attribution
phrase after it ("« ... », selon X"). Two quotations separated only by an incise are one quotation
in two parts. A short quoted term with no verb and no incise is a scare quote, not a quotation.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.nlp.direct_quotes import MarkedSpan
from newsgraph.nlp.event_syntax import bare_participle
from newsgraph.nlp.quote_restatement import restated_cue
from newsgraph.nlp.speech_lexicon import SpeechLexicon
from newsgraph.nlp.token_offsets import doc_text, tokens_between

#: Longest incise, in word tokens ("a-t-elle déclaré devant les soignants réunis au centre
#: hospitalier": news incises carry an audience and a place).
MAX_INCISE = 14
#: A quoted term this short, without a verb, is a scare quote ("une « trêve »").
MAX_TERM_WORDS = 3
STOPS = frozenset(".!?;…")
#: Words a subject may take before the verb of an incise: wire copy puts a title and a full name
#: there ("“...,” union spokesman Pieter van Dam told reporters", six words before the verb).
MAX_SUBJECT_WORDS = 7


@dataclass(frozen=True)
class DirectQuote:
    """A direct quotation with its cue: ``verb`` (a speech verb) or ``phrase`` (an attribution cue
    at token ``phrase``); ``window`` is the token range around the cue where its subject and
    addressee are looked for."""

    parts: tuple[tuple[int, int], ...]
    open_at: int
    close_at: int
    verb: int | None = None
    phrase: int | None = None
    window: tuple[int, int] = (0, 0)
    dash: bool = False


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not t.is_punct and not t.is_space]


def incise_verb(lex: SpeechLexicon, tokens: list[Token]) -> Token | None:
    """The speech verb when ``tokens`` are an incise: a short clause made of a speech verb, its
    third-person subject and perhaps an addressee or a time ("a-t-il ajouté", "said Smith")."""
    words = _words(tokens)
    if not words or len(words) > 2 * MAX_INCISE or any(t.text == "\n" or "\n" in t.text for t in tokens):
        return None
    verb = next((t for t in words[:MAX_SUBJECT_WORDS + 1] if lex.is_speech_verb(t, loose=True)), None)
    if verb is None:
        return None
    if len(words) > MAX_INCISE and not _one_clause(verb, words):
        return None  # a long incise only when all of it hangs on the verb ("..., à l'issue de la réunion")
    for t in words[:words.index(verb)]:
        if t.pos_ not in ("AUX", "PRON", "ADV", "PROPN", "NOUN", "DET", "ADJ", "PART"):
            return None
    subjects = [t for t in words if t.dep_.startswith("nsubj") and t.head == verb] or \
               [t for t in words if t.text.startswith("-") and t.pos_ == "PRON"]
    if any("1" in t.morph.get("Person") or "2" in t.morph.get("Person") for t in subjects):
        return None
    return verb


def _one_clause(verb: Token, words: list[Token]) -> bool:
    """Whether every word is the verb or inside its clause, with no other verb that has a subject."""
    for t in words:
        if t.i != verb.i and verb not in t.ancestors:
            return False
        if t.i != verb.i and t.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") for c in t.children):
            return False
    return True


def _after(doc: Doc, lex: SpeechLexicon, q: MarkedSpan, limit: int):
    """(verb, phrase, window) of an incise or attribution right after the quotation."""
    inner_end = doc_text(doc)[q.end:q.close_at]
    tokens = []
    for t in tokens_between(doc, q.close_at, min(len(doc_text(doc)), q.close_at + 200)):
        if t.idx >= limit or t.text in STOPS or "\n" in t.text or t.text in lex.pairs:
            break
        if t.text == "," and _words(tokens):
            break  # the incise ends at its comma (", a dit X à l'issue de..., selon ...")
        tokens.append(t)
    if not _words(tokens):
        return None
    first = _words(tokens)[0]
    follows = doc_text(doc)[q.close_at:first.idx]
    ended = q.parts and doc_text(doc)[q.end - 1:q.end] in STOPS or any(c in STOPS for c in inner_end)
    if "," not in follows and "," not in inner_end and not (ended and first.is_lower):
        return None
    window = (tokens[0].i, tokens[-1].i + 1)
    if lex.cue_at(doc, first.i):
        return None, first.i, window
    verb = incise_verb(lex, tokens)
    return (verb.i, None, window) if verb is not None else None


def _before(doc: Doc, lex: SpeechLexicon, q: MarkedSpan, floor: int):
    """(verb, None, window) of the nearest speech verb in the clause that introduces the quotation."""
    start = doc_text(doc).rfind("\n", 0, q.open_at)
    if start >= 0 and not doc_text(doc)[start:q.open_at].strip():
        # The quotation opens its paragraph: the introducer may close the one before (" ... :").
        prev = doc_text(doc)[:start].rstrip()
        if prev.endswith(":"):
            start = doc_text(doc).rfind("\n", 0, len(prev))
    tokens = tokens_between(doc, max(start + 1, floor), q.open_at)
    clause = []
    for t in reversed(tokens):
        if t.text in STOPS:
            break
        clause.append(t)
    chosen = next((t for t in clause if lex.is_speech_verb(t) and t.pos_ == "VERB" and not bare_participle(t)), None)
    if chosen is None and doc_text(doc)[:q.open_at].rstrip().endswith(":"):
        # "Le vieux hocha la tête : « ... »": a clause that a colon hands over to the quotation
        # names its speaker even without a verb of saying; its nearest verb with a subject is the cue.
        chosen = next((t for t in clause if t.pos_ in ("VERB", "AUX")
                       and any(c.dep_.startswith("nsubj") for c in t.children)), None)
    if chosen is None:
        return None
    return chosen.i, None, (tokens[0].i, tokens[-1].i + 1)


def _split_inside(doc: Doc, lex: SpeechLexicon, q: MarkedSpan):
    """Cut an incise out of a quotation's own words ("— Moi, dit Paul, je reste")."""
    for k, (s, e) in enumerate(q.parts):
        tokens = tokens_between(doc, s, e)
        for j, t in enumerate(tokens):
            if j == 0 or tokens[j - 1].text not in {",", "!", "?", "…"} or \
                    not lex.is_speech_verb(t, loose=True) and t.pos_ not in ("AUX", "PRON"):
                continue
            stop = next((m for m in range(j, len(tokens)) if tokens[m].text == ","), None)
            seg = tokens[j:stop] if stop is not None else [x for x in tokens[j:] if x.text not in STOPS]
            verb = incise_verb(lex, seg[:MAX_INCISE])
            if verb is None or seg[0].i > verb.i or not _inverted(verb, seg):
                continue
            before = (s, tokens[j - 1].idx + (len(tokens[j - 1]) if tokens[j - 1].text != "," else 0))
            after = (tokens[stop].idx + 1, e) if stop is not None and not _narration(tokens, stop) else None
            pieces = [p for p in (before, after) if p and doc_text(doc)[p[0]:p[1]].strip()]
            parts = q.parts[:k] + tuple(_strip(doc_text(doc), p) for p in pieces) + q.parts[k + 1:]
            window = (seg[0].i, seg[-1].i + 1)
            return MarkedSpan(parts=parts, open_at=q.open_at, close_at=q.close_at, dash=q.dash), (verb.i, None, window)
    return q, None


def _narration(tokens: list[Token], comma: int) -> bool:
    """Whether the words after an incise's comma go on describing the speaker ("s'écria Paul,
    qui tremblait", "dit-elle, en se levant") rather than the utterance."""
    after = [t for t in tokens[comma + 1:comma + 3] if not t.is_punct]
    if not after:
        return True
    w = after[0]
    return "Rel" in w.morph.get("PronType") or any(
        "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense") for t in after)


def _inverted(verb: Token, seg: list[Token]) -> bool:
    """French and dialogue incises put the subject after the verb ("dit-il", "reprit Paul")."""
    return any(t.i > verb.i and (t.text.startswith("-") or t.pos_ in ("PROPN", "NOUN", "PRON")) for t in seg)


def _strip(text: str, part: tuple[int, int]) -> tuple[int, int]:
    s, e = part
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def is_scare_quote(doc: Doc, q: MarkedSpan, *, cued: bool) -> bool:
    """A quoted term, not an utterance: no verb and no sentence punctuation, and either a few
    words ("une « trêve humanitaire »"), a longer phrase that no cue attributes (a title of a
    law or a work) or capitalised words (a name). "« Jamais ! »" is an utterance."""
    tokens = [t for s, e in q.parts for t in tokens_between(doc, s, e)]
    words = _words(tokens)
    if any(t.pos_ in ("VERB", "AUX") for t in words) or any(t.text in STOPS for t in tokens):
        return False
    return len(words) <= MAX_TERM_WORDS or not cued or _a_name(words)


def _a_name(words: list[Token]) -> bool:
    """Capitalised words joined by function words: the name of a work, a ship or an operation
    ("« Queen of the Waves »", "« Bouclier du Nord »"), not something said."""
    small = [t for t in words if not t.text[:1].isupper()]
    return words[0].text[:1].isupper() and words[-1].text[:1].isupper() and all(len(t) <= 3 for t in small)


def attribute_direct(doc: Doc, lex: SpeechLexicon, spans: list[MarkedSpan]) -> list[DirectQuote]:
    """Cue each quotation, join the parts of one split by an incise, drop scare quotes."""
    out: list[DirectQuote] = []
    i = 0
    while i < len(spans):
        q, cue = _split_inside(doc, lex, spans[i])
        after = _after(doc, lex, q, _limit(doc, spans, i))
        while after is not None and i + 1 < len(spans) and _only_incise(doc, q, spans[i + 1], after):
            nxt, _ = _split_inside(doc, lex, spans[i + 1])
            q = MarkedSpan(parts=q.parts + nxt.parts, open_at=q.open_at, close_at=nxt.close_at, dash=q.dash)
            cue = cue or after
            i += 1
            after = _after(doc, lex, q, _limit(doc, spans, i))
        after = cue or after
        floor = out[-1].close_at if out else 0
        cue = after or restated_cue(doc, q) or _before(doc, lex, q, floor)
        i += 1
        if not q.dash and after is None and is_scare_quote(doc, q, cued=cue is not None):
            continue
        verb, phrase, window = cue if cue else (None, None, (0, 0))
        out.append(DirectQuote(parts=q.parts, open_at=q.open_at, close_at=q.close_at,
                               verb=verb, phrase=phrase, window=window, dash=q.dash))
    return out


def _limit(doc: Doc, spans: list[MarkedSpan], i: int) -> int:
    return spans[i + 1].open_at if i + 1 < len(spans) else len(doc_text(doc))


def _only_incise(doc: Doc, q: MarkedSpan, nxt: MarkedSpan, cue) -> bool:
    """Whether the words between two quotations are the incise alone, ending with a comma or colon."""
    gap = doc_text(doc)[q.close_at:nxt.open_at]
    if "\n" in gap or nxt.dash or cue[0] is None:
        return False
    lo, hi = cue[2]
    return doc[lo].idx >= q.close_at and doc[hi - 1].idx + len(doc[hi - 1]) <= nxt.open_at \
        and gap.rstrip().endswith((",", ":")) and not any(c in STOPS for c in gap)
