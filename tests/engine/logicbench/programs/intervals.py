"""Closed integer intervals as (start, end) tuples."""


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def overlaps(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def total_covered(intervals):
    """How many integers the intervals cover together."""
    return sum(end - start + 1 for start, end in merge_intervals(intervals))


def gaps(intervals, low, high):
    """The parts of [low, high] no interval covers."""
    result = []
    cursor = low
    for start, end in merge_intervals(intervals):
        if start > cursor:
            result.append((cursor, min(start - 1, high)))
        cursor = max(cursor, end + 1)
        if cursor > high:
            break
    if cursor <= high:
        result.append((cursor, high))
    return result
