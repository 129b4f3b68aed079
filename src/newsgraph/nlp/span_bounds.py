"""Where a model span should begin, end or break: the word boundaries spaCy gets wrong in news.

The model reads a run of capitalised words as one name, so it glues together what the writer put
side by side without punctuation:

- a title's complement and the name after it: "le ministre de l'Intérieur Karim X" gives
  "Intérieur Karim X" (the portfolios are ``title_complements.txt``): the name starts after the
  complement, which stays part of the title;
- a place and the name after it: "arrivé à Bamako Moussa X a ..." gives one place: a span that
  opens with a listed place (``places.tsv``, through ``link.place_names``) followed by two or more
  capitalised words is a place and a person;
- a place and a date: "à Douala lundi", "in Lusaka Monday" (weekdays and months of ``times.yaml``;
  an English month only before a number, since "May" is also a name): the span ends before the date;
- two names the article uses apart: a span whose two halves are each a mention of another type
  elsewhere in the article ("Kitwe" a place, "Chanda X" a person) is split between them, and so
  is a span joined by a conjunction whose two sides the article names on their own ("Tangier and
  Algeciras" in a headline; "Marks and Spencer" stays whole unless "Spencer" stands alone).

A lone capitalised organisation head runs on to its lower-case complement ("Conseil des ministres"),
one with lower-case adjectives to the adjectives the model left out ("Cour suprême fédérale").
It also gives a name its lower-case generic head written before it ("le groupe X", "la société X":
``org_heads.txt``), which makes it an organisation's name. Everything reads token attributes, the
matchers of the lexicon and the place table; nothing is re-parsed.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.link.place_names import place_keys
from newsgraph.nlp.entity_lexicon import EntityLexicon

#: How many tokens (prepositions, articles) may stand between a title word and its complement.
MAX_LINK = 3

def complement_ends(doc: Doc, lex: EntityLexicon) -> dict[int, int]:
    """Portfolio phrases that complete a title word before them: first token -> last (exclusive).

    "ministre de l'Intérieur": the complement must open with a capital and follow a title word
    with only function words between ("of the", "de l'").
    """
    titles = {last for _, _, last in lex.title_matcher(doc)}
    if not titles:
        return {}
    out: dict[int, int] = {}
    for _, first, last in lex.complement_matcher(doc):
        if doc[first].text[:1].isupper() and _linked_back(doc, first, titles, lex) is not None \
                and last > out.get(first, first):
            out[first] = last
    return out


def _linker(doc: Doc, k: int, lex: EntityLexicon) -> bool:
    """A word that may stand between a title or ministry and its portfolio: a function word or a
    lower-case adjective ("ministre sortant de l'Intérieur", "ministre libanais de l'Energie")."""
    tok = doc[k]
    return lex.is_function_word(tok.text) or (tok.text[:1].islower() and tok.is_alpha
                                              and (tok.pos_ == "ADJ" or lex.is_demonym(tok)))


def _linked_back(doc: Doc, first: int, ends: set[int], lex: EntityLexicon) -> int | None:
    """The token index in ``ends`` reached from ``first`` back over linking words, or None; at
    least one linking word, at most ``MAX_LINK`` function words and one adjective."""
    k = first
    while k > 0 and first - k < MAX_LINK + 1 and k not in ends and _linker(doc, k - 1, lex) \
            and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    return k if k in ends and k < first else None


def portfolio_heads(doc: Doc, lex: EntityLexicon) -> dict[int, int]:
    """Portfolios named after a lower-case ministry noun ("du ministère de l'Energie", "the
    ministry of Defence"): first token of the portfolio -> the noun's index. The ministry is the
    organisation; the portfolio alone is not one ("Energie")."""
    heads = {t.i + 1 for t in doc if t.text[:1].islower() and t.lower_ in lex.org_heads}
    out: dict[int, int] = {}
    for _, first, last in lex.complement_matcher(doc) if heads else ():
        if doc[first].text[:1].isupper():
            k = _linked_back(doc, first, heads, lex)
            if k is not None:
                out[first] = k - 1
    return out


def _is_date_word(doc: Doc, k: int, lex: EntityLexicon) -> bool:
    """A weekday, or a month written in lower case or before a number ("Lusaka March 3")."""
    word = doc[k].lower_
    if word in lex.weekdays:
        return True
    if word not in lex.months:
        return False
    return doc[k].text[:1].islower() or (k + 1 < len(doc) and doc[k + 1].like_num)


def _name_run(doc: Doc, first: int, last: int, lex: EntityLexicon) -> bool:
    """Two or more capitalised words, none a generic organisation head: a person's name."""
    toks = doc[first:last]
    return (last - first >= 2 and all(t.text[:1].isupper() and (t.is_alpha or "-" in t.text) for t in toks)
            and not any(t.lower_ in lex.org_heads for t in toks))


def _role_words(doc: Doc, first: int, end: int, lex: EntityLexicon) -> bool:
    """Whether tokens first..end are a lower-case title and the function words before its
    complement ("président de la" of "président de la République")."""
    return doc[first].lower_ in lex.titles and all(
        t.text[:1].islower() and (t.lower_ in lex.titles or lex.is_function_word(t.text) or t.pos_ == "ADJ")
        for t in doc[first:end])


def split_span(doc: Doc, first: int, last: int, label: str, lex: EntityLexicon,
               complements: dict[int, int]) -> list[tuple[int, int, str]]:
    """The pieces (first, last, label) of one model span, cut where it crosses a boundary."""
    while first < last and (doc[first].is_punct or lex.is_function_word(doc[first].text)):
        first += 1
    if first < last and doc[first].text[:1].islower() and doc[first].is_alpha and label != "PER":
        if doc[first].lower_ in lex.org_heads:
            label = "ORG"  # "département du Trésor": a generic organisation noun heads the name
        elif label == "MISC":  # "sultanat d'Oman", "programme spatial de X": the common noun is no name;
            for k in range(first + 1, last):  # a place the model saw ("aéroport international de X") stays one
                if lex.is_function_word(doc[k - 1].text) and doc[k].text[:1].isupper() \
                        and place_keys(doc[k:last].text):
                    return [(k, last, "LOC")]
    for k in range(first + 1, last - 1):  # a name and the acronym in brackets after it
        if doc[k].text == "(":
            close = next((j for j in range(k + 1, last) if doc[j].text == ")"), last)
            return split_span(doc, first, k, label, lex, complements) + [(k + 1, close, label)]
    for cf, cl in complements.items():  # a title's complement glued to the name after it
        if cf <= first < cl <= last or (first < cf < cl <= last and _role_words(doc, first, cf, lex)):
            first = cl  # "président de la République" alone is a role, with a name after it a name
    for k in range(first + 1, last):  # a date after a name ("à Douala lundi")
        if _is_date_word(doc, k, lex) and not doc[k - 1].like_num and not lex.is_function_word(doc[k - 1].text):
            last = k
            break
    if label in ("LOC", "PER"):
        for k in range(last - 2, first, -1):  # the longest listed place that opens the span
            if place_keys(doc[first:k].text) and _name_run(doc, k, last, lex) \
                    and not place_keys(doc[k:last].text):
                return [(first, k, "LOC"), (k, last, "PER")]
    return [(first, last, label)] if first < last else []


def split_known(doc: Doc, full: str, found: list, lex: EntityLexicon) -> list:
    """Split each mention whose two halves are mentions of two other types elsewhere in the article
    ("Kitwe Chanda X" where "Kitwe" is a place and "Chanda X" a person), or two names joined by a
    conjunction that the article also names apart ("Tangier and Algeciras"). A person's span that
    opens with a place the article names elsewhere and goes on with two capitalised words or more
    is the place and a person ("de Port Harcourt Michael Okafor")."""
    known: dict[str, set[str]] = {}
    for c in found:
        known.setdefault(c.text, set()).add(c.label)
    out = []
    for c in found:
        pieces = [c]
        for k in range(c.first + 1, c.last) if c.source == "ner" else ():
            if not doc[k - 1].whitespace_:
                continue  # never inside a word
            joined = doc[k].pos_ == "CCONJ" and k + 1 < c.last
            cut, after = doc[k].idx, (doc[k + 1].idx if joined else doc[k].idx)
            a, b = full[c.start:cut].rstrip(), full[after:c.end]
            la, lb = _sole(known.get(a)), _sole(known.get(b))
            if c.label == "PER" and la == "LOC" and not lb and not joined and _name_run(doc, k, c.last, lex):
                lb = "PER"  # "le député de Bandar Abbas Ahmad Moradi": a place the article names, then a name
            if la and lb and (la != lb or joined):
                pieces = [replace(c, end=c.start + len(a), text=a, label=la, last=k),
                          replace(c, start=after, text=b, label=lb, first=k + joined)]
                break
        out.extend(pieces)
    return out


def _sole(labels: set[str] | None) -> str | None:
    return next(iter(labels)) if labels and len(labels) == 1 else None


def with_head(doc: Doc, first: int, last: int, label: str, lex: EntityLexicon) -> tuple[int, str]:
    """A name preceded by its lower-case generic head after an article ("le groupe X", "la société
    X") starts at the head and names an organisation; after a head and an adjective ("l'agence
    officielle X") it names an organisation too; a name the model left unclassed that opens with
    such a head ("Mission d'assistance ...") is an organisation; otherwise the span is unchanged."""
    if label == "MISC" and doc[first].lower_ in lex.org_heads:
        return first, "ORG"
    if first >= 2 and doc[first - 1].text[:1].islower() and doc[first - 1].lower_ in lex.org_heads \
            and doc[first - 2].pos_ == "DET" and doc[first].lower_ not in lex.org_heads:
        return first - 1, "ORG"
    if first >= 3 and doc[first - 1].pos_ == "ADJ" and doc[first - 1].text[:1].islower() \
            and doc[first - 2].text[:1].islower() and doc[first - 2].lower_ in lex.org_heads \
            and doc[first - 3].pos_ == "DET":
        return first, "ORG"  # "l'agence officielle Sana": an organisation, named without its head
    return first, label


def with_complement(doc: Doc, first: int, last: int, lex: EntityLexicon) -> int:
    """Where a lone capitalised organisation head ends that the model cut before its lower-case
    complement ("Conseil" of "Conseil des ministres", "Cour" of "Cour de cassation"): after the
    common noun that follows one or two function words; otherwise ``last``."""
    if last - first != 1 or doc[first].lower_ not in lex.org_heads or not doc[first].text[:1].isupper():
        return last
    k = last
    while k < len(doc) and k - last < MAX_LINK - 1 and lex.is_function_word(doc[k].text) \
            and "\n" not in doc[k - 1].whitespace_:
        k += 1
    if k == last or k >= len(doc) or "\n" in doc[k - 1].whitespace_:
        return last
    noun = doc[k]  # the complement of the head, not a noun of the verb's ("le Parlement dans la loi")
    return k + 1 if noun.pos_ == "NOUN" and noun.is_alpha and noun.text[:1].islower() \
        and noun.head.i == first else last


def with_qualifiers(doc: Doc, first: int, last: int, lex: EntityLexicon) -> int:
    """Where an organisation's name of a capitalised head and lower-case adjectives ends when the
    model cut it before its last adjectives ("Cour suprême" of "Cour suprême fédérale", "Assemblée
    nationale" of "Assemblée nationale constituante"): after the lower-case adjectives on the same
    line that qualify a word of the name, nationality adjectives aside; otherwise ``last``."""
    if last - first < 2 or doc[first].lower_ not in lex.org_heads or not doc[first].text[:1].isupper() \
            or not all(t.text[:1].islower() and t.is_alpha for t in doc[first + 1:last]):
        return last
    k = last
    while k < len(doc) and "\n" not in doc[k - 1].whitespace_ and doc[k].pos_ == "ADJ" and doc[k].is_alpha \
            and doc[k].text[:1].islower() and doc[k].dep_ == "amod" and first <= doc[k].head.i < k \
            and not lex.is_demonym(doc[k]):
        k += 1
    return k


def through_complement(doc: Doc, first: int, last: int, label: str, lex: EntityLexicon) -> int:
    """Where an organisation's name ends that the model cut after its preposition, tagging the
    place or name it is of apart ("Banque centrale de" + "Syrie", "Union patriotique du" +
    "Kurdistan"): the end of the model span that follows on the same line; otherwise ``last``."""
    if label != "ORG" or last >= len(doc) or last - first < 2 or not lex.is_function_word(doc[last - 1].text) \
            or doc[last - 1].pos_ != "ADP" or "\n" in doc[last - 1].whitespace_ or doc[last].ent_iob_ != "B":
        return last
    end = last + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end
