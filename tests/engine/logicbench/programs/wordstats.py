"""Word statistics of a text."""

import re
from collections import Counter

WORD = re.compile(r"[a-z']+")


def words(text):
    return WORD.findall(text.lower())


def word_counts(text):
    return Counter(words(text))


def top_words(text, n, stop=()):
    counts = word_counts(text)
    for word in stop:
        counts.pop(word, None)
    return [word for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]]


def histogram(counts, width=10):
    """One bar per word, scaled so the largest count fills width characters."""
    if not counts:
        return []
    largest = max(counts.values())
    lines = []
    for word in sorted(counts):
        bar = "#" * max(1, round(counts[word] * width / largest))
        lines.append(f"{word:<8}{bar}")
    return lines


def average_word_length(text):
    found = words(text)
    if not found:
        return 0.0
    return sum(len(w) for w in found) / len(found)
