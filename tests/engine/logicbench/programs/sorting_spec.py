import pytest

from sorting import insertion_sort, merge, merge_sort, quicksort

CASES = [
    [],
    [1],
    [2, 1],
    [5, 2, 9, 1, 5, 6],
    [3, 3, 3],
    [9, 8, 7, 6, 5, 4, 3, 2, 1],
    [-2, 4, 0, -7, 4],
]


@pytest.mark.parametrize("values", CASES)
def test_insertion_sort(values):
    assert insertion_sort(values) == sorted(values)


@pytest.mark.parametrize("values", CASES)
def test_merge_sort(values):
    assert merge_sort(values) == sorted(values)


@pytest.mark.parametrize("values", CASES)
def test_quicksort(values):
    assert quicksort(values) == sorted(values)


def test_merge_keeps_everything():
    assert merge([1, 4, 9], [2, 3, 10, 11]) == [1, 2, 3, 4, 9, 10, 11]


def test_input_is_not_changed():
    values = [3, 1, 2]
    insertion_sort(values)
    assert values == [3, 1, 2]
