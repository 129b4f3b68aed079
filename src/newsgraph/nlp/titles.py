"""Titles and roles the article gives a person, as written.

Three constructions cover most news prose, in French and English alike; the title words come
from ``lang/<code>/titles.txt`` (matched once per document by a phrase matcher):

- a title right before the name: "le général X", "le guide suprême X", "Defense Minister X";
- an apposition after the name: "X, commandant de la Force Y", "X, the ambassador to Y", its
  title word possibly qualified ("X, ancien ambassadeur du Liban", "X, a former envoy"); a title
  written right before another name is that name's ("selon l'ambassade d'Iran, le général Y");
- an apposition before the name: "l'ambassadeur d'Iran à Bagdad, X", "le commandant de Y, le général X".

A title phrase runs from the title word to the end of its noun phrase (no punctuation, no verb,
inside the title word's dependency subtree). When it names a second entity through a common noun
("commandant de la Force Y des milices des Z") it stops after the first; a place after a
preposition stays ("ambassadeur d'Iran à Bagdad"). A title after a possessive ("son adjoint") is a
relation to someone else, not a role, and is skipped.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.entity_lexicon import EntityLexicon
from newsgraph.nlp.candidates import Candidate

MAX_GAP = 6
#: How many qualifying adjectives ("ancien", "former", "nouveau") may open an apposition's title.
MAX_QUALIFIERS = 2


def _qualifier(token) -> bool:
    """A lower-case adjective or noun modifier that qualifies the title word after it ("ancien
    ambassadeur", "former finance minister")."""
    if not token.text[:1].islower() or token.is_punct:
        return False
    return token.pos_ == "ADJ" or (token.pos_ == "NOUN" and token.dep_ == "compound")


def title_spans(doc: Doc, lex: EntityLexicon) -> dict[int, int]:
    """Title words of ``doc``: first token -> last token (exclusive), the longest at each start."""
    out: dict[int, int] = {}
    for _, first, last in lex.title_matcher(doc):
        if last > out.get(first, first):
            out[first] = last
    # "ministre" inside "Premier ministre" is not a title of its own
    return {f: l for f, l in out.items() if not any(g < f and m >= l for g, m in out.items())}


def _breaks(doc: Doc, tok) -> bool:
    """A token a title phrase cannot run across: punctuation (not a hyphen inside a name), a verb."""
    if tok.is_punct:
        joined = tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
        return not joined
    return tok.pos_ in ("VERB", "AUX") or "\n" in tok.whitespace_


def _in_name(i: int, mentions: list[Candidate]) -> bool:
    """Whether token ``i`` is a word of a mention: a participle of a name breaks no title phrase."""
    return any(m.first <= i < m.last for m in mentions)


def _is_possessive(token) -> bool:
    return "Poss=Yes" in str(token.morph) or token.tag_ == "PRP$"


def _phrase_end(doc: Doc, first: int, limit: int, mentions: list[Candidate]) -> int:
    """End (exclusive token) of the title phrase that starts at ``first``, at most ``limit``."""
    right = doc[first].right_edge.i + 1
    head = doc[first].head
    if first < head.i < limit:  # "Premier ministre du Niger": the phrase is its head noun's
        right = max(right, head.right_edge.i + 1)
    end = first + 1
    while end < min(right, limit):
        if _breaks(doc, doc[end]) and not _in_name(end, mentions):  # "unies" of "Nations unies" is no verb
            break
        end += 1
    while end + 1 < limit and doc[end].text == "-" and not doc[end].whitespace_ \
            and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
        end += 2  # a hyphenated word the parse cut in two ("chef d'état-major du X")
        right = max(right, doc[end - 1].right_edge.i + 1)
        while end < min(right, limit) and not _breaks(doc, doc[end]):
            end += 1
    for m in mentions:  # a name is never cut by a title phrase
        if m.first < end < m.last:
            end = m.last
    inside = [m for m in mentions if m.first >= first and m.last <= end]
    if len(inside) >= 2:
        a, b = inside[0], inside[1]
        if any(doc[i].pos_ == "NOUN" and doc[i].text[:1].islower() for i in range(a.last, b.first)):
            end = a.last
    while end > first + 1 and (doc[end - 1].is_punct or lex_trailing(doc[end - 1])):
        end -= 1
    return end


def _to_closing_comma(doc: Doc, end: int) -> int:
    """An apposition's title runs on to the comma that closes it when the parse hung a trailing
    prepositional phrase elsewhere ("ancien ambassadeur du Liban | auprès de l'Union européenne,"):
    only a phrase opened by a preposition or adverb, with no verb and no common noun in it (a
    common noun would name a second thing, which the title stops before)."""
    if end >= len(doc) or doc[end].pos_ not in ("ADP", "ADV"):
        return end
    for k in range(end, min(len(doc), end + MAX_GAP * 2)):
        tok = doc[k]
        if tok.text == "," or tok.is_sent_end and tok.is_punct:
            return k if k > end + 1 else end
        if _breaks(doc, tok) or (tok.pos_ == "NOUN" and tok.text[:1].islower()):
            return end
    return end


def lex_trailing(token) -> bool:
    """A token that cannot end a title phrase (an article or preposition left dangling)."""
    return token.pos_ in ("ADP", "DET", "CCONJ")


def _text(doc: Doc, first: int, end: int) -> str:
    return doc[first:end].text


def _modifies(token, start: int, end: int) -> bool:
    """A lower-case noun or adjective modifying the title phrase start..end ("opposition" of
    "opposition leader", "foreign" of "foreign ministry spokesman")."""
    return token.dep_ in ("compound", "amod", "nmod") and start <= token.head.i < end


def _before(doc: Doc, m: Candidate, titles: dict[int, int], lex: EntityLexicon) -> tuple[str | None, int]:
    """A title right before the name; returns (title, first token of title-with-determiner)."""
    for tf, tl in sorted(titles.items(), reverse=True):
        gap = m.first - tl
        if gap < 0 or gap > MAX_GAP or tf >= m.first:
            continue
        if gap and (doc[m.first - 1].pos_ in ("ADP", "DET") or doc[m.first - 1].lower_ in lex.org_heads):
            continue  # "ambassadeur d'Iran", "chef du mouvement Amal": the title's complement
        if gap and (any(_breaks(doc, doc[i]) for i in range(tl, m.first))
                    or not (tf <= doc[m.first].head.i < m.first or doc[tf].head.i == doc[m.first].i)):
            continue
        start = tf
        if lex.code == "en":  # "Kenyan opposition leader X", "Defense Minister X"
            while start > 0 and not _breaks(doc, doc[start - 1]) and not doc[start].is_sent_start \
                    and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
                    and (doc[start - 1].text[:1].isupper() or _modifies(doc[start - 1], start, tl)):
                start -= 1
        if start > 0 and _is_possessive(doc[start - 1]):
            return None, start
        lead = start - 1 if start > 0 and doc[start - 1].pos_ == "DET" else start
        return _text(doc, start, m.first), lead
    return None, m.first


def _holds_next(doc: Doc, j: int, titles: dict[int, int], mentions: list[Candidate],
               lex: EntityLexicon) -> bool:
    """Whether the title at token ``j`` is written right before a name that holds it ("À Damas,
    le président syrien Y", "selon l'ambassade d'Iran, le général Y"), or before a person's name
    in apposition ("À Washington, la porte-parole du département d'Etat, Y"): Y's, not the place's."""
    for o in mentions:
        if titles[j] <= o.first <= titles[j] + MAX_GAP:
            direct, _ = _before(doc, o, titles, lex)
            if direct is not None and doc[j:o.first].text.startswith(direct):
                return True
        comma = o.first - 1
        if o.label == "PER" and j < comma <= titles[j] + MAX_GAP * 2 and doc[comma].text == "," \
                and not any(_breaks(doc, doc[k]) for k in range(j, comma)) \
                and _phrase_end(doc, j, comma, mentions) == comma:
            return True
    return False


def titles_of(doc: Doc, m: Candidate, titles: dict[int, int], mentions: list[Candidate],
              lex: EntityLexicon) -> list[str]:
    """Every title the text gives the person named by mention ``m``."""
    found: list[str] = []
    direct, lead = _before(doc, m, titles, lex)
    if direct:
        found.append(direct)
    # Apposition after: "X, [le] commandant de ..."
    i = m.last
    if i + 1 < len(doc) and doc[i].text == ",":
        j = i + 1 + (doc[i + 1].pos_ == "DET")
        start = j
        while j < min(len(doc), start + MAX_QUALIFIERS) and j not in titles and _qualifier(doc[j]):
            j += 1  # "X, ancien ambassadeur de ...", "X, a former ambassador to ..."
        if j in titles and not _holds_next(doc, j, titles, mentions, lex) \
                and not (j > 0 and _is_possessive(doc[j - 1])):
            found.append(_text(doc, start, _to_closing_comma(doc, _phrase_end(doc, j, len(doc), mentions))))
    # Apposition before: "l'ambassadeur de ... à ..., X", "a spokesman for the prime minister, X".
    # The farthest title word whose noun phrase runs up to the comma heads the title.
    comma = lead - 1
    if comma > 0 and doc[comma].text == ",":
        for tf in sorted(t for t in titles if comma - MAX_GAP * 2 <= t < comma):
            if any(_breaks(doc, doc[k]) and not _in_name(k, mentions) for k in range(tf, comma)):
                continue
            if tf > 0 and _is_possessive(doc[tf - 1]):
                break
            end = _phrase_end(doc, tf, comma, mentions)
            if end == comma or doc[m.first].head.i == tf or doc[tf].head.i == doc[m.first].i:
                found.append(_text(doc, tf, end))
                break
    return list(dict.fromkeys(found))


def find_titles(doc: Doc, mentions: list[Candidate], lex: EntityLexicon) -> dict[int, list[str]]:
    """Titles per mention index, for every mention that has at least one."""
    titles = title_spans(doc, lex)
    if not titles:
        return {}
    out = {}
    for k, m in enumerate(mentions):
        got = titles_of(doc, m, titles, mentions, lex)
        if got:
            out[k] = got
    return out


def inside_titles(doc: Doc, mentions: list[Candidate], titled: dict[int, list[str]]) -> set[int]:
    """Mentions that are words of a title written right before a name ("Defense" of "Defense
    Minister X"): part of the role, not entities of their own."""
    out: set[int] = set()
    full = doc.text if titled else ""
    for k in titled:
        m = mentions[k]
        for title in titled[k]:
            start = m.start - len(title) - 1
            if start >= 0 and full[start: m.start - 1] == title:
                out |= {j for j, o in enumerate(mentions) if start <= o.start and o.end <= m.start - 1
                        and j not in titled}
    return out
