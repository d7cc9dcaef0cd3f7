"""Descriptive statistics."""

from collections import Counter


def mean(values):
    if not values:
        raise ValueError("mean of no values")
    return sum(values) / len(values)


def median(values):
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        raise ValueError("median of no values")
    middle = n // 2
    if n % 2 == 1:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def mode(values):
    """The most common value; the smallest one on a tie."""
    counts = Counter(values)
    best = max(counts.values())
    return min(value for value, count in counts.items() if count == best)


def variance(values, sample=False):
    m = mean(values)
    squares = sum((v - m) ** 2 for v in values)
    return squares / (len(values) - 1 if sample else len(values))


def percentile(values, p):
    """Nearest-rank percentile, p in 0..100."""
    ordered = sorted(values)
    if p <= 0:
        return ordered[0]
    rank = -(-p * len(ordered) // 100)
    return ordered[min(rank, len(ordered)) - 1]
