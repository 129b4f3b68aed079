"""Clustering the mentions of one article into entities, and deciding each entity's type.

Mentions join one entity when

- they are spellings of one name (``link.names.is_variant``: Esmaiil/Esmail/Ismail Qaani, Irak/Iraq);
- they are forms of one row of ``organisations.tsv`` or ``places.tsv`` ("U.S.", "United States"),
  or a full name and the acronym the article defines for it in brackets ("Union africaine (UA)");
- they are organisation names with a generic head (``org_heads.txt``: force, corps, brigades...)
  and the same distinctive part ("Force Al-Qods", "Forces Al-Quds", "Corps Al-Qods"), or one is
  that distinctive part alone;
- one is a capitalised noun alone and the other the one organisation named by it and adjectives
  ("Assemblée", "Assemblée nationale"), or a generic organisation noun alone and the one
  organisation whose name opens or closes on it ("le Comité", "the Brotherhood");
- one is a single word of a person's fuller name (``link.names.is_part_of``: "Qani" for
  "Esmail Qaani"); the nearest such person before it wins, else the first after it.

The type is voted over all mentions: the model's label counts once, a multi-word person name and
a title count more, the lexicon and an organisation head decide. So a surname the model tags LOC
next to the full name tagged PER, or after "le général", is a person.
"""
from __future__ import annotations

from collections import Counter

from newsgraph.link import names
from newsgraph.link.disjoint_sets import DisjointSets
from newsgraph.link.name_spelling import skipped_words
from newsgraph.link.place_names import place_keys
from newsgraph.nlp.acronyms import spelled_acronyms
from newsgraph.nlp.entity_lexicon import EntityLexicon
from newsgraph.nlp.candidates import Candidate


def org_key(text: str, lex: EntityLexicon) -> tuple[str, ...] | None:
    """The distinctive part of an organisation name with a generic head, in canonical spelling."""
    words = [w for w in text.replace("-", " ").split() if w]
    if not words or words[0].casefold() not in lex.org_heads:
        return None
    rest = distinctive(words, lex)
    key = names.canonical_tokens(" ".join(rest)) if rest else ()
    return key or None


def _headed(text: str, lex: EntityLexicon) -> bool:
    """A name that opens with a generic organisation head ("Confédération marocaine des ...")."""
    words = text.replace("-", " ").split()
    return bool(words) and words[0].casefold() in lex.org_heads


def distinctive(words: list[str], lex: EntityLexicon) -> list[str]:
    """The proper-name words after an organisation's generic head ("Al-Qods" of "Force Al-Qods");
    none when any is a common word ("armée israélienne" has no distinctive name)."""
    rest = [w for w in words[1:] if w.casefold() not in lex.function_words
            and w.casefold() not in lex.org_heads]
    if not all(w[:1].isupper() or w.casefold() in lex.particles for w in rest):
        return []
    return rest


def cluster(mentions: list[Candidate], titled: dict[int, list[str]], lex: EntityLexicon, *,
            links: tuple[tuple[int, int], ...] = ()) -> list[list[int]]:
    """Groups of mention indices, one per entity, in order of first mention; ``links`` are pairs
    the text says are one referent ("X, known as Y")."""
    sets = DisjointSets(len(mentions))
    for i, j in links:
        sets.union(i, j)
    by_form: dict[str, int] = {}
    for i, m in enumerate(mentions):  # the same spelling is the same entity
        key = " ".join(names.canonical_tokens(m.text)) or m.text.casefold()
        if key in by_form:
            sets.union(by_form[key], i)
        else:
            by_form[key] = i
    forms = list(by_form.items())
    for i, m in enumerate(mentions):  # an acronym defined in brackets is its full name's
        j = by_form.get(" ".join(names.canonical_tokens(m.defines or "")) or (m.defines or "").casefold())
        if m.defines and j is not None:
            sets.union(j, i)
    by_org: dict[int, int] = {}
    by_orgkey: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(mentions):
        if m.org is not None:
            sets.union(by_org.setdefault(m.org, i), i)
        k = org_key(m.text, lex)
        if k:
            sets.union(by_orgkey.setdefault(k, i), i)
    for key, i in forms:  # the distinctive part alone ("Al-Qods") joins its organisation
        j = by_orgkey.get(names.canonical_tokens(mentions[i].text))
        if j is not None and mentions[i].label != "PER" \
                and not place_complement(mentions[i].text, mentions[j].text, lex):
            sets.union(j, i)
    _link_places(mentions, sets)
    _link_heads(mentions, by_form, sets)
    multi = [(k, i) for k, i in forms if len(k.split()) >= 2]
    single = [(k, i) for k, i in forms if len(k.split()) == 1]
    for group in (multi, single):
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                a, b = mentions[group[x][1]], mentions[group[y][1]]
                if _compatible(a, b, lex) and not (_acronym(a.text) or _acronym(b.text)) \
                        and names.is_variant(a.text, b.text, kind=_kind(a, b)):
                    sets.union(group[x][1], group[y][1])
    _link_parts(mentions, titled, sets, lex)
    for i, j in spelled_acronyms(mentions, lex):  # "la BDL" after "la Banque du Liban"
        sets.union(i, j)
    _link_bare_heads(mentions, sets, lex)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(sets.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: mentions[g[0]].start)


def place_complement(part: str, name: str, lex: EntityLexicon) -> bool:
    """A listed place the organisation's name gives after a preposition ("Liban" of "Banque du
    Liban", "France" of "Banque de France"): the place the organisation is of, not its short name."""
    if not place_keys(part):
        return False
    words, parts = name.split(), part.split()
    for k in range(1, len(words) - len(parts) + 1):
        if words[k:k + len(parts)] == parts and lex.is_function_word(words[k - 1]):
            return True
    return False


def _link_heads(mentions: list[Candidate], by_form: dict[str, int], sets: DisjointSets) -> None:
    """A capitalised noun alone ("l'Assemblée") joins the one organisation of the article named by
    it and lower-case adjectives ("Assemblée nationale", "Commission européenne"); with two such
    ("Banque mondiale", "Banque africaine") it stays apart."""
    named: dict[str, set[int]] = {}
    for i, m in enumerate(mentions):
        words = m.text.split()
        if m.label == "ORG" and len(words) >= 2 and words[0][:1].isupper() \
                and all(w[:1].islower() and w.isalpha() for w in words[1:]):
            named.setdefault(words[0], set()).add(sets.find(i))
    for i, m in enumerate(mentions):
        owners = named.get(m.text, set()) if m.label != "PER" and " " not in m.text else set()
        if len({sets.find(j) for j in owners}) == 1:
            sets.union(next(iter(owners)), i)


def _link_bare_heads(mentions: list[Candidate], sets: DisjointSets, lex: EntityLexicon) -> None:
    """A generic organisation noun alone ("le Comité", "the Brotherhood", ``org_heads.txt``)
    joins the one organisation of the article whose name opens with it (French order: "Comité
    international de la Croix-Rouge") or closes on it (English order: "Muslim Brotherhood");
    with two such organisations ("Cour suprême", "Cour pénale internationale") it stays apart."""
    owners: dict[str, set[int]] = {}
    for i, m in enumerate(mentions):
        words = m.text.replace("-", " ").split()
        if len(words) >= 2 and (m.label == "ORG" or m.org is not None):
            for w in {words[0], words[-1]}:
                if w[:1].isupper() and w.casefold() in lex.org_heads:
                    owners.setdefault(w.casefold(), set()).add(i)
    for i, m in enumerate(mentions):
        word = m.text.strip()
        if " " in word or m.label == "PER" or not word[:1].isupper() or place_keys(word):
            continue
        groups = {sets.find(j) for j in owners.get(word.casefold(), ())}
        if len(groups) == 1:
            sets.union(next(iter(groups)), i)


def _link_places(mentions: list[Candidate], sets: DisjointSets) -> None:
    """Forms of one ``places.tsv`` row are one place, abbreviations too ("U.S.", "US", "Britain")."""
    by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == "PER" or m.org is not None:
            continue
        keys = place_keys(m.text)
        if len(keys) == 1:  # a form of two places ("Congo") joins neither
            sets.union(by_key.setdefault(next(iter(keys)), i), i)


def _kind(a: Candidate, b: Candidate) -> str | None:
    """"LOC" when both mentions were tagged as places: places merge only on whole-word spellings
    ("Tunis" is not "Tunisie"), never on the spelling tolerance of personal names."""
    return "LOC" if a.label == b.label == "LOC" else None


def _acronym(text: str) -> bool:
    """An acronym ("IRGC", "ONU") joins its entity by the lexicon or its exact form, never by spelling."""
    letters = [c for c in text if c.isalpha()]
    return " " not in text and len(letters) <= 6 and all(c.isupper() for c in letters)


def _compatible(a: Candidate, b: Candidate, lex: EntityLexicon) -> bool:
    """An organisation by its head or lexicon is never merged with a person by spelling alone."""
    org_a = a.org is not None or org_key(a.text, lex) is not None
    org_b = b.org is not None or org_key(b.text, lex) is not None
    return not ((org_a and b.label == "PER") or (org_b and a.label == "PER"))


def family_names(mentions: list[Candidate]) -> frozenset[str]:
    """Last words (canonical) of the multi-word names the model tagged as persons."""
    return frozenset(names.canonical_tokens(m.text)[-1] for m in mentions
                     if m.label == "PER" and len(names.canonical_tokens(m.text)) >= 2)


def _of_family(m: Candidate, family: frozenset[str]) -> bool:
    """A multi-word name ending in a person's family name ("Bachar al-Assad" tagged LOC beside
    "Maher al-Assad" tagged PER) names a person too."""
    toks = names.canonical_tokens(m.text)
    return len(toks) >= 2 and toks[-1] in family and m.org is None


def _link_parts(mentions: list[Candidate], titled: dict[int, list[str]], sets: DisjointSets,
                lex: EntityLexicon) -> None:
    """Link one-word mentions to the nearest fuller person name that contains them."""
    family = family_names(mentions)
    fulls = [i for i, m in enumerate(mentions)
             if (m.label == "PER" or i in titled or _of_family(m, family)) and len(name_words(m.text)) >= 2
             and m.org is None and org_key(m.text, lex) is None]
    if not fulls:
        return
    for i, m in enumerate(mentions):
        if len(name_words(m.text)) != 1 or m.org is not None or _acronym(m.text) \
                or org_key(m.text, lex) is not None or m.text.casefold() in lex.org_heads \
                or (m.label == "LOC" and m.retyped):
            continue  # a surname the model typed ORG ("Mwale said") still joins its person; a place
            # the sentence names as one ("à Kerbala") never does, even spelled like a nisba (al-Karbalaï)
        hits = [j for j in fulls if names.is_part_of(m.text, mentions[j].text)
                and (m.label == "PER" or _is_surname_of(m.text, mentions[j].text))]
        if not hits:
            continue
        before = [j for j in hits if mentions[j].start < m.start]
        sets.union(before[-1] if before else hits[0], i)


def name_words(text: str) -> list[str]:
    """The written words of a name that identify it: honorifics and particles aside, a hyphenated
    word one word ("Sayyed Nasrallah", "M. Amir-Abdollahian": one word each, whatever the
    number of canonical tokens a compound like Nasrallah splits into)."""
    skipped = skipped_words()
    return [w for w in text.split() if w.casefold().strip("-'.\u2019") not in skipped]


def _is_surname_of(word: str, full: str) -> bool:
    """Whether a one-word name spells the last word of ``full`` (a place is never a given name)."""
    return names.token_similarity(names.canonical_tokens(word)[0],
                                  names.canonical_tokens(full)[-1]) >= names.TOKEN_THRESHOLD + 0.15


def entity_type(group: list[int], mentions: list[Candidate], titled: dict[int, list[str]],
                lex: EntityLexicon) -> str:
    """The type voted over every mention of one entity."""
    votes: Counter[str] = Counter()
    family = family_names(mentions)
    for i in group:
        m = mentions[i]
        if m.label != "PER" and _of_family(m, family):
            votes["PER"] += 2
        votes[m.label] += 1
        if m.source == "lexicon":
            votes[m.label] += 5
        if m.retyped:  # the sentence's reading ("in Tangier") outweighs the model's label
            votes[m.label] += 2
        if _headed(m.text, lex):
            votes["ORG"] += 2
        if m.label == "PER" and len(names.canonical_tokens(m.text)) >= 2:
            votes["PER"] += 1
        if i in titled:
            votes["PER"] += 3
    best = max(votes.values())
    for i in group:  # ties go to the earliest mention's label
        if votes[mentions[i].label] == best:
            return mentions[i].label
    return votes.most_common(1)[0][0]
