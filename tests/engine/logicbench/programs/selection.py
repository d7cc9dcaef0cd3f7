"""Order statistics and frequency ranking."""

from collections import Counter


def kth_smallest(values, k):
    """The k-th smallest value (k starts at 1), by quickselect."""
    if not 1 <= k <= len(values):
        raise ValueError("k out of range")
    pivot = values[len(values) // 2]
    below = [v for v in values if v < pivot]
    equal = [v for v in values if v == pivot]
    above = [v for v in values if v > pivot]
    if k <= len(below):
        return kth_smallest(below, k)
    if k <= len(below) + len(equal):
        return pivot
    return kth_smallest(above, k - len(below) - len(equal))


def top_k_frequent(words, k):
    """The k most common words, most common first, ties alphabetical."""
    counts = Counter(words)
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return [word for word, _ in ranked[:k]]


def second_largest(values):
    first = second = None
    for value in values:
        if first is None or value > first:
            first, second = value, first
        elif value != first and (second is None or value > second):
            second = value
    return second
