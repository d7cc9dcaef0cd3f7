"""Sliding-window computations."""

from collections import deque


def sliding_max(values, size):
    if size <= 0:
        raise ValueError("size must be positive")
    window = deque()
    result = []
    for index, value in enumerate(values):
        while window and values[window[-1]] <= value:
            window.pop()
        window.append(index)
        if window[0] <= index - size:
            window.popleft()
        if index >= size - 1:
            result.append(values[window[0]])
    return result


def moving_average(values, size):
    result = []
    total = 0
    for index, value in enumerate(values):
        total += value
        if index >= size:
            total -= values[index - size]
        if index >= size - 1:
            result.append(total / size)
    return result


def longest_unique_run(text):
    """Length of the longest substring without repeated characters."""
    last_seen = {}
    start = best = 0
    for index, ch in enumerate(text):
        if ch in last_seen and last_seen[ch] >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = index
        best = max(best, index - start + 1)
    return best
