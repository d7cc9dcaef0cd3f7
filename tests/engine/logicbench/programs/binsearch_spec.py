from binsearch import binary_search, count_in_range, lower_bound, upper_bound


def test_found_in_the_middle():
    assert binary_search([1, 3, 5, 7, 9], 5) == 2


def test_found_at_the_ends():
    assert binary_search([1, 3, 5, 7, 9], 1) == 0
    assert binary_search([1, 3, 5, 7, 9], 9) == 4


def test_missing():
    assert binary_search([1, 3, 5, 7, 9], 4) == -1
    assert binary_search([], 4) == -1


def test_single_item():
    assert binary_search([7], 7) == 0


def test_lower_bound():
    assert lower_bound([1, 2, 2, 2, 5], 2) == 1
    assert lower_bound([1, 2, 2, 2, 5], 3) == 4
    assert lower_bound([1, 2, 2, 2, 5], 9) == 5


def test_upper_bound():
    assert upper_bound([1, 2, 2, 2, 5], 2) == 4
    assert upper_bound([1, 2, 2, 2, 5], 0) == 0


def test_count_in_range():
    assert count_in_range([1, 2, 2, 3, 4, 6, 8], 2, 4) == 4
    assert count_in_range([1, 2, 3], 5, 9) == 0
