"""printf-style (`%`) format strings that pyflakes calls broken and ruff has no fix for.

Each repair follows the grammar of Python's `%` operator (the "printf-style String Formatting"
section of the standard library's documentation): `%`, an optional `(key)`, flags, width,
precision, a length modifier, and one conversion character from `diouxXeEfFgGcrsa%`.

- F501 (incomplete format: the text ends inside a placeholder, `"%(expr)"`): the placeholder gets
  the conversion it lacks (`s`, then `r`), or a lone trailing `%` becomes the literal `%%`.
- F509 (unsupported format character, `'%S'`): the conversion written with the wrong case when its
  other case is one (`S` -> `s`), else `s` and `r`, else the `%` was a literal percent sign (`%%`).
- F502 (expected mapping but got sequence: named placeholders given a tuple, `"%(n)s" % (n,)`):
  the values become the mapping the names ask for (`{"n": n}`), or the names go (`%s`).
- F503 (expected sequence but got mapping: positional placeholders given a dict literal): the
  dict's values, in order, become the tuple.
- F505 (a dict literal missing keys its placeholders name, `"%(a)s %(b)s" % {"a": a}`): each missing
  key mapped to the variable of that name when the function has one in scope (as F524 for
  `str.format`: the name the text asks for, PyTER-style synthesis from the names in scope).

Every edit is checked by formatting the new text with stand-in values, so a candidate is never a
format string Python rejects; the sandbox then validates it like every candidate.
"""

from __future__ import annotations

import ast
import difflib
import re
from dataclasses import dataclass

from healer.engine.fixers.lineedit import split_lines

CONVERSIONS = "diouxXeEfFgGcrsa"
FLAGS = "#0- +"
# A literal's source text: prefix, opening quote, body, closing quote (single-line or triple).
LITERAL = re.compile(r"^([rRuUbB]{0,2})('''|\"\"\"|'|\")(.*)\2$", re.DOTALL)


@dataclass(frozen=True)
class Spot:
    """One placeholder in a literal's body: [start, end) in the body, its key, and its conversion
    character (None when the text ended first; `end` is then the body's end)."""

    start: int
    end: int
    key: str | None
    conversion: str | None


def placeholders(body: str) -> list[Spot]:
    """The placeholders of a `%` format body, scanned as CPython's PyUnicode_Format does."""
    spots: list[Spot] = []
    index, size = 0, len(body)
    while index < size:
        if body[index] != "%":
            index += 1
            continue
        start = index
        index += 1
        if index < size and body[index] == "%":
            index += 1
            continue
        key = None
        if index < size and body[index] == "(":
            close = _closing_paren(body, index)
            if close is None:
                spots.append(Spot(start, size, body[index + 1 :], None))
                break
            key, index = body[index + 1 : close], close + 1
        while index < size and body[index] in FLAGS:
            index += 1
        index = _number(body, index)
        if index < size and body[index] == ".":
            index = _number(body, index + 1)
        if index < size and body[index] in "hlL":
            index += 1
        if index >= size:
            spots.append(Spot(start, size, key, None))
            break
        spots.append(Spot(start, index + 1, key, body[index]))
        index += 1
    return spots


def _closing_paren(body: str, opened: int) -> int | None:
    depth = 0
    for index in range(opened, len(body)):
        depth += {"(": 1, ")": -1}.get(body[index], 0)
        if depth == 0:
            return index
    return None


def _number(body: str, index: int) -> int:
    if index < len(body) and body[index] == "*":
        return index + 1
    while index < len(body) and body[index].isdigit():
        index += 1
    return index


def replace_node(source: str, node: ast.expr, text: str) -> str | None:
    """`source` with `node`'s text (its exact extent, in bytes as ast counts columns) replaced by `text`."""
    if node.end_lineno is None or node.end_col_offset is None:
        return None
    lines = split_lines(source)  # as ast counts lines (str.splitlines() also breaks at a form feed)
    start = sum(len(line.encode()) for line in lines[: node.lineno - 1]) + node.col_offset
    end = sum(len(line.encode()) for line in lines[: node.end_lineno - 1]) + node.end_col_offset
    data = source.encode()
    return (data[:start] + text.encode() + data[end:]).decode()


def _formats(literal_text: str) -> bool:
    """Whether the literal's value is a format string `%` accepts (stand-in values of the right
    shape: a mapping for named placeholders, else a tuple as long as the placeholders)."""
    try:
        value = ast.literal_eval(literal_text)
    except (ValueError, SyntaxError):
        return False
    if not isinstance(value, str):
        return False
    spots = placeholders(value)
    if any(spot.conversion is None for spot in spots):
        return False
    stars = sum(value[s.start : s.end].count("*") for s in spots)
    named = [s for s in spots if s.key is not None]
    try:
        if named:
            value % _AnyMapping()
        else:
            value % tuple(0 for _ in range(len(spots) + stars))
    except (ValueError, TypeError, KeyError):
        return False
    return True


class _AnyMapping(dict):
    """A mapping with a number for every key: `%(name)d` and `%(name)s` both format."""

    def __missing__(self, key: str) -> int:
        return 0


def _percent_nodes(tree: ast.Module, line: int) -> list[ast.BinOp]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mod)
        and isinstance(node.left, ast.Constant)
        and isinstance(node.left.value, str)
        and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]


def _split(source: str, literal: ast.Constant) -> tuple[str, str, str] | None:
    """(prefix + quote, body, quote) of a literal written as one piece of source text."""
    text = ast.get_source_segment(source, literal)
    match = LITERAL.match(text or "")
    if match is None or "b" in match.group(1).lower():
        return None
    head, quote, body = match.group(1) + match.group(2), match.group(2), match.group(3)
    if quote in body:
        return None  # an implicitly joined literal (`"a" "b"`): not rewritten by its text
    return head, body, quote


def _with_body(source: str, node: ast.BinOp, head: str, body: str, quote: str) -> str | None:
    text = head + body + quote
    if not _formats(text):
        return None
    return replace_node(source, node.left, text)


def conversion_repairs(source: str, line: int, code: str) -> list[tuple[str, str]]:
    """(new source, description) for F501 (a placeholder the text ends inside) and F509 (a
    placeholder whose conversion character is not one)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    found: list[tuple[str, str]] = []
    for node in _percent_nodes(tree, line):
        parts = _split(source, node.left)
        if parts is None:
            continue
        head, body, quote = parts
        for spot in placeholders(body):
            written = body[spot.start : spot.end]
            if code == "F501" and spot.conversion is None and _unclosed_key(body, spot):
                for new_body, description in _closed_keys(body, spot):
                    new = _with_body(source, node, head, new_body, quote)
                    if new is not None:
                        found.append((new, description))
            elif code == "F501" and spot.conversion is None:
                chars = ["%", "s", "r"] if written == "%" else ["s", "r"]
                for char in chars:
                    new_body = body[: spot.end] + char + body[spot.end :]
                    new = _with_body(source, node, head, new_body, quote)
                    if new is not None:
                        found.append((new, f"end the placeholder with its conversion: {written}{char}"))
            elif code == "F509" and spot.conversion is not None and spot.conversion not in CONVERSIONS + "%":
                bad = spot.conversion
                chars = [c for c in dict.fromkeys([bad.swapcase(), "s", "r"]) if c in CONVERSIONS]
                for char in chars:
                    new_body = body[: spot.end - 1] + char + body[spot.end :]
                    new = _with_body(source, node, head, new_body, quote)
                    if new is not None:
                        found.append((new, f"use the conversion %{char} instead of %{bad}"))
                # `"50% off" % x`: the percent sign was text, not a placeholder.
                new = _with_body(source, node, head, body[: spot.start] + "%" + body[spot.start :], quote)
                if new is not None:
                    found.append((new, "write the literal percent sign as %%"))
    return found


def _unclosed_key(body: str, spot: Spot) -> bool:
    """`%(name s`: a mapping key the text ends inside (its `)` never written)."""
    return body[spot.start + 1 : spot.start + 2] == "(" and spot.key is not None and ")" not in spot.key


def _closed_keys(body: str, spot: Spot) -> list[tuple[str, str]]:
    """The key closed where its name ends: the blank after it becomes the `)` when a conversion
    follows (`%(srid s` -> `%(srid)s`), else `)` and the conversion `s` go after the name."""
    match = re.match(r"([A-Za-z_]\w*)(\s*)", spot.key or "")
    if match is None:
        return []
    name, blank, rest = match.group(1), match.group(2), (spot.key or "")[match.end() :]
    head = body[: spot.start] + "%(" + name + ")"
    found = []
    if blank and re.match(rf"[{re.escape(FLAGS)}]*\d*(\.\d+)?[{CONVERSIONS}]", rest):
        found.append((head + rest, f"close the key: %({name}){rest[:1]}"))
    found += [
        (head + char + blank + rest, f"close the key and end it with a conversion: %({name}){char}")
        for char in "sr"
    ]
    return found


def mapping_repairs(source: str, line: int, code: str) -> list[tuple[str, str]]:
    """(new source, description) for F502 (named placeholders given a sequence) and F503
    (positional placeholders given a mapping)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    found: list[tuple[str, str]] = []
    for node in _percent_nodes(tree, line):
        parts = _split(source, node.left)
        if parts is None:
            continue
        head, body, quote = parts
        spots = [s for s in placeholders(body) if s.conversion not in (None, "%")]
        right = node.right
        if code == "F502" and spots and all(s.key is not None for s in spots):
            keys = list(dict.fromkeys(s.key for s in spots if s.key is not None))
            values = list(right.elts) if isinstance(right, ast.Tuple) else [right]
            texts = [ast.get_source_segment(source, v) for v in values]
            if len(texts) != len(keys) or not all(texts) or any(isinstance(v, ast.Starred) for v in values):
                continue
            # The keys quoted as the format literal is, so a quote-style rule stays quiet.
            mark = quote if len(quote) == 1 and all(quote not in k and "\\" not in k for k in keys) else ""
            pairs = [(f"{mark}{k}{mark}" if mark else repr(k), t) for k, t in zip(keys, texts, strict=True)]
            mapping = "{" + ", ".join(f"{k}: {t}" for k, t in pairs) + "}"
            new = replace_node(source, right, mapping)
            if new is not None:
                found.append((new, f"give the named placeholder(s) a mapping: {mapping}"))
            if len(spots) == len(keys):
                new_body = _unnamed(body, spots)
                new = _with_body(source, node, head, new_body, quote)
                if new is not None:
                    found.append((new, "use positional placeholders for the values given"))
        elif code == "F503" and spots and all(s.key is None for s in spots) and isinstance(right, ast.Dict):
            texts = [ast.get_source_segment(source, v) for v in right.values]
            if len(texts) != len(spots) or not all(texts) or None in right.keys:
                continue
            new = replace_node(source, right, "(" + ", ".join(texts) + ("," if len(texts) == 1 else "") + ")")  # type: ignore[arg-type]
            if new is not None:
                found.append((new, "pass the values as a tuple for the positional placeholders"))
    return found


def _unnamed(body: str, spots: list[Spot]) -> str:
    """The body with each `%(key)` written as a bare `%`."""
    out, last = "", 0
    for spot in spots:
        written = body[spot.start : spot.end]
        close = written.index(")")
        out += body[last : spot.start] + "%" + written[close + 1 :]
        last = spot.end
    return out + body[last:]


def missing_key_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """(new source, description) for F505: a dict literal lacking keys its placeholders name.

    The text and the mapping disagree on a name, so either side may be the one misspelt (a
    PyTER-style repair from what the statement itself holds, most specific first):
    1. an entry that follows the mapping's own pattern (`"name": loc.name`) for the missing key,
       `"region": loc.region`, in place of an unused entry of that pattern (`"timezone": loc.timezone`);
    2. an unused key renamed to the missing one (`'txt': t` -> `'text': t`), closest first;
    3. the placeholder renamed to the unused key (`%(width)s` -> `%(size)s`);
    4. each missing key mapped to the variable of that name in scope.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    found: list[tuple[str, str]] = []
    for node in _percent_nodes(tree, line):
        parts = _split(source, node.left)
        right = node.right
        if parts is None or not isinstance(right, ast.Dict) or None in right.keys:
            continue
        head, body, quote = parts
        keys_at = {k.value: i for i, k in enumerate(right.keys) if isinstance(k, ast.Constant)}
        spots = [s for s in placeholders(body) if s.key is not None and s.conversion not in (None, "%")]
        wanted = list(dict.fromkeys(s.key for s in spots if s.key is not None))
        missing = [k for k in wanted if k not in keys_at]
        unused = [k for k in keys_at if isinstance(k, str) and k not in wanted]
        texts = [ast.get_source_segment(source, v) for v in right.values]
        keys = [ast.get_source_segment(source, k) for k in right.keys if k is not None]
        if not missing or not all(texts) or not all(keys):
            continue
        mark = quote if len(quote) == 1 else '"'
        entries = [f"{k}: {v}" for k, v in zip(keys, texts, strict=True)]

        def mapping(new_entries: list[str], right: ast.Dict = right) -> str | None:
            return replace_node(source, right, "{" + ", ".join(new_entries) + "}")

        owner = _attribute_owner(right, keys_at)
        if owner is not None and all(
            k.isidentifier() and _has_attribute(tree, node, owner, k) for k in missing
        ):
            patterned = [u for u in unused if _is_attribute(right.values[keys_at[u]], owner, u)]
            replaced = list(entries)
            for index, key in enumerate(missing):
                entry = f"{mark}{key}{mark}: {owner}.{key}"
                if index < len(patterned):
                    replaced[keys_at[patterned[index]]] = entry
                else:
                    replaced.append(entry)
            new = mapping(replaced)
            if new is not None:
                found.append((new, f"map {', '.join(missing)} to {owner}'s attribute as the other keys are"))
        pairs = _paired(missing, unused)
        if pairs:
            first = len(found)
            renamed = list(entries)
            for key, old in pairs:
                renamed[keys_at[old]] = f"{mark}{key}{mark}: {texts[keys_at[old]]}"
            new = mapping(renamed)
            if new is not None:
                what = ", ".join(f"{old} -> {key}" for key, old in pairs)
                found.append((new, f"name the mapping's key as the placeholder does ({what})"))
            new_body = body
            for spot in reversed(spots):
                for key, old in pairs:
                    if spot.key == key:
                        written = body[spot.start : spot.end].replace(f"({key})", f"({old})", 1)
                        new_body = new_body[: spot.start] + written + new_body[spot.end :]
            new = _with_body(source, node, head, new_body, quote)
            if new is not None:
                what = ", ".join(f"{key} -> {old}" for key, old in pairs)
                found.append((new, f"name the placeholder as the mapping's key ({what})"))
                if all(_value_name(right.values[keys_at[old]]) == old for _, old in pairs):
                    # `"run_length": self.run_length`: the key agrees with its value's own name,
                    # so the placeholder is the odd spelling; it is renamed first.
                    found[first:] = found[first:][::-1]
        scope = _names_in_scope(tree, node)
        if all(k.isidentifier() and k in scope for k in missing):
            new = mapping(entries + [f"{mark}{k}{mark}: {k}" for k in missing])
            if new is not None:
                found.append((new, f"map {', '.join(missing)} in the format values too"))
    return found


def _value_name(value: ast.expr) -> str | None:
    """The name a value is known by: `x` for `x`, `run_length` for `self.run_length`."""
    if isinstance(value, ast.Name):
        return value.id
    if isinstance(value, ast.Attribute):
        return value.attr
    return None


def _paired(missing: list[str], unused: list[str]) -> list[tuple[str, str]]:
    """(missing key, unused key) pairs, most alike first; one each is a pair however unlike."""
    if len(missing) == 1 and len(unused) == 1:
        return [(missing[0], unused[0])]
    pairs: list[tuple[str, str]] = []
    left = list(unused)
    for key in missing:
        close = difflib.get_close_matches(key, left, n=1, cutoff=0.5)
        if not close:
            return []
        pairs.append((key, close[0]))
        left.remove(close[0])
    return pairs


def _is_attribute(value: ast.expr, owner: str, name: str) -> bool:
    return isinstance(value, ast.Attribute) and value.attr == name and ast.unparse(value.value) == owner


def _attribute_owner(right: ast.Dict, keys_at: dict[object, int]) -> str | None:
    """`loc` when some entry maps a key to the attribute of that name (`"name": loc.name`)."""
    for key, at in keys_at.items():
        value = right.values[at]
        if isinstance(key, str) and isinstance(value, ast.Attribute) and value.attr == key:
            return ast.unparse(value.value)
    return None


def _has_attribute(tree: ast.Module, node: ast.AST, owner: str, name: str) -> bool:
    """Whether `owner.name` can exist: for `self`, the enclosing class binds or defines it;
    another object's class is not known here, so any attribute may be its."""
    if owner != "self":
        return True
    classes = [
        c
        for c in ast.walk(tree)
        if isinstance(c, ast.ClassDef) and c.lineno <= node.lineno <= (c.end_lineno or c.lineno)
    ]
    if not classes:
        return False
    cls = classes[-1]
    for item in ast.walk(cls):
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name == name:
            return True
        if isinstance(item, ast.Attribute) and item.attr == name and isinstance(item.ctx, ast.Store):
            return True
        if isinstance(item, ast.Name) and item.id == name and isinstance(item.ctx, ast.Store):
            return True
    return False


def _names_in_scope(tree: ast.Module, node: ast.AST) -> set[str]:
    """Parameters of the function around `node` and the names it binds before `node`'s line; at
    module level, the module's names bound before it (a script's format line)."""
    functions = [
        f
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        and f.lineno <= node.lineno <= (f.end_lineno or f.lineno)
    ]
    if not functions:
        bound: set[str] = set()
        for statement in tree.body:
            if statement.lineno >= node.lineno:
                break
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                bound.add(statement.name)
                continue
            for item in ast.walk(statement):
                if isinstance(item, ast.Name) and isinstance(item.ctx, ast.Store):
                    bound.add(item.id)
                elif isinstance(item, ast.alias):
                    bound.add((item.asname or item.name).split(".")[0])
        return bound
    function = functions[-1]
    names = {a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg)}
    names |= {
        n.id
        for n in ast.walk(function)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and n.lineno < node.lineno
    }
    return names
