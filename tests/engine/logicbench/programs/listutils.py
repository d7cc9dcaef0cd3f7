"""Utilities for lists."""


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def chunks(items, size):
    if size < 1:
        raise ValueError("size must be positive")
    return [items[i : i + size] for i in range(0, len(items), size)]


def dedupe(items):
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def rotate(items, steps):
    if not items:
        return []
    steps %= len(items)
    return items[-steps:] + items[:-steps]


def interleave(a, b):
    out = []
    for x, y in zip(a, b):
        out += [x, y]
    shorter = min(len(a), len(b))
    return out + a[shorter:] + b[shorter:]
