from unionfind import DisjointSet, minimum_spanning_tree


def test_union_and_find():
    sets = DisjointSet("abcde")
    assert sets.union("a", "b")
    assert sets.union("c", "d")
    assert sets.find("a") == sets.find("b")
    assert sets.find("a") != sets.find("c")
    assert sets.groups == 3


def test_union_twice():
    sets = DisjointSet([1, 2, 3])
    sets.union(1, 2)
    assert not sets.union(2, 1)
    assert sets.groups == 2


def test_chain():
    sets = DisjointSet(range(6))
    for i in range(5):
        sets.union(i, i + 1)
    assert sets.groups == 1
    assert len({sets.find(i) for i in range(6)}) == 1


def test_mst():
    edges = [(7, "a", "b"), (5, "a", "d"), (8, "b", "c"), (9, "b", "d"), (7, "b", "e"), (5, "c", "e"), (15, "d", "e")]
    tree = minimum_spanning_tree("abcde", edges)
    assert sum(w for w, _, _ in tree) == 24
    assert len(tree) == 4


def test_mst_forest():
    assert minimum_spanning_tree([1, 2, 3, 4], [(1, 1, 2), (2, 3, 4)]) == [(1, 1, 2), (2, 3, 4)]
