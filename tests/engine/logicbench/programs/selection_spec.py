import pytest

from selection import kth_smallest, second_largest, top_k_frequent


def test_kth_smallest():
    values = [7, 10, 4, 3, 20, 15]
    assert [kth_smallest(values, k) for k in range(1, 7)] == [3, 4, 7, 10, 15, 20]


def test_kth_smallest_with_duplicates():
    assert kth_smallest([2, 2, 1, 2], 3) == 2
    assert kth_smallest([5, 1, 5, 1], 4) == 5


def test_kth_out_of_range():
    with pytest.raises(ValueError):
        kth_smallest([1, 2], 3)
    with pytest.raises(ValueError):
        kth_smallest([1, 2], 0)


def test_top_k():
    words = "the cat and the hat and the bat".split()
    assert top_k_frequent(words, 2) == ["the", "and"]
    assert top_k_frequent(words, 4) == ["the", "and", "bat", "cat"]


def test_second_largest():
    assert second_largest([3, 9, 4, 9, 7]) == 7
    assert second_largest([1]) is None
    assert second_largest([5, 4]) == 4
