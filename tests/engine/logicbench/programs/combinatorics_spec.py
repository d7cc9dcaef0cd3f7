from combinatorics import binomial, combinations, permutations, powerset


def test_powerset():
    assert sorted(powerset([1, 2, 3])) == sorted([[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]])
    assert powerset([]) == [[]]


def test_permutations():
    assert permutations([1, 2, 3]) == [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]
    assert permutations([]) == [[]]


def test_combinations():
    assert combinations([1, 2, 3, 4], 2) == [[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]
    assert combinations([1, 2], 3) == []
    assert combinations([1, 2], 0) == [[]]


def test_binomial():
    assert [binomial(5, k) for k in range(6)] == [1, 5, 10, 10, 5, 1]
    assert binomial(10, 3) == 120
    assert binomial(3, 5) == 0
    assert binomial(3, -1) == 0


def test_counts_agree():
    items = list(range(6))
    for size in range(7):
        assert len(combinations(items, size)) == binomial(6, size)
