"""Disjoint sets (union-find) over the indices 0..n-1: how the linking steps grow groups.

Entities across articles (``link.resolve``), copies (``link.copies``) and stories
(``link.stories``) each put pairs together and then read the groups off; this is the one
structure they share. Paths are halved on every ``find``, so the cost stays near-constant
per operation.
"""
from __future__ import annotations


class DisjointSets:
    """Groups of the indices ``0..n-1``, each named by its root index."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The root of ``i``'s group."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> int:
        """Put ``i``'s group into ``j``'s; return the root of the merged group."""
        root = self.find(j)
        self.parent[self.find(i)] = root
        return root

    def attach(self, root: int, into: int) -> None:
        """Put the group whose root is ``root`` under the root ``into`` (both already roots:
        for callers that found them and decided, e.g. after a guard)."""
        self.parent[root] = into

    def groups(self) -> dict[int, list[int]]:
        """Each root with the indices of its group, in index order."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out
