import pytest

from minheap import MinHeap, heap_sort


def test_pop_returns_the_smallest():
    heap = MinHeap()
    for value in [5, 3, 8, 1, 9, 2]:
        heap.push(value)
    assert heap.pop() == 1
    assert heap.pop() == 2
    assert len(heap) == 4


def test_peek_does_not_remove():
    heap = MinHeap()
    heap.push(4)
    heap.push(2)
    assert heap.peek() == 2
    assert len(heap) == 2


def test_empty_heap_raises():
    with pytest.raises(IndexError):
        MinHeap().pop()
    with pytest.raises(IndexError):
        MinHeap().peek()


def test_heap_sort():
    assert heap_sort([7, 3, 9, 1, 3, 0, 12, 5]) == [0, 1, 3, 3, 5, 7, 9, 12]


def test_heap_sort_of_one_and_none():
    assert heap_sort([4]) == [4]
    assert heap_sort([]) == []


def test_single_push_pop():
    heap = MinHeap()
    heap.push(10)
    assert heap.pop() == 10
    assert len(heap) == 0
