"""Disjoint sets and Kruskal's minimum spanning tree."""


class DisjointSet:
    def __init__(self, elements):
        self.parent = {e: e for e in elements}
        self.rank = {e: 0 for e in elements}
        self.groups = len(self.parent)

    def find(self, element):
        root = element
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[element] != root:
            self.parent[element], element = root, self.parent[element]
        return root

    def union(self, a, b):
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        if self.rank[root_a] < self.rank[root_b]:
            root_a, root_b = root_b, root_a
        self.parent[root_b] = root_a
        if self.rank[root_a] == self.rank[root_b]:
            self.rank[root_a] += 1
        self.groups -= 1
        return True


def minimum_spanning_tree(nodes, edges):
    """Edges (weight, a, b) of a minimum spanning forest, by Kruskal."""
    sets = DisjointSet(nodes)
    chosen = []
    for weight, a, b in sorted(edges):
        if sets.union(a, b):
            chosen.append((weight, a, b))
    return chosen
