"""SYNTAX and INDENTATION candidates, each checked by tree-sitter before it is offered.

Single-token edits around the place the parser gave up (the classic repair of
parse errors: insert, delete or replace one token, as in Corchuelo et al.'s
error-repair and the templates of syntax fixers such as DeepFix's targets):
insert the token a MISSING node names; insert a closer or separator at the end
of the previous line, the end of the line or the error column; delete or
replace the unexpected token; fix a misspelt keyword; add a missing arrow.
For a mis-nested block (INDENTATION) the indentation says where the `}` goes.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import Candidate, line_bounds, parsing, progressing
from healer.engine.javascript.syntax import BraceMismatch, brace_mismatch, first_problem

TOKENS = (")", "]", "}", ",", ";", ":", "(", "{", "=>")
KEYWORDS = (
    "function", "return", "const", "let", "var", "if", "else", "for", "while", "switch", "case", "break",
    "continue", "class", "extends", "new", "this", "typeof", "instanceof", "async", "await", "export",
    "import", "from", "default", "throw", "try", "catch", "finally", "interface", "type", "of", "in",
)  # fmt: skip
WORD = re.compile(r"[A-Za-z_$][\w$]*")
NAMES = {
    ")": "')'",
    "]": "']'",
    "}": "'}'",
    ",": "','",
    ";": "';'",
    ":": "':'",
    "(": "'('",
    "{": "'{'",
    "=>": "'=>'",
}


def syntax_candidates(text: str, path: str, *, line: int, column: int = 0) -> list[Candidate]:
    """Edits that make the file parse, nearest to the reported line first."""
    problem = first_problem(text, path)
    if problem is None:
        return []
    lines = {line, problem.line}
    generated = list(_missing_token(text, path, problem))
    for row in sorted(lines):
        generated += _around(text, path, row, column if row == line else problem.column)
    return progressing(generated, original=text, path=path)


def _missing_token(text: str, path: str, problem) -> Iterator[Candidate]:
    if not problem.missing:
        return
    bounds = line_bounds(text, problem.line)
    if bounds is None:
        return
    offset = bounds[0] + problem.column - 1
    yield Candidate(
        path,
        text[:offset] + problem.missing + text[offset:],
        problem.line,
        f"add the missing {_name(problem.missing)}",
    )


def _name(token: str) -> str:
    return NAMES.get(token, f"'{token}'")


def _around(text: str, path: str, line: int, column: int) -> list[Candidate]:
    """Cheapest plausible edits first: keyword slips, arrows, inserted tokens, then replacements and deletions."""
    at_column = list(_at_column(text, path, line, column))
    inserted = [c for c in at_column if c.description.startswith("add")]
    others = [c for c in at_column if not c.description.startswith("add")]
    replaced = [c for c in others if c.description.startswith("replace")]
    removed = [c for c in others if c.description.startswith("remove")]
    return [
        *_keyword_typos(text, path, line),
        *_arrows(text, path, line),
        *_at_line_ends(text, path, line),
        *inserted,
        *replaced,
        *removed,
    ]


def _at_line_ends(text: str, path: str, line: int) -> Iterator[Candidate]:
    for row in (line, line - 1):
        bounds = line_bounds(text, row)
        if bounds is None:
            continue
        start, end = bounds
        body = text[start:end]
        stripped = body.rstrip()
        cut = start + len(stripped)
        for token in TOKENS:
            yield Candidate(path, text[:cut] + token + text[cut:], row, f"add the missing {_name(token)}")
        if stripped and stripped[-1] in ";,":
            yield Candidate(path, text[: cut - 1] + text[cut:], row, f"remove the extra '{stripped[-1]}'")


def _at_column(text: str, path: str, line: int, column: int) -> Iterator[Candidate]:
    bounds = line_bounds(text, line)
    if bounds is None or column < 1:
        return
    offset = bounds[0] + column - 1
    if offset > bounds[1]:
        return
    # A token missing before "{" in "x++ {" belongs right after the previous token: "x++) {".
    glued = offset
    while glued > bounds[0] and text[glued - 1] in " \t":
        glued -= 1
    for at in dict.fromkeys((glued, offset)):
        for token in TOKENS:
            yield Candidate(path, text[:at] + token + text[at:], line, f"add the missing {_name(token)}")
    token = _token_at(text, offset)
    if token:
        rest = text[offset + len(token) :]
        yield Candidate(path, text[:offset] + rest, line, f"remove the unexpected '{token}'")
        for replacement in TOKENS:
            if replacement != token:
                yield Candidate(
                    path,
                    text[:offset] + replacement + rest,
                    line,
                    f"replace '{token}' with {_name(replacement)}",
                )


def _token_at(text: str, offset: int) -> str:
    match = WORD.match(text, offset)
    if match:
        return match.group(0)
    for token in ("=>", "===", "!==", "==", "!=", "&&", "||"):
        if text.startswith(token, offset):
            return token
    return text[offset : offset + 1] if offset < len(text) and not text[offset].isspace() else ""


def _keyword_typos(text: str, path: str, line: int) -> Iterator[Candidate]:
    bounds = line_bounds(text, line)
    if bounds is None:
        return
    start, end = bounds
    for match in WORD.finditer(text, start, end):
        word = match.group(0)
        if word in KEYWORDS:
            continue
        for keyword in difflib.get_close_matches(word, KEYWORDS, n=2, cutoff=0.75):
            new = text[: match.start()] + keyword + text[match.end() :]
            yield Candidate(path, new, line, f"correct the keyword '{word}' to '{keyword}'")


def _arrows(text: str, path: str, line: int) -> Iterator[Candidate]:
    """`(a, b) {` and `x =>{` slips: the arrow of an arrow function."""
    bounds = line_bounds(text, line)
    if bounds is None:
        return
    start, end = bounds
    for match in re.finditer(r"\)\s*\{", text[start:end]):
        at = start + match.start() + 1
        yield Candidate(path, text[:at] + " =>" + text[at:], line, "add the missing '=>'")
    for match in re.finditer(r"=\s*>|-\s*>", text[start:end]):
        a, b = start + match.start(), start + match.end()
        yield Candidate(path, text[:a] + "=>" + text[b:], line, "write the arrow as '=>'")


# -- INDENTATION: mis-nested blocks ----------------------------------------------------
CLOSERS = ("}", "});", "})", "},", "};", "}, {")


def indentation_candidates(text: str, path: str, *, mismatch: BraceMismatch | None = None) -> list[Candidate]:
    """Close the block where the indentation ends it, or drop a `}` that closes nothing."""
    mismatch = mismatch or brace_mismatch(text, path)
    if mismatch is None:
        return []
    lines = text.split("\n")
    generated = []
    if mismatch.kind == "unclosed":
        at = mismatch.insert_before - 1
        for closer in CLOSERS:
            new = [*lines[:at], mismatch.indent + closer, *lines[at:]]
            generated.append(
                Candidate(path, "\n".join(new), mismatch.line, f"close the block opened here with '{closer}'")
            )
    else:
        row = mismatch.line - 1
        body = lines[row]
        if body.strip() in ("}", "};", "});", "})"):
            new = [*lines[:row], *lines[row + 1 :]]
        else:
            index = body.index("}")
            new = [*lines[:row], body[:index] + body[index + 1 :], *lines[row + 1 :]]
        generated.append(
            Candidate(path, "\n".join(new), mismatch.line, "remove the '}' that closes no block")
        )
    return parsing(generated, original=text, path=path)
