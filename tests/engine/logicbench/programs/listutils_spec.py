import pytest

from listutils import chunks, dedupe, flatten, interleave, rotate


def test_flatten():
    assert flatten([1, [2, [3, 4]], [], 5]) == [1, 2, 3, 4, 5]
    assert flatten([]) == []


def test_chunks():
    assert chunks([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
    assert chunks([], 3) == []
    with pytest.raises(ValueError):
        chunks([1], 0)


def test_dedupe():
    assert dedupe([3, 1, 3, 2, 1]) == [3, 1, 2]


def test_rotate():
    assert rotate([1, 2, 3, 4, 5], 2) == [4, 5, 1, 2, 3]
    assert rotate([1, 2, 3], 0) == [1, 2, 3]
    assert rotate([1, 2, 3], 4) == [3, 1, 2]
    assert rotate([], 3) == []


def test_interleave():
    assert interleave([1, 2, 3], ["a"]) == [1, "a", 2, 3]
    assert interleave([], [7, 8]) == [7, 8]
