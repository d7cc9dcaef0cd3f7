"""Shortest paths in weighted graphs {node: [(neighbour, weight), ...]}."""

import heapq


def shortest_distances(graph, source):
    distances = {source: 0}
    queue = [(0, source)]
    done = set()
    while queue:
        distance, node = heapq.heappop(queue)
        if node in done:
            continue
        done.add(node)
        for neighbour, weight in graph.get(node, []):
            candidate = distance + weight
            if candidate < distances.get(neighbour, float("inf")):
                distances[neighbour] = candidate
                heapq.heappush(queue, (candidate, neighbour))
    return distances


def shortest_path(graph, source, target):
    """(distance, [nodes]) of a shortest path, or (None, []) when target is unreachable."""
    previous = {}
    distances = {source: 0}
    queue = [(0, source)]
    while queue:
        distance, node = heapq.heappop(queue)
        if node == target:
            break
        if distance > distances[node]:
            continue
        for neighbour, weight in graph.get(node, []):
            candidate = distance + weight
            if candidate < distances.get(neighbour, float("inf")):
                distances[neighbour] = candidate
                previous[neighbour] = node
                heapq.heappush(queue, (candidate, neighbour))
    if target not in distances:
        return None, []
    path = [target]
    while path[-1] != source:
        path.append(previous[path[-1]])
    path.reverse()
    return distances[target], path
