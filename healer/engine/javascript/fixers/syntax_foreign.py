"""SYNTAX repairs for another language's forms that JavaScript spells otherwise (round 45, npm19).

Two first errors of the twenty-ninth npm part (now d291, d295, d297) were written as Python or as a
class of several bases, and no candidate answered them, or the one-token edits answered with a wrong
program (`a > 0, b > 0` for `a > 0 and b > 0`: the comma operator tests only the last operand):

- Python's conditional expression, `X if C else Y` (The Python Language Reference, 6.13): JavaScript's
  conditional operator `C ? X : Y` (ECMAScript 13.14). V8 stops at the `if` ("Unexpected token 'if'").
- Python's boolean operators `and`, `or`, `not` (6.11) are JavaScript's `&&`, `||`, `!`; its `elif` is
  `else if`.
- A class given several bases (`class G extends Station, Timed`): a class extends exactly one
  (ECMAScript ClassHeritage; TypeScript's TS1174 "Classes can only extend a single class", esbuild's
  `Expected "{" but found ","`). In TypeScript the others are the interfaces it implements
  (`extends Station implements Timed`); tree-sitter's TypeScript grammar accepts the list, so it is
  an early error here.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_span

WORDS = {"and": "&&", "or": "||"}
OPENERS, CLOSERS = "([{", ")]}"
# Where an expression starts, left of a Python conditional's value: these end the text before it.
STARTS = re.compile(r"(?:\breturn|\byield|\bthrow|=>|[=:?,;(\[{]|&&|\|\|)\s*$")


def _code_mask(line: str) -> list[bool]:
    """Which characters of a line are code (not inside a string, a template or a comment)."""
    mask, quote, escaped, comment_end = [], "", False, 0
    for i, char in enumerate(line):
        if i < comment_end:
            mask.append(False)
            continue
        if not quote and line.startswith("/*", i):
            close = line.find("*/", i + 2)
            comment_end = len(line) if close < 0 else close + 2
            mask.append(False)
            continue
        if quote:
            mask.append(False)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
            continue
        if char in "'\"`":
            quote = char
            mask.append(False)
        elif line.startswith("//", i):
            mask.extend([False] * (len(line) - i))
            break
        else:
            mask.append(True)
    return mask


def _words(line: str, mask: list[bool], word: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"\b{word}\b", line) if mask[m.start()]]


def python_candidates(text: str, path: str, row: int) -> list[Candidate]:
    """Python's conditional expression, boolean operators and `elif` on line `row` (1-based) in
    JavaScript's spelling; unparsed (the caller keeps what parses)."""
    lines = text.split("\n")
    if not 0 < row <= len(lines):
        return []
    line = lines[row - 1]
    mask = _code_mask(line)
    found: list[tuple[str, str]] = []
    conditional = _conditional(line, mask)
    if conditional is not None:
        found.append((conditional, "write Python's 'X if C else Y' as JavaScript's 'C ? X : Y'"))
    spelt = line
    for word, operator in (*WORDS.items(), ("not", "!"), ("elif", "else if")):
        for start in reversed(_words(spelt, _code_mask(spelt), word)):
            end = start + len(word)
            if word == "not":
                end += len(spelt[end:]) - len(spelt[end:].lstrip())
            spelt = spelt[:start] + operator + spelt[end:]
    if spelt != line:
        found.append((spelt, "write Python's and/or/not/elif as JavaScript's &&/||/!/else if"))
    formatted = fstring_candidates(line, mask)
    if formatted is not None:
        found.insert(0, (formatted, "write Python's f-string as a template literal with ${...} fields"))
    arrow = lambda_candidate(line, mask)
    if arrow is not None:
        found.insert(0, (arrow, "write Python's lambda as an arrow function"))
    return [
        Candidate(path, "\n".join([*lines[: row - 1], new, *lines[row:]]), row, what) for new, what in found
    ]


def _conditional(line: str, mask: list[bool]) -> str | None:
    ifs, elses = _words(line, mask, "if"), _words(line, mask, "else")
    for at in ifs:
        before = line[:at].rstrip()
        if not before or before.endswith(("else", "{", "}", ";")) or not any(mask[: len(before)]):
            continue  # an `if` statement, not a conditional expression
        otherwise = next((e for e in elses if e > at), None)
        if otherwise is None:
            continue
        start = _start(line, mask, at)
        end = _end(line, mask, otherwise + len("else"))
        if start is None or end is None:
            continue
        value, test = line[start:at].strip(), line[at + 2 : otherwise].strip()
        other = line[otherwise + 4 : end].strip()
        if not value or not test or not other:
            continue
        if test.startswith("(") and _closes_at_end(test):
            inner = test[1:-1].strip()
            if not re.search(r"[?,]|(?<![=!<>])=(?![=>])", inner):
                test = inner
        lead = line[:start]
        return f"{lead}{'' if not lead or lead.endswith((' ', '(', '[')) else ' '}{test} ? {value} : {other}{line[end:]}"
    return None


def _closes_at_end(text: str) -> bool:
    depth = 0
    for i, char in enumerate(text):
        depth += char in OPENERS
        depth -= char in CLOSERS
        if depth == 0 and i < len(text) - 1:
            return False
    return depth == 0


def _start(line: str, mask: list[bool], at: int) -> int | None:
    """Where the value before a Python conditional's `if` starts: after the nearest unclosed opener or
    expression boundary left of it."""
    # The last non-space character at or before each position: STARTS is tried on the few characters
    # that end there, never on the whole text left of it (that was quadratic: 16 KB took 40 s).
    last, code = [], -1
    for i, char in enumerate(line[:at]):
        code = code if char.isspace() else i
        last.append(code)
    depth = 0
    for i in range(at - 1, -1, -1):
        if not mask[i]:
            continue
        char = line[i]
        if char in CLOSERS:
            depth += 1
        elif char in OPENERS:
            if depth == 0:
                return i + 1
            depth -= 1
        elif depth == 0 and last[i] >= 0 and STARTS.search(line[max(last[i] - 7, 0) : last[i] + 1]):
            return i + 1
    return len(line) - len(line.lstrip())


def _end(line: str, mask: list[bool], after: int) -> int | None:
    depth = 0
    for i in range(after, len(line)):
        if not mask[i]:
            continue
        char = line[i]
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS:
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and char in ",;":
            return i
    return len(line)


def heritage_candidates(data: bytes, path: str, node: tree_sitter.Node, *, line: int) -> list[Candidate]:
    """`class G extends A, B {` in TypeScript: `extends A implements B` (an implements list kept)."""
    if node.type != "extends_clause" or not path.endswith((".ts", ".tsx", ".mts", ".cts")):
        return []
    # Each base with its type arguments (`Base<T>`): tree-sitter gives them as a sibling of the base.
    bases: list[list[tree_sitter.Node]] = []
    for child in node.named_children:
        if child.type == "type_arguments" and bases:
            bases[-1][1] = child
        elif child.type != "comment":
            bases.append([child, child])
    if len(bases) < 2:
        return []
    heritage = node.parent
    implements = next(
        (c for c in heritage.named_children if c.type == "implements_clause"), None
    ) if heritage is not None else None  # fmt: skip
    others = ", ".join(
        data[first.start_byte : end.end_byte].decode("utf-8", "replace") for first, end in bases[1:]
    )
    first_end, last_end = bases[0][1].end_byte, bases[-1][1].end_byte
    if implements is None:
        new = replace_span(data, first_end, last_end, f" implements {others}")
    else:
        # Both edits at once: the list's end first (later in the text), then the extends list.
        at = implements.end_byte
        edited = data[:at] + f", {others}".encode() + data[at:]
        new = replace_span(edited, first_end, last_end, "")
    return [Candidate(path, new, line, "extend the one base class and implement the others as interfaces")]


# Python's formatted string literal (Lexical analysis 2.4.3): a prefix `f`/`F` (with `r`/`R`) before a
# quote, its `{expr}` replacement fields, `{{`/`}}` for literal braces. JavaScript reads the prefix as
# a name and the string after it as an error (V8: "Unexpected string"; esbuild: `Expected ";"`).
F_PREFIX = re.compile(r"(?<![\w$.])(?:[fF][rR]?|[rR][fF])(?=['\"])")
# A format spec JavaScript spells as a method: `{x:.2f}` is `x.toFixed(2)`.
FIXED_SPEC = re.compile(r"\.(\d+)f")
MAX_FIELDS = 64


def fstring_candidates(line: str, mask: list[bool]) -> str | None:
    """The line with each Python f-string made a template literal (`${expr}` fields), or None."""
    out, at, changed = [], 0, False
    for match in F_PREFIX.finditer(line):
        start = match.start()
        if start < at or not mask[start]:
            continue
        quote_at = match.end()
        end = _string_end(line, quote_at)
        if end is None:
            return None
        body = _template_body(line[quote_at + 1 : end], raw="r" in match.group().lower())
        if body is None:
            return None
        out.append(line[at:start])
        out.append(f"`{body}`")
        at, changed = end + 1, True
    if not changed:
        return None
    out.append(line[at:])
    return "".join(out)


def _string_end(line: str, quote_at: int) -> int | None:
    quote, i = line[quote_at], quote_at + 1
    while i < len(line):
        if line[i] == "\\":
            i += 2
            continue
        if line[i] == quote:
            return i
        i += 1
    return None


def _template_body(inner: str, *, raw: bool) -> str | None:
    """A Python f-string's body as a template literal's: fields `${…}`, doubled braces single, a
    backtick or a literal `${` escaped; None for a field JavaScript has no spelling of here."""
    out, i, fields = [], 0, 0
    while i < len(inner):
        char = inner[i]
        if inner.startswith("{{", i) or inner.startswith("}}", i):
            out.append(char)
            i += 2
        elif char == "{":
            close, depth = i + 1, 1
            while close < len(inner) and depth:
                depth += inner[close] == "{"
                depth -= inner[close] == "}"
                close += 1
            if depth:
                return None
            field = inner[i + 1 : close - 1]
            expression = _field(field)
            fields += 1
            if expression is None or fields > MAX_FIELDS:
                return None
            out.append("${" + expression + "}")
            i = close
        elif char == "}":
            return None  # a single `}` is an error in Python too
        elif char == "`" or (char == "$" and inner.startswith("${", i)):
            out.append("\\" + char)
            i += 1
        elif char == "\\" and raw:
            out.append("\\\\")
            i += 1
        elif char == "\\" and i + 1 < len(inner):
            out.append(inner[i : i + 2])
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _field(field: str) -> str | None:
    """A replacement field's expression in JavaScript: a `!s` conversion dropped (a template converts
    with String), a `.Nf` spec as toFixed(N); `!r` (quotes added), a self-documenting `=` or another
    spec has no one-call counterpart (None)."""
    expression, _, spec = field.partition(":")
    expression = expression.strip()
    expression = expression[:-2].strip() if expression.endswith("!s") else expression
    if not expression or "{" in expression or expression.endswith(("=", "!r", "!a")):
        return None
    if not spec:
        return expression
    fixed = FIXED_SPEC.fullmatch(spec.strip())
    if fixed is None:
        return None
    simple = re.fullmatch(r"[\w$.]+(?:\(\))?", expression)
    return f"{expression if simple else f'({expression})'}.toFixed({fixed.group(1)})"


# Python's lambda (6.14): `lambda a, b: expr` is the arrow function `(a, b) => expr` (ECMAScript 15.3).
LAMBDA = re.compile(r"\blambda\b")
# A lambda's parameters end at its colon within this many characters; at most this many per line.
MAX_HEAD, MAX_LAMBDAS = 400, 16


def lambda_candidate(line: str, mask: list[bool]) -> str | None:
    """The line with each Python lambda written as an arrow function, or None."""
    edits = []
    for match in LAMBDA.finditer(line):
        if not mask[match.start()]:
            continue
        if len(edits) >= MAX_LAMBDAS:
            return None
        colon, depth = None, 0
        for i in range(match.end(), min(len(line), match.end() + MAX_HEAD)):
            if not mask[i]:
                continue
            char = line[i]
            if char in OPENERS:
                depth += 1
            elif char in CLOSERS:
                if depth == 0:
                    break
                depth -= 1
            elif char == ":" and depth == 0:
                colon = i
                break
        if colon is None:
            continue
        parameters = line[match.end() : colon].strip()
        names = [p.partition("=")[0].strip() for p in parameters.split(",")] if parameters else []
        if not all(re.fullmatch(r"[A-Za-z_$][\w$]*", name) for name in names):
            continue
        edits.append((match.start(), colon + 1, f"({parameters}) =>"))
    if not edits:
        return None
    for start, end, new in reversed(edits):
        line = line[:start] + new + line[end:]
    return line
