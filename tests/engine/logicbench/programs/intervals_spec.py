from intervals import gaps, merge_intervals, overlaps, total_covered


def test_merge():
    assert merge_intervals([(1, 3), (2, 6), (8, 10), (15, 18)]) == [(1, 6), (8, 10), (15, 18)]


def test_merge_touching_and_nested():
    assert merge_intervals([(1, 4), (4, 5)]) == [(1, 5)]
    assert merge_intervals([(1, 10), (2, 3)]) == [(1, 10)]
    assert merge_intervals([]) == []


def test_merge_unsorted():
    assert merge_intervals([(8, 10), (1, 3), (2, 6)]) == [(1, 6), (8, 10)]


def test_overlaps():
    assert overlaps((1, 5), (5, 9))
    assert overlaps((3, 4), (1, 10))
    assert not overlaps((1, 2), (3, 4))
    assert not overlaps((7, 9), (1, 6))


def test_total_covered():
    assert total_covered([(1, 3), (2, 5), (10, 10)]) == 6
    assert total_covered([]) == 0


def test_gaps():
    assert gaps([(3, 5), (8, 9)], 1, 10) == [(1, 2), (6, 7), (10, 10)]
    assert gaps([], 1, 3) == [(1, 3)]
    assert gaps([(0, 20)], 1, 10) == []
