"""Who is who across articles: article entities -> canonical entities (kb ids).

Each article's entities stage already merged the spellings inside one article;
this resolves across articles. Inputs are :class:`ArticleEntity` values (records,
never Docs). The steps, chosen so two different people who share a surname stay
apart and cost grows near-linearly with the corpus:

1. Identical spellings (folded) of one type are one node: a corpus repeats its names,
   so the nodes grow far slower than the mentions.
2. Blocking: nodes meet only when they share a key of ``link.names.name_keys``
   (transliteration-aware); blocks are compared within, never all pairs.
3. Full names (a given name and a surname) merge by similarity, strongest first, and
   only when every given name of one cluster is compatible with every given name of
   the other (complete link on given names): "Karim Haddad" never joins "Nabil Haddad".
   A weaker name match is accepted when titles or co-occurring entities agree.
4. Partial names (a bare surname, an initial) never merge clusters: each attaches to
   the one compatible full-name cluster, or, when several fit, to the one whose
   titles and co-occurring entities it shares; else it stays on its own.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from newsgraph.lang import SUPPORTED, words
from newsgraph.link import names

#: A weaker name match (below ``names.VARIANT_THRESHOLD``) needs context to merge.
WEAK_MATCH = 0.6
#: Names with two given names in common may differ in family name when the whole is this close.
WHOLE_MATCH = 0.85


@dataclass(frozen=True)
class NameParts:
    """A person's name cut into given names (or initials) and a surname, folded."""

    given: tuple[str, ...]
    surname: str | None
    family: str = ""
    text: str = ""
    given_text: str = ""

    @property
    def is_full(self) -> bool:
        return bool(self.given and len(self.given[0]) > 1 and self.surname)

    def compatible_given(self, other: "NameParts") -> bool:
        if given_compatible(self.given, other.given):
            return True
        # compound given names written apart or joined ("Abd al-Malik" ~ "Abdelmalek")
        return (min(len(self.given), len(other.given)) > 0 and bool(self.given_text and other.given_text)
                and len(self.given[0]) > 1 and len(other.given[0]) > 1
                and _word_sim(self.given_text, other.given_text) >= names.VARIANT_THRESHOLD)

    def fits(self, full: "NameParts") -> bool:
        """Can this partial name (bare surname, initial) be a short form of ``full``?"""
        return (bool(self.surname and full.surname)
                and _surname_sim(self, full) >= names.VARIANT_THRESHOLD
                and self.compatible_given(full))


@lru_cache(maxsize=200_000)
def _word_sim(x: str, y: str) -> float:
    """Similarity of two name words; an initial matches a word it begins."""
    if len(x) == 1 or len(y) == 1:
        return 1.0 if x[0] == y[0] else 0.0
    return 1.0 if x == y else names.name_similarity(x, y)


def _surname_sim(a: "NameParts", b: "NameParts") -> float:
    """Similarity of two family names, as one word or as written ("Al Rawi" ~ "Alrawi")."""
    x, y = a.surname or "", b.surname or ""
    if len(x) < 2 or len(y) < 2:
        return 0.0
    best = _word_sim(x, y)
    if best < names.VARIANT_THRESHOLD and a.family and b.family:
        best = max(best, _word_sim(a.family, b.family))
    return best


def given_compatible(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Given names one person could carry: the shorter list is the longer with words left out.

    The first given names must match: "Ali Habib" fits "Ali Muhammad Habib" and "K." fits
    "Karim"; "Ibrahim Ali" does not fit "Ibrahim Isa", nor "Karim" "Nabil", nor a son named
    after his father ("Yasir Sabawi Ibrahim") the father ("Sabawi Ibrahim").
    """
    if not x or not y:
        return True
    if " ".join(x) == " ".join(y) or _word_sim("".join(x), "".join(y)) >= names.VARIANT_THRESHOLD:
        return True  # "Abdul Rahim" ~ "Abdurrahim"
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if _word_sim(short[0], long_[0]) < names.VARIANT_THRESHOLD:
        return False  # "Yasir Sabawi Ibrahim" is the son of "Sabawi Ibrahim", not him
    missed, k = 0, 1
    for word in short[1:]:
        j = k
        while j < len(long_) and _word_sim(word, long_[j]) < names.VARIANT_THRESHOLD:
            j += 1
        if j == len(long_):
            missed += 1
        else:
            k = j + 1
    # a long chain of names may differ in one word (a nisba, a misspelt middle name)
    return missed == 0 or (len(short) >= 3 and missed == 1)


@lru_cache(maxsize=1)
def _lexicon(name: str) -> frozenset[str]:
    return frozenset(fold(w) for lang in SUPPORTED for w in words(lang, name))


_MARKS = re.compile(r"['\u2019\u2018\u02bc\u02bf\u02be`\u00b4]")


def _words(raw: str) -> list[str]:
    """Folded words of one written token; hyphen parts that are particles dropped, rest joined.

    A two-letter particle glued to a long word is cut off too ("Alshaer" ~ "Al-Shaer").
    """
    parts = [fold(p).replace(" ", "") for p in _MARKS.sub("", raw).split("-")]
    kept = [p for p in parts if p and p not in _lexicon("name_particles")]
    word = "".join(kept)
    if len(word) >= 6 and word[:2] in _lexicon("name_particles"):
        word = word[2:]
    return [word] if word else []


def parse_name(name: str) -> NameParts:
    """Given names and surname of ``name`` ("Given Surname", or "SURNAME, Given" as lists write it).

    Honorifics (``lang/*/name_honorifics.txt``, or any abbreviation such as "Dr.") are dropped,
    a one-letter word is an initial, particles (``name_particles.txt``: al-, abou...) are skipped.
    In the list form the surname is the first word of the family part.
    """
    def clean(text: str) -> list[str]:
        out = []
        for raw in text.split():
            if (raw.endswith(".") and len(fold(raw)) > 1) or fold(raw) in _lexicon("name_honorifics"):
                continue
            out.extend(w for w in _words(raw) if w not in _lexicon("name_particles"))
        return out

    if "," in name:
        family, given = name.split(",", 1)
        fam = [w for w in clean(family) if len(w) > 1]
        giv = clean(given.replace(",", " "))
        if fam:
            return NameParts(tuple(giv), fam[0], family.strip(), name, given.strip())
        name = given
    toks = clean(name)
    if not toks:
        return NameParts((), None)
    return NameParts(tuple(toks[:-1]), toks[-1], name.split()[-1], name,
                     " ".join(name.split()[:-1]))


@dataclass(frozen=True)
class ArticleEntity:
    """One entity of one article, with what resolution may use about it."""

    article_id: str
    entity_id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    context: frozenset[str] = frozenset()


@dataclass
class _Node:
    """One distinct spelling of one type, with the context its articles give it."""

    key: str
    type: str
    name: str
    parts: NameParts
    members: list[int] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)


def fold(text: str) -> str:
    """Accent-free, case-free, punctuation-free form of a name or title."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", s))


def resolve(entities: Iterable[ArticleEntity]) -> dict[tuple[str, str], str]:
    """Map each ``(article_id, entity_id)`` to a kb id; one kb id per real-world entity."""
    entities = list(entities)
    nodes: dict[tuple[str, str], _Node] = {}
    for i, e in enumerate(entities):
        k = (e.type, fold(e.name))
        node = nodes.get(k)
        if node is None:
            parts = parse_name(e.name) if e.type == "PER" else NameParts((), None)
            node = nodes[k] = _Node(key=k[1], type=e.type, name=e.name, parts=parts)
        node.members.append(i)
        node.titles.update(w for t in e.titles for w in fold(t).split())
        node.context.update(e.context)
    clusters = _Clusters(list(nodes.values()))
    clusters.merge_full()
    clusters.attach_partial()
    out: dict[tuple[str, str], str] = {}
    for kb, members in clusters.kb_ids().items():
        for n in members:
            for i in n.members:
                out[(entities[i].article_id, entities[i].entity_id)] = kb
    return out


class _Clusters:
    """Union-find over nodes, with each cluster's given names kept for the compatibility test."""

    def __init__(self, nodes: list[_Node]):
        self.nodes = nodes
        self.parent = list(range(len(nodes)))
        self.parts = [[n.parts] for n in nodes]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def groups(self) -> dict[int, list[_Node]]:
        roots: dict[int, list[_Node]] = {}
        for i, n in enumerate(self.nodes):
            roots.setdefault(self.find(i), []).append(n)
        return roots

    def _blocks(self, idxs: list[int]) -> dict[tuple[str, str], list[int]]:
        blocks: dict[tuple[str, str], list[int]] = {}
        for i in idxs:
            n = self.nodes[i]
            keys = set(names.name_keys(n.name))
            if n.parts.surname:
                keys |= names.name_keys(n.parts.surname)
            for k in keys:
                blocks.setdefault((n.type, k), []).append(i)
        return blocks

    def _pair_blocks(self, idxs: list[int]) -> dict[tuple, list[int]]:
        """Blocks whose members are compared pairwise: a person's surname key with a given-name
        key (both must match anyway), or the keys of the first two given names; other types by
        their name keys. Blocks stay small as the corpus grows."""
        blocks: dict[tuple, list[int]] = {}
        for i in idxs:
            n = self.nodes[i]
            if n.type != "PER":
                keys = {(n.type, k) for k in names.name_keys(n.name)}
            else:
                p = n.parts
                given = names.name_keys(p.given[0]) | names.name_keys(p.given_text or p.given[0])
                family = names.name_keys(p.surname) | names.name_keys(p.family or p.surname)
                keys = {(sk, gk) for sk in family for gk in given}
                if len(p.given) >= 2:  # two given names may carry a person across family names
                    keys |= {("given", a, b) for a in given for b in names.name_keys(p.given[1])}
            for k in keys:
                blocks.setdefault(k, []).append(i)
        return blocks

    def merge_full(self) -> None:
        full = [i for i, n in enumerate(self.nodes) if n.parts.is_full or n.type != "PER"]
        pairs: dict[tuple[int, int], float] = {}
        for block in self._pair_blocks(full).values():
            for x in range(len(block)):
                for y in range(x + 1, len(block)):
                    i, j = sorted((block[x], block[y]))
                    if (i, j) not in pairs:
                        pairs[(i, j)] = self._score(self.nodes[i], self.nodes[j])
        for (i, j), score in sorted(pairs.items(), key=lambda p: -p[1]):
            if score < WEAK_MATCH:
                break
            a, b = self.nodes[i], self.nodes[j]
            if score < names.VARIANT_THRESHOLD and not _shares_context(a, b):
                continue
            self._union(i, j)

    def _score(self, a: _Node, b: _Node) -> float:
        if a.type != "PER":
            return names.name_similarity(a.name, b.name)
        return person_score(a.parts, b.parts)

    def _union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if self.nodes[i].type == "PER" and not all(
                _compatible(x, y) for x in self.parts[ri] for y in self.parts[rj]):
            return False  # complete link: a vague name never bridges two distinct people
        self.parent[rj] = ri
        self.parts[ri] += self.parts[rj]
        self.parts[rj] = []
        return True

    def attach_partial(self) -> None:
        partial = [i for i, n in enumerate(self.nodes) if n.type == "PER" and not n.parts.is_full]
        full = [i for i, n in enumerate(self.nodes) if n.type == "PER" and n.parts.is_full]
        blocks = self._blocks(full)
        profiles = {root: (set().union(*(m.context for m in ms)), set().union(*(m.titles for m in ms)))
                    for root, ms in self.groups().items()}
        for i in partial:
            p = self.nodes[i]
            keys = set(names.name_keys(p.parts.surname or p.name))
            cands = {self.find(j) for k in keys for j in blocks.get((p.type, k), ())
                     if p.parts.fits(self.nodes[j].parts)}
            if len(cands) > 1:
                scored = sorted(((len(p.context & profiles[r][0]) + len(p.titles & profiles[r][1]), r)
                                 for r in cands), reverse=True)
                cands = {scored[0][1]} if scored[0][0] > scored[1][0] else set()
            if len(cands) == 1:
                self.parent[i] = cands.pop()
        # partial spellings left alone: identical surnames still group with each other
        self._merge_leftover_partials(partial)

    def _merge_leftover_partials(self, partial: list[int]) -> None:
        alone: dict[tuple[str, str], int] = {}
        for i in partial:
            if self.find(i) != i:
                continue
            n = self.nodes[i]
            k = (n.type, fold(n.parts.surname or n.name) + "|" + " ".join(n.parts.given))
            if k in alone:
                self.parent[i] = alone[k]
            else:
                alone[k] = i

    def kb_ids(self) -> dict[str, list[_Node]]:
        """Each cluster under its kb id (type and first spelling in sort order: stable)."""
        return {kb_id(ms[0].type, min(m.key for m in ms)): ms for ms in self.groups().values()}


def person_score(a: NameParts, b: NameParts) -> float:
    """How likely two full names of persons name one person (0 when given names clash)."""
    if not a.compatible_given(b):
        return 0.0
    surname = _surname_sim(a, b)
    given = _word_sim(a.given[0], b.given[0])
    if surname < WEAK_MATCH and min(len(a.given), len(b.given)) >= 2:
        # two or more given names in common, in order, and a close whole name:
        # a second family name or nisba ("X, Umar Talib" ~ "Y, Umar Talib") is the same man
        whole = _word_sim(a.text, b.text)
        if whole >= WHOLE_MATCH:
            return min(whole, given)
        # three or more given names, all the same: the family name is a second name, a nisba
        same = len(a.given) == len(b.given) >= 3 and all(
            _word_sim(x, y) >= names.VARIANT_THRESHOLD for x, y in zip(a.given, b.given))
        return names.VARIANT_THRESHOLD if same else 0.0
    return 0.0 if surname < WEAK_MATCH else min(surname, given)


def _compatible(a: NameParts, b: NameParts) -> bool:
    return not (a.is_full and b.is_full) or person_score(a, b) >= WEAK_MATCH


def _shares_context(a: _Node, b: _Node) -> bool:
    return bool(a.context & b.context) or bool(a.titles & b.titles)


def kb_id(type_: str, key: str) -> str:
    """A stable id for a canonical entity: its type and its first spelling (in sort order)."""
    return "K" + hashlib.sha1(f"{type_}|{key}".encode("utf-8")).hexdigest()[:12]


def blocking_keys(type_: str, name: str) -> set[tuple]:
    """Every key by which ``resolve`` may bring this spelling together with another one.

    The pairwise blocks of full names, the blocks partial names attach through, and the key
    leftover partial names group by. Two spellings that share no key are never compared, so a
    distributed runner may cut the corpus into pieces along these keys (connected components)
    and resolve each piece alone with the same answers.
    """
    parts = parse_name(name) if type_ == "PER" else NameParts((), None)
    clusters = _Clusters([_Node(key=fold(name), type=type_, name=name, parts=parts)])
    keys: set[tuple] = {("block", *k) for k in clusters._blocks([0])}
    keys |= {("block", type_, k) for k in names.name_keys(parts.surname or name)}
    if type_ != "PER" or parts.is_full:
        keys |= {("pair", *k) for k in clusters._pair_blocks([0])}
    keys.add(("left", type_, fold(parts.surname or name), " ".join(parts.given)))
    return keys
