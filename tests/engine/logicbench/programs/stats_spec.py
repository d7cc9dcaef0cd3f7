import pytest

from stats import mean, median, mode, percentile, variance


def test_mean():
    assert mean([1, 2, 3, 4]) == 2.5
    with pytest.raises(ValueError):
        mean([])


def test_median():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
    assert median([7]) == 7


def test_mode():
    assert mode([1, 2, 2, 3, 3, 3]) == 3
    assert mode([4, 1, 4, 1, 9]) == 1


def test_variance():
    assert variance([2, 4, 4, 4, 5, 5, 7, 9]) == 4
    assert variance([1, 2, 3, 4], sample=True) == pytest.approx(1.6666666)


def test_percentile():
    data = [15, 20, 35, 40, 50]
    assert percentile(data, 30) == 20
    assert percentile(data, 40) == 20
    assert percentile(data, 50) == 35
    assert percentile(data, 100) == 50
    assert percentile(data, 0) == 15
