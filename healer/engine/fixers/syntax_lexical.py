"""SYNTAX: repairs derived from the tokenizer's view of one line, not from shapes seen before.

Two general families, each an edit a programmer makes when the compiler stops at a line:

1. Re-quoting (Python's string grammar: a literal ends at the first unescaped quote of the
   kind that opened it). A quote of the opener's kind inside the text (`'Can't'`, `'say 'hi''`)
   ends the literal early: the tokenizer then reads several STRING tokens of that quote with
   bare words between them, and the last quote is left open ("unterminated string literal") or
   the words are "invalid syntax". Every span from one such token's opening quote to a later
   token's closing quote (or to the unterminated quote) is one literal candidate: quoted with the
   other kind of quote when the text holds none of it, else with its inner quotes escaped.

2. Python 2 constructs Python 3's grammar rejects, rewritten the way lib2to3's fixers do
   (fix_except, fix_ne, fix_repr, fix_numliterals, fix_long, fix_unicode, fix_raise): `except X,
   e:` -> `except X as e:`, `<>` -> `!=`, `` `x` `` -> `repr(x)`, `0777` -> `0o777`, `10L` -> `10`,
   `ur'..'` -> `r'..'`, `raise E, v` -> `raise E(v)`, `exec c in ns` -> `exec(c, ns)` (fix_exec). Each fires only outside string literals on the
   line the compiler names; compiling (compiled.compile_checked) and the tests decide.
"""

from __future__ import annotations

import builtins
import io
import re
import tokenize
from collections.abc import Iterator

MAX_QUOTE_SPANS = 24
STRING_PREFIX = re.compile(r"[rRbBuUfF]{0,2}")


def _string_tokens(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """(start, end) columns of the one-line STRING tokens of `text`, and the column where an
    unterminated single-quoted string opens (None when every string closes)."""
    spans: list[tuple[int, int]] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(text + "\n").readline):
            if token.type == tokenize.STRING and token.start[0] == token.end[0] == 1:
                spans.append((token.start[1], token.end[1]))
            elif token.type == tokenize.ERRORTOKEN and token.string.strip() in ("'", '"'):
                # The pure-Python tokenizer (3.11) gives a lone quote for an unterminated string.
                return spans, token.start[1]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return spans, None


def _quoted(prefix: str, content: str, quote: str) -> str | None:
    """`content` as one literal: the other quote when it holds none, else the inner quotes escaped."""
    other = "'" if quote == '"' else '"'
    if other not in content and not content.endswith("\\"):
        return f"{prefix}{other}{content}{other}"
    if "r" in prefix.lower():
        return None  # a raw string keeps the backslash of an escaped quote: no faithful escape
    escaped = re.sub(r"(?<!\\)" + re.escape(quote), "\\" + quote, content)
    return f"{prefix}{quote}{escaped}{quote}"


def requoted_strings(
    text: str, *, unterminated: int | None = None, plausible_only: bool = False
) -> Iterator[tuple[str, str]]:
    """(new line, description) merging string tokens that a quote inside the text split apart.

    `unterminated`: the column of the quote the compiler reported as opening an unterminated
    string (it is then taken as the intended literal's closer). Spans ending there come first,
    then the longest spans: the outermost quotes are the literal's own, the inner ones its text.
    `plausible_only`: only those spans, or spans whose inner quote is an apostrophe between words.
    """
    strings, lone = _string_tokens(text)
    end_quote = unterminated if unterminated is not None else lone
    found: list[tuple[tuple[int, int], str]] = []
    for start, _ in strings:
        prefix = STRING_PREFIX.match(text, start).group(0)
        quote = text[start + len(prefix) : start + len(prefix) + 1]
        if text.startswith(quote * 3, start + len(prefix)):
            continue  # a triple-quoted string holds single quotes freely
        # Any later quote of the kind may be the literal's real closer: the tokenizer may have
        # read it as the opener of the next string (`{'k': 'it's', 'j': 1}`).
        opened = start + len(prefix) + 1
        closers = [spot + 1 for spot in _quotes(text, quote, opened)]
        for end in closers:
            content = text[opened : end - 1]
            if quote not in content:
                continue
            literal = _quoted(prefix, content, quote)
            if literal is None:
                continue
            closes_open = end == (end_quote if end_quote is not None else -2) + 1
            plausible = (closes_open or _has_apostrophe(content, quote)) and _reads_as_prose(
                text[start:end], quote
            )
            if plausible_only and not plausible:
                continue
            rank = (0 if plausible else 1, 0 if closes_open else 1, -(end - start))
            found.append(((*rank, 0), text[:start] + literal + text[end:], REQUOTED))
            # Round 52: or the quotes inside, when they pair up around a word or a field and none
            # is an apostrophe, written in the other kind, the delimiters kept (r321: `got "{raw}"`
            # inside a double-quoted f-string was `got '{raw}'`): quoted speech in the other kind.
            inner = _inner_swapped(content, quote)
            if inner is not None:
                found.append(((*rank, 1), text[:opened] + inner + text[end - 1 :], INNER_SWAPPED))
    found.sort(key=lambda item: item[0])
    for _, new, description in found[:MAX_QUOTE_SPANS]:
        yield new, description


REQUOTED = "quote the string so the quote inside it is text, not its end"
INNER_SWAPPED = "write the quotes inside the string in the other kind, so they are text, not its end"


def _inner_swapped(content: str, quote: str) -> str | None:
    """`content` with its quotes of the delimiter's kind written in the other kind, when they pair
    up (an even count), none is an apostrophe between letters and the other kind is not there."""
    other = "'" if quote == '"' else '"'
    count = content.count(quote)
    if not count or count % 2 or other in content or _has_apostrophe(content, quote) or "\\" in content:
        return None
    return content.replace(quote, other)


def _quotes(text: str, quote: str, start: int) -> list[int]:
    """Columns of the unescaped `quote` characters from `start` up to a comment's `#` outside them."""
    found, index = [], start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == quote:
            found.append(index)
        index += 1
    return found


def _has_apostrophe(content: str, quote: str) -> bool:
    """A quote between two letters (`can't`, `it's`): an apostrophe, text rather than a delimiter."""
    return re.search(rf"[A-Za-z]{re.escape(quote)}[A-Za-z]", content) is not None


# Between two literals written apart on purpose: a separator or an operator (`'a', 'b'`,
# `'a' + 'b'`, `'a' if c else 'b'`), not prose.
CODE_GAP = re.compile(r"[,()\[\]{}=+*/%<>|&^:]|\b(if|else|and|or|for|in|not|is)\b")


def _reads_as_prose(span: str, quote: str) -> bool:
    """Whether the text between a span's string tokens reads as prose, not as code that joins two
    literals written apart on purpose; a quote followed by a separator and another quote inside
    the span (`it's', 'j`) is such code too, whatever the tokenizer made of it."""
    if re.search(rf"{re.escape(quote)}\s*[,:]\s*{re.escape(quote)}", span[1:-1]):
        return False
    strings, _ = _string_tokens(span)
    position, gaps = 0, []
    for start, end in strings:
        gaps.append(span[position:start])
        position = end
    gaps.append(span[position:])
    return not any(CODE_GAP.search(gap) for gap in gaps[1:])


# -- Python 2 constructs (lib2to3's fixers) ------------------------------------------------------------
EXCEPT_HEAD = re.compile(r"(\s*except\s+)(.*):\s*(#.*)?$")
OCTAL = re.compile(r"(?<![\w.])0([0-7]+)(?![\w.])")
LONG = re.compile(r"(?<![\w.])(\d+|0[xX][0-9a-fA-F]+)[lL](?![\w])")
UNICODE_RAW = re.compile(r"(?<![\w])[uU]([rR])(?=['\"])")
BACKTICKS = re.compile(r"`([^`]+)`")
EXEC_IN = re.compile(r"(\s*)exec\s+(.+?)\s+in\s+(.+?)\s*$")
RAISE_COMMA = re.compile(r"(\s*raise\s+)([\w.]+)\s*,\s*(.+?)\s*$")


def _outside_strings(text: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a line that are code: between its string literals, before a comment."""
    strings, lone = _string_tokens(text)
    cut = len(text) if lone is None else lone
    comment = _comment_start(text)
    if comment is not None:
        cut = min(cut, comment)
    parts, position = [], 0
    for start, end in strings:
        if start >= cut:
            break
        parts.append((position, start))
        position = end
    parts.append((position, cut))
    return [(a, b) for a, b in parts if a < b]


def _comment_start(text: str) -> int | None:
    try:
        for token in tokenize.generate_tokens(io.StringIO(text + "\n").readline):
            if token.type == tokenize.COMMENT:
                return token.start[1]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return None


def _substitute(text: str, pattern: re.Pattern[str], replacement: str) -> str:
    """`pattern` replaced in the code parts of `text` only (never inside a string or a comment)."""
    pieces, position = [], 0
    for start, end in _outside_strings(text):
        pieces.append(text[position:start])
        pieces.append(pattern.sub(replacement, text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _top_level_comma(text: str) -> int | None:
    """Column of the last comma outside every bracket of a line's code."""
    depth, last = 0, None
    for start, end in _outside_strings(text):
        for index in range(start, end):
            char = text[index]
            if char in "([{":
                depth += 1
            elif char in ")]}":
                depth -= 1
            elif char == "," and depth == 0:
                last = index
    return last


def python2_repairs(text: str, *, source: str = "", line: int = 0) -> Iterator[tuple[str, str]]:
    """(new line, description) for each Python 2 construct on the line, as lib2to3 rewrites it.

    `source` and `line` (the file and the line's number) let `except A, B:` tell a tuple of
    classes from a bound name (_except_pair)."""
    head = EXCEPT_HEAD.match(text)
    comma = _top_level_comma(text) if head else None
    if head and comma is not None and comma > head.end(1):
        name = text[comma + 1 : text.rindex(":")].strip()
        if name.isidentifier():
            yield from _except_pair(text, head.end(1), comma, name, source=source, line=line)
        elif all(part.isidentifier() for part in name.split(".")):
            # `except A, module.Error:`: an attribute can never be the bound name, only a class.
            exceptions = text[head.end(1) : comma].rstrip()
            yield (
                f"{text[: head.end(1)]}({exceptions}, {name}){text[text.rindex(':') :]}",
                f"parenthesise the exception types: except ({exceptions}, {name})",
            )
    rewrites = (
        (re.compile(r"<>"), "!=", "use != instead of Python 2's <>"),  # fix_ne
        (BACKTICKS, r"repr(\1)", "use repr() instead of Python 2's backticks"),  # fix_repr
        (OCTAL, r"0o\1", "write the octal literal with 0o"),  # fix_numliterals
        (LONG, r"\1", "drop Python 2's long suffix L"),  # fix_long
    )
    for pattern, replacement, description in rewrites:
        new = _substitute(text, pattern, replacement)
        if new != text:
            yield new, description
    # fix_unicode: `ur'..'` is a raw string in Python 3 (where u and r do not combine). The
    # prefix sits right before the string's quote, so it is looked for on the whole line.
    parts = _outside_strings(text)
    spots = [m.start() for m in UNICODE_RAW.finditer(text) if any(a <= m.start() < b for a, b in parts)]
    new = text
    for spot in reversed(spots):
        new = new[:spot] + new[spot + 1 :]
    if spots:
        yield new, "drop the u of Python 2's ur'' prefix"
    executed = EXEC_IN.match(_code(text))
    if executed:
        # fix_exec: `exec code in globals[, locals]` is the call exec(code, globals[, locals]).
        indent, code, namespaces = executed.groups()
        yield f"{indent}exec({code}, {namespaces})", "call exec with its namespaces as arguments"
    raised = RAISE_COMMA.match(_code(text))
    if raised:
        # fix_raise: `raise E, V` raises E(V); `raise E, V, T` also carries a traceback.
        indent, exception, rest = raised.groups()
        comma = _top_level_comma(rest)
        if comma is None:
            yield f"{indent}{exception}({rest})", f"raise {exception}({rest}) instead of Python 2's comma"
        else:
            value, trace = rest[:comma].strip(), rest[comma + 1 :].strip()
            yield (
                f"{indent}{exception}({value}).with_traceback({trace})",
                "raise with the traceback as Python 3 does",
            )


def _except_pair(
    text: str, head_end: int, comma: int, name: str, *, source: str, line: int
) -> Iterator[tuple[str, str]]:
    """`except A, B:` as Python 3 spells what it meant (round 53).

    lib2to3's fix_except reads B as the name the exception is bound to (`except E, e:`), which is
    Python 2's meaning; but the same text is also how a tuple of classes loses its parentheses
    (Python 3.11: "multiple exception types must be parenthesized"). When B names a class (a
    builtin class, a class the module defines or imports, a name the file raises, catches or
    passes to isinstance), `except A as B` would shadow that class for the rest of the function
    and catch A alone (r326's `except KeyError, Exception:` became `except KeyError as
    Exception:`): only the tuple is offered. The `as` form is for a name the handler body reads;
    a name neither a class nor read is dropped (`except A:`), after the tuple when the module
    binds it (a tuple kept in a variable).
    """
    exceptions = text[head_end:comma].rstrip()
    tail = text[text.rindex(":") :]
    bound = (
        f"{text[:head_end]}{exceptions} as {name}{tail}",
        f"bind the exception with as: except {exceptions} as {name}",
    )
    pair = (
        f"{text[:head_end]}({exceptions}, {name}){tail}",
        f"parenthesise the exception types: except ({exceptions}, {name})",
    )
    if _class_like(name, source=source, line=line):
        yield pair
        return
    if _handler_reads(name, source=source, line=line):
        yield bound
        return
    # A name nothing reads: bound with `as` it is an unused variable (pyflakes/ruff F841), so the
    # handler without it comes first; the tuple only when the module (or the handler's function,
    # above it) binds the name (a tuple of classes kept in a variable), else it would raise
    # NameError when the handler is tried.
    dropped = (f"{text[:head_end]}{exceptions}{tail}", f"drop the unused exception name: except {exceptions}")
    yield from (pair, dropped, bound) if _binds_in_scope(name, source=source, line=line) else (dropped, bound)


def _binds_in_scope(name: str, *, source: str, line: int) -> bool:
    """Whether `name` is assigned at the module's top level or above `line` in the function that
    holds it: another function's local of that name is not what the handler would read."""
    rows = source.splitlines()
    if not 1 <= line <= len(rows):
        return False
    assigned = re.compile(rf"\s*{re.escape(name)}\s*=(?!=)")
    width = len(rows[line - 1]) - len(rows[line - 1].lstrip())
    for number in range(line - 1, 0, -1):  # the enclosing function's lines, upwards
        row = rows[number - 1]
        indent = len(row) - len(row.lstrip())
        if row.strip() and indent < width and (indent == 0 or re.match(r"\s*(?:async\s+)?def\b", row)):
            break  # the function's header, or the top-level statement that holds the handler
        if assigned.match(row):
            return True
    return any(assigned.match(row) and not row[:1].isspace() for row in rows)


CLASS_USES = (
    r"\bclass\s+{n}\b",
    # isinstance's second argument only: its first is an instance (`isinstance(e, ValueError)` in
    # the handler of Python 2's `except Exception, e:`).
    r"\bisinstance\s*\([^,\n]*,[^)\n]*\b{n}\b",
    r"\bissubclass\s*\([^)\n]*\b{n}\b",
    # Caught as a class: `except N:`, `except N as e:`, `except (A, N):`; never Python 2's
    # `except A, N:` elsewhere in the file, where N is the bound name again.
    r"\bexcept\s+{n}\s*(?::|\bas\b)",
    r"\bexcept\s*\([^)\n]*\b{n}\b[^)\n]*\)",
)
CLASS_SUFFIX = re.compile(r"[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt)$")


def _class_like(name: str, *, source: str, line: int) -> bool:
    """Whether `name` names a class: a builtin one, one its spelling says is an exception class, or
    one the rest of the file defines, imports, raises, catches or tests with isinstance."""
    if isinstance(getattr(builtins, name, None), type) or CLASS_SUFFIX.match(name):
        return True
    if not source:
        return False
    others = "\n".join(row for number, row in enumerate(source.splitlines(), 1) if number != line)
    if name[:1].isupper() and re.search(rf"\b(?:import\b[^\n#]*|raise\s+)\b{re.escape(name)}\b", others):
        # An imported or raised CapWords name (PEP 8's class names): a lower-case one imported may be
        # a module, raised it is an instance (Python 2's `except E, e:` ... `raise e`).
        return True
    return any(re.search(use.format(n=re.escape(name)), others) for use in CLASS_USES)


def _handler_reads(name: str, *, source: str, line: int) -> bool:
    """Whether the handler body under the `except` at `line` reads `name` (outside strings/comments)."""
    rows = source.splitlines()
    if not 1 <= line <= len(rows):
        return False
    width = len(rows[line - 1]) - len(rows[line - 1].lstrip())
    word = re.compile(rf"\b{re.escape(name)}\b")
    for row in rows[line:]:
        if not row.strip():
            continue
        if len(row) - len(row.lstrip()) <= width:
            break
        if any(word.search(row[a:b]) for a, b in _outside_strings(_code(row))):
            return True
    return False


def _code(text: str) -> str:
    comment = _comment_start(text)
    return text if comment is None else text[:comment].rstrip()


# CPython 3.8+ warns of an identity test against a literal (`x is 1`, `v is not (0, 5, 2)`): a
# literal's identity is an implementation detail, so the test means equality. Under `-W error`
# (a pytest `filterwarnings = error`) the warning is a SyntaxError, and the compiler names the
# operator meant: "\"is not\" with 'tuple' literal. Did you mean \"!=\"?" (3.12+; "with a
# literal" before).
IDENTITY_LITERAL = re.compile(r'"(is|is not)" with (?:a|\'[\w.]+\') literal\. Did you mean "(==|!=)"\?')


def identity_literal_repairs(text: str, message: str) -> Iterator[tuple[str, str]]:
    """The line with one `is`/`is not` test replaced by the comparison the compiler suggests, one
    candidate per such test on the line (only code tokens; compiling and the tests decide)."""
    hint = IDENTITY_LITERAL.search(message)
    if hint is None:
        return
    operator, meant = hint.group(1), hint.group(2)
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text + "\n").readline))
    except (tokenize.TokenError, SyntaxError):
        return
    for index, token in enumerate(tokens):
        if token.type != tokenize.NAME or token.string != "is" or token.start[0] != 1:
            continue
        negated = index + 1 < len(tokens) and tokens[index + 1].string == "not"
        if negated != (operator == "is not"):
            continue
        end = tokens[index + 1].end[1] if negated else token.end[1]
        yield text[: token.start[1]] + meant + text[end:], f"use {meant} instead of {operator}"
