"""An unbalanced binary search tree."""


class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
            self.size = 1
            return True
        node = self.root
        while True:
            if key == node[0]:
                return False
            side = 1 if key < node[0] else 2
            if node[side] is None:
                node[side] = [key, None, None]
                self.size += 1
                return True
            node = node[side]

    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False

    def in_order(self):
        out = []

        def visit(node):
            if node is None:
                return
            visit(node[1])
            out.append(node[0])
            visit(node[2])

        visit(self.root)
        return out

    def height(self):
        def depth(node):
            if node is None:
                return 0
            return 1 + max(depth(node[1]), depth(node[2]))

        return depth(self.root)

    def minimum(self):
        if self.root is None:
            raise ValueError("empty tree")
        node = self.root
        while node[1] is not None:
            node = node[1]
        return node[0]
