"""Who is who across articles: article entities -> canonical entities (kb ids).

Each article's entities stage already merged the spellings inside one article; this
resolves across articles. Inputs are :class:`ArticleEntity` values (records, never Docs).
The decision, chosen so two different people who share a surname stay apart and cost grows
near-linearly with the corpus:

1. **Nodes**: identical spellings (folded) of one type are one node; a corpus repeats its
   names, so nodes grow far slower than mentions.
2. **Blocking keys -> candidate pairs**: a full name's keys are pairs of its word keys
   (``link.names.name_keys`` of each word, and of two neighbouring words written joined, so
   "Hamid Reza" meets "Hamidreza"); only nodes sharing a key are compared, and a key shared by
   more than ``MAX_BLOCK`` spellings proposes nothing (its pairs meet through rarer keys).
3. **Pair score** (``link.entity_match``): names, then titles and co-occurring entities for a
   weaker or a common name; type never crossed.
4. **Clustering**: pairs merge strongest first, guarded against clashes: two clusters whose full
   names cannot be one person's ("Karim Haddad", "Nabil Haddad") in more than a quarter of their
   pairs never merge, so a vague name cannot bridge two people, while one odd alias (another
   middle name) does not keep a person's other spellings apart. A full name left alone then
   joins the one person of two or more spellings it matches weakly, when the match holds
   against a third of them: the corpus's spellings stand in for the missing context.
5. **Partial names** (a bare surname, an initial) never merge clusters: each joins the one
   compatible person, or, when several fit, the one whose titles and co-occurring entities it
   shares; otherwise it stays apart.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable

from newsgraph.link import names
from newsgraph.link.disjoint_sets import DisjointSets
from newsgraph.link.entity_blocking import MAX_BLOCK, attach_keys, pair_keys
from newsgraph.link.entity_match import Evidence, NameCounts, clash, pair_score
from newsgraph.link.person_names import WEAK_MATCH, NameParts, fold, parse_name


#: Two clusters whose full names contradict each other ("Karim Haddad", "Nabil Haddad") in more
#: than this share of their pairs are never merged.
CLASH_SHARE = 0.25
#: A lone spelling that matches one person only weakly joins it when the weak match holds
#: against at least this share of the person's spellings (``_Clusters._join_lone``).
LONE_SHARE = 1 / 3


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

    @property
    def is_full(self) -> bool:
        return self.type != "PER" or self.parts.is_full

    def evidence(self) -> Evidence:
        return Evidence(self.type, self.name, self.parts, frozenset(self.titles), frozenset(self.context))


def kb_id(type_: str, key: str) -> str:
    """A stable id for a canonical entity: its type and its first spelling (in sort order)."""
    return "K" + hashlib.sha1(f"{type_}|{key}".encode("utf-8")).hexdigest()[:12]


def resolve(entities: Iterable[ArticleEntity], *,
            counts: NameCounts | None = None) -> dict[tuple[str, str], str]:
    """Map each ``(article_id, entity_id)`` to a kb id; one kb id per real-world entity.

    ``counts`` (how common each name word is) defaults to the person spellings given; a
    runner resolving one piece of a larger corpus passes the whole corpus's counts
    (``NameCounts.of(all person spellings)``) so each piece decides as the whole would.
    """
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
    clusters = _Clusters(sorted(nodes.values(), key=lambda n: (n.type, n.key)), counts=counts)
    clusters.merge_full()
    clusters.attach_partial()
    out: dict[tuple[str, str], str] = {}
    for kb, members in clusters.kb_ids().items():
        for n in members:
            for i in n.members:
                out[(entities[i].article_id, entities[i].entity_id)] = kb
    return out


class _Clusters:
    """Disjoint sets of nodes, each cluster keeping its members' name parts for the clash guard."""

    def __init__(self, nodes: list[_Node], *, counts: NameCounts | None = None):
        self.nodes = nodes
        self.sets = DisjointSets(len(nodes))
        self.parts = [[n.parts] for n in nodes]
        self.counts = counts or NameCounts.of(n.name for n in nodes if n.type == "PER")

    def find(self, i: int) -> int:
        return self.sets.find(i)

    def groups(self) -> dict[int, list[_Node]]:
        return {root: [self.nodes[i] for i in members] for root, members in self.sets.groups().items()}

    def candidate_pairs(self) -> dict[tuple[int, int], float]:
        """Every pair of full names sharing a pairwise key (stop keys aside), with its score."""
        blocks: dict[tuple, list[int]] = {}
        for i, n in enumerate(self.nodes):
            if n.is_full:
                for k in pair_keys(n.type, n.name, n.parts):
                    blocks.setdefault(k, []).append(i)
        evidence = {}
        pairs: dict[tuple[int, int], float] = {}
        for block in blocks.values():
            if len(block) > MAX_BLOCK:
                continue
            for i, j in combinations(block, 2):
                if (i, j) in pairs:
                    continue
                for x in (i, j):
                    if x not in evidence:
                        evidence[x] = self.nodes[x].evidence()
                pairs[(i, j)] = pair_score(evidence[i], evidence[j], counts=self.counts)
        return pairs

    def merge_full(self) -> None:
        """Merge candidate pairs at or above the variant threshold, strongest first; then let
        each lone spelling join the one person it matches weakly (:meth:`_join_lone`)."""
        pairs = self.candidate_pairs()
        for (i, j), score in sorted(pairs.items(), key=lambda p: (-p[1], p[0])):
            if score < names.VARIANT_THRESHOLD:
                break
            self._union(i, j)
        self._join_lone(pairs)

    def _join_lone(self, pairs: dict[tuple[int, int], float]) -> None:
        """A full person name left alone joins the one person of two or more spellings it
        matches weakly (a loosely alike family name, a common name spelled otherwise), when the
        match holds against ``LONE_SHARE`` of them: the corpus's spellings stand in for context.
        A one-off romanisation has one person to belong to; a name that fits two stays apart."""
        size = Counter(self.find(i) for i, n in enumerate(self.nodes) if n.type == "PER" and n.is_full)
        support: dict[int, Counter] = {}
        for (i, j), score in pairs.items():
            if score < WEAK_MATCH or self.nodes[i].type != "PER":
                continue
            ri, rj = self.find(i), self.find(j)
            for lone, person in ((ri, rj), (rj, ri)):
                if ri != rj and size[lone] == 1 and size[person] >= 2:
                    support.setdefault(lone, Counter())[person] += 1
        for lone, people in support.items():
            if len(people) == 1:
                (person, matched), = people.items()
                if matched >= LONE_SHARE * size[person]:
                    self._union(lone, person)

    def _union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if self.nodes[i].type == "PER" and self._clashing(ri, rj):
            return False  # a vague name never bridges two distinct people
        self.sets.attach(rj, into=ri)
        self.parts[ri] += self.parts[rj]
        self.parts[rj] = []
        return True

    def _clashing(self, ri: int, rj: int) -> bool:
        """Whether two clusters' full names contradict each other in more than ``CLASH_SHARE``
        of their pairs. Not any one pair: one person's list of aliases often holds a name with
        another middle name, and one such alias must not keep the rest of the spellings apart;
        two different people contradict each other in most pairs."""
        a, b = self.parts[ri], self.parts[rj]
        limit = CLASH_SHARE * len(a) * len(b)
        seen = 0
        for x in a:
            for y in b:
                if clash(x, y):
                    seen += 1
                    if seen > limit:
                        return True
        return False

    def attach_partial(self) -> None:
        """Each partial person name joins the one cluster it fits (context breaks ties)."""
        partial = [i for i, n in enumerate(self.nodes) if not n.is_full]
        blocks: dict[tuple, list[int]] = {}
        for j, n in enumerate(self.nodes):
            if n.type == "PER" and n.is_full:
                for k in attach_keys(n.type, n.name, n.parts):
                    blocks.setdefault(k, []).append(j)
        profiles = {root: (set().union(*(m.context for m in ms)), set().union(*(m.titles for m in ms)))
                    for root, ms in self.groups().items()}
        for i in partial:
            p = self.nodes[i]
            keys = {("block", p.type, k) for k in names.name_keys(p.parts.surname or p.name)}
            cands = {self.find(j) for k in keys for j in blocks.get(k, ())
                     if p.parts.fits(self.nodes[j].parts)}
            if len(cands) > 1:
                scored = sorted(((len(p.context & profiles[r][0]) + len(p.titles & profiles[r][1]), r)
                                 for r in cands), reverse=True)
                cands = {scored[0][1]} if scored[0][0] > scored[1][0] else set()
            if len(cands) == 1:
                self.sets.attach(i, into=cands.pop())
        self._merge_leftover_partials(partial)

    def _merge_leftover_partials(self, partial: list[int]) -> None:
        """Partial spellings left alone: identical surnames and given names still group."""
        alone: dict[tuple[str, str], int] = {}
        for i in partial:
            if self.find(i) != i:
                continue
            n = self.nodes[i]
            k = (n.type, fold(n.parts.surname or n.name) + "|" + " ".join(n.parts.given))
            if k in alone:
                self.sets.attach(i, into=alone[k])
            else:
                alone[k] = i

    def kb_ids(self) -> dict[str, list[_Node]]:
        """Each cluster under its kb id (type and first spelling in sort order: stable)."""
        return {kb_id(ms[0].type, min(m.key for m in ms)): ms for ms in self.groups().values()}
