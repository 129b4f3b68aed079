"""The union-find the linking steps share."""
from newsgraph.link.disjoint_sets import DisjointSets


def test_union_attach_and_groups():
    sets = DisjointSets(6)
    assert sets.union(0, 1) == 1 and sets.find(0) == 1
    sets.union(2, 0)                       # 2 joins 0's group, rooted at 1
    sets.attach(sets.find(4), into=3)
    assert sets.groups() == {1: [0, 1, 2], 3: [3, 4], 5: [5]}
    assert sets.find(2) == sets.find(0) != sets.find(3)
