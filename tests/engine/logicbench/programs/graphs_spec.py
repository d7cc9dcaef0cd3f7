import pytest

from graphs import bfs_path, reachable, topological_order

GRAPH = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
    "x": ["y"],
}


def test_bfs_path_is_shortest():
    assert bfs_path(GRAPH, "a", "f") == ["a", "b", "d", "f"]


def test_bfs_path_to_itself():
    assert bfs_path(GRAPH, "c", "c") == ["c"]


def test_bfs_path_missing():
    assert bfs_path(GRAPH, "a", "x") is None


def test_reachable():
    assert reachable(GRAPH, "c") == {"c", "d", "e", "f"}
    assert reachable(GRAPH, "x") == {"x", "y"}


def test_topological_order():
    order = topological_order({"shirt": ["tie"], "tie": ["jacket"], "pants": ["shoes", "jacket"], "shoes": []})
    assert order.index("shirt") < order.index("tie") < order.index("jacket")
    assert order.index("pants") < order.index("shoes")
    assert len(order) == 5


def test_topological_order_starts_with_sources_in_order():
    assert topological_order({"b": ["c"], "a": ["c"], "c": []}) == ["a", "b", "c"]


def test_cycle_is_refused():
    with pytest.raises(ValueError):
        topological_order({"a": ["b"], "b": ["a"]})
