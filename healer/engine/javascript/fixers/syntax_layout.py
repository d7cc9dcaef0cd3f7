"""The layout of a token edit, and the token edits that leave a bare word behind.

The token edits of syntax.py, syntax_tokens.py and token_search.py work on tokens and splice text:
deleting a token keeps both blanks around it (`private stops` → `  stops`, `=> return x` → `=>  x`),
and a punctuator put in place of another keeps the blanks the old one took (`drives = 0` →
`drives : 0`, `) => number` → `) : number`, `Mobile: 'm'` → `Mobile= 'm'`). The file parses either
way, but the fix is not what the author would write: a formatter or a style rule then flags the line
the engine "fixed", and the diff a reviewer reads is not the one-token slip it repaired. So every
candidate is given the layout a token of its kind takes where it was spliced (`tidy`):

- a deleted token takes one of its two blanks with it (at a line's indentation, the one after it);
- a `:`, `,` or `;` written in place of an operator that takes blanks (`=`, `=>`) sits against the
  word before it, as a property's, a parameter's or a type annotation's colon does;
- an `=` or `=>` written in place of a punctuator that sits against its word gets a blank before it.

Only blanks next to the edit change, never inside a string, template or comment (checked on the
parse tree), so what the file means is what the splice meant.

Ranking (`bare_word_last`): an inserted `;` that ends a line's first word when more code follows
(`private; stops = …`, `function; bearing(year) {`) makes the word a statement or a class field of
its own, which does nothing: the code parses because the word was dropped from the construct it
belonged to. An `=` put after a keyword that leads the line (`private = stops = …`) makes the
keyword a field's name, which no author writes (the naturalness argument of Santos et al.: the
repair that reads like code people write first). Such candidates go after the others, which keep
the word's role or remove it.
"""

from __future__ import annotations

import dataclasses
import re

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.syntax import encode, parse

# The punctuators that sit against the word before them, and the operators that take a blank on
# each side (Prettier's and the ECMAScript specification's own layout).
TIGHT = (":", ",", ";")
SPACED = ("=", "=>")
# The node types whose text is data, not layout: a blank there is part of a value.
DATA = ("string", "string_fragment", "template_string", "comment", "regex", "regex_pattern", "jsx_text")
BARE_WORD = re.compile(r"^\s*[A-Za-z_$][\w$]*\s*;\s*\S")
# The words that lead a declaration or a statement (ECMAScript's reserved words and TypeScript's
# modifiers): legal as a property's or a field's name, but no author names a field `private`.
KEYWORDS = frozenset(
    (
        "function", "class", "const", "let", "var", "return", "if", "else", "for", "while", "switch",
        "case", "new", "delete", "typeof", "void", "export", "import", "default", "extends", "static",
        "async", "await", "yield", "get", "set", "public", "private", "protected", "readonly",
        "abstract", "declare", "override", "implements", "interface", "enum", "type",
    )
)  # fmt: skip
KEYWORD_NAMED = re.compile(r"^\s*(?P<word>[A-Za-z_$][\w$]*)\s*(?:;|=(?![=>]))")


def tidy(candidate: Candidate, *, original: str, path: str) -> Candidate:
    """The candidate with the layout its token takes where it was spliced (see the module's doc);
    the candidate itself where the edit is not one token's on one line, or touches data."""
    new = candidate.text
    start, end, old_end = _edited_span(original, new)
    if "\n" in new[start:end] or "\n" in original[start:old_end]:
        return candidate
    inserted, removed = new[start:end], original[start:old_end]
    tidied = _layout(new, start=start, end=end, inserted=inserted.strip(), removed=removed.strip())
    if tidied == new or _in_data(new, path, start=start, end=end):
        return candidate
    return dataclasses.replace(candidate, text=tidied)


def bare_word_last(candidates: list[Candidate], *, original: str) -> list[Candidate]:
    """The candidates in their order, those that make a line's first word a statement of its own
    (an inserted `;` after it, more code following) or a keyword that led the line a field's or a
    variable's name (`private = stops = …`) last."""
    bare = [
        c
        for c in candidates
        if _leaves_bare_word(c, original=original) or _names_a_keyword(c, original=original)
    ]
    return [c for c in candidates if c not in bare] + bare


def _edited_span(original: str, new: str) -> tuple[int, int, int]:
    """(start, end in the new text, end in the original) of the one region the two texts differ in."""
    limit = min(len(original), len(new))
    start = 0
    while start < limit and original[start] == new[start]:
        start += 1
    tail = 0
    while tail < limit - start and original[-1 - tail] == new[-1 - tail]:
        tail += 1
    return start, len(new) - tail, len(original) - tail


def _layout(new: str, *, start: int, end: int, inserted: str, removed: str) -> str:
    before = new[start - 1] if start else "\n"
    after = new[end] if end < len(new) else "\n"
    line_start = new.rfind("\n", 0, start) + 1
    if not inserted and removed:
        # A deleted token: one of the blanks around it goes with it.
        if after == " " and (before == " " or not new[line_start:start].strip()):
            return new[:end] + new[end + 1 :]
        if before == " " and after in ",;:)]}":
            return new[: start - 1] + new[start:]
        return new
    if inserted in TIGHT and removed in SPACED and before == " ":
        return new[: start - 1] + new[start:]
    if inserted in SPACED and removed in TIGHT and before not in " \n" and after == " ":
        return new[:start] + " " + new[start:]
    return new


def _in_data(text: str, path: str, *, start: int, end: int) -> bool:
    """Whether the edited span touches a string, a template, a regex or a comment."""
    tree = parse(text, path)
    if tree is None:
        return True
    prefix = encode(text[:start])
    low, high = max(len(prefix) - 1, 0), len(prefix) + len(encode(text[start:end])) + 1
    node = tree.root_node.descendant_for_byte_range(low, high)
    while node is not None:
        if node.type in DATA:
            return True
        node = node.parent
    return False


def _leaves_bare_word(candidate: Candidate, *, original: str) -> bool:
    start, end, old_end = _edited_span(original, candidate.text)
    if candidate.text[start:end].strip() != ";" or original[start:old_end].strip():
        return False
    line_start = candidate.text.rfind("\n", 0, start) + 1
    line_end = candidate.text.find("\n", start)
    line = candidate.text[line_start : line_end if line_end >= 0 else None]
    return bool(BARE_WORD.match(line)) and start <= line_start + line.index(";") < end


def _names_a_keyword(candidate: Candidate, *, original: str) -> bool:
    """Whether the edit put a `;` or an `=` right after the keyword that leads the edited line."""
    start, _, _ = _edited_span(original, candidate.text)
    line_start = candidate.text.rfind("\n", 0, start) + 1
    line_end = candidate.text.find("\n", start)
    line = candidate.text[line_start : line_end if line_end >= 0 else None]
    match = KEYWORD_NAMED.match(line)
    return bool(match and match["word"] in KEYWORDS and line_start + match.end() > start)
