"""Generating subsets, permutations and combinations."""


def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    return rest + [[items[0], *subset] for subset in rest]


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for index, item in enumerate(items):
        remaining = items[:index] + items[index + 1 :]
        for perm in permutations(remaining):
            result.append([item, *perm])
    return result


def combinations(items, size):
    if size == 0:
        return [[]]
    if len(items) < size:
        return []
    first, rest = items[0], items[1:]
    with_first = [[first, *combo] for combo in combinations(rest, size - 1)]
    return with_first + combinations(rest, size)


def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result
