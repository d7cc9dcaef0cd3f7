"""SYNTAX: Python 2 tuple parameters (PEP 3113), unpacked inside instead of in the signature.

Python 2 let a `def` or a `lambda` unpack a sequence argument in its parameter list
(`lambda (i, name): ...`, `def f(a, (b, c)):`); Python 3 removed it (PEP 3113) and CPython
reports "Lambda expression parameters cannot be parenthesized" / "Function parameters cannot be
parenthesized" (nested ones are a plain "invalid syntax"). The repair keeps the callable's arity,
as PEP 3113 and lib2to3's fix_tuple_params do: each tuple parameter becomes one plain parameter,
named after the names it unpacked (`i_name`); a `def` unpacks it again as the first statement of
its body (after a docstring), a `lambda`, which has no statements, indexes it where its body read
the names (`i` -> `i_name[0]`, nested ones `[1][0]`). Every parenthesised parameter of the
signature the error is in is rewritten in one edit, so a signature with two of them compiles.
"""

from __future__ import annotations

import io
import keyword
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass

from healer.engine.fixers.lineedit import split_lines

MESSAGE = "parameters cannot be parenthesized"
OPENERS = {"(": ")", "[": "]", "{": "}"}
# Tokens that end a lambda's body when met outside the body's own brackets.
BODY_ENDS = {",", ";", ")", "]", "}", ":"}


@dataclass(frozen=True)
class _Tok:
    type: int
    string: str
    start: int  # offsets in the whole source
    end: int


def _tokens(source: str) -> list[_Tok]:
    starts = [0]
    for text in split_lines(source):  # the tokenizer's rows (splitlines() also breaks at a form feed)
        starts.append(starts[-1] + len(text))
    found: list[_Tok] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            (row, col), (end_row, end_col) = token.start, token.end
            if row - 1 >= len(starts) or end_row - 1 >= len(starts):
                break
            found.append(_Tok(token.type, token.string, starts[row - 1] + col, starts[end_row - 1] + end_col))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # the tokens read so far are enough for the header the error is in
    return found


def _closing(tokens: list[_Tok], index: int) -> int | None:
    """Index of the bracket closing the one at `index`."""
    depth = 0
    for position in range(index, len(tokens)):
        text = tokens[position].string
        if tokens[position].type == tokenize.OP and text in OPENERS:
            depth += 1
        elif tokens[position].type == tokenize.OP and text in OPENERS.values():
            depth -= 1
            if depth == 0:
                return position
    return None


def _pattern(tokens: list[_Tok], first: int, last: int) -> list[tuple[str, tuple[int, ...]]] | None:
    """(name, index path) of each name a parenthesised parameter tokens[first..last] unpacks."""
    names: list[tuple[str, tuple[int, ...]]] = []
    path = [0]
    for token in tokens[first + 1 : last]:
        if token.type in (tokenize.NL, tokenize.COMMENT):
            continue
        if token.string == "(":
            path.append(0)
        elif token.string == ")":
            path.pop()
        elif token.string == ",":
            path[-1] += 1
        elif token.type == tokenize.NAME and not keyword.iskeyword(token.string):
            names.append((token.string, tuple(path)))
        else:
            return None  # a default, an annotation or a star inside: not a Python 2 tuple parameter
        if not path:
            return None
    return names or None


def _header(tokens: list[_Tok], error: int) -> tuple[str, int, int] | None:
    """("lambda"|"def", index of the first parameter token, index of the colon) around `error`."""
    for index in range(error, -1, -1):
        token = tokens[index]
        if token.type == tokenize.NEWLINE:
            return None
        if token.type == tokenize.NAME and token.string == "lambda":
            depth = 0
            for position in range(index + 1, len(tokens)):
                text = tokens[position].string
                if text in OPENERS:
                    depth += 1
                elif text in OPENERS.values():
                    depth -= 1
                elif text == ":" and depth == 0:
                    return ("lambda", index + 1, position) if position > error else None
            return None
        if token.type == tokenize.NAME and token.string == "def" and index + 2 < len(tokens):
            opener = index + 2
            closer = _closing(tokens, opener)
            if closer is None or not opener < error < closer:
                return None
            colon = next((p for p in range(closer, len(tokens)) if tokens[p].string == ":"), None)
            return ("def", opener + 1, closer) if colon is not None else None
    return None


def _parameters(tokens: list[_Tok], first: int, end: int) -> list[tuple[int, int]]:
    """(first, last) token indices of each parenthesised parameter in tokens[first:end]."""
    found, position, depth = [], first, 0
    at_start = True
    while position < end:
        token = tokens[position]
        if token.type in (tokenize.NL, tokenize.COMMENT):
            position += 1
            continue
        if at_start and token.string == "(":
            closer = _closing(tokens, position)
            if closer is None or closer >= end:
                return []
            found.append((position, closer))
            position, at_start = closer + 1, False
            continue
        if token.string in OPENERS:
            depth += 1
        elif token.string in OPENERS.values():
            depth -= 1
        at_start = token.string == "," and depth == 0
        position += 1
    return found


def _lambda_body(tokens: list[_Tok], colon: int) -> tuple[int, int]:
    """Token indices [start, end) of a lambda's body: up to the first token outside its brackets
    that cannot belong to an expression (a comma, a closing bracket, a colon, the line's end)."""
    depth = 0
    for position in range(colon + 1, len(tokens)):
        token = tokens[position]
        if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            return colon + 1, position
        if token.type == tokenize.NAME and token.string in ("for", "async") and depth == 0:
            return colon + 1, position
        if token.type != tokenize.OP:
            continue
        if token.string in OPENERS:
            depth += 1
        elif depth == 0 and token.string in BODY_ENDS:
            return colon + 1, position
        elif token.string in OPENERS.values():
            depth -= 1
    return colon + 1, len(tokens)


def _fresh(names: list[str], taken: set[str]) -> str:
    base = "_".join(names) or "args"
    name, number = base, 1
    while name in taken:
        number += 1
        name = f"{base}{number}"
    taken.add(name)
    return name


def tuple_parameter_repairs(*, source: str, line: int, column: int | None) -> Iterator[tuple[str, str]]:
    """(new source, description): the signature at (line, column) with its tuple parameters unpacked inside."""
    lines = split_lines(source)
    if column is None or not 1 <= line <= len(lines):
        return
    spot = sum(len(text) for text in lines[: line - 1]) + column
    tokens = _tokens(source)
    error = next((i for i, t in enumerate(tokens) if t.start <= spot < t.end), None)
    if error is None:
        return
    header = _header(tokens, error)
    if header is None:
        return
    kind, first, end = header
    parameters = _parameters(tokens, first, end)
    patterns = [_pattern(tokens, a, b) for a, b in parameters]
    if not parameters or any(p is None for p in patterns):
        return
    taken = {t.string for t in tokens if t.type == tokenize.NAME}
    if all(_bare(tokens, a, b) for a, b in parameters):
        # `lambda(self): self`: one name in parentheses is no tuple, only brackets around a
        # parameter; dropped, the name is the parameter (and the body reads it as before).
        pieces = [
            (tokens[a].start, tokens[b].end, _spaced(source, tokens[a].start, tokens[a + 1].string))
            for a, b in parameters
        ]
        yield _spliced(source, pieces), "write the parameter without parentheses"
        return
    names = [_fresh([n for n, _ in p or []], taken) for p in patterns]
    pieces: list[tuple[int, int, str]] = [
        (tokens[a].start, tokens[b].end, _spaced(source, tokens[a].start, name))
        for (a, b), name in zip(parameters, names, strict=True)
    ]
    # The call site may pass the tuple's items apart (`map(lambda (k, v): .., *pairs)`, a callback
    # given two arguments): every name of the pattern as a parameter of its own, ranked after
    # the arity-keeping form (PEP 3113's), the tests deciding.
    flat = [
        (tokens[a].start, tokens[b].end, _spaced(source, tokens[a].start, ", ".join(n for n, _ in p or [])))
        for (a, b), p in zip(parameters, patterns, strict=True)
    ]
    if kind == "lambda":
        colon = end
        body_start, body_end = _lambda_body(tokens, colon)
        index_of = {n: (name, path) for p, name in zip(patterns, names, strict=True) for n, path in p or []}
        for position in range(body_start, body_end):
            token = tokens[position]
            if token.type != tokenize.NAME or token.string not in index_of:
                continue
            before = tokens[position - 1].string if position > 0 else ""
            after = tokens[position + 1].string if position + 1 < len(tokens) else ""
            if before == "." or after == "=":
                continue  # an attribute or a keyword argument, not the parameter
            name, path = index_of[token.string]
            pieces.append((token.start, token.end, name + "".join(f"[{i}]" for i in path)))
        description = "take one parameter and index it (PEP 3113: no tuple parameters in Python 3)"
    else:
        unpack = [
            f"{_unpacking(tokens, a, b)} = {name}" for (a, b), name in zip(parameters, names, strict=True)
        ]
        place = _body_start(tokens, end)
        if place is None:
            return
        offset, indent = place
        text = "; ".join(unpack) + "; " if indent is None else "".join(f"{indent}{u}\n" for u in unpack)
        pieces.append((offset, offset, text))
        description = (
            "take one parameter and unpack it in the body (PEP 3113: no tuple parameters in Python 3)"
        )
    yield _spliced(source, pieces), description
    defaulted = any(_defaulted(tokens, b) for _, b in parameters)
    if not defaulted and all(len(path) == 1 for p in patterns for _, path in p or []):
        # Never with a default: `def f((a, b)=(1, 2))` flattened is `def f(a, b=(1, 2))`, whose
        # `a` has none and whose `b` defaults to the whole tuple.
        yield (
            _spliced(source, flat),
            "take the tuple's names as parameters of their own (the caller passes them apart)",
        )


def _defaulted(tokens: list[_Tok], last: int) -> bool:
    """Whether the parameter ending at tokens[last] is given a default (`(a, b)=(1, 2)`)."""
    following = (t for t in tokens[last + 1 :] if t.type not in (tokenize.NL, tokenize.COMMENT))
    return next((t.string for t in following), "") == "="


def _bare(tokens: list[_Tok], first: int, last: int) -> bool:
    """Whether tokens[first..last] is one name in parentheses (no comma: no tuple)."""
    inner = [t for t in tokens[first + 1 : last] if t.type not in (tokenize.NL, tokenize.COMMENT)]
    return len(inner) == 1 and inner[0].type == tokenize.NAME and inner[0] is tokens[first + 1]


def _spaced(source: str, start: int, text: str) -> str:
    """`text` put where a bracket was: a space first when a keyword or name ends right before it
    (`lambda(self)` -> `lambda self`, never `lambdaself`)."""
    glued = start > 0 and (source[start - 1].isalnum() or source[start - 1] == "_")
    return (" " if glued else "") + text


def _spliced(source: str, pieces: list[tuple[int, int, str]]) -> str:
    new = source
    for start, stop, text in sorted(pieces, reverse=True):
        new = new[:start] + text + new[stop:]
    return new


def _unpacking(tokens: list[_Tok], first: int, last: int) -> str:
    """The parameter's pattern as an assignment target, on one line (`b, (c, d)`)."""
    text = ""
    for token in tokens[first + 1 : last]:
        if token.type in (tokenize.NL, tokenize.COMMENT):
            continue
        text += token.string + (" " if token.string == "," else "")
    return text.strip().rstrip(",")


def _body_start(tokens: list[_Tok], closer: int) -> tuple[int, str | None] | None:
    """(offset, indent) where a def's body starts (after its docstring); indent None for a body
    on the header's line, where the unpacking goes before its first statement."""
    colon = next(
        (p for p in range(closer, len(tokens)) if tokens[p].string == ":" and tokens[p].type == tokenize.OP),
        None,
    )
    if colon is None or colon + 1 >= len(tokens):
        return None
    following = tokens[colon + 1]
    if following.type not in (tokenize.NEWLINE, tokenize.COMMENT):
        return following.start, None
    statements = [
        p
        for p in range(colon + 1, len(tokens))
        if tokens[p].type not in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT)
    ]
    if not statements or tokens[statements[0]].type != tokenize.INDENT:
        return None
    indent = tokens[statements[0]].string
    first = statements[1] if len(statements) > 1 else None
    if first is None:
        return None
    start = tokens[first].start
    if tokens[first].type == tokenize.STRING:
        # A docstring stays the body's first statement (the function's __doc__).
        ending = next((p for p in range(first, len(tokens)) if tokens[p].type == tokenize.NEWLINE), None)
        if ending is not None and ending == first + 1:
            return tokens[ending].end, indent
    # The line's start, so the unpacking gets its own line at the body's indentation.
    return start - len(indent), indent
