import pytest

from geometry import bounding_box, convex_hull, cross, distance, polygon_area


def test_distance():
    assert distance((0, 0), (3, 4)) == 5
    assert distance((1, 1), (1, 1)) == 0


def test_area():
    assert polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]) == 12
    assert polygon_area([(0, 0), (0, 3), (4, 3), (4, 0)]) == 12
    assert polygon_area([(0, 0), (2, 0), (0, 2)]) == 2


def test_cross_sign():
    assert cross((0, 0), (1, 0), (0, 1)) > 0
    assert cross((0, 0), (0, 1), (1, 0)) < 0


def test_hull():
    points = [(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 3)]
    assert convex_hull(points) == [(0, 0), (2, 0), (2, 2), (1, 3), (0, 2)]


def test_hull_collinear_and_small():
    assert convex_hull([(0, 0), (1, 1), (2, 2)]) == [(0, 0), (2, 2)]
    assert convex_hull([(1, 1)]) == [(1, 1)]


def test_bounding_box():
    assert bounding_box([(3, -1), (0, 4), (2, 2)]) == ((0, -1), (3, 4))
    with pytest.raises(ValueError):
        bounding_box([])
