"""Acronyms an article defines in brackets after a full name, and the full names they spell.

News defines an organisation's acronym once ("Union africaine (UA)", "les forces de sécurité
intérieure (FSI)") and then uses it alone. The model tags the two apart, often cuts the full name
(before its lower-case words, or leaves it untagged) and types the acronym at random. Here: whether
a word is an acronym, whether its letters spell a name (in order, accents aside), where a cut name
really ends, the lower-case names an acronym spells, and the acronym mentions themselves (``defines``
says which name). ``nlp.mentions.find_mentions`` calls them; they read only the Doc and the lexicon.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.nlp.candidates import Candidate
from newsgraph.nlp.entity_lexicon import EntityLexicon

#: How many lower-case words a name may run on by before the acronym in brackets that spells it.
MAX_RUN_ON = 8


#: How many words the brackets after a full name may hold ("(UA)", "(Africa CDC)").
MAX_BRACKETED_WORDS = 3


#: The most letters an acronym defined in brackets has ("CENTCOM", "AFRICOM").
MAX_ACRONYM_LETTERS = 8


def is_acronym(word: str) -> bool:
    """Capital letters (digits allowed), a few of them: "UA", "ODM", "M23", "CENTCOM"."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(word) and 1 <= len(letters) <= MAX_ACRONYM_LETTERS and all(c.isupper() for c in letters)


#: How many words may open a full name before the first its acronym takes letters from
#: ("U.S." of "U.S. Central Command (CENTCOM)").
MAX_ACRONYM_LEAD = 2


def initials_fit(acronym: str, name: str, lex: EntityLexicon, *, one_letter: bool = False) -> bool:
    """The acronym's letters are, in order, the first letters of the name's words (hyphenated parts
    and elided articles count as words; a word may give several, "CENTCOM" of "Central Command";
    words may be passed over): "BAD" of "Banque africaine de développement", "CDC" of "Centres
    ... de contrôle"; accents aside: "OEAI" of "Organisation de l'énergie atomique d'Iran"). The
    first letters come from one of the name's first words. With ``one_letter``, each word gives at
    most one letter: the strict fit, for asking whether a name does without a word."""
    words = [unaccented(w) for w in re.split(r"[\s\-'\u2019.]+", name) if w[:1].isalpha()]
    while words and words[0] in lex.function_words:
        words = words[1:]
    letters = unaccented("".join(c for c in acronym if c.isalpha()))

    def fits(a: int, w: int) -> bool:
        if a == len(letters):
            return True
        for k in range(w, len(words)):
            for n in range(min(1 if one_letter else len(words[k]), len(letters) - a), 0, -1):
                if words[k][:n] == letters[a:a + n] and fits(a + n, k + 1):
                    return True
        return False

    return bool(letters) and any(fits(0, w) and words[w][:1] == letters[:1]
                                 for w in range(min(len(words), MAX_ACRONYM_LEAD + 1)))


def unaccented(word: str) -> str:
    """The word case-folded without its accents: an acronym's letters are written bare ("E" of "énergie")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def bracketed_acronyms(doc: Doc, lex: EntityLexicon, found: list[Candidate]) -> list[Candidate]:
    """An acronym in brackets right after an organisation's or place's full name ("Union africaine
    (UA)", "the Orange Democratic Movement (ODM)", "Centres africains ... (Africa CDC)") is a mention
    of it (``defines`` says which), whether the model tagged it or not. A person's name is never
    defined so: "X (LR)" gives the person's party. An organisation's acronym may come from its name in
    another language and not spell the name written ("Compagnie nationale libyenne du pétrole
    (NOC)"): one acronym alone in the brackets after an organisation defines it too. The acronym
    written alone elsewhere ("selon l'UA") is then a mention too."""
    by_last = {c.last: c for c in found if c.label != "PER"}
    out = []
    for tok in doc:
        named = by_last.get(tok.i) if tok.text == "(" else None
        if named is None:
            continue
        close = next((k for k in range(tok.i + 1, min(len(doc), tok.i + 2 + MAX_BRACKETED_WORDS))
                      if doc[k].text == ")"), None)
        if close is None or close == tok.i + 1:
            continue
        inner = doc[tok.i + 1:close]
        acronyms = [w for w in inner.text.split() if is_acronym(w)]
        if "\n" in inner.text or not acronyms or not (initials_fit(acronyms[-1], named.text, lex)
                                                       or _translated(named, inner.text, lex)):
            continue
        out.append(Candidate(inner.start_char, inner.end_char, inner.text, named.label, tok.i + 1, close,
                             "acronym", defines=named.text))
    defined = {c.text: c for c in out if " " not in c.text}
    for tok in doc if defined else ():
        c = defined.get(tok.text)
        if c is not None and tok.i != c.first:
            out.append(replace(c, start=tok.idx, end=tok.idx + len(tok.text), first=tok.i, last=tok.i + 1))
    return out


def to_acronym(doc: Doc, first: int, last: int, lex: EntityLexicon, *, label: str | None = None) -> int | None:
    """Where a name ends that the model cut before its lower-case words (or the span's own end, which
    clean-up must then keep whole: "syrien" is no nationality cut there) when an acronym in brackets
    spells the whole ("Observatoire" of "Observatoire syrien des droits de l'homme (OSDH)", "Haut
    conseil" of "... pour les réfugiés (HCR)"): the end of those words, or None. The words run on
    without punctuation or line break, and the acronym must not already fit the span alone. They may
    end in a capitalised place the acronym needs ("Mission d'appui des Nations unies" + "en Libye"
    (MANUL)). An organisation's name of two words or more runs on through a lower-case complement
    opening with a preposition to its acronym in another language, which spells neither
    ("Agence des Etats-Unis" + "pour le développement international" (USAID))."""
    k = last
    while k < len(doc) and k - last < MAX_RUN_ON and "\n" not in doc[k - 1].whitespace_ \
            and (_run_on_word(doc[k], lex) or _name_word(doc[k])):
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")" \
            or not is_acronym(doc[k + 1].text) or lex.is_function_word(doc[k - 1].text):
        return None
    acronym, span = doc[k + 1].text, doc[first:last].text
    if k > last and initials_fit(acronym, span, lex):
        return None
    capital = next((j for j in range(last, k) if _name_word(doc[j])), None)
    if capital is not None and not _place_tail(doc, last, capital, k):
        return None
    if initials_fit(acronym, doc[first:k].text, lex):
        # a capitalised word the acronym does without is a word of the sentence ("... à Raqqa (FDS)")
        # (strictly: "de l'est de la Syrie" (AANES) needs "Syrie", though "est" could give "ES")
        return k if capital is None or not initials_fit(acronym, doc[first:capital].text, lex, one_letter=True) \
            else None
    if capital is None and translated_run_on(doc, first, last, k, lex, label=label):
        return k  # an acronym made in another language: "... pour le développement international (USAID)"
    return None


def translated_run_on(doc: Doc, first: int, last: int, k: int, lex: EntityLexicon, *, label: str | None) -> bool:
    """Whether the name first..last runs on through the lower-case complement last..k, opening with
    a preposition, to an acronym made in another language: a name of two words or more the model
    typed ORG, or any name shaped head + preposition + name ("Centre du Liban" + "pour les droits
    ..." (LCRF)): a run-on to an acronym makes it an organisation, whatever the model's type."""
    return k > last and last - first >= 2 and doc[last].pos_ == "ADP" and lex.is_function_word(doc[last].text) \
        and any(t.pos_ == "NOUN" for t in doc[last:k]) \
        and (label == "ORG" or (doc[first + 1].pos_ == "ADP" and _name_word(doc[first])))


def _place_tail(doc: Doc, last: int, capital: int, end: int) -> bool:
    """Whether the capitalised words capital..end close the run-on as one place after a preposition
    and its article ("en Libye", "de l'Irak"), with no conjunction before a capitalised word on the
    way ("Banque mondiale et la Banque ..." is two names; "du nord et de l'est de la Syrie" one)."""
    before = capital - 1
    while before > last and doc[before].pos_ == "DET" and _article(doc[before].text):
        before -= 1
    return doc[before].pos_ == "ADP" and all(_name_word(t) for t in doc[capital:end]) \
        and not any(t.pos_ == "CCONJ" and _next_word_capitalised(doc, t.i, end) for t in doc[last:end])


def _article(word: str) -> bool:
    """An article before a place: elided ("l'") or short ("la", "le", "les", "the")."""
    return word[-1:] in "'\u2019" or len(word) <= 3


def _next_word_capitalised(doc: Doc, i: int, end: int) -> bool:
    """Whether the first word after ``i`` that is no preposition or article is capitalised."""
    for t in doc[i + 1:end]:
        if t.pos_ not in ("ADP", "DET"):
            return t.text[:1].isupper()
    return True


def _run_on_word(tok, lex: EntityLexicon) -> bool:
    """A lower-case word, function word or elided article that may continue a name."""
    return tok.text[:1].islower() and (tok.is_alpha or lex.is_function_word(tok.text) or tok.text[-1:] in "'\u2019")


def _name_word(tok) -> bool:
    """A capitalised word of letters (hyphens allowed): "Libye", "Etats-Unis"."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()


def acronym_names(doc: Doc, full: str, lex: EntityLexicon, found: list) -> list:
    """An organisation named in lower-case words right before the acronym in brackets that names
    them, the model having tagged none of them. The name opens with a noun after an article ("les",
    "du") and either spells the acronym, each word but the function words giving one letter in order
    ("les forces de sécurité intérieure (FSI)"; the shortest such run), or opens with an
    organisation's head noun and has at least two words that are not function words: the acronym of
    a name translated from another language does not spell it ("les services de renseignement
    turcs (MIT)"; the run nearest the brackets). The name may end in a place the model tagged after
    a preposition when it spells the acronym with it ("le gouvernement régional du Kurdistan (GRK)")."""
    covered = {i for c in found for i in range(c.first, c.last)}
    places = {c.last: c.first for c in found if c.label == "LOC"}
    out = []
    for tok in doc[2:len(doc) - 2]:
        if tok.text != "(" or doc[tok.i + 2].text != ")" or not is_acronym(doc[tok.i + 1].text):
            continue
        place = places.get(tok.i) if tok.i - 1 in covered else None  # "... régional du Kurdistan (GRK)"
        if tok.i - 1 in covered and (place is None or not lex.is_function_word(doc[place - 1].text)):
            continue
        letters = unaccented(doc[tok.i + 1].text)
        top = tok.i - 1 if place is None else place - 1
        for s in range(top, max(0, top - MAX_RUN_ON), -1):
            word = doc[s]
            if not word.text[:1].islower() or "\n" in word.whitespace_ or s in covered \
                    or not (word.is_alpha or lex.is_function_word(word.text)):
                break
            if word.pos_ != "NOUN" or not (doc[s - 1].pos_ == "DET" or lex.is_function_word(doc[s - 1].text)):
                continue
            words = [w for w in doc[s:tok.i] if not lex.is_function_word(w.text)]
            spelled = "".join(unaccented(w.text)[:1] for w in words) == letters
            if spelled or (place is None and len(words) >= 2 and word.text.casefold() in lex.org_heads):
                end = doc[tok.i - 1].idx + len(doc[tok.i - 1].text)
                out.append(Candidate(word.idx, end, full[word.idx:end], "ORG", s, tok.i, "ner"))
                break
    return out


def spelled_acronyms(mentions: list[Candidate], lex: EntityLexicon) -> list[tuple[int, int]]:
    """(acronym, full name) mention pairs for an acronym the article uses without defining it ("la
    BDL" after "la Banque du Liban"): the one name of the article, not a person's, whose words give
    the acronym's letters one each, in order, either its function words left out or all of them
    counted ("Banque du Liban"). An acronym defined in brackets or listed is left to those rules."""
    defined = {m.text for m in mentions if m.defines or m.org is not None}
    out = []
    for i, m in enumerate(mentions):
        if " " in m.text or not is_acronym(m.text) or m.text in defined or m.label == "PER":
            continue
        letters = unaccented(m.text)
        fits = {o.text.casefold(): k for k, o in enumerate(mentions) if o.label != "PER"
                and " " in o.text and letters in _word_initials(o.text, lex)}
        if len(fits) == 1:
            out.append((i, next(iter(fits.values()))))
    return out


def _word_initials(name: str, lex: EntityLexicon) -> tuple[str, str]:
    """The first letters of a name's words, its function words left out, then all of them."""
    words = [w for w in re.split(r"[\s\-]+|(?<=['\u2019])", name) if w[:1].isalpha()]
    content = "".join(unaccented(w)[:1] for w in words if not lex.is_function_word(w))
    return content, "".join(unaccented(w)[:1] for w in words)


def _translated(named: Candidate, inner: str, lex: EntityLexicon) -> bool:
    """An acronym alone in brackets after an organisation's name of two words or more (the model's
    ORG, or a lower-case name opening with an organisation's head noun): its acronym, whatever
    language it was made in."""
    return is_acronym(inner) and (headed_name(named.text, lex)
                                  or (named.label == "ORG" and len(named.text.split()) >= 2))


def headed_name(name: str, lex: EntityLexicon) -> bool:
    """A lower-case name that opens with an organisation's head noun and says more than it
    ("services de renseignement turcs"): ``acronym_names`` took it before an acronym in brackets."""
    words = [w for w in name.split() if not lex.is_function_word(w)]
    return name[:1].islower() and len(words) >= 2 and words[0].casefold() in lex.org_heads
