"""Format strings whose fields and arguments disagree, where ruff/pyflakes report without a fix.

- F524 (`.format` is missing arguments for positional fields, `'{} from Sector {}'.format(a)`):
  (1) the fields no argument was written for go, each with the one separator that joined it to the
  text (the surplus field was left behind; the minimal edit that keeps every value the author
  passed); (2) a call that passes nothing at all, in a method: the field names the object's class,
  `type(self).__name__` (`cls.__name__` in a classmethod), the conventional subject of a method's
  message (`"{} must implement serialize()".format()`).
- F507 with `str.format` fields under `%` that carry a format spec (`"\\\\u{:04X}" % ord(c)`): the
  spec written as the printf placeholder it means (`%04X`), following the two mini-languages (the
  standard library's "Format Specification Mini-Language" and "printf-style String Formatting"):
  sign, `#`, zero padding, width, precision and the presentation type carry over one to one, `<`
  alignment is printf's `-` flag, `>` its default; fill characters and `^`/`=` have no printf form.

Every rewrite is checked by Python's own parser of the format (string.Formatter for `.format`,
the `%` operator with stand-in values), so no candidate is a format string Python rejects.
"""

from __future__ import annotations

import ast
import re
import string

from healer.engine.fixers.linting_locals import function_at
from healer.engine.fixers.percent_format import _percent_nodes, replace_node

# [[fill]align][sign][#][0][width][grouping][.precision][type] of the mini-language, the
# parts with a printf form only (no fill, no grouping).
SPEC = re.compile(
    r"^(?P<align>[<>]?)(?P<sign>[-+ ]?)(?P<alt>#?)(?P<zero>0?)(?P<width>\d*)(?P<precision>\.\d+)?(?P<type>[sdoxXeEfFgGc%]?)$"
)
# A field written `{}`, `{0}`, `{name!r:>4}` in source text (doubled braces are text, not fields).
SOURCE_FIELD = re.compile(r"\{\{|\}\}|\{[^{}]*\}")
SEPARATORS = " ,:;-.=/"
MAX_WIDTH = 10_000


def is_format_call_at(node: ast.AST, line: int) -> bool:
    """A `"literal".format(...)` call spanning `line` (the shape F52x findings point at)."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and node.lineno <= line <= (node.end_lineno or node.lineno)
    )


def percent_spec(spec: str, conversion: str | None) -> str | None:
    """The printf placeholder meaning the `.format` field `{:spec}` / `{!conversion}`; None when
    the spec has no printf form (a fill character, centring, `=`, a thousands separator, `%`)."""
    if conversion not in (None, "s", "r", "a"):
        return None
    match = SPEC.match(spec)
    if match is None or match["type"] == "%" or "{" in spec:
        return None
    kind = match["type"] or (conversion or "s")
    if conversion not in (None, "s") and match["type"]:
        return None  # `{!r:x}` formats the repr as text: no printf form
    # Without an alignment, format() pads text on the right and numbers on the left, where printf
    # pads on the left unless `-`: text gets `-`; a width or precision on a field whose kind is
    # unknown (`{:8}`, `{:.3}`: a number or a str) has no one printf form.
    if (
        not match["type"]
        and conversion is None
        and (match["width"] or match["precision"])
        and not match["align"]
    ):
        return None
    textual = match["type"] in ("s", "c") or (not match["type"] and conversion is not None)
    if match["zero"] and (match["align"] or textual):
        # `0` beside an alignment, or on text, is format()'s fill character ('{:<08d}' pads 5 as
        # 50000000, '{:08s}' pads with zeros): printf's `0` flag pads numbers only, after the sign.
        return None
    left = match["align"] == "<" or (not match["align"] and textual and bool(match["width"]))
    flags = ("-" if left else "") + match["sign"].replace("-", "") + match["alt"] + match["zero"]
    return "%" + flags + match["width"] + (match["precision"] or "") + kind


def fields_as_percent(segment: str, value: str, given: int) -> str | None:
    """A literal's source text with its `given` str.format fields written as %-placeholders, each
    spec translated (percent_spec), `{{`/`}}` as single braces and a literal `%` doubled; None when
    a field has a name or index out of order, or a spec with no printf form."""
    try:
        parts = [p for p in string.Formatter().parse(value) if p[1] is not None]
    except ValueError:
        return None
    if len(parts) != given or not segment or segment[:1] not in "'\"":
        return None
    if any(field not in ("", str(index)) for index, (_, field, _, _) in enumerate(parts)):
        return None
    placeholders = [percent_spec(spec or "", conversion) for _, _, spec, conversion in parts]
    if any(p is None for p in placeholders):
        return None
    spots = [m for m in SOURCE_FIELD.finditer(segment) if m.group(0) not in ("{{", "}}")]
    if len(spots) != given or "\\N{" in segment:
        return None
    out, last, index = [], 0, 0
    for match in SOURCE_FIELD.finditer(segment):
        out.append(segment[last : match.start()].replace("%", "%%"))
        text = match.group(0)
        if text in ("{{", "}}"):
            out.append(text[0])
        else:
            out.append(placeholders[index] or "")
            index += 1
        last = match.end()
    out.append(segment[last:].replace("%", "%%"))
    return "".join(out)


def spec_field_repairs(source: str, line: int, given: int) -> list[tuple[str, str]]:
    """(new source, description) for F507 `"...{:04X}..." % value`: the fields as %-placeholders."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return []
    found: list[tuple[str, str]] = []
    for node in _percent_nodes(tree, line):
        segment = ast.get_source_segment(source, node.left) or ""
        text = fields_as_percent(segment, node.left.value, given)
        if text is None or not _percent_formats(text, given):
            continue
        new = replace_node(source, node.left, text)
        if new is not None:
            found.append((new, "write the format fields as the %-placeholders they mean"))
    return found


def _percent_formats(literal_text: str, given: int) -> bool:
    try:
        value = ast.literal_eval(literal_text)
        # Formatting `%999999999X` with a stand-in allocates a gigabyte and takes seconds: a width
        # or precision that large is no message's, and is refused unformatted.
        numbers = re.findall(r"%[-+ #0]*(\d*)(?:\.(\d*))?", value)
        if any(int(n or 0) > MAX_WIDTH for pair in numbers for n in pair):
            return False
        value % tuple(0 for _ in range(given))
    except (ValueError, SyntaxError, TypeError):
        return False
    return True


def _class_name(function: ast.FunctionDef | ast.AsyncFunctionDef | None) -> str | None:
    """`type(self).__name__` in a method, `cls.__name__` in a classmethod; None elsewhere."""
    if function is None or not function.args.args:
        return None
    first = function.args.args[0].arg
    decorators = {d.id for d in function.decorator_list if isinstance(d, ast.Name)}
    if "staticmethod" in decorators:
        return None
    if first == "cls" or "classmethod" in decorators:
        return f"{first}.__name__"
    return f"type({first}).__name__" if first == "self" else None


def missing_field_repairs(source: str, line: int, missing: list[str]) -> list[tuple[str, str]]:
    """(new source, description) for F524 with positional fields
    only: the surplus fields dropped, and in a method the class's name passed to a call of none."""
    if not missing or not all(m.isdigit() for m in missing):
        return []
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return []
    found: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if not is_format_call_at(node, line) or any(isinstance(a, ast.Starred) for a in node.args):
            continue
        literal = node.func.value
        segment = ast.get_source_segment(source, literal) or ""
        given = len(node.args)
        wanted = sorted(int(m) for m in missing)
        empty = given == 0 and not node.keywords
        if empty and wanted == [0]:
            name = _class_name(function_at(tree, node.lineno))
            call = ast.get_source_segment(source, node) or ""
            func = ast.get_source_segment(source, node.func) or ""
            if name and call.startswith(func) and call[len(func) :].replace(" ", "") == "()":
                new = replace_node(source, node, f"{func}({name})")
                if new is not None:
                    found.append((new, f"pass the class's name, {name}, to format"))
        dropped = _drop_fields(segment, literal.value, set(wanted), given)
        if dropped is not None:
            # No argument left to format with: the call goes with its fields.
            whole = empty and _no_fields(dropped)
            new = replace_node(source, node if whole else literal, dropped)
            if new is not None:
                found.append((new, "drop the format fields no argument was passed for"))
        break
    return found


def _no_fields(literal_text: str) -> bool:
    try:
        value = ast.literal_eval(literal_text)
        return not any(f is not None for _, f, _, _ in string.Formatter().parse(value))
    except (ValueError, SyntaxError, TypeError):
        return False


def _drop_fields(segment: str, value: str, wanted: set[int], given: int) -> str | None:
    """The literal's text without the positional fields whose index is in `wanted`, each with the
    separator joining it to its neighbour; None when a kept field would change its index."""
    try:
        parts = [p for p in string.Formatter().parse(value) if p[1] is not None]
    except ValueError:
        return None
    indexes: list[int] = []
    automatic = 0
    for _, field, _, _ in parts:
        head = re.match(r"\d*", field or "").group(0)
        if head == "" and (field or "")[:1] not in ("", ".", "["):
            return None  # a named field: not this repair's
        if head == "":
            indexes.append(automatic)
            automatic += 1
        else:
            indexes.append(int(head))
    if not wanted <= set(indexes) or min(wanted) < given or max(indexes) != max(wanted):
        return None
    spots = [m for m in SOURCE_FIELD.finditer(segment) if m.group(0) not in ("{{", "}}")]
    if len(spots) != len(indexes) or segment[:1] not in "'\"":
        return None
    text = segment
    for spot, index in reversed(list(zip(spots, indexes, strict=True))):
        if index not in wanted:
            continue
        start, end = spot.start(), spot.end()
        if start > 1 and text[start - 1] in SEPARATORS:
            start -= 1
        elif end < len(text) - 1 and text[end] in SEPARATORS:
            end += 1
        text = text[:start] + text[end:]
    try:
        ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    return text
