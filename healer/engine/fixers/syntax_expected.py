"""SYNTAX: parser-guided edits at the error token, for "invalid syntax" and "expected X".

The generic search (syntax_search.py) edits one token at a time, and reaches a second edit only
from a first that moved the file's error further down. Three repairs the parser's position points
at need more than one token changed at once, and none of their single-token halves moves the
error (so the two-edit search never starts from them):

- a run of two or three tokens that does not belong (`for var in vars if var:`, a filter clause
  written on a `for` statement; `x = y z w`): `token_runs` deletes each run of two or three
  tokens that starts or ends at the parser's token. Burke & Fisher's "scope recovery" deletes
  such runs around the error point; a repair costs more the more tokens of the line it drops,
  so one that keeps more of the line ranks first;
- a conditional expression written in another language's syntax (`c ? a : b`, C, Java,
  JavaScript): `foreign_conditional` rewrites it as Python's `a if c else b` when the line holds
  a `?` (never valid Python outside a string) with its `:` at the same bracket depth; and that
  languages' negation `!x` as `not x` (`foreign_not`);
- a `continue` or `break` outside a loop because the loop's header became an `if`:
  `loop_headers` writes each enclosing `if` as `while` (the error is the compiler's, below a
  header the search's window around the statement may not reach);
- a class's bases written in another language's syntax (`class X extends Base:`, Java,
  JavaScript, PHP, TypeScript; `implements`, `with` for more; Ruby's `class X < Base`):
  `foreign_bases` writes them as Python's `class X(Base):`, keeping every name (deleting
  `extends Base` compiles too, and leaves the class without its base: gjson, round 43);
- a conditional expression without its else (the parser's "expected 'else' after 'if'
  expression"): the templates give it the body's empty value or None; `missing_else` adds the
  operands of the condition that are not the body (`a if a > b` -> `a if a > b else b`, the
  max/min and clamp idiom: the value compared with is the other branch), for the search to try
  once the templates' were rejected.

Each edit is one line's new text with a description and a cost in edits, as syntax_tokens' makers
give them; the search compiles every one and keeps those after which the file compiles.
"""

from __future__ import annotations

import ast
import keyword
import re
from collections.abc import Iterator

Token = tuple[int, int, str, int]
RUN_LENGTHS = (2, 3)  # tokens deleted together (one is the search's own single deletion)
RUN_COST = 1.6  # a run of two tokens (after a token replaced or swapped, 1.5: those keep every token); each more costs RUN_STEP more
RUN_STEP = 0.3
OPENERS, CLOSERS = "([{", ")]}"
# Where an expression starts, scanning back from the `?` at its own bracket depth.
EXPRESSION_STARTS = frozenset(
    {
        "=",
        "return",
        "yield",
        "(",
        "[",
        "{",
        ",",
        ":",
        "lambda",
        "+=",
        "-=",
        "*=",
        "/=",
        "|=",
        "&=",
        "in",
        "assert",
    }
)
# A lone `!` before an operand is another language's negation far more often than a typo of `-`,
# `+` or `~` (syntax_tokens' one-character operator edits, one edit each): it goes first.
NOT_COST = 0.9
MAX_OPERANDS = 3  # else values taken from the condition
# Another language's inheritance clause: a rewrite that keeps every name, before a token run's
# deletion (RUN_COST) and a single token's replacement.
BASES_COST = 0.9
FOREIGN_HEADER = re.compile(
    r"(?P<head>\s*class\s+[A-Za-z_]\w*)\s*(?:\bextends\b|\binherits\b|<)\s*(?P<rest>.*?)\s*:\s*$"
)
BASE_SEPARATORS = re.compile(r"\s*(?:,|\bimplements\b|\bextends\b|\bwith\b|\band\b)\s*")
DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
# Another language's arrow function (`(x) => x.name`, JavaScript, TypeScript; C#'s lambda): Python's
# `lambda x: x.name`, keeping the parameters bound (deleting `=` compiles too, as `(x) > x.name`,
# and leaves `x` unbound where the arrow bound it: dompa, round 44's held-out half).
ARROW_COST = 0.9
CONDITIONS = frozenset({"if", "elif", "while", "assert"})
NAME_TOKEN = re.compile(r"[^\W\d]\w*")  # identifiers, unicode ones too (`é`, `名`)


def _real(tokens: list[Token]) -> list[Token]:
    """The tokens that are text: the tokenizer's whitespace error tokens (before a `?`) left out."""
    return [token for token in tokens if token[2].strip()]


def _error_index(tokens: list[Token], column: int | None) -> int | None:
    """The index of the token the parser points at: the one around `column`, else the next."""
    if column is None or not tokens:
        return None
    for index, (start, end, _, _) in enumerate(tokens):
        if start <= column < end or start >= column:
            return index
    return len(tokens) - 1


def token_runs(body: str, tokens: list[Token], column: int | None) -> Iterator[tuple[str, str, float]]:
    """(new line, description, cost) for deleting each run of two or three tokens that starts at
    the parser's token or ends at it or right before it. A run never holds a bracket (deleting one leaves the line's
    brackets unbalanced: a new error, not a repair) nor the line's first token (its statement)."""
    tokens = _real(tokens)
    index = _error_index(tokens, column)
    if index is None:
        return
    seen: set[tuple[int, int]] = set()
    for length in RUN_LENGTHS:
        # At the parser's token, or ending there or just before it: the parser often notices a
        # stray run only at the token after it (`for var in vars if var:` is read as the start of
        # `vars if var else ...` up to the `:`).
        for first in (index, index - length + 1, index - length):
            last = first + length - 1
            if first < 1 or last >= len(tokens) or (first, last) in seen:
                continue
            seen.add((first, last))
            run = tokens[first : last + 1]
            if any(string in OPENERS + CLOSERS for _, _, string, _ in run):
                continue
            start, end = run[0][0], run[-1][1]
            before, after = body[:start].rstrip(), body[end:].lstrip()
            glue = " " if before and after and (after[0].isalnum() or after[0] in "_'\"") else ""
            if after[:1] in (":", ",", ")", "]", "}", ".") or not after:
                glue = ""
            shown = body[start:end]
            yield (
                before + glue + after,
                f"delete `{shown}`",
                RUN_COST + RUN_STEP * (length - 2),
            )


def _depths(tokens: list[Token]) -> list[int]:
    """The bracket depth each token stands at (a closer at the depth it closes to)."""
    depth, found = 0, []
    for _, _, string, _ in tokens:
        if string in CLOSERS:
            depth -= 1
        found.append(depth)
        if string in OPENERS:
            depth += 1
    return found


def foreign_conditional(
    body: str, tokens: list[Token], column: int | None
) -> Iterator[tuple[str, str, float]]:
    """`c ? a : b` -> `a if c else b`, for each `?` of the line whose `:` stands at its depth."""
    tokens = _real(tokens)
    depths = _depths(tokens)
    for mark, (_, _, string, _) in enumerate(tokens):
        if string != "?":
            continue
        depth = depths[mark]
        colon = next(
            (i for i in range(mark + 1, len(tokens)) if tokens[i][2] == ":" and depths[i] == depth), None
        )
        if colon is None:
            continue
        first = mark
        while first > 0 and not (depths[first - 1] == depth and tokens[first - 1][2] in EXPRESSION_STARTS):
            if depths[first - 1] < depth:
                break
            first -= 1
        last = colon + 1
        while last < len(tokens) and not (depths[last] == depth and tokens[last][2] in ",:" + CLOSERS):
            if depths[last] < depth:
                break
            last += 1
        if first == mark or colon + 1 == last or colon == mark + 1:
            continue
        start, end = tokens[first][0], tokens[last - 1][1]
        condition = body[start : tokens[mark][0]].strip()
        chosen = body[tokens[mark][1] : tokens[colon][0]].strip()
        other = body[tokens[colon][1] : end].strip()
        written = f"{chosen} if {condition} else {other}"
        yield (
            body[:start] + written + body[end:],
            f"write the conditional `{body[start:end]}` as Python's `{written}`",
            1.0,
        )


def foreign_not(body: str, tokens: list[Token], column: int | None) -> Iterator[tuple[str, str, float]]:
    """`!flag` -> `not flag`: another language's negation (a lone `!` is never Python outside a
    string, `!=` aside). `&&` and `||` are operator runs syntax_tokens already replaces by `and`
    and `or`; the `!` before an operand is no run of operator characters to it."""
    for start, end, string, _ in _real(tokens):
        if string != "!" or body[end : end + 1] == "=":
            continue
        before, after = body[:start], body[end:].lstrip()
        glue = " " if before and not before[-1].isspace() and before[-1] not in "([{" else ""
        yield before + glue + "not " + after, "write the negation `!` as Python's `not`", NOT_COST


def foreign_bases(body: str, tokens: list[Token], column: int | None) -> Iterator[tuple[str, str, float]]:
    """`class X extends Base:` -> `class X(Base):`: a class header whose bases follow another
    language's keyword (`extends`, `inherits`, Ruby's `<`), more of them after `,`, `implements`
    or Scala's `with`. Only names are moved into the parentheses: anything else is not a base list."""
    code = body.split("#", 1)[0].rstrip() if "'" not in body and '"' not in body else body.rstrip()
    match = FOREIGN_HEADER.match(code)
    if match is None:
        return
    bases = [base for base in BASE_SEPARATORS.split(match.group("rest")) if base]
    if not bases or not all(DOTTED.fullmatch(base) for base in bases):
        return
    written = f"{match.group('head')}({', '.join(bases)}):"
    yield written, f"write the class's bases as Python's `{written.strip()}`", BASES_COST


def foreign_arrow(body: str, tokens: list[Token], column: int | None) -> Iterator[tuple[str, str, float]]:
    """`(a, b) => a + b` or `a => a.x` -> `lambda a, b: a + b`: an arrow function whose parameters
    are names (none, or more after commas) and whose body is an expression (a `{` block is not one),
    up to the first `,` or closer at the arrow's bracket depth, or the line's end. Not when the
    parentheses are a call's or a def's, nor when the body reads none of the parameters: those
    are `>=` or `->` typed as `=>` (`len(xs) => 2`, `def f(self) => int:`, `n => 5`)."""
    tokens = _real(tokens)
    depths = _depths(tokens)
    for mark in range(1, len(tokens) - 1):
        equals, greater = tokens[mark], tokens[mark + 1]
        if equals[2] != "=" or greater[2] != ">" or equals[1] != greater[0]:
            continue
        depth = depths[mark]
        if depth == 0 and tokens[0][2] in CONDITIONS:
            continue  # a lambda is always true: `if n => n + 1:` is `>=` typed backwards (review 45)
        before = tokens[mark - 1]
        if before[2] == ")":
            opener = next(
                (i for i in range(mark - 2, -1, -1) if tokens[i][2] == "(" and depths[i] == depth), None
            )
            if opener is None:
                continue
            called = opener > 0 and tokens[opener - 1][2] in ")]"
            named = opener > 0 and NAME_TOKEN.fullmatch(tokens[opener - 1][2]) is not None
            if called or (named and not keyword.iskeyword(tokens[opener - 1][2])):
                continue  # a call's or a def's parentheses (`len(xs) => 2`, `def f(self) => int`)
            inside = tokens[opener + 1 : mark - 1]
            names = [t[2] for t in inside if t[2] != ","]
            commas = [t for t in inside if t[2] == ","]
            if any(not NAME_TOKEN.fullmatch(n) or keyword.iskeyword(n) for n in names) or (
                names and len(commas) not in (len(names) - 1, len(names))
            ):
                continue
            first = opener
        elif NAME_TOKEN.fullmatch(before[2]) and not keyword.iskeyword(before[2]):
            names, first = [before[2]], mark - 1
        else:
            continue
        if first > 0 and tokens[first - 1][2] in CONDITIONS | {"and", "or", "not"}:
            continue  # a comprehension's or a conditional's test: `[x for x in xs if x => x + 1]`
        last = mark + 2
        if last >= len(tokens) or tokens[last][2] == "{":
            continue
        while last < len(tokens) and not (depths[last] == depth and tokens[last][2] in "," + CLOSERS):
            if depths[last] < depth:
                break
            last += 1
        if last == mark + 2:
            continue
        start, end = tokens[first][0], tokens[last - 1][1]
        expression = body[greater[1] : end].strip()
        read = set(NAME_TOKEN.findall(expression))
        if names and not read & set(names):
            continue  # a body that ignores its parameters: `count => 5` is `>=` typed backwards
        written = f"lambda {', '.join(names)}: {expression}" if names else f"lambda: {expression}"
        yield (
            body[:start] + written + body[end:],
            f"write the arrow function `{body[start:end]}` as Python's `{written}`",
            ARROW_COST,
        )


def missing_else(body: str, tokens: list[Token], column: int | None) -> Iterator[tuple[str, str, float]]:
    """`a if a > b` with no else: ` else b`, each operand of the condition that is not the body
    (names, attributes, constants, nearest the body's kind first), inserted where the conditional
    ends (the first `,`, `:` or closer at its own depth, or the line's end)."""
    tokens = _real(tokens)
    index = _error_index(tokens, column)
    if index is None:
        return
    depths = _depths(tokens)
    depth = depths[index]
    last = index
    while last < len(tokens) and not (depths[last] == depth and tokens[last][2] in ",:" + CLOSERS):
        if depths[last] < depth:
            break
        last += 1
    if last == index:
        return
    start, end = tokens[index][0], tokens[last - 1][1]
    for written in _else_values(body[start:end]):
        yield (
            body[:end] + f" else {written}" + body[end:],
            f"give the conditional expression its else branch from its condition: else {written}",
            1.0,
        )


def _else_values(conditional: str) -> list[str]:
    """The else values `conditional` (`a if a > b`) takes from its condition, at most MAX_OPERANDS.

    Nothing for a line the walk cannot read: the parser takes an attribute chain thousands long that
    ast.dump and ast.unparse recurse through once per attribute (RecursionError), and a deep one
    overflows the parser's own stack (MemoryError)."""
    try:
        tree = ast.parse(f"({conditional} else None)", mode="eval").body
        if not isinstance(tree, ast.IfExp):
            return []
        body_dump = ast.dump(tree.body)
        found: list[str] = []
        for operand in _operands(tree.test):
            if ast.dump(operand) == body_dump:
                continue
            written = ast.unparse(operand)
            if written in found or written in ("None", "True", "False"):
                continue
            found.append(written)
            if len(found) >= MAX_OPERANDS:
                break
        return found
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return []


def _operands(test: ast.expr) -> Iterator[ast.expr]:
    """The simple operands of a condition (a comparison's sides, a boolean's parts'), left first."""
    if isinstance(test, ast.Compare):
        for operand in (test.left, *test.comparators):
            if isinstance(operand, ast.Name | ast.Attribute | ast.Constant | ast.Subscript):
                yield operand
    elif isinstance(test, ast.BoolOp):
        for value in test.values:
            yield from _operands(value)
    elif isinstance(test, ast.UnaryOp):
        yield from _operands(test.operand)
    elif isinstance(test, ast.Name | ast.Attribute):
        yield test


LOOP_OUTSIDE = ("'break' outside loop", "'continue' not properly in loop", "'continue' outside loop")
MAX_HEADERS = 4  # enclosing blocks looked at, innermost first
IF_HEADER = re.compile(r"(\s*)if(\s|\()")


def loop_headers(lines: list[str], line: int, message: str) -> Iterator[tuple[int, str, str]]:
    """(header line, new header text, description) for `'continue' not properly in loop`: each
    enclosing `if` of the statement (innermost first, up to the function or class around it)
    written as the `while` it was meant to be (a retry loop whose `while` became an `if`: every
    `continue` and `break` in its body is then outside a loop, and only the header explains them
    all). The compiler decides which, if any, holds."""
    if not any(text in message for text in LOOP_OUTSIDE) or not 1 <= line <= len(lines):
        return
    width = _width(lines[line - 1])
    found = 0
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if not text.strip() or text.lstrip().startswith("#") or _width(text) >= width:
            continue
        width = _width(text)
        stripped = text.lstrip()
        if stripped.startswith(("def ", "async def ", "class ")) or found >= MAX_HEADERS:
            return
        found += 1
        match = IF_HEADER.match(text)
        if match:
            new = f"{match.group(1)}while{text[match.end(1) + 2 :]}"
            yield number, new, f"make the `if` on line {number} the loop its `break`/`continue` need: `while`"
        if width == 0:
            return


def _width(text: str) -> int:
    return len(text[: len(text) - len(text.lstrip(" \t"))].expandtabs(8))
