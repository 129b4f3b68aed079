"""Copies: articles that carry one text, found by MinHash LSH and by credit lines.

An AFP dispatch republished by twenty sites is one report, not twenty. Bodies are
cut into word shingles of their normalised form (``records.normalise_body``) and
summarised by a MinHash signature (datasketch), computed once per article when it is
stored. LSH buckets the signatures so only likely pairs are compared (near-linear).
A pair is a copy when its estimated Jaccard similarity reaches ``threshold``, or a
lower ``credited_threshold`` when one article credits the other's outlet ("la
source : ...", "avec AFP"): a credited copy is often trimmed or re-headed.

Within a group the earliest dated article is the probable original; a copy printed
later keeps its printed date, and its relative dates can be re-anchored on the
original's (``reanchor``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from newsgraph.link.disjoint_sets import DisjointSets
from newsgraph.records import normalise_body

NUM_PERM = 64
#: Estimated Jaccard similarity from which two texts are copies (LSH bands are chosen for it).
THRESHOLD = 0.6
SHINGLE = 4
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _template():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=7)


def shingles(text: str) -> set[str]:
    """Word ``SHINGLE``-grams of the normalised body (a short text is one shingle)."""
    words = _WORD.findall(normalise_body(text))
    if len(words) <= SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of ``text`` (``NUM_PERM`` unsigned integers)."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, permutations=_template().permutations,
                scheme=_template().scheme)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return tuple(int(h) for h in m.hashvalues)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(1 for x, y in zip(a, b) if x == y) / max(len(a), 1)


@dataclass(frozen=True)
class CopyItem:
    """What copy detection needs to know about one article."""

    article_id: str
    signature: tuple[int, ...]
    published: dt.date | None = None
    outlet: str | None = None
    original_source: str | None = None


@dataclass(frozen=True)
class CopyLink:
    """One article's place in its copy group."""

    article_id: str
    group_id: str
    group_size: int
    is_original: bool
    similarity: float
    credited_source: str | None
    credited_article: str | None
    original_date: dt.date | None
    printed_later: bool


def _fold(name: str | None) -> str:
    return " ".join(_WORD.findall(normalise_body(name or "")))


def credits(a: CopyItem, b: CopyItem) -> bool:
    """Does ``a`` credit ``b``'s outlet as its source?"""
    src, outlet = _fold(a.original_source), _fold(b.outlet)
    return bool(src and outlet) and (src == outlet or f" {outlet} " in f" {src} "
                                     or f" {src} " in f" {outlet} ")


def find_copies(items: Iterable[CopyItem], *, threshold: float = THRESHOLD,
                credited_threshold: float = 0.3, credit_window_days: int = 14) -> list[CopyLink]:
    """Group articles into copies; one :class:`CopyLink` per article in a group of two or more.

    Two candidate sources, both bounded: LSH buckets (pairs likely above ``threshold``), and,
    for an article that credits a source, the articles of that outlet within
    ``credit_window_days`` (compared at the lower ``credited_threshold``).
    """
    import numpy as np

    items = list(items)
    sigs = np.array([it.signature if it.signature else (0,) * NUM_PERM for it in items],
                    dtype=np.uint64).reshape(len(items), NUM_PERM)
    sets = DisjointSets(len(items))
    best: dict[int, float] = {}

    def link(i: int, cands: list[int], bar: float) -> None:
        if not cands:
            return
        sims = (sigs[cands] == sigs[i]).mean(axis=1)
        for j, sim in zip(cands, sims.tolist()):
            if sim >= bar:
                sets.union(i, j)
                best[i] = max(best.get(i, 0.0), sim)
                best[j] = max(best.get(j, 0.0), sim)

    signed = np.array([i for i, it in enumerate(items) if it.signature], dtype=np.int64)
    for i, cands in _lsh_candidates(sigs, signed, threshold):
        link(i, cands, threshold)
    by_outlet: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        if item.outlet and item.signature:
            by_outlet.setdefault(_fold(item.outlet), []).append(i)
    window = dt.timedelta(days=credit_window_days)
    for i, item in enumerate(items):
        if not (item.original_source and item.signature):
            continue
        cands = [j for key, js in by_outlet.items() if credits(item, items[js[0]]) for j in js
                 if j != i and (not item.published or not items[j].published
                                or abs(items[j].published - item.published) <= window)]
        link(i, cands, credited_threshold)

    groups = sets.groups()
    links: list[CopyLink] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        links.extend(_group_links([items[i] for i in members], [best.get(i, 0.0) for i in members]))
    return links


@lru_cache(maxsize=8)
def band_ranges(threshold: float) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each LSH band for ``threshold``: datasketch's choice of bands and rows
    (the one minimising false positives and negatives at that threshold)."""
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=threshold, num_perm=NUM_PERM).hashranges)


def _lsh_candidates(sigs, rows, threshold: float) -> Iterator[tuple[int, list[int]]]:
    """For signed articles (rows of ``sigs`` listed in ``rows``, ascending), each article with
    the earlier ones sharing an LSH band with it: the pairs likely above ``threshold``, each
    once (in the first band they share).

    The banding of ``datasketch.MinHashLSH``, computed over the whole array (each band's rows
    sorted, equal runs are buckets) rather than one insert and query per article. Memory stays
    that of one bucket: a text republished ten thousand times is compared bucket by bucket, never
    held as all its pairs.
    """
    import numpy as np

    labels = []
    for start, end in band_ranges(threshold):
        band = np.ascontiguousarray(sigs[rows, start:end])
        keys = band.view(np.dtype((np.void, band.dtype.itemsize * band.shape[1]))).ravel()
        labels.append(np.unique(keys, return_inverse=True)[1].ravel())
    for b, label in enumerate(labels):
        order = np.argsort(label, kind="stable")  # positions ascend within a bucket
        cuts = np.flatnonzero(np.diff(label[order])) + 1
        for bucket in np.split(order, cuts):
            for k in range(1, len(bucket)):
                at, earlier = bucket[k], bucket[:k]
                if b:  # a pair that shared an earlier band was proposed there
                    earlier = earlier[~np.any([lab[earlier] == lab[at] for lab in labels[:b]], axis=0)]
                if len(earlier):
                    yield int(rows[at]), rows[earlier].tolist()


def _group_links(members: list[CopyItem], sims: list[float]) -> list[CopyLink]:
    far = dt.date.max
    original = min(members, key=lambda m: (m.published or far, m.original_source is not None,
                                           m.article_id))
    dates = [m.published for m in members if m.published]
    first = min(dates) if dates else None
    out = []
    for m, sim in zip(members, sims):
        credited = next((o.article_id for o in members if o is not m and credits(m, o)), None)
        out.append(CopyLink(
            article_id=m.article_id, group_id=original.article_id, group_size=len(members),
            is_original=m is original, similarity=round(sim, 4), credited_source=m.original_source,
            credited_article=credited, original_date=first,
            printed_later=bool(first and m.published and m.published > first)))
    return out


def reanchor(value: str | None, *, printed: dt.date, original: dt.date,
             weekday: bool = False) -> str | None:
    """A day-precise value resolved against ``printed``, resolved again against ``original``.

    A count from the page's day ("hier", "three days ago") moves by the print delay. A named
    weekday ("mercredi") is the same weekday on the same side of the new anchor: the
    Wednesday before the original's date when it was before the printed one. Else None.
    """
    if not value or len(value) != 10:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    if weekday and day != printed:
        if day < printed:
            return (original - dt.timedelta(days=(original.weekday() - day.weekday()) % 7 or 7)).isoformat()
        return (original + dt.timedelta(days=(day.weekday() - original.weekday()) % 7 or 7)).isoformat()
    return (day + (original - printed)).isoformat()
