"""A binary min-heap on a list."""


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, value):
        self.items.append(value)
        self._sift_up(len(self.items) - 1)

    def peek(self):
        if not self.items:
            raise IndexError("peek from an empty heap")
        return self.items[0]

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty heap")
        last = self.items.pop()
        if not self.items:
            return last
        smallest = self.items[0]
        self.items[0] = last
        self._sift_down(0)
        return smallest

    def _sift_up(self, index):
        while index > 0:
            parent = (index - 1) // 2
            if self.items[index] >= self.items[parent]:
                break
            self.items[index], self.items[parent] = self.items[parent], self.items[index]
            index = parent

    def _sift_down(self, index):
        size = len(self.items)
        while True:
            left = 2 * index + 1
            right = left + 1
            smallest = index
            if left < size and self.items[left] < self.items[smallest]:
                smallest = left
            if right < size and self.items[right] < self.items[smallest]:
                smallest = right
            if smallest == index:
                return
            self.items[index], self.items[smallest] = self.items[smallest], self.items[index]
            index = smallest


def heap_sort(values):
    heap = MinHeap()
    for value in values:
        heap.push(value)
    return [heap.pop() for _ in range(len(heap))]
