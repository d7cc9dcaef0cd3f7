"""TYPE_ERROR: a value dropped from the arguments a message template is filled with, a call away (round 55).

"not enough arguments for format string" is raised where a `%` template is filled (`message %= args` in
a helper that takes the template and `*args`), while the slip is at the helper's CALLER:
`self._fail(_OUT_OF_RANGE, self.low, self.high)` passes two values for the three placeholders of
`_OUT_OF_RANGE = '%s <= %s <= %s'`. The caller's frame is one of the failure's fault sites; at that
line the call's template (a string literal, or a name bound to one in the file) has more `%`
conversions than the positional values after it, so a value is missing. The candidates insert one of
the calling function's own parameters that the call does not pass yet, at each position (TBar's
"insert argument" fix pattern, Liu et al., ISSTA 2019, with the arity read from the template: the
message's semantics, not a guess). Nothing here names a project, a file or a literal of a benchmark.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, function_at
from healer.engine.fixers.type_site import Site

PRIOR_DROPPED_VALUE = 0.7
NOT_ENOUGH = re.compile(r"not enough arguments for format string")
# A printf-style conversion: `%s`, `%(name)s` excluded (a mapping fills those). `%%` is a literal percent,
# matched as a whole first so that its second `%` never starts a conversion (`100%% scale` has none).
CONVERSION = re.compile(r"%%|%[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsa]")
MAX_NAMES = 4  # parameters tried per call


def t_dropped_format_value(m: re.Match, site: Site) -> list[Edit]:
    """`fail(TEMPLATE, a, c)` where TEMPLATE has three `%s`: insert the caller's unused parameter `b`."""
    func = function_at(site.sf, site.line)
    if not isinstance(func, FUNCTIONS):
        return []
    args = func.args
    own = [p.arg for p in (*args.posonlyargs, *args.args, *args.kwonlyargs) if p.arg not in ("self", "cls")]
    edits: list[Edit] = []
    for call in site.nodes(ast.Call):
        if call.lineno != site.line or any(isinstance(a, ast.Starred) for a in call.args):
            continue
        for index, arg in enumerate(call.args):
            template = _template(site.sf, arg)
            if template is None:
                continue
            values = call.args[index + 1 :]
            if _conversions(template) != len(values) + 1:
                break  # not exactly one value short: another slip than a dropped value
            passed = {n.id for v in values for n in ast.walk(v) if isinstance(n, ast.Name)}
            unused = [name for name in own if name not in passed][:MAX_NAMES]
            edits += _insertions(site.sf, arg, values, unused)
            break
    return edits


def _template(sf: SourceFile, node: ast.expr) -> str | None:
    """The text of a `%` template passed as `node`: a literal, or a name the file binds to one literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _conversions(node.value) else None
    if not isinstance(node, ast.Name):
        return None
    bound = [
        stmt.value
        for stmt in sf.tree.body
        if isinstance(stmt, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == node.id for t in stmt.targets)
    ]
    if len(bound) != 1 or not (isinstance(bound[0], ast.Constant) and isinstance(bound[0].value, str)):
        return None
    return bound[0].value if _conversions(bound[0].value) else None


def _conversions(template: str) -> int:
    """How many values the `%` template's conversions take (a literal `%%` takes none; each `*`, a width or
    a precision read from the values, takes one more: `%*d` takes two)."""
    return sum(1 + found.count("*") for found in CONVERSION.findall(template) if found != "%%")


def _insertions(sf: SourceFile, template: ast.expr, values: list[ast.expr], names: list[str]) -> list[Edit]:
    """One edit per (name, position): the name written before each value, or after the last."""
    anchors: list[tuple[int, int, bool]] = []  # (line, column, before a value)
    for value in values:
        span = sf.node_span(value)
        if span is None:
            return []
        anchors.append((span[0], span[1], True))
    last = values[-1] if values else template
    end = sf.node_span(last)
    if end is None:
        return []
    anchors.append((end[0], end[2], False))
    edits: list[Edit] = []
    for name in names:
        for position, (line, column, before) in enumerate(anchors, 1):
            text = f"{name}, " if before else f", {name}"
            description = (
                f"pass {name} as the template's value {position}: it has one placeholder more than values"
            )
            # Later positions first would be a guess; the order of the template's own values is kept.
            prior = round(PRIOR_DROPPED_VALUE * (1 - 0.01 * position), 4)
            edits.append(
                Edit(
                    line,
                    ((column, column, text),),
                    description,
                    prior,
                    "root-cause",
                    path=sf.path,
                    making_site=True,
                )
            )
    return edits


FORMAT_ARITY_TEMPLATES = [(NOT_ENOUGH, t_dropped_format_value)]

__all__ = ["FORMAT_ARITY_TEMPLATES", "t_dropped_format_value"]
