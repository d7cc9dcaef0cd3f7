"""SYNTAX: a keyword used as a name the statement binds (round 52, pysyntax26).

`lambda = 2.45`, `for class in rows:`, `import x as def`: CPython's "invalid syntax" at a hard
keyword where the statement's target stands. The statement means to bind a name, so the repair
keeps it a binding and renames the target, from the error's semantics (a keyword is never a name)
and def-use (PyTER-style name repair: a name read in the scope and bound nowhere is the one the
binding was meant to give):
  1. the name the rest of the scope reads, binds nowhere, and spells with the keyword
     (`lambda_v` read on the `return` line below `lambda = 2.45`), at the binding only;
  2. PEP 8's spelling for a name that clashes with a keyword, `kw_`, at the binding and at the
     keyword's uses as a name further down the scope (kept only when it compiles).
Token edits that make the line parse another way (`lambda: 2.45`, an expression statement with no
effect) are ranked after these by syntax.keeping_bindings_first (no_effect_statement).
"""

from __future__ import annotations

import ast
import builtins
import io
import keyword
import re
import tokenize
from collections.abc import Iterator

from healer.engine.fixers.lineedit import split_lines

AUGMENTED = frozenset({"+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", ">>=", "<<="})
MAX_SCOPE = 400  # lines read below the binding for the names it is meant to give


def _tokens(text: str) -> list[tokenize.TokenInfo]:
    found: list[tokenize.TokenInfo] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(text + "\n").readline):
            found.append(token)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return found


def keyword_targets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, keyword) of each hard keyword standing where one statement line binds a name:
    before its top-level `=` (or augmented assignment), between `for` and `in`, after `as`."""
    tokens = [t for t in _tokens(text.strip("\r\n")) if t.type in (tokenize.NAME, tokenize.OP)]
    found: list[tuple[int, int, str]] = []
    depth = 0
    assign = None
    for index, token in enumerate(tokens):
        if token.string in "([{" and token.type == tokenize.OP:
            depth += 1
        elif token.string in ")]}" and token.type == tokenize.OP:
            depth -= 1
        elif depth == 0 and (token.string == "=" or token.string in AUGMENTED) and assign is None:
            assign = index
    for index, token in enumerate(tokens):
        if token.type != tokenize.NAME or not keyword.iskeyword(token.string):
            continue
        if token.string in ("True", "False", "None"):
            continue
        before = tokens[index - 1].string if index else ""
        after = tokens[index + 1].string if index + 1 < len(tokens) else ""
        target = (
            (assign is not None and index < assign and before in ("", ",", "(", "[", "*"))
            or (before == "for" and after in ("in", ","))
            or before == "as"
        )
        if target:
            found.append((token.start[1], token.end[1], token.string))
    return found


def _scope_end(lines: list[str], line: int) -> int:
    """Last line of the block the statement at `line` sits in (the module's last line at width 0)."""
    width = _width(lines[line - 1])
    last = line
    for number in range(line + 1, min(len(lines), line + MAX_SCOPE) + 1):
        text = lines[number - 1]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if width and _width(text) < width:
            break
        last = number
    return last


def _width(text: str) -> int:
    return len(text.expandtabs(8)) - len(text.expandtabs(8).lstrip())


def _bound_anywhere(source_lines: list[str], name: str) -> bool:
    """Whether any line binds `name` (assignment, for/with/import target, def, class, parameter)."""
    pattern = re.compile(
        rf"(^[ \t]*{name}\s*(?::[^=\n]*)?=(?!=))|(\b(?:def|class|as|for|import)\s+{name}\b)"
        rf"|([(,]\s*{name}\s*[,)=:])"
        # An import list's names (`from m import a, name`, `import a, name`) bind them too.
        rf"|(^[ \t]*(?:from\s+\S+\s+)?import\s+[^#\n]*\b{name}\b)",
        re.MULTILINE,
    )
    return pattern.search("".join(source_lines)) is not None


def keyword_name_repairs(*, source: str, line: int) -> Iterator[tuple[str | None, str]]:
    """Edits (new source, description) renaming a keyword the line binds, best first."""
    lines = split_lines(source)
    if not 1 <= line <= len(lines):
        return
    text = lines[line - 1]
    targets = keyword_targets(text)
    if not targets:
        return
    end = _scope_end(lines, line)
    below = "".join(lines[line:end])
    known = set(dir(builtins))
    for start, stop, word in targets:
        # 1. The name the scope reads and nothing binds, spelt with the keyword.
        meant = [
            name
            for name in dict.fromkeys(_read_names(below))
            if name != word
            and word in name
            and not keyword.iskeyword(name)
            and name not in known
            and not _bound_anywhere(lines, name)
        ]
        for name in meant:
            new_line = text[:start] + name + text[stop:]
            yield (
                "".join([*lines[: line - 1], new_line, *lines[line:]]),
                (f"name the value {name}, as the code below reads it, instead of the keyword {word}"),
            )
        # 2. PEP 8: a trailing underscore, at the binding and the keyword's uses below.
        renamed = f"{word}_"
        if _bound_anywhere(lines, renamed):
            # `kw_` means something already (a parameter `class_`): renaming to it would merge
            # two names, `class == class_` made `class_ == class_`, which compiles.
            continue
        new_line = text[:start] + renamed + text[stop:]
        uses = _renamed_uses(lines[line:end], word, renamed)
        yield (
            "".join([*lines[: line - 1], new_line, *uses, *lines[end:]]),
            (f"rename the keyword {word} used as a name to {renamed} (PEP 8), with its uses"),
        )
        yield (
            "".join([*lines[: line - 1], new_line, *lines[line:]]),
            (f"rename the keyword {word} used as a name to {renamed} (PEP 8)"),
        )


def _renamed_uses(rows: list[str], word: str, renamed: str) -> list[str]:
    """`rows` with the keyword renamed where it stands as a name: a NAME token only (a word in a
    string or a comment is text, not a use: `print("pass ok")` stays), and not where it opens its
    statement unless an assignment follows (a bare `return`, `break` or `pass` below is the
    keyword itself; `return_` there compiles and the function no longer returns)."""
    rows = list(rows)
    tokens = _tokens("".join(rows))
    places: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.type != tokenize.NAME or token.string != word:
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1].string if index + 1 < len(tokens) else ""
        opens = before is None or before.type in (
            tokenize.NEWLINE,
            tokenize.NL,
            tokenize.INDENT,
            tokenize.DEDENT,
        )
        if opens and after != "=" and after not in AUGMENTED:
            continue
        places.append(token.start)
    for row, column in reversed(places):
        text = rows[row - 1]
        rows[row - 1] = text[:column] + renamed + text[column + len(word) :]
    return rows


def _read_names(text: str) -> list[str]:
    """The names `text` reads as variables: NAME tokens outside strings and comments, an
    attribute after a `.` aside (`row.from_iso` reads `row`; no binding gives `from_iso`)."""
    tokens = [t for t in _tokens(text) if t.type in (tokenize.NAME, tokenize.OP)]
    return [
        token.string
        for index, token in enumerate(tokens)
        if token.type == tokenize.NAME and not (index and tokens[index - 1].string == ".")
    ]


def _code_only(text: str) -> str:
    """The text without comments and string literals (their words are no reads)."""
    out: list[str] = []
    for token in _tokens(text):
        if token.type == tokenize.NAME:
            out.append(token.string)
    return " ".join(out)


def no_effect_statement(old: str, new: str) -> bool:
    """Whether an edit turned a line that binds (a top-level `=` or augmented assignment, a
    `def`/`class`/`for`/`import` header) into an expression statement that does nothing: a bare
    lambda, constant, name, attribute or comparison (`lambda = 2.45` made `lambda: 2.45`)."""
    old_lines, new_lines = split_lines(old), split_lines(new)
    if len(old_lines) != len(new_lines):
        return False
    changed = [n for n, (a, b) in enumerate(zip(old_lines, new_lines, strict=True), 1) if a != b]
    if len(changed) != 1:
        return False
    before, after = old_lines[changed[0] - 1], new_lines[changed[0] - 1]
    if not _binds(before):
        return False
    try:
        tree = ast.parse(after.strip())
    except SyntaxError:
        return False
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return False
    value = tree.body[0].value
    return isinstance(value, ast.Lambda | ast.Constant | ast.Name | ast.Attribute | ast.Compare | ast.Tuple)


BINDING_HEADER = re.compile(r"[ \t]*(def|class|for|async|import|from)\b")


def _top_level(text: str) -> tuple[list[tokenize.TokenInfo], bool]:
    """A statement line's tokens outside brackets up to its top-level `=` (or augmented assignment), and
    whether it has one: what the line binds is before it."""
    before: list[tokenize.TokenInfo] = []
    depth = 0
    for token in _tokens(text.strip()):
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
        elif depth == 0 and token.type == tokenize.OP and (token.string == "=" or token.string in AUGMENTED):
            return before, True
        elif depth == 0:
            before.append(token)
    return before, False


def _binds(text: str) -> bool:
    return bool(BINDING_HEADER.match(text)) or _top_level(text)[1]


def unbinds_a_read_name(old: str, new: str) -> bool:
    """Whether an edit that made a binding an expression statement with no effect (no_effect_statement)
    leaves a name the line bound unbound while a later line reads it: `total = 1 +` made `total == 1`
    and then `return total` raises NameError, away from the edit. Such a candidate is dropped."""
    if not no_effect_statement(old, new):
        return False
    old_lines, new_lines = split_lines(old), split_lines(new)
    number = next(n for n, (a, b) in enumerate(zip(old_lines, new_lines, strict=True), 1) if a != b)
    names = _bound_names(old_lines[number - 1])
    rest = [*new_lines[: number - 1], *new_lines[number:]]
    below = _code_only("".join(new_lines[number:]))
    if _width(old_lines[number - 1]) == 0:
        # A module-level name is read later by the functions above it too: they run when called,
        # after the module has bound it (`return x * FACTOR` in a def above `FACTOR = 2`).
        below = _code_only("".join(rest))
    return any(re.search(rf"\b{name}\b", below) and not _bound_anywhere(rest, name) for name in names)


def _bound_names(text: str) -> set[str]:
    """Plain names before a statement line's top-level `=` (or augmented assignment), keywords aside."""
    before, assigns = _top_level(text)
    if not assigns:
        return set()
    return {t.string for t in before if t.type == tokenize.NAME and not keyword.iskeyword(t.string)}
