"""SYNTAX: C's conditional operator `cond ? a : b` written as Python's `a if cond else b` (round 53).

Python has no `?` operator: the tokenizer reads it as an error token and the compiler says only
"invalid syntax". C, Java and JavaScript spell the conditional expression `cond ? a : b`; the
language meaning is Python's conditional expression (PEP 308), with the operands in another order.
The token edits of the search cannot reorder operands: they delete the `?` or bend the `:` into
something that parses and computes another value (r324's `(i % 2 == 0) ? 1 : 2` had no candidate
at all). This is a foreign-spelling template (syntax_foreign.py's family): every operand is kept,
only the operator is rewritten.

The operands are read from the line's tokens, so a `?` inside a string or a comment is never
touched. For each `?` (the rightmost first: C's operator associates to the right, so
`a ? b : c ? d : e` is `a ? b : (c ? d : e)` and the inner one is rewritten first), at its bracket
depth:
- the condition starts after the nearest `(`/`[`/`{` that encloses it, an assignment (`=`, `+=`..),
  `return`/`yield`/`lambda ..:`/`,`/`:` at its depth, or the line's indentation;
- the `:` that matches it is the first at its depth after it (a nested `?` before it is skipped
  with its own `:`);
- the alternative runs to the closing bracket, `,` or end of the line's code.
C's `&&`, `||` and `!x` inside the condition are mapped to `and`, `or`, `not x` (the trivial
mapping); anything else foreign is left for the compiler to refuse.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator

from healer.engine.fixers.lineedit import split_lines

MAX_LINE = 2000  # characters: a longer line is left to the search
MAX_REWRITES = 8  # `?` operators rewritten on one line (a chain of nested ternaries)
OPENERS = "([{"
CLOSERS = ")]}"
STARTERS = {"=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", ">>=", "<<=", "@=", ":=", ","}
# `await` and a comparison's `in` bind tighter than the conditional (`await c ? a : b` awaits c,
# `k in d ? d[k] : 0` tests k in d): they stay in the condition. A `for`'s `in` starts it (_for_in).
KEYWORD_STARTERS = {"return", "yield", "assert", "else", "elif", "if", "while"}
C_AND = re.compile(r"\s*&&\s*")
C_OR = re.compile(r"\s*\|\|\s*")
C_NOT = re.compile(r"!(?!=)\s*")


def _tokens(text: str) -> list[tokenize.TokenInfo] | None:
    """The line's tokens (first line only), or None when a string or comment holds the rest."""
    found: list[tokenize.TokenInfo] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(text + "\n").readline):
            if token.start[0] != 1:
                break
            found.append(token)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return found


def _question_marks(tokens: list[tokenize.TokenInfo]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.type == tokenize.ERRORTOKEN and t.string == "?"]


def _code_tokens(tokens: list[tokenize.TokenInfo]) -> list[tokenize.TokenInfo]:
    """Tokens that carry code: no blank error tokens, indentation, comments or line ends."""
    skipped = {tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT}
    return [t for t in tokens if t.type not in skipped and t.string.strip()]


def _condition(cond: str) -> str | None:
    """C's logical operators mapped to Python's; None when the condition holds a string (left alone)."""
    if "&&" not in cond and "||" not in cond and not C_NOT.search(cond):
        return cond
    if "'" in cond or '"' in cond:
        return None
    cond = C_AND.sub(" and ", cond)
    cond = C_OR.sub(" or ", cond)
    return C_NOT.sub("not ", cond)


def _for_in(tokens: list[tokenize.TokenInfo], index: int) -> bool:
    """Whether the `in` at `index` is a `for`'s (a `for` before it at its depth, inside the same
    brackets), not the comparison operator."""
    depth = 0
    for token in reversed(tokens[:index]):
        if token.string in CLOSERS:
            depth += 1
        elif token.string in OPENERS:
            if depth == 0:
                return False
            depth -= 1
        elif depth == 0 and token.type == tokenize.NAME and token.string == "for":
            return True
    return False


def _bare_conditional(tokens: list[tokenize.TokenInfo]) -> bool:
    """Whether the tokens hold an `if` outside brackets (a conditional expression, a lambda's body)."""
    depth = 0
    for token in tokens:
        if token.string in OPENERS:
            depth += 1
        elif token.string in CLOSERS:
            depth -= 1
        elif depth == 0 and token.type == tokenize.NAME and token.string in ("if", "lambda"):
            return True
    return False


def _rewrite_one(text: str) -> str | None:
    """The line with its rightmost `?` rewritten as a conditional expression, or None."""
    tokens = _code_tokens(_tokens(text) or [])
    marks = _question_marks(tokens)
    if not marks:
        return None
    mark = marks[-1]
    # Backwards to the start of the condition, at the `?`'s depth.
    depth, start = 0, None
    for index in range(mark - 1, -1, -1):
        token = tokens[index]
        if token.string in CLOSERS:
            depth += 1
        elif token.string in OPENERS:
            if depth == 0:
                start = token.end[1]
                break
            depth -= 1
        elif depth == 0 and (
            (token.type == tokenize.OP and (token.string in STARTERS or token.string == ":"))
            or (token.type == tokenize.NAME and token.string in KEYWORD_STARTERS)
            or (token.type == tokenize.NAME and token.string == "in" and _for_in(tokens, index))
            # `a ? b ? c : d : e`: the inner condition starts after the outer `?`.
            or (token.type == tokenize.ERRORTOKEN and token.string == "?")
        ):
            start = token.end[1]
            break
    if start is None:
        start = tokens[0].start[1] if tokens else 0
    # Forwards to the `:` at the same depth (a nested `?` takes the next `:` with it).
    depth, pending, colon = 0, 0, None
    for index in range(mark + 1, len(tokens)):
        token = tokens[index]
        if token.string in OPENERS:
            depth += 1
        elif token.string in CLOSERS:
            if depth == 0:
                return None
            depth -= 1
        elif depth == 0 and token.type == tokenize.ERRORTOKEN and token.string == "?":
            pending += 1
        elif depth == 0 and token.string == ":":
            if pending == 0:
                colon = index
                break
            pending -= 1
    if colon is None:
        return None
    # The alternative runs to the bracket that closes, a comma at its depth or the line's end.
    depth, end = 0, None
    for index in range(colon + 1, len(tokens)):
        token = tokens[index]
        if token.string in OPENERS:
            depth += 1
        elif token.string in CLOSERS:
            if depth == 0:
                end = token.start[1]
                break
            depth -= 1
        elif depth == 0 and token.string in (",", ":", "=") and token.type == tokenize.OP:
            end = token.start[1]
            break
    if end is None:
        last = tokens[-1]
        end = last.end[1]
    condition = _condition(text[start : tokens[mark].start[1]].strip())
    chosen = text[tokens[mark].end[1] : tokens[colon].start[1]].strip()
    other = text[tokens[colon].end[1] : end].strip()
    if not condition or not chosen or not other:
        return None
    if _bare_conditional(tokens[mark + 1 : colon]):
        # An inner conditional already rewritten (`a ? (b ? c : d) : e` written without its
        # parentheses): bare, Python reads `c if b else d if a else e` as `c if b else (d if a else e)`.
        chosen = f"({chosen})"
    lead = text[:start]
    lead = lead if lead.endswith((" ", "(", "[", "{")) or not lead.strip() else lead + " "
    tail = text[end:]
    tail = tail if not tail or tail.startswith((" ", ")", "]", "}", ",", ":")) else " " + tail
    return f"{lead}{chosen} if {condition} else {other}{tail}"


def c_ternary_repairs(source: str, line: int) -> Iterator[tuple[str, str]]:
    """(new source, description) with each C conditional `cond ? a : b` on `line` as `a if cond else b`."""
    lines = split_lines(source)
    if not 1 <= line <= len(lines):
        return
    row = lines[line - 1]
    body = row.rstrip("\r\n")
    if "?" not in body or len(body) > MAX_LINE:
        return
    new = body
    for _ in range(MAX_REWRITES):
        rewritten = _rewrite_one(new)
        if rewritten is None:
            break
        new = rewritten
    if new == body or _question_marks(_code_tokens(_tokens(new) or [])):
        return
    ending = row[len(body) :]
    out = list(lines)
    out[line - 1] = new + ending
    yield "".join(out), "write C's conditional cond ? a : b as Python's a if cond else b"
