"""Words and letters."""

from collections import Counter, defaultdict


def is_anagram(a, b):
    clean_a = a.replace(" ", "").lower()
    clean_b = b.replace(" ", "").lower()
    return Counter(clean_a) == Counter(clean_b)


def group_anagrams(words):
    groups = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return sorted(sorted(group) for group in groups.values())


def most_common_letter(text):
    counts = Counter(ch for ch in text.lower() if ch.isalpha())
    if not counts:
        return None
    best = max(counts.values())
    return min(ch for ch, n in counts.items() if n == best)


def is_pangram(text):
    return len({ch for ch in text.lower() if "a" <= ch <= "z"}) == 26


def longest_word(text):
    words = [w.strip(".,;:!?") for w in text.split()]
    longest = ""
    for word in words:
        if len(word) > len(longest):
            longest = word
    return longest
