"""LINTING F506: a `%` format string that mixes positional (`%s`) and named (`%(key)s`) placeholders.

Python's `%` operator takes either one mapping (every placeholder named) or a sequence (none
named): a mix raises TypeError whatever it is given (the standard library's "printf-style String
Formatting"). ruff has no fix. The repair keeps the style the right operand was written for:
- a dict literal: the positional placeholders are named with the dict's keys no placeholder names
  yet, in order, when there are as many; else each positional placeholder is dropped with the
  space before it (a leftover of a message rewritten for the mapping);
- any other operand (a tuple, one value): the named placeholders become positional (`%s`), when
  there are as many values as placeholders.
Every new literal is checked by formatting it with stand-in values (percent_format._formats).
"""

from __future__ import annotations

import ast

from healer.engine.fixers.percent_format import (
    _percent_nodes,
    _split,
    _unnamed,
    _with_body,
    placeholders,
)


def mixed_placeholder_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """(new source, description) for F506 at `line`, most faithful first."""
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
        named = [s for s in spots if s.key is not None]
        positional = [s for s in spots if s.key is None]
        if not named or not positional:
            continue
        if isinstance(node.right, ast.Dict):
            found += _named_from_dict(source, node, head, body, quote)
            dropped = body
            for spot in reversed(positional):
                start = spot.start
                while start > 0 and dropped[start - 1] == " ":
                    start -= 1
                dropped = dropped[:start] + dropped[spot.end :]
            new = _with_body(source, node, head, dropped, quote)
            if new is not None:
                found.append((new, "drop the positional placeholder the mapping has no value for"))
        else:
            values = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
            if len(values) == len(spots) and not any(isinstance(v, ast.Starred) for v in values):
                new = _with_body(source, node, head, _unnamed(body, named), quote)
                if new is not None:
                    found.append((new, "use positional placeholders for the values given"))
    return found


def _named_from_dict(source: str, node: ast.BinOp, head: str, body: str, quote: str) -> list[tuple[str, str]]:
    """The positional placeholders named, in order, after the dict's keys no placeholder names."""
    spots = [s for s in placeholders(body) if s.conversion not in (None, "%")]
    used = {s.key for s in spots if s.key is not None}
    keys = [k.value for k in node.right.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    free = [k for k in keys if k not in used]
    positional = [s for s in spots if s.key is None]
    if len(free) != len(positional) or any(")" in k or "(" in k for k in free):
        return []
    out, last = "", 0
    for spot, key in zip(positional, free, strict=True):
        out += body[last : spot.start] + f"%({key})" + body[spot.start + 1 : spot.end]
        last = spot.end
    new = _with_body(source, node, head, out + body[last:], quote)
    return (
        [(new, f"name the positional placeholder(s) after the mapping's keys: {', '.join(free)}")]
        if new
        else []
    )
