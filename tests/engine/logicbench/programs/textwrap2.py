"""Greedy word wrapping and justification."""


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) if not current else len(word) + 1
        if current and length + extra > width:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def justify(words, width):
    """Spread words over exactly width characters, extra spaces going to the left gaps."""
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for index, word in enumerate(words[:-1]):
        out += word + " " * (base + (1 if index < extra else 0))
    return out + words[-1]


def center(text, width, fill=" "):
    if len(text) >= width:
        return text
    total = width - len(text)
    left = total // 2
    return fill * left + text + fill * (total - left)
