"""Bracket matching."""

PAIRS = {")": "(", "]": "[", "}": "{"}


def is_balanced(text):
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
    return not stack


def max_depth(text):
    depth = best = 0
    for ch in text:
        if ch == "(":
            depth += 1
            best = max(best, depth)
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced")
    return best


def matching_positions(text):
    """{open index: close index} for every pair of round brackets."""
    stack, pairs = [], {}
    for index, ch in enumerate(text):
        if ch == "(":
            stack.append(index)
        elif ch == ")":
            pairs[stack.pop()] = index
    return pairs


def longest_valid(text):
    """Length of the longest well-formed run of round brackets."""
    best = 0
    stack = [-1]
    for index, ch in enumerate(text):
        if ch == "(":
            stack.append(index)
        else:
            stack.pop()
            if not stack:
                stack.append(index)
            else:
                best = max(best, index - stack[-1])
    return best
