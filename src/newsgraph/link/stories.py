"""Stories: articles about one happening, across outlets and languages.

A story is built from what survives translation: the canonical entities an article
names (kb ids from ``link.resolve``), its date, and, within one language, its text.
Copies of one text (``link.copies``) always share a story and count as one voice.
Two reports join when they fall within ``window_days`` of each other and share at
least ``min_shared`` entities, or one entity and similar text. Blocking is an
inverted index from entity to reports, walked in date order so only reports within the
window meet; an entity named by more than ``max_df`` reports (a country, a capital)
proposes no pairs, so cost stays near-linear.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Iterable, Mapping

from newsgraph.link.copies import similarity
from newsgraph.link.disjoint_sets import DisjointSets


@dataclass(frozen=True)
class StoryItem:
    """What story grouping needs about one article."""

    article_id: str
    group_id: str
    published: dt.date | None
    entities: frozenset[str]
    signature: tuple[int, ...] = ()
    language: str | None = None


@dataclass(frozen=True)
class Story:
    story_id: str
    article_ids: tuple[str, ...]
    n_groups: int
    languages: tuple[str, ...]
    first_date: dt.date | None
    last_date: dt.date | None


def find_stories(items: Iterable[StoryItem], *, window_days: int = 3, min_shared: int = 2,
                 text_similarity: float = 0.2, max_df: int = 200,
                 df: Mapping[str, int] | None = None) -> list[Story]:
    """Group articles into stories; only groups of two or more articles are returned.

    ``df`` (optional): how many reports name each entity in a larger corpus than ``items``;
    an entity it lists is judged frequent or not by that count instead of by its reports
    here, so a runner grouping one piece of a corpus skips the entities the whole would.
    """
    items = list(items)
    reports: dict[str, list[StoryItem]] = {}
    for item in items:
        reports.setdefault(item.group_id, []).append(item)
    keys = sorted(reports)
    ents = [frozenset().union(*(i.entities for i in reports[k])) for k in keys]
    dates = [min((i.published for i in reports[k] if i.published), default=None) for k in keys]
    sigs = [next((i.signature for i in reports[k] if i.signature), ()) for k in keys]
    index: dict[str, list[int]] = {}
    for n, es in enumerate(ents):
        for e in es:
            index.setdefault(e, []).append(n)
    sets = DisjointSets(len(keys))
    seen: set[tuple[int, int]] = set()
    window = dt.timedelta(days=window_days)
    for e, postings in index.items():
        if (df.get(e, len(postings)) if df else len(postings)) > max_df:
            continue
        # sliding window over the dated reports: only those within the window are compared
        dated = sorted((n for n in postings if dates[n]), key=lambda n: dates[n])
        undated = [n for n in postings if not dates[n]]
        pairs = []
        for x, i in enumerate(dated):
            for j in dated[x + 1:]:
                if dates[j] - dates[i] > window:
                    break
                pairs.append((i, j))
        pairs += [(i, j) for i in undated for j in postings if j != i]
        for i, j in pairs:
            key = (i, j) if i < j else (j, i)
            if key in seen or sets.find(i) == sets.find(j):
                continue  # decided, or already one story through others
            seen.add(key)
            shared = len(ents[i] & ents[j])
            if shared >= min_shared or (sigs[i] and sigs[j]
                                        and similarity(sigs[i], sigs[j]) >= text_similarity):
                sets.union(i, j)
    groups = sets.groups()
    stories = []
    for members in groups.values():
        arts = [i for n in members for i in reports[keys[n]]]
        if len(arts) < 2:
            continue
        ids = tuple(sorted(a.article_id for a in arts))
        days = [a.published for a in arts if a.published]
        stories.append(Story(
            story_id=story_id(ids[0]), article_ids=ids, n_groups=len(members),
            languages=tuple(sorted({a.language for a in arts if a.language})),
            first_date=min(days, default=None), last_date=max(days, default=None)))
    return stories


def story_id(seed: str) -> str:
    """A short stable id for the story whose first article (in id order) is ``seed``."""
    return "S" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:10]
