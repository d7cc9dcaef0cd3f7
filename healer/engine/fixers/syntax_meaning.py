"""Compile repairs that compile but change what the program means (round 48, pylayers22).

Round 47 ranked a repair that stops binding a name (`x: List<T> = []` made a bare annotation:
syntax_tokenizer.lost_bindings) after the repairs that keep it. Two more edits compile and mean
another program, each read from how Python's compiler treats what the edit wrote:

- **a default made an annotation.** Inside a parameter list, `name: value` is an annotation and
  `name=value` a default (the grammar's `param_with_default`); `tmpfile==None` answered by
  `tmpfile: None` compiles, and the parameter has no default any more: every call that omitted it
  now raises "missing 1 required positional argument: 'tmpfile'", away from the edit. A repair that
  takes a parameter's default away (annotated instead, its name run into the value, or its `==`
  left for the annotation of the parameter before) ranks after those that keep it, and the
  parameter's name is what the repair's fallout is read for (fallout.changed_names).
- **a string literal's kind changed.** A string's prefix letters decide what the literal is: `f`
  formats its fields, `b` makes bytes, `r` keeps backslashes, `t` makes a template. An unclosed
  f-string field answered by deleting the `f` compiles and prints the braces; a repair that takes a
  prefix letter off a literal ranks after those that close the field. `u` changes nothing in
  Python 3 and is not counted; a prefix added is not counted either (an `r` for a bad escape keeps
  what the text says).

Round 49 (pylayers23) adds a third:

- **a number's kind changed.** A Python number holds one dot at most: `0.9.1` is the number `0.9`
  followed by the number `.1`, and the compiler stops there. The comma the token edits insert
  compiles (`0.9,.1`, a tuple of two floats), as does deleting a dot (`0.91`), and both are another
  value than the version (or address) the text wrote; quoting the run keeps every character and
  makes it what a dotted version is in Python, a string (`dotted_number_repairs`, the quote the
  file's other strings use). A repair that leaves such a run of the old lines split or changed
  ranks after those that keep it (`split_numbers`).

- **an operand's extent changed.** A call left open before a conditional expression
  (`'{}_{}'.format(base, realm if realm else base`) closes at the end of the line or before the
  `if`; both compile. Closed at the end, the conditional is the call's last argument and its
  fallback is an operand the call already has (`format(base, realm if realm else base)`: `base`
  passed twice when `realm` is empty); closed before the `if`, the conditional chooses between the
  call and that operand (`format(base, realm) if realm else base`), the fallback idiom. A repair
  that leaves a call with a conditional argument whose branch repeats another of its arguments
  ranks after those that do not (`repeated_operands`).

All read only the lines the edit changed (at most MAX_LINES) and, for the parameter list, at most
MAX_HEADER_LINES lines above them: linear in the file, bounded per candidate.
"""

from __future__ import annotations

import ast
import keyword
import re
import textwrap
from collections import Counter
from collections.abc import Iterator

from healer.engine.fixers.lineedit import changed_region, split_lines

MAX_LINES = 20  # changed lines read (a bigger edit is judged by the other measures)
MAX_HEADER_LINES = 20  # lines walked up from the edit to the `def` whose parameter list holds it
MAX_LINE_CHARS = 4000  # a longer changed line is not read for defaults

DEF = re.compile(r"[ \t]*(?:async[ \t]+)?def[ \t]+[^\W\d]\w*[ \t]*(?:\[[^\]]*\])?[ \t]*\(")
# A parameter written with a default, or with `==` where the default's `=` was meant.
DEFAULTED = re.compile(r"(?<![\w.=!<>:*])([^\W\d]\w*)[ \t]*(?::[^=,()\n]{0,200})?==?(?!=)")
KEPT = re.compile(r"(?<![\w.])(?=([^\W\d]\w*)[ \t]*(?::[^=,()\n]{0,200})?=(?!=))")
PREFIX = re.compile(r"(?<![\w'\"!])([rRbBfFtTuU]{1,2})(?=['\"])")
KINDS = frozenset("fbrt")
# Two or more dots between digit runs, where no Python number can stand (`0.9.1`, `192.168.0.1`):
# not after a name character or a dot (an attribute, a longer run), nor before one.
DOTTED = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w.])")
# A string's opening quote: not after a name character (an apostrophe, a prefix) or a quote, nor a
# triple quote's (docstrings would outweigh the code's strings).
QUOTES = re.compile(r"""(?<![\w'"])(['"])(?!\1)""")
# The same runs wherever they stand in the edit's new lines (quoted, after a name), read only from
# a digit run's start: tried at every digit, `\d+` took the rest of a long run and gave it back
# digit by digit, quadratic in a 4,000-digit line (the review of round 49).
AFTER_DOTTED = re.compile(r"(?<!\d)\d+(?:\.\d+){2,}")
MAX_QUOTE_SCAN = 200_000  # characters of the file read for its usual quote


def _parameter_text(new_lines: list[str], first: int, removed: list[str]) -> tuple[str, str] | None:
    """(old, new) text of the edit's lines when they lie inside a `def`'s parameter list: from the
    list's `(` on when the header is on the first changed line, else the whole lines."""
    start = first - 1
    for back in range(start, max(start - MAX_HEADER_LINES, -1), -1):
        if back >= len(new_lines):
            continue
        line = new_lines[back]
        match = DEF.match(line)
        if match is None:
            if back < start and re.match(r"[ \t]*(?:class|def|async|if|for|while|with|try|return)\b", line):
                return None  # another statement's header: the edit is not in a parameter list
            continue
        if back == start:
            # The header is the edited line: what follows its `(` in the old and new text.
            old_head = removed[0] if removed else ""
            opened = DEF.match(old_head)
            return (old_head[opened.end() :] if opened else old_head), line[match.end() :]
        above = "".join(new_lines[back:start])
        code = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"|#.*", "", above)
        return ("", "") if code.count("(") > code.count(")") else None
    return None


def lost_defaults(old: str, new: str) -> tuple[str, ...]:
    """The parameters an edit inside a `def`'s parameter list leaves without the default their old
    text gave them (`name=value` or `name==value`), annotated or renamed instead."""
    return _lost_defaults(*changed_region(old, new), new)


def _lost_defaults(removed: list[str], added: list[str], first: int, new: str) -> tuple[str, ...]:
    if not removed or not added or len(removed) > MAX_LINES or len(added) > MAX_LINES:
        return ()
    if any(len(line) > MAX_LINE_CHARS for line in (*removed, *added)):
        return ()
    new_lines = split_lines(new)
    spans = _parameter_text(new_lines, first, removed)
    if spans is None:
        return ()
    old_text = spans[0] + "\n" + "\n".join(removed[1:]) if spans[0] else "\n".join(removed)
    new_text = spans[1] + "\n" + "\n".join(added[1:]) if spans[1] else "\n".join(added)
    names = [m.group(1) for m in DEFAULTED.finditer(old_text) if not keyword.iskeyword(m.group(1))]
    # Every name the new text gives a default, in one pass (a lookahead: overlapping, as a search
    # per name found them; a search per name was quadratic, 41 s for 5,700 parameters: round 48's
    # review).
    kept = {match.group(1) for match in KEPT.finditer(new_text)}
    return tuple(name for name in dict.fromkeys(names) if name not in kept)


def lost_string_kinds(old: str, new: str) -> int:
    """How many string-prefix letters (f, b, r, t) the edit's lines lose: a literal whose kind the
    repair changed (an f-string made a plain string prints its braces)."""
    removed, added, _ = changed_region(old, new)
    return _lost_kinds(removed, added)


def _lost_kinds(removed: list[str], added: list[str]) -> int:
    if not removed or len(removed) > MAX_LINES or len(added) > MAX_LINES:
        return 0
    return sum((_kinds(removed) - _kinds(added)).values())


def _kinds(lines: list[str]) -> Counter[str]:
    return Counter(
        letter
        for match in PREFIX.finditer("\n".join(lines))
        for letter in set(match.group(1).lower())
        if letter in KINDS
    )


def split_numbers(old: str, new: str) -> int:
    """How many dotted numbers (`0.9.1`) of the edit's old lines its new lines no longer hold
    whole: a comma or a blank put into one (a tuple, two operands), a dot deleted (another number)."""
    removed, added, _ = changed_region(old, new)
    return _split(removed, added)


def _split(removed: list[str], added: list[str]) -> int:
    if not removed or len(removed) > MAX_LINES or len(added) > MAX_LINES:
        return 0
    if any(len(line) > MAX_LINE_CHARS for line in (*removed, *added)):
        return 0
    before = Counter(DOTTED.findall("\n".join(removed)))
    if not before:
        return 0
    after = Counter(AFTER_DOTTED.findall("\n".join(added)))
    return sum((before - after).values())


def dotted_number_repairs(source: str, line: int) -> Iterator[tuple[str, str]]:
    """(new source, description): every dotted number of the error line (`__version__ = 0.9.1`)
    quoted as a string, with the quote the file's strings use most (`'` on a tie). Only runs outside
    strings and comments, on a line of at most MAX_LINE_CHARS."""
    lines = split_lines(source)
    if not 1 <= line <= len(lines):
        return
    text = lines[line - 1]
    body = text.rstrip("\r\n")
    if len(body) > MAX_LINE_CHARS or "." not in body:
        return
    runs = [match for match in DOTTED.finditer(body) if _in_code(body, match.start())]
    if not runs:
        return
    sample = source[:MAX_QUOTE_SCAN]
    counts = Counter(match.group(1) for match in QUOTES.finditer(sample))
    quote = '"' if counts['"'] > counts["'"] else "'"
    new = body
    for match in reversed(runs):
        new = new[: match.start()] + quote + match.group(0) + quote + new[match.end() :]
    numbers = ", ".join(dict.fromkeys(match.group(0) for match in runs))
    yield (
        "".join(lines[: line - 1]) + new + text[len(body) :] + "".join(lines[line:]),
        f"quote {numbers}: a number has one dot at most, a dotted version is a string",
    )


def _in_code(body: str, column: int) -> bool:
    """Whether `column` of a line stands outside its string literals and comment (quotes counted
    left to right: linear)."""
    quote = ""
    index = 0
    while index < column:
        char = body[index]
        if quote:
            if char == "\\":
                index += 2
                continue
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "#":
            return False
        index += 1
    return not quote


MAX_OPERAND_NODES = 200  # nodes of an argument compared (a bigger one is never a repeated operand)


def repeated_operands(old: str, new: str) -> int:
    """How many calls on the edit's new lines take a conditional expression as an argument whose
    branch (`b` of `a if c else b`) is another argument of the same call: `f(b, a if c else b)`."""
    removed, added, _ = changed_region(old, new)
    return _repeated(removed, added)


def _repeated(removed: list[str], added: list[str]) -> int:
    if not removed or not added or len(added) > MAX_LINES or " if " not in "\n".join(added):
        return 0
    text = "\n".join(added)
    if len(text) > MAX_LINE_CHARS:
        return 0
    try:
        tree = ast.parse(textwrap.dedent(text))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return 0
    count = 0
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        arguments = [*node.args, *(k.value for k in node.keywords)]
        if len(arguments) < 2 or not any(isinstance(a, ast.IfExp) for a in arguments):
            continue
        dumps = [_dump(a) for a in arguments]
        for index, argument in enumerate(arguments):
            if not isinstance(argument, ast.IfExp):
                continue
            others = {d for n, d in enumerate(dumps) if n != index and d is not None}
            if _dump(argument.orelse) in others or _dump(argument.body) in others:
                count += 1
    return count


def _dump(node: ast.AST) -> str | None:
    """The node's structure without positions, None past MAX_OPERAND_NODES nodes."""
    for size, _ in enumerate(ast.walk(node), start=1):
        if size > MAX_OPERAND_NODES:
            return None
    return ast.dump(node)


def changes_meaning(old: str, new: str) -> bool:
    """Whether a compiling repair takes away a parameter's default, a string literal's kind or a
    dotted number's text."""
    removed, added, first = changed_region(old, new)
    return (
        _lost_kinds(removed, added) > 0
        or _split(removed, added) > 0
        or _repeated(removed, added) > 0
        or bool(_lost_defaults(removed, added, first, new))
    )
