"""SYNTAX: another language's spelling of something Python has, written as Python's (round 46).

Each repair reads one line (the compiler's error line) and rewrites what that line says in C,
JavaScript, TypeScript or an assembler manual as Python says it, keeping every name and value;
the token edits of the search make such a line compile too, but by deleting or bending what it
said (gomory's `a == 1 || b == 0` became `a == 1 | b == 0`, a bitwise or of comparisons the
tests did not tell apart; mathzx's `def convert(value, from: str, ...)` lost its parameter;
sievelib's `fb'"{x}"'` became the tuple `fb, '"{x}"'`, leaving `fb` undefined):

- C's logical operators `||`, `&&` and `!x` are Python's `or`, `and`, `not x` (`c_logical`): the
  language meaning, before the bitwise `|`/`&` the token edits reach;
- a C/JavaScript line comment `// text` is Python's `# text` (`c_comment`): at a line's start it is
  never Python; after code, only when what follows `//` is not an expression (else it may be a
  floor division);
- a keyword as a parameter's name (`def f(value, from: str)`) is renamed to the name the body
  reads where the keyword stood (a name the function reads that the rest of the file never
  writes: `from_unit`), else to the keyword with PEP 8's trailing underscore (`from_`)
  (`keyword_parameter`);
- TypeScript's optional parameter `name?: T = d` is Python's `name: T | None = d` (`= None` when
  it had no default) (`optional_parameter`);
- a bytes f-string (`fb'..'`, `bf'..'`, with `r` too) has no Python meaning: the `f` dropped and
  the fields formatted with bytes' `%` (`b'"%s"' % x`), or the `b` dropped and the f-string
  encoded (`f'..'.encode()`), first when the names in its braces are names the file holds; the `f`
  dropped alone (braces kept as text) first when they are not (`bytes_fstring`);
- an assembler's hexadecimal `0Ah` is Python's `0x0A` (`suffixed_hex`), for "invalid decimal
  literal";
- PHP's and Perl's array arrow `key => value` (round 49) is Python's `key: value` inside a dict
  display (the innermost open bracket a `{`) and `name=value` inside a call's parentheses (a bare
  name after `(` or `,`: a keyword argument) (`php_arrow`): Python has no `=>` operator, the
  tokenizer reads `=` then `>`, and no token edit makes the line compile keeping both operands.

Every step is linear in the line (and in the function's body for `keyword_parameter`), and lines
past MAX_LINE characters are left to the search.
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

MAX_LINE = 4000  # characters: a longer line (minified, generated) is left to the token search
MAX_BODY = 400  # lines of a function read for the names a renamed keyword parameter stands for
MAX_BODY_CHARS = 40_000  # characters of it, whatever their lines
MAX_HEADER = 20  # lines scanned up for the `def` a parameter line belongs to
IDENT = re.compile(r"[^\W\d]\w*")
BYTES_F_PREFIX = re.compile(r"(?i)(?=[rbf]*f)(?=[rbf]*b)[rbf]{2,3}")
HEX_SUFFIX = re.compile(r"(?<![\w.])([0-9][0-9A-Fa-f]*)[hH](?!\w)")
OPTIONAL = re.compile(
    r"(?P<name>\b[^\W\d]\w*)\?\s*:\s*(?P<type>[^,=()\[\]]+?(?:\[[^\]]*\])?)\s*"
    r"(?:=\s*(?P<default>[^,()]+?))?\s*(?=,|\)|$)"
)
WRITTEN = re.compile(r"([^\W\d]\w*)(?:\s*:[^=:]{0,80})?\s*=(?!=)|\bas\s+([^\W\d]\w*)")
FOR_TARGETS = re.compile(r"\bfor\s+(.+?)\s+in\b")
HARD_KEYWORDS = frozenset(keyword.kwlist) - {"True", "False", "None"}
PERCENT_SPEC = re.compile(r"[-+ 0#]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
BUILTINS = frozenset(dir(builtins))

Token = tuple[int, int, str, int]


def tokens_of(body: str) -> list[Token]:
    """(start, end, string, type) of one line's tokens, as far as the tokenizer gets."""
    found: list[Token] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(body).readline):
            if token.start[0] != 1:
                break
            if token.type in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.COMMENT):
                continue
            end = token.end[1] if token.end[0] == 1 else len(body)
            found.append((token.start[1], end, token.string, token.type))
    except (tokenize.TokenError, SyntaxError, IndentationError, ValueError):
        pass
    return found


def _code_spans(body: str) -> Iterator[tuple[int, int]]:
    """The spans of the line that are code: outside string literals (single-line ones) and before a `#`."""
    if "'" not in body and '"' not in body:
        yield 0, body.find("#") if "#" in body else len(body)
        return
    start = index = 0
    quote = ""
    while index < len(body):
        char = body[index]
        if quote:
            if char == "\\":
                index += 2
                continue
            if body.startswith(quote, index):
                index += len(quote)
                quote, start = "", index
                continue
            index += 1
            continue
        if char == "#":
            break
        if char in "'\"":
            yield start, index
            quote = char * 3 if body.startswith(char * 3, index) else char
            index += len(quote)
            continue
        index += 1
    if not quote:
        yield start, index


BACKWARDS_RUN = re.compile(r"(?<![=!<>*/%&|^:+\-@])=([!<>])(?![=<>!])")
CONDITION_LINE = re.compile(r"\s*(?:(?:el)?if|while|assert)\b|.*\bif\b")


def backwards_comparison(body: str) -> Iterator[tuple[str, str]]:
    """`if a =! b:` -> `if a != b:`: a comparison operator typed with its two characters swapped
    (`=!`, `=<`, `=>`), on a line that is a condition (an `if`/`elif`/`while`/`assert` header, or
    holding a conditional or a comprehension's `if`), every one of the line at once. Python has no
    operator `=!`, `=<` or `=>`, and an `=` is never read as `and`/`or`; off a condition
    (`x =! y`, C's `x = !y`; `=>`, JavaScript's arrow) the run means something else, left to the
    other repairs."""
    if not CONDITION_LINE.match(body):
        return
    spans = list(_code_spans(body))
    found = [
        m
        for m in BACKWARDS_RUN.finditer(body)
        if any(start <= m.start() and m.end() <= end for start, end in spans)
    ]
    if not found:
        return
    new = body
    for match in reversed(found):
        new = new[: match.start()] + match.group(1) + "=" + new[match.end() :]
    runs = ", ".join(sorted({f"`{m.group(0)}` as `{m.group(1)}=`" for m in found}))
    yield new, f"write the comparison typed backwards as Python's: {runs}"


# A name, with a subscript written Python's way already (a nested generic rewritten first); the
# subscript's alternatives start with different characters, so the match is linear.
GENERIC_ARGUMENT = r"[^\W\d][\w.]*(?:\[(?:[^<>=\[\]\n]|\[[^<>=\[\]\n]*\])*\])?"
ANGLE_GENERIC = re.compile(
    rf"(?<![\w.])([^\W\d][\w.]*)\s*<\s*({GENERIC_ARGUMENT}(?:\s*,\s*{GENERIC_ARGUMENT})*)\s*>"
)
MAX_GENERIC_LINE = 1000  # characters (each of the few passes is linear; a long line is the token search's)
ANNOTATION_START = re.compile(r"(?:^\s*[^\W\d][\w.]*\s*:|->|[(,]\s*[^\W\d]\w*\s*:)")
MAX_GENERIC_DEPTH = 8


def angle_generics(body: str) -> Iterator[tuple[str, str]]:
    """`x: List<T> = []` -> `x: List[T] = []`: another language's generic (Java, C#, TypeScript)
    written with Python's subscript, innermost first (`Dict<str, List<int>>`), in an annotation
    (after a target's or a parameter's `:`, or `->`). Python reads the angle brackets as
    comparisons with nothing after the last `>`; deleting the `=` instead compiles and turns the
    assignment into a bare annotation that binds nothing."""
    start = ANNOTATION_START.search(body) if len(body) <= MAX_GENERIC_LINE else None
    if start is None:
        return
    head, new = body[: start.end()], body[start.end() :]
    for _ in range(MAX_GENERIC_DEPTH):
        changed = ANGLE_GENERIC.sub(lambda m: f"{m.group(1)}[{m.group(2)}]", new, count=1)
        if changed == new:
            break
        new = changed
    if new != body[start.end() :] and "<" not in new.split("=")[0]:
        yield head + new, "write the generic with Python's square brackets, not angle brackets"


SPREAD_OPENERS = {"(": ")", "[": "]", "{": "}"}


def js_spread(body: str) -> Iterator[tuple[str, str]]:
    """`f(...args)`, `[...a, b]`, `{...d, k: v}` -> `f(*args)`, `[*a, b]`, `{**d, k: v}`: JavaScript's
    spread, which Python reads as the Ellipsis followed by a name, written as Python's unpacking
    (PEP 448): one star in a call, a list, a tuple or a set, two in a dict (a brace holding a
    `key: value` at its level, or only spreads: JavaScript's object spread). A `...` that stands
    alone (`f(..., x)`, `x[..., 0]`, `...` as a body) is the Ellipsis and is left as it is."""
    tokens = tokens_of(body)
    stack: list[int] = []  # indices of the open brackets
    spreads: list[tuple[int, int, str]] = []
    dict_braces: dict[int, bool] = {}  # each brace's kind, read once (one brace may hold many spreads)
    for index, (start, end, string, kind) in enumerate(tokens):
        if kind == tokenize.OP and string in SPREAD_OPENERS:
            stack.append(index)
        elif kind == tokenize.OP and string in SPREAD_OPENERS.values():
            if stack:
                stack.pop()
        elif string == "..." and index + 1 < len(tokens) and index > 0:
            following = tokens[index + 1]
            leading = tokens[index - 1][2]
            starts_value = following[3] in (tokenize.NAME, tokenize.STRING) and not keyword.iskeyword(
                following[2]
            )
            if not (starts_value or following[2] in SPREAD_OPENERS) or leading not in ("(", "[", "{", ","):
                continue
            stars = "*"
            if stack and tokens[stack[-1]][2] == "{":
                if stack[-1] not in dict_braces:
                    dict_braces[stack[-1]] = _dict_level(tokens, stack[-1])
                if dict_braces[stack[-1]]:
                    stars = "**"
            spreads.append((start, end, stars))
    if not spreads:
        return
    new = body
    for start, end, stars in reversed(spreads):
        new = new[:start] + stars + new[end:].lstrip(" ")
    yield new, "unpack with Python's star (PEP 448), not JavaScript's spread `...`"


def _dict_level(tokens: list[Token], opener: int) -> bool:
    """Whether the brace at `opener` is a dict's: a `:` at its own level, or nothing but spreads."""
    depth = 0
    only_spreads = True
    for index in range(opener + 1, len(tokens)):
        string = tokens[index][2]
        if string in SPREAD_OPENERS:
            depth += 1
        elif string in SPREAD_OPENERS.values():
            if depth == 0:
                return only_spreads
            depth -= 1
        elif depth == 0 and string == ":":
            return True
        elif (
            depth == 0
            and string == ","
            and index + 1 < len(tokens)
            # A trailing comma (`{...a, ...b,}`) is no item: only what follows a comma counts.
            and tokens[index + 1][2] not in ("...", *SPREAD_OPENERS.values())
        ):
            only_spreads = False
    return only_spreads


def c_logical(body: str) -> Iterator[tuple[str, str]]:
    """`a || b`, `a && b`, `!a` -> `a or b`, `a and b`, `not a`: every one on the line at once."""
    if "||" not in body and "&&" not in body:
        return
    out: list[str] = []
    last = 0
    changed: list[str] = []
    for start, end in _code_spans(body):
        index = start
        while index < end:
            pair = body[index : index + 2]
            if pair in ("||", "&&") and body[index + 2 : index + 3] not in ("=", pair[0]):
                word = "or" if pair == "||" else "and"
                out.append(body[last:index].rstrip() + f" {word} ")
                last = index + 2
                while last < len(body) and body[last] in " \t":
                    last += 1
                changed.append(pair)
                index += 2
                continue
            if body[index] == "!" and body[index + 1 : index + 2] != "=":
                head = body[last:index]
                glue = " " if head and not head[-1].isspace() and head[-1] not in "([{" else ""
                out.append(head + glue + "not ")
                last = index + 1
                while last < len(body) and body[last] in " \t":
                    last += 1
                changed.append("!")
            index += 1
    if not changed:
        return
    new = "".join(out) + body[last:]
    words = ", ".join(
        f"`{op}` as `{ {'||': 'or', '&&': 'and', '!': 'not'}[op] }`" for op in dict.fromkeys(changed)
    )
    yield new, f"write C's logical operator(s) as Python's: {words}"


def c_comment(body: str, continues: bool = False) -> Iterator[tuple[str, str]]:
    """`// text` -> `# text`: at a line's start unless the line `continues` a statement (inside its
    brackets or after a backslash: there `// 60` is a floor division, Black's layout, review 46);
    after code when what follows is no expression."""
    stripped = body.lstrip()
    indent = body[: len(body) - len(stripped)]
    if stripped.startswith("//"):
        if continues:
            return
        yield (
            indent + "# " + stripped.lstrip("/").strip(),
            "start the comment with Python's `#`, not C's `//`",
        )
        return
    for start, end in _code_spans(body):
        at = body.find("//", start, end)
        if at < 0:
            continue
        rest = body[at:].lstrip("/").strip()
        code = body[:at].rstrip()
        if not code or not rest:
            return
        try:
            ast.parse(rest, mode="eval")
            return  # `x // y z`: may be a floor division, a slip elsewhere
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
        yield f"{code}  # {rest}", "start the trailing comment with Python's `#`, not C's `//`"
        return


def suffixed_hex(body: str) -> Iterator[tuple[str, str]]:
    """`0Ah` (an assembler's or a device manual's hexadecimal) -> `0x0A`."""
    for start, end in _code_spans(body):
        match = HEX_SUFFIX.search(body, start, end)
        if match:
            digits = match.group(1)
            new = body[: match.start()] + "0x" + digits + body[match.end() :]
            yield new, f"write the hexadecimal `{match.group(0)}` as Python's `0x{digits}`"
            return


def optional_parameter(body: str) -> Iterator[tuple[str, str]]:
    """TypeScript's `name?: T = d` -> `name: T | None = d` (`= None` without a default)."""
    if "?" not in body:
        return
    for start, end in _code_spans(body):
        match = OPTIONAL.search(body, start, end)
        if match is None:
            continue
        name, type_, default = match.group("name"), match.group("type").strip(), match.group("default")
        written = f"{name}: {type_} | None = {default.strip() if default else 'None'}"
        yield (
            body[: match.start()] + written + body[match.end() :],
            f"write the optional parameter as Python's `{written}`",
        )
        return


MAX_STATEMENT = 200  # lines scanned up for the start of the statement a line may continue


def _continues(lines: list[str], line: int) -> bool:
    """Whether `line` continues the statement above it: after a backslash, or inside brackets the
    lines above opened (tokenized from the nearest line at column 0 that can start a statement)."""
    if line < 2:
        return False
    if lines[line - 2].rstrip("\r\n").endswith("\\"):
        return True
    start = line - 1
    while start > 1 and line - start < MAX_STATEMENT:
        text = lines[start - 1]
        if text.strip() and not text[0].isspace() and text[0] not in ")]}#":
            break
        start -= 1
    # Each line ended by `\n` for the tokenizer: read through a StringIO, a lone `\r` (which ends a
    # line for Python's compiler and for split_lines) would join the lines and misplace the row.
    above = "".join(text.rstrip("\r\n") + "\n" for text in lines[start - 1 : line - 1])
    if len(above) > MAX_BODY_CHARS:
        return False
    depth = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(above).readline):
            if token.type == tokenize.OP and token.string in ("(", "[", "{"):
                depth += 1
            elif token.type == tokenize.OP and token.string in (")", "]", "}"):
                depth = max(0, depth - 1)
    except (tokenize.TokenError, SyntaxError, IndentationError, ValueError):
        pass  # "EOF in multi-line statement": the brackets are still open, as counted
    return depth > 0


def _header_start(lines: list[str], line: int) -> int | None:
    for number in range(line, max(0, line - MAX_HEADER), -1):
        if re.match(r"\s*(?:async\s+)?def\b", lines[number - 1]):
            return number
    return None


def _body_names(lines: list[str], header: int, line: int) -> tuple[list[str], set[str]]:
    """(names the function's body reads, in order; names the rest of the file holds)."""
    indent = len(lines[header - 1]) - len(lines[header - 1].lstrip())
    number = line
    body: list[str] = []
    size = 0
    while number < len(lines) and len(body) < MAX_BODY and size < MAX_BODY_CHARS:
        text = lines[number]
        number += 1
        if text.strip() and len(text) - len(text.lstrip()) <= indent and not text.lstrip().startswith(")"):
            break
        body.append(text)
        size += len(text)
    if not body:
        return [], set()
    inside = range(header - 1, line + len(body))  # the header's lines and the body's (0-based)
    outside: set[str] = set()
    for text in lines[header - 1 : line]:  # the header binds its parameters (and names the function)
        outside.update(IDENT.findall(text))
    for index, text in enumerate(lines):
        if index not in inside and len(text) <= MAX_LINE:
            outside.update(IDENT.findall(text.split("#", 1)[0]))
    read: list[str] = []
    for text in body:
        if len(text) > MAX_LINE:
            continue
        for start, end in _code_spans(text):
            code = text[start:end]
            read.extend(IDENT.findall(code))
            # A name the body itself binds is not the lost one.
            outside.update(name for pair in WRITTEN.findall(code) for name in pair if name)
            for targets in FOR_TARGETS.findall(code):
                outside.update(IDENT.findall(targets))
    return list(dict.fromkeys(read)), outside


def _in_parameters(lines: list[str], header: int, line: int, ahead: list[Token]) -> bool:
    """Whether a token of `line` preceded by `ahead` (its line's tokens before it) stands in the
    parameter list of the `def` at `header`, at the list's own depth (not in a default's call)."""
    tokens = ahead
    if line != header:
        above = "".join(lines[header - 1 : line - 1])
        if len(above) > MAX_BODY_CHARS:
            return False
        tokens = [*tokens_of_lines(above), *ahead]
    depth = 0
    opened = False
    for _, _, string, kind in tokens:
        if kind != tokenize.OP:
            continue
        if string in ("(", "[", "{"):
            opened = opened or string == "("
            depth += 1
        elif string in (")", "]", "}"):
            depth -= 1
            if depth <= 0:
                return False  # the parameter list closed before the token
    return opened and depth == 1


def tokens_of_lines(text: str) -> list[Token]:
    """(start, end, string, type) of the tokens of several lines, as far as the tokenizer gets
    (columns are not used: only the strings and types)."""
    found: list[Token] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            found.append((token.start[1], token.end[1], token.string, token.type))
    except (tokenize.TokenError, SyntaxError, IndentationError, ValueError):
        pass
    return found


def keyword_parameter(lines: list[str], line: int, body: str) -> Iterator[tuple[str, str, list[str]]]:
    """A keyword standing as a parameter's name -> the name the body reads for it (or `kw_`).
    Yields (new line, description, names the body reads that nothing else in the file holds)."""
    tokens = tokens_of(body)
    header = _header_start(lines, line)
    if header is None:
        return
    for index, (start, end, string, kind) in enumerate(tokens):
        if kind != tokenize.NAME or string not in HARD_KEYWORDS:
            continue
        before = tokens[index - 1][2] if index else ("(" if line != header else "")
        after = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        if before not in ("(", ",", "*", "**") or after not in (":", ",", "=", ")"):
            continue
        if not _in_parameters(lines, header, line, tokens[:index]):
            continue  # a call's keyword argument (in the body, or in a default): no parameter (review 46)
        read, outside = _body_names(lines, header, line)
        unbound = [
            name
            for name in read
            if name not in outside and name not in BUILTINS and not keyword.iskeyword(name)
        ]
        # A read name that begins with the keyword (`from_unit` for `from`) first.
        unbound.sort(key=lambda name: not name.startswith(string))
        for name in [*unbound[:3], string + "_"]:
            yield (
                body[:start] + name + body[end:],
                f"rename the parameter `{string}` (a keyword) to `{name}`"
                + (", the name the function reads" if name in unbound else ""),
                unbound,
            )
        return


def _percent_format(node: ast.JoinedStr) -> tuple[str, list[str]] | None:
    """(the text with `%` conversions, the values' sources) of an f-string, or None."""
    text: list[str] = []
    values: list[str] = []
    for part in node.values:
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            text.append(part.value.replace("%", "%%"))
        elif isinstance(part, ast.FormattedValue):
            conversion = {-1: "s", 115: "s", 114: "r", 97: "a"}.get(part.conversion)
            if conversion is None:
                return None
            spec = ""
            if part.format_spec is not None:
                pieces = part.format_spec.values
                if not all(isinstance(p, ast.Constant) for p in pieces):
                    return None
                spec = "".join(str(p.value) for p in pieces)  # type: ignore[attr-defined]
                if not PERCENT_SPEC.fullmatch(spec):
                    return None
                spec = spec if conversion == "s" else None  # type: ignore[assignment]
                if spec is None:
                    return None
            text.append("%" + (spec or conversion))
            values.append(ast.unparse(part.value))
        else:
            return None
    return "".join(text), values


def bytes_fstring(body: str, known: set[str]) -> Iterator[tuple[str, str]]:
    """`fb'"{x}"'` -> `b'"%s"' % x`, `f'"{x}"'.encode()`, `b'"{x}"'`; see the module's docstring."""
    tokens = tokens_of(body)
    for index in range(len(tokens) - 1):
        start, end, prefix, kind = tokens[index]
        following = tokens[index + 1]
        if kind != tokenize.NAME or following[0] != end or following[3] != tokenize.STRING:
            continue
        if not BYTES_F_PREFIX.fullmatch(prefix):
            continue
        literal = following[2]
        if literal[:1] not in "'\"":
            continue  # the string token has its own prefix: not one literal split in two
        rest = "".join(c for c in prefix if c.lower() == "r")
        try:
            node = ast.parse(f"f{rest}{literal}", mode="eval").body
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        if not isinstance(node, ast.JoinedStr):
            continue
        head, tail = body[:start], body[following[1] :]
        names = {
            n.id
            for part in node.values
            if isinstance(part, ast.FormattedValue)
            for n in ast.walk(part.value)
            if isinstance(n, ast.Name)
        }
        bound = all(name in known or name in BUILTINS for name in names)
        found: list[tuple[str, str]] = []
        try:  # ast.unparse and the parse of what it wrote recurse: a deeply nested field (review 46)
            formatted = _percent_format(node)
            value = ast.parse(formatted[1][0], mode="eval").body if formatted and formatted[1] else None
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            formatted = None
        if formatted is not None and formatted[0].isascii():
            text, values = formatted
            written = "b" + repr(text)
            if len(values) == 1:
                simple = isinstance(value, ast.Name | ast.Attribute | ast.Call | ast.Subscript | ast.Constant)
                written += f" % {values[0]}" if simple else f" % ({values[0]},)"
            elif values:
                written += f" % ({', '.join(values)})"
            found.append(
                (
                    head + written + tail,
                    f"format the bytes with `%` (a bytes f-string has no Python meaning): `{written}`",
                )
            )
        found.append(
            (
                head + f"f{rest}{literal}.encode()" + tail,
                "drop the `b` and encode the f-string (bytes f-strings do not exist)",
            )
        )
        plain = (head + f"b{rest}{literal}" + tail, "drop the `f`: bytes f-strings do not exist")
        yield from [*found, plain] if bound else [plain, *found]
        return


MAX_ARROW_CHARS = 40_000  # characters of the statement above the line read for the open brackets


def php_arrow(lines: list[str], line: int, body: str) -> Iterator[tuple[str, str]]:
    """`{"date-time" => datetime}` -> `{"date-time": datetime}`, `f(name => 1)` -> `f(name=1)`:
    every `=>` of the line whose innermost open bracket (read from the start of the statement,
    lines above included) is a dict display's `{` or, after a bare name that follows `(` or `,`,
    a call's `(`. Another `=>` (JavaScript's arrow `(x) => x`, or `x => x * 2` in a call, whose
    value reads its name; one at a statement's level) is left to the other repairs; one the line cannot place makes no candidate."""
    if "=>" not in body or len(body) > MAX_LINE:
        return
    # Read from the nearest line above indented less than this one (a bracket's items are indented
    # past the line that opens it): the innermost open bracket is all that is asked, so a start
    # inside an outer bracket (an unmatched closer is ignored) reads the same.
    width = len(body) - len(body.lstrip())
    start = line
    while start > 1 and line - start < MAX_STATEMENT and width:
        start -= 1
        text = lines[start - 1]
        stripped = text.lstrip()
        if stripped and not stripped.startswith("#") and len(text) - len(stripped) < width:
            break
    # Each line ended by `\n` for the tokenizer: read through a StringIO, a lone `\r` (which ends a
    # line for Python's compiler and for split_lines) would join the lines and misplace the row.
    above = "".join(text.rstrip("\r\n") + "\n" for text in lines[start - 1 : line - 1])
    if len(above) > MAX_ARROW_CHARS:
        return
    first = above.count("\n") + 1 if above else 1  # the error line's number in the tokenized text
    text = above + body + "\n"
    stack: list[str] = []
    arrows: list[tuple[int, str]] = []
    previous: list[tuple[str, int]] = []  # the last three tokens (string, type)
    pending: tuple[int, int] | None = None  # an `=` of the error line waiting for its `>`
    # A keyword argument's name, its bracket depth and its arrow's index, until its value ends: a
    # value that reads the name is an arrow function's body (`map(x => x * 2, xs)`, the rule
    # syntax_expected.foreign_arrow uses), left to the lambda repair (the review of round 49).
    watch: tuple[str, int, int] | None = None
    dropped: set[int] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type in (tokenize.NL, tokenize.COMMENT, tokenize.NEWLINE):
                continue
            string, row, column = token.string, token.start[0], token.start[1]
            if watch is not None:
                if token.type == tokenize.NAME and string == watch[0]:
                    dropped.add(watch[2])
                    watch = None
                elif token.type == tokenize.OP and (
                    (string == "," and len(stack) == watch[1])
                    or (string in (")", "]", "}") and len(stack) <= watch[1])
                ):
                    watch = None
            if pending is not None:
                if string == ">" and (row, column) == (first, pending[1] + 1):
                    opener = stack[-1] if stack else ""
                    before = previous[-2:]
                    if opener == "{":
                        arrows.append((pending[1], ":"))
                    elif (
                        opener == "("
                        and len(before) == 2
                        and before[1][1] == tokenize.NAME
                        and not keyword.iskeyword(before[1][0])
                        and before[0][0] in ("(", ",")
                    ):
                        arrows.append((pending[1], "="))
                        watch = (before[1][0], len(stack), len(arrows) - 1)
                pending = None
            if token.type == tokenize.OP and string in ("(", "[", "{"):
                stack.append(string)
            elif token.type == tokenize.OP and string in (")", "]", "}"):
                if stack:
                    stack.pop()
            elif string == "=" and row == first:
                pending = (row, column)
                continue  # `previous` keeps the tokens before the `=`
            previous = [*previous[-2:], (string, token.type)]
            if row > first:
                break
    except (tokenize.TokenError, SyntaxError, IndentationError, ValueError):
        pass  # "EOF in multi-line statement": the brackets read so far are still open
    arrows = [arrow for index, arrow in enumerate(arrows) if index not in dropped]
    if not arrows:
        return
    # PEP 8's spacing, `key: value` and `name=value`, the line built once (linear in its arrows).
    parts: list[str] = []
    cursor = 0
    for column, written in arrows:
        parts.append(body[cursor:column].rstrip(" \t"))
        parts.append(": " if written == ":" else "=")
        cursor = column + 2
        while cursor < len(body) and body[cursor] in " \t":
            cursor += 1
    new = "".join(parts) + body[cursor:]
    kinds = sorted(
        {"a dict's `:`" if written == ":" else "a keyword argument's `=`" for _, written in arrows}
    )
    yield new, f"write PHP's array arrow `=>` as Python's {' and '.join(kinds)}"


def foreign_repairs(source: str, line: int, message: str) -> Iterator[tuple[str, str]]:
    """(new source, description) for the error line: the rewrites of the module's docstring."""
    lines = split_lines(source)  # as the tokenizer counts them (splitlines() breaks at a form feed too)
    if not 1 <= line <= len(lines):
        return
    text = lines[line - 1]
    body = text.rstrip("\r\n")
    if len(body) > MAX_LINE:
        return
    ending = text[len(body) :]

    def whole(new_body: str) -> str:
        return "".join(lines[: line - 1]) + new_body + ending + "".join(lines[line:])

    for new_body, description in backwards_comparison(body):
        yield whole(new_body), description
    for new_body, description in php_arrow(lines, line, body):
        yield whole(new_body), description
    if "<" in body and ">" in body:
        for new_body, description in angle_generics(body):
            yield whole(new_body), description
    if "..." in body:
        for new_body, description in js_spread(body):
            yield whole(new_body), description
    for new_body, description in c_logical(body):
        yield whole(new_body), description
    for new_body, description in c_comment(body, "//" in body and _continues(lines, line)):
        yield whole(new_body), description
    if "decimal literal" in message:
        for new_body, description in suffixed_hex(body):
            yield whole(new_body), description
    for new_body, description in optional_parameter(body):
        yield whole(new_body), description
    renamed = list(keyword_parameter(lines, line, body))
    for new_body, description, _ in renamed:
        if description.endswith("reads"):
            yield whole(new_body), description
    if BYTES_F_PREFIX.search(body):
        known: set[str] = set()
        for number, other in enumerate(lines, 1):
            if number != line and len(other) <= MAX_LINE:
                known.update(IDENT.findall(other))
        for new_body, description in bytes_fstring(body, known):
            yield whole(new_body), description
    for new_body, description, _ in renamed:
        if not description.endswith("reads"):
            yield whole(new_body), description


def bitwise_of_conditions(source: str, new_source: str, line: int) -> bool:
    """Whether `new_source` answers a C `||`/`&&` at `line` of `source` with Python's bitwise `|`/`&`
    where precedence makes it part of a comparison (`a == 1 | b == 0`, the chained comparison
    `a == (1 | b) == 0`): it compiles, and means another program, never the language's `or`/`and`;
    such a candidate is dropped. A bitwise operation in parentheses is not the trap: the
    parentheses say what is compared (review 46: `(df.a > 1) & (df.b < 2)` is pandas' and numpy's
    element-wise `and`, and `x == (A | B)` a flag test the line may hold already)."""
    lines = split_lines(source)  # as the tokenizer counts them (splitlines() breaks at a form feed too)
    if not 1 <= line <= len(lines) or len(lines[line - 1]) > MAX_LINE:
        return False
    old = lines[line - 1].rstrip("\r\n")
    if not any(body_has(old, pair) for pair in ("||", "&&")):
        return False
    try:
        tree = ast.parse(new_source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    written = split_lines(new_source)
    stack: list[ast.AST] = [tree]
    while stack:  # only the nodes whose lines hold `line` (a big module's other statements are not walked)
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            if getattr(child, "lineno", line) <= line <= (getattr(child, "end_lineno", None) or line):
                stack.append(child)
        if getattr(node, "lineno", 0) != line and getattr(node, "end_lineno", 0) != line:
            continue
        if isinstance(node, ast.Compare) and any(
            isinstance(part, ast.BinOp)
            and isinstance(part.op, ast.BitOr | ast.BitAnd)
            and not _parenthesised(written, part)
            for part in [node.left, *node.comparators]
        ):
            return True  # `a == 1 | b == 0` parses as the chained comparison `a == (1 | b) == 0`
    return False


def _parenthesised(lines: list[str], node: ast.expr) -> bool:
    """Whether an opening parenthesis stands right before `node` (on its line, or ending the line above)."""
    number = node.lineno
    text = lines[number - 1] if 0 < number <= len(lines) else ""
    before = text.encode("utf-8")[: node.col_offset].decode("utf-8", "replace").rstrip()
    if not before and number > 1:
        before = lines[number - 2].rstrip()
    return before.endswith("(")


def body_has(body: str, text: str) -> bool:
    """Whether `text` stands in the code of the line (outside its strings and comment)."""
    return any(text in body[start:end] for start, end in _code_spans(body))
