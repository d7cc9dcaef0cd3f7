from knapsack import knapsack, min_coins, ways_to_change


def test_knapsack():
    assert knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7) == 9
    assert knapsack([(5, 10)], 4) == 0
    assert knapsack([], 10) == 0


def test_knapsack_uses_items_once():
    assert knapsack([(2, 3)], 10) == 3


def test_knapsack_exact_fit():
    assert knapsack([(3, 5), (4, 6)], 7) == 11


def test_min_coins():
    assert min_coins([1, 2, 5], 11) == 3
    assert min_coins([2], 3) == -1
    assert min_coins([1], 0) == 0
    assert min_coins([3, 7], 14) == 2


def test_ways_to_change():
    assert ways_to_change([1, 2, 5], 5) == 4
    assert ways_to_change([2], 3) == 0
    assert ways_to_change([7], 0) == 1
