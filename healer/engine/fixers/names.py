"""How alike two identifiers are, as an engineer reading code would judge it.

Used to rank repairs that replace one name by another: a parameter's value among the names
in scope (`rate` <- `VAT_RATE`, `self.fx_rate`), a renamed function (`collapse_ws` ->
`collapse_whitespace`), a misspelt module. Four signals, the strongest wins: the same name,
the same after normalisation (case, underscores, plural), the words of one covering the words
of the other (whole, or abbreviated: `ws` ~ `whitespace`, `cfg` ~ `config`), and edit distance.
"""

from __future__ import annotations

import difflib
import re

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z]|\d|\b|_)|[A-Z]?[a-z]+|[A-Z]+|\d+")


def tokens(name: str) -> list[str]:
    """Words of an identifier: `maxWidth` -> [max, width], `VAT_RATE` -> [vat, rate]."""
    return [word.lower() for word in _WORD.findall(name)]


def singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def normalise(name: str) -> str:
    return "".join(singular(word) for word in tokens(name))


def abbreviates(short: str, long: str) -> bool:
    """`ws` ~ `whitespace`, `cfg` ~ `config`, `num` ~ `number`: same first letter, letters in order."""
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False
    position = 0
    for char in short:
        position = long.find(char, position) + 1
        if position == 0:
            return False
    return True


def _word_match(a: str, b: str) -> float:
    if a == b or singular(a) == singular(b):
        return 1.0
    if abbreviates(a, b) or abbreviates(b, a):
        return 0.8
    return 0.0


def coverage(wanted: str, offered: str) -> float:
    """How well the words of `offered` cover the words of `wanted` (0..1), extra words cost a little."""
    want, have = tokens(wanted), tokens(offered)
    if not want or not have:
        return 0.0
    matched = [max((_word_match(w, h) for h in have), default=0.0) for w in want]
    covered = sum(matched) / len(want)
    used = sum(1 for h in have if any(_word_match(w, h) for w in want)) / len(have)
    return 0.8 * covered + 0.2 * used if covered else 0.0


def similarity(a: str, b: str) -> float:
    """0..1: 1 for the same name, about 0.9 for the same words, lower for partial or spelling likeness."""
    if a == b:
        return 1.0
    if normalise(a) == normalise(b):
        return 0.95
    words = min(coverage(a, b), coverage(b, a)) if tokens(a) and tokens(b) else 0.0
    words = max(words, 0.9 * max(coverage(a, b), coverage(b, a)) if len(tokens(a)) == len(tokens(b)) else 0)
    spelling = difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()
    return round(max(0.9 * words, 0.9 * spelling if spelling >= 0.75 else 0.6 * spelling), 4)


def closest(word: str, options, *, cutoff: float = 0.6, limit: int = 3) -> list[str]:
    """Options alike `word`, most alike first (ties by spelling, then name)."""
    scored = [
        (
            similarity(word, option),
            difflib.SequenceMatcher(None, word.lower(), option.lower()).ratio(),
            option,
        )
        for option in options
        if option != word
    ]
    scored = [item for item in scored if item[0] >= cutoff]
    scored.sort(key=lambda item: (-item[0], -item[1], item[2]))
    return [option for _, _, option in scored[:limit]]
