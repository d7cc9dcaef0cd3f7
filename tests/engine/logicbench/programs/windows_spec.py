import pytest

from windows import longest_unique_run, moving_average, sliding_max


def test_sliding_max():
    assert sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3) == [3, 3, 5, 5, 6, 7]
    assert sliding_max([4, 2], 1) == [4, 2]
    assert sliding_max([1, 2], 3) == []


def test_sliding_max_decreasing():
    assert sliding_max([9, 8, 7, 6], 2) == [9, 8, 7]


def test_bad_size():
    with pytest.raises(ValueError):
        sliding_max([1], 0)


def test_moving_average():
    assert moving_average([1, 2, 3, 4, 5], 2) == [1.5, 2.5, 3.5, 4.5]
    assert moving_average([10, 20, 30], 3) == [20.0]
    assert moving_average([1, 2], 3) == []


def test_longest_unique_run():
    assert longest_unique_run("abcabcbb") == 3
    assert longest_unique_run("bbbbb") == 1
    assert longest_unique_run("pwwkew") == 3
    assert longest_unique_run("abba") == 2
    assert longest_unique_run("") == 0
