"""A command-line option left as text: the argparse `type=` conversion put back where the option is declared.

`argparse` hands every option over as the string the command line wrote unless its `add_argument` names
a `type=` (the module's documented default, Lib/argparse.py). A declaration that lost its `type=float`
leaves `args.seconds` a string, and the TypeError is raised far from the parser, where the value meets a
number: "unsupported operand type(s) for +: 'int' and 'str'", or "'<' not supported between instances of
'str' and 'float'" (a string repeated by `* 1000` stays a string on the way). The value is made by the
parser, so the fix belongs in its declaration (PyTER's making site, Oh & Oh, FSE 2022), not in an
`int(...)` around the use, which would turn the repeated text "111..." into a number. The edit adds the
conversion the file's other declarations use (`type=float` where its siblings parse floats; `float`
first otherwise, which accepts every number `int` accepts), only to a declaration with no `type=`,
`action=` or `nargs=`. Nothing here names a project or a case.
"""

from __future__ import annotations

import ast
from collections import Counter

from healer.engine.fixers.lineedit import Edit, SourceFile, shorten

PRIOR_PARSED = 0.9
NUMBER_TYPES = ("float", "int")


def number_kept_as_text(have: str, want: str) -> bool:
    """The demand is a number where text was given."""
    return have == "str" and want in ("int", "float")


def declared_destination(call: ast.Call) -> str | None:
    """The attribute `add_argument("--max-size", ...)` stores its value in (`dest=` or the long flag)."""
    for keyword in call.keywords:
        if keyword.arg == "dest" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    flags = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    if not flags or len(flags) != len(call.args):
        return None
    long = [f for f in flags if f.startswith("--")]
    name = long[0] if long else flags[0]
    return name.lstrip("-").replace("-", "_") or None


def _declarations(sf: SourceFile) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(sf.tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "add_argument"
    ]


def parsed_type_edits(sf: SourceFile, attr: str) -> list[Edit]:
    """`type=` added to this file's untyped declarations of the option stored as `attr`."""
    declared = _declarations(sf)
    used: Counter[str] = Counter()
    for call in declared:
        for keyword in call.keywords:
            if (
                keyword.arg == "type"
                and isinstance(keyword.value, ast.Name)
                and keyword.value.id in NUMBER_TYPES
            ):
                used[keyword.value.id] += 1
    order = sorted(NUMBER_TYPES, key=lambda name: (-used[name], NUMBER_TYPES.index(name)))
    edits: list[Edit] = []
    for call in declared:
        if declared_destination(call) != attr or not _untyped(call):
            continue
        # insert after the last positional argument: `add_argument("seconds", help=...)` keeps its keywords
        last = call.args[-1]
        last_span = sf.node_span(last)
        if last_span is None:
            continue
        line, _, at = last_span
        for index, name in enumerate(order):
            description = f"let the parser convert the option: {shorten(sf.segment(last))}, type={name}"
            spans = ((at, at, f", type={name}"),)
            edits.append(Edit(line, spans, description, PRIOR_PARSED * (1.0 - 0.05 * index), "demand"))
    return edits


def _untyped(call: ast.Call) -> bool:
    """No conversion, no action (a flag's store_true, a count), no list of values."""
    return bool(call.args) and not any(k.arg in ("type", "action", "nargs") for k in call.keywords)
