"""Comparison sorts."""


def insertion_sort(values):
    result = list(values)
    for i in range(1, len(result)):
        current = result[i]
        j = i - 1
        while j >= 0 and result[j] > current:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = current
    return result


def merge(left, right):
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def merge_sort(values):
    if len(values) <= 1:
        return list(values)
    middle = len(values) // 2
    return merge(merge_sort(values[:middle]), merge_sort(values[middle:]))


def quicksort(values):
    if len(values) < 2:
        return list(values)
    pivot = values[0]
    smaller = [v for v in values[1:] if v < pivot]
    larger = [v for v in values[1:] if v >= pivot]
    return quicksort(smaller) + [pivot] + quicksort(larger)
