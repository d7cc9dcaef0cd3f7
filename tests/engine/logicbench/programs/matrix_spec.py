import pytest

from matrix import identity, multiply, spiral, transpose


def test_transpose():
    assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]
    assert transpose([]) == []


def test_multiply():
    assert multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]]) == [[19, 22], [43, 50]]
    assert multiply([[1, 2, 3]], [[1], [2], [3]]) == [[14]]


def test_multiply_by_identity():
    m = [[2, 0, 1], [3, 5, 7]]
    assert multiply(m, identity(3)) == m


def test_multiply_refuses_bad_shapes():
    with pytest.raises(ValueError):
        multiply([[1, 2]], [[1, 2]])


def test_identity():
    assert identity(3) == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]


def test_spiral_square():
    assert spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [1, 2, 3, 6, 9, 8, 7, 4, 5]


def test_spiral_wide_and_tall():
    assert spiral([[1, 2, 3, 4], [5, 6, 7, 8]]) == [1, 2, 3, 4, 8, 7, 6, 5]
    assert spiral([[1], [2], [3]]) == [1, 2, 3]
    assert spiral([]) == []
