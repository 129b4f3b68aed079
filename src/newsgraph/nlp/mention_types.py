"""The type a mention's context gives it, where the model's label is contradicted by the sentence.

spaCy labels each span from its letters and a few words around it, so a town it has not seen is a
person ("Kitwe"), a port an organisation ("Tangier"), a surname a place. The sentence says more:

- **after a locative preposition** (``locative_prepositions.txt``: "à", "au", "en"; "in", "near"),
  a one-word name with no title is a place: "à Kitwe", "in Tangier", "à Souleimaniyeh" the model
  calls MISC (not a feast of ``times.yaml``, "à Noël"; not a name that is the
  indirect object of a speech verb, "a déclaré à X", nor a possessor, "in Smith's view");
- **coordinated with a place** ("between Beirut and Tangier", "à Mopti et à Kitwe"), a one-word name
  is a place (a place being any mention whose form is read as a place somewhere in the article);
- **a listed place** (``places.tsv`` through ``link.place_names``) the model calls a person is a
  place, even when it speaks ("Kyiv had asked": a capital for its government), unless it is the
  surname of a person the article names in full;
- **after a noun whose complement is a place** (``place_heads.txt``: "la ville de", "le camp de
  réfugiés de", "the town of"), a name of any length is a place;
- **after a lower-case organisation head** (``org_heads.txt``: "le mouvement Amal", "le parti X"),
  a one-word name is an organisation, unless it is a person's surname ("le gouvernement Barnier");
- **a listed place the model calls an organisation or leaves unclassed** ("la sécurité du Golfe",
  "the attack on Abqaiq", "the Bab el-Mandeb strait") is a place (capitals standing for
  governments included);
- **the subject of a speech verb** (``speech_verbs.txt``) the model calls a place is a person: places
  do not talk, except capitals standing for governments, which are listed places and keep their type.

An organisation the model names is left alone by the speech rule: companies and agencies "say" and
"announce" as often as people. The relabelled mentions then vote in ``coreference.entity_type``
with more weight than a model label (the sentence is better evidence than the letters), so several
mentions of one entity still decide together.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.link.place_names import place_keys
from newsgraph.nlp.entity_lexicon import EntityLexicon
from newsgraph.nlp.candidates import Candidate, is_banner_line, line_of


def _plain_word(m: Candidate, lex: EntityLexicon) -> bool:
    """A one-word name from the model: no lexicon row, no generic head, not an acronym."""
    if m.source not in ("ner", "repeat") or m.org is not None or m.last - m.first != 1:
        return False
    word = m.text
    letters = [c for c in word if c.isalpha()]
    return word.casefold() not in lex.org_heads and not (len(letters) <= 6 and all(c.isupper() for c in letters))


def _speaks(doc: Doc, m: Candidate, lex: EntityLexicon) -> bool:
    """Whether the mention is the subject of a speech verb ("X said", "a déclaré X")."""
    tok = doc[m.last - 1]
    return tok.dep_.startswith("nsubj") and tok.head.lemma_.casefold() in lex.speech_verbs


def _after_locative(doc: Doc, m: Candidate, lex: EntityLexicon) -> bool:
    """"à Kitwe", "in Tangier": a locative preposition right before, the name not a possessor and
    not the indirect object of a speech verb."""
    if m.first == 0 or doc[m.first - 1].lower_ not in lex.locatives:
        return False
    nxt = doc[m.last] if m.last < len(doc) else None
    if nxt is not None and (nxt.text in ("'s", "\u2019s") or nxt.text[:1].isupper() and nxt.is_alpha):
        return False
    return doc[m.first].head.lemma_.casefold() not in lex.speech_verbs


def _after_org_head(doc: Doc, m: Candidate, lex: EntityLexicon) -> bool:
    """A lower-case generic organisation noun right before ("du mouvement Amal", "le parti X")."""
    return m.first > 0 and doc[m.first - 1].text[:1].islower() and doc[m.first - 1].lower_ in lex.org_heads


def _listed_org_qualified(doc: Doc, m: Candidate, lex: EntityLexicon) -> bool:
    """A name whose first word is a listed organisation's one-word form, the rest lower-case
    qualifiers ("Croissant-Rouge arabe syrien", "Red Crescent" national societies): an organisation."""
    text = m.text
    for at, char in enumerate(text):
        if char == " " and text[:at].casefold() in lex.org_forms:
            rest = text[at:].split()
            if rest and all(w[:1].islower() for w in rest):
                return True
    return False


#: How many lower-case words a place head of ``place_heads.txt`` may hold ("camp de réfugiés palestiniens").
MAX_PLACE_HEAD = 4


def _after_place_head(doc: Doc, m: Candidate, lex: EntityLexicon) -> bool:
    """A noun whose complement is a place right before, with or without its preposition ("le camp
    de déplacés d'Abou X", "la ville de Y", "the town of Z"; ``place_heads.txt``)."""
    k = m.first
    if k > 0 and lex.is_function_word(doc[k - 1].text):
        k -= 1
    words: list[str] = []
    while k > 0 and len(words) < MAX_PLACE_HEAD and doc[k - 1].text[:1].islower() \
            and "\n" not in doc[k - 1].whitespace_ and (doc[k - 1].is_alpha or lex.is_function_word(doc[k - 1].text)):
        k -= 1
        words.insert(0, doc[k].lower_)
    return any(" ".join(words[n:]) in lex.place_heads for n in range(len(words)))


def _surname(m: Candidate, mentions: list[Candidate]) -> bool:
    """The last word of a person's fuller name in the article ("le gouvernement Barnier")."""
    return any(o.label == "PER" and o.text != m.text and o.text.split()[-1] == m.text for o in mentions)


def _conjoined_with_place(doc: Doc, m: Candidate, places: dict[int, int]) -> bool:
    """Coordinated with a mention already read as a place ("Beirut and Tangier")."""
    tok = doc[m.last - 1]
    if tok.dep_ == "conj" and tok.head.i in places:
        return True
    return any(doc[i].dep_ == "conj" and doc[i].head.i == tok.i for i in places)


def retype(doc: Doc, mentions: list[Candidate], titled: dict[int, list[str]],
           lex: EntityLexicon) -> list[Candidate]:
    """The mentions with the label their context gives them (same order, same length)."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if k not in titled and m.label in ("ORG", "MISC") and m.source == "ner" and m.org is None \
                and m.last - m.first > 1 and place_keys(m.text):
            out[k] = replace(m, label="LOC", retyped=True)  # "the Bab el-Mandeb strait": a listed place
            continue
        if m.label == "LOC" and _listed_org_qualified(doc, m, lex):
            out[k] = replace(m, label="ORG", retyped=True)  # "Croix-Rouge libanaise": the society, not a place
            continue
        if k not in titled and m.label != "LOC" and m.source in ("ner", "repeat") and m.org is None \
                and _after_place_head(doc, m, lex):
            out[k] = replace(m, label="LOC", retyped=True)  # "le camp de déplacés d'Abou X", "the town of Y"
            continue
        if k in titled or not _plain_word(m, lex):
            continue
        if m.label != "ORG" and _after_org_head(doc, m, lex) and not _surname(m, mentions):
            out[k] = replace(m, label="ORG", retyped=True)  # "le mouvement Amal", "the party Likud"
        elif (m.label in ("PER", "ORG", "LOC") or m.label == "MISC" and m.text.casefold() not in lex.feasts) \
                and _after_locative(doc, m, lex):
            out[k] = replace(m, label="LOC", retyped=True)  # a model place the sentence confirms too
        elif m.label == "PER" and place_keys(m.text) and not (_speaks(doc, m, lex) and _surname(m, mentions)):
            out[k] = replace(m, label="LOC", retyped=True)
        elif m.label in ("ORG", "MISC") and place_keys(m.text) and not _after_org_head(doc, m, lex) \
                and not (m.first > 1 and doc[m.first - 1].pos_ == "ADJ"
                         and _after_org_head(doc, replace(m, first=m.first - 1), lex)):  # "l'agence officielle Sana"
            out[k] = replace(m, label="LOC", retyped=True)  # "du Golfe", "the attack on Abqaiq"
        elif m.label == "LOC" and not place_keys(m.text) and _speaks(doc, m, lex):
            out[k] = replace(m, label="PER", retyped=True)
    loc_forms = {m.text for m in out if m.label == "LOC"}  # another mention of a place read as one
    places = {doc[m.last - 1].i: k for k, m in enumerate(out) if m.text in loc_forms}
    for k, m in enumerate(out):
        if k not in titled and m.label in ("PER", "ORG") and _plain_word(m, lex) \
                and _conjoined_with_place(doc, m, places):
            out[k] = replace(m, label="LOC", retyped=True)
    return out


def listed_places(doc: Doc, full: str, found: list[Candidate]) -> list[Candidate]:
    """Listed places (``places.tsv``) the model left untagged right after a preposition ("the port
    of Hodeidah", "près de Homs"): one capitalised word, not inside a longer name nor inside a model
    span the clean-up cut away (that span's words were the model's, and judged junk)."""
    covered = {i for c in found for i in range(c.first, c.last)}
    out = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.i in covered or tok.ent_type_ or not tok.is_alpha or not tok.text[:1].isupper() or prev.pos_ != "ADP" \
                or not place_keys(tok.text) or "\n" in prev.whitespace_:
            continue
        if nxt is not None and (nxt.text[:1].isupper() and nxt.is_alpha or nxt.text == "-" and not tok.whitespace_):
            continue  # part of a longer name
        if not is_banner_line(line_of(full, tok.idx, tok.idx + len(tok.text))):
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "LOC", tok.i, tok.i + 1, "repeat"))
    return out
