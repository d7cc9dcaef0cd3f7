import pytest

from bst import Tree


def make(*keys):
    tree = Tree()
    for key in keys:
        tree.insert(key)
    return tree


def test_in_order_is_sorted():
    assert make(5, 3, 8, 1, 4, 9, 7).in_order() == [1, 3, 4, 5, 7, 8, 9]


def test_duplicates_are_refused():
    tree = make(2, 1)
    assert tree.insert(2) is False
    assert tree.size == 2


def test_contains():
    tree = make(5, 3, 8)
    assert 3 in tree
    assert 8 in tree
    assert 4 not in tree


def test_height():
    assert make().height() == 0
    assert make(1).height() == 1
    assert make(2, 1, 3).height() == 2
    assert make(1, 2, 3, 4).height() == 4


def test_minimum():
    assert make(5, 3, 8, 2).minimum() == 2
    with pytest.raises(ValueError):
        make().minimum()
