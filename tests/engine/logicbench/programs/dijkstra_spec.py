from dijkstra import shortest_distances, shortest_path

ROADS = {
    "home": [("park", 2), ("shop", 7)],
    "park": [("shop", 3), ("school", 8)],
    "shop": [("school", 2)],
    "school": [],
    "island": [],
}


def test_distances():
    assert shortest_distances(ROADS, "home") == {"home": 0, "park": 2, "shop": 5, "school": 7}


def test_distances_from_a_sink():
    assert shortest_distances(ROADS, "school") == {"school": 0}


def test_path():
    assert shortest_path(ROADS, "home", "school") == (7, ["home", "park", "shop", "school"])


def test_path_to_source():
    assert shortest_path(ROADS, "park", "park") == (0, ["park"])


def test_unreachable():
    assert shortest_path(ROADS, "home", "island") == (None, [])


def test_direct_edge_beaten_by_detour():
    graph = {"a": [("c", 10), ("b", 1)], "b": [("c", 1)], "c": []}
    assert shortest_path(graph, "a", "c") == (2, ["a", "b", "c"])
