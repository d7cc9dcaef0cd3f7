"""TYPE_ERROR: an instance passed whole into its own class's slot where its field was meant (round 55).

`class weekday: def __init__(self, weekday, n): self.weekday = weekday` and, in a method of the same
class, `return weekday(self, n)`: the new instance holds an instance in the slot its constructor stores
as the field `weekday`, and the TypeError is raised far later, wherever that field is used as what it
should hold ("unsupported operand type(s) for -: 'weekday' and 'int'", "tuple indices must be integers
or slices, not weekday"). The message names the repository class as the wrong kind; the value was MADE at
the construction that passed `self`, so the edit is there, `weekday(self.weekday, n)`, not in
`__init__` (converting the parameter there would break every construction that passes the field's
kind). PyTER's "attribute access" repair (Oh & Oh, FSE 2022), applied where the value is made.

Driven by the code's shape only: the class the message names is a repository class whose `__init__`
stores a parameter under the same attribute name; a call of that class inside one of its own methods
passes `self` in that parameter's slot. Nothing here names a project, a file or a literal of a benchmark.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, called_name, class_attributes
from healer.engine.fixers.type_site import Site

PRIOR_FIELD_OF_SELF = (
    0.96  # above a conversion in __init__, which would break every construction passing the field
)
# Any TypeError message that quotes or states a kind: the class is found among the names it states.
STATES_A_KIND = re.compile(r"'\w+'|\bnot \w+\s*$")
MAX_CLASSES = 3


def t_self_for_field(m: re.Match, site: Site) -> list[Edit]:
    """`Cls(self, n)` inside Cls, whose `__init__(self, field, n)` stores `self.field = field`: `self.field`."""
    text = m.string
    named = set(re.findall(r"'(\w+)'", text)) | set(re.findall(r"\bnot (\w+)\s*$", text))
    named -= {"int", "float", "str", "bytes", "list", "tuple", "dict", "set", "NoneType", "bool", "object"}
    edits: list[Edit] = []
    found = 0
    for sf in site.index.all_files():
        if site.ctx.is_test_file(sf.path):
            continue
        for cls in ast.walk(sf.tree):
            if not isinstance(cls, ast.ClassDef) or cls.name not in named:
                continue
            found += 1
            if found > MAX_CLASSES:
                return edits
            edits += _self_constructions(sf, cls)
    return edits


def _stored_parameters(cls: ast.ClassDef) -> list[tuple[str, bool]]:
    """`__init__`'s parameters after self, in order, each with whether it is stored as `self.<same name>`."""
    init = next((s for s in cls.body if isinstance(s, FUNCTIONS) and s.name == "__init__"), None)
    if init is None:
        return []
    params = [a.arg for a in (*init.args.posonlyargs, *init.args.args)][1:]
    stored = {
        target.attr
        for node in ast.walk(init)
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Attribute)
        and isinstance(target.value, ast.Name)
        and target.value.id == "self"
        and isinstance(node.value, ast.Name)
        and node.value.id == target.attr
    }
    kept = {p for p in params if p in stored and not _holds_the_class(cls, init, p)}
    return [(p, p in kept) for p in params]


def _holds_the_class(cls: ast.ClassDef, init: ast.AST, field: str) -> bool:
    """Whether the class means `field` to hold one of its own instances (a parent, a next node), so
    that passing `self` there is the design: `__init__` annotates the parameter with the class, or
    a method reads the field as an instance (`self.parent.depth()`, an attribute the class has)."""
    param = next((a for a in (*init.args.posonlyargs, *init.args.args) if a.arg == field), None)
    if param is not None and param.annotation is not None:
        for node in ast.walk(param.annotation):
            if isinstance(node, ast.Name) and node.id == cls.name:
                return True
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.search(rf"\b{re.escape(cls.name)}\b", node.value)  # a forward reference
            ):
                return True
    own = set(class_attributes(cls))
    return any(
        isinstance(node, ast.Attribute)
        and node.attr in own
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == field
        and isinstance(node.value.value, ast.Name)
        and node.value.value.id == "self"
        for node in ast.walk(cls)
    )


def _self_constructions(sf: SourceFile, cls: ast.ClassDef) -> list[Edit]:
    slots = _stored_parameters(cls)
    if not slots:
        return []
    edits: list[Edit] = []
    for method in cls.body:
        if not isinstance(method, FUNCTIONS) or method.name == "__init__":
            continue
        for call in ast.walk(method):
            if not isinstance(call, ast.Call) or called_name(call) != cls.name:
                continue
            passed = [(slots[i][0], slots[i][1], a) for i, a in enumerate(call.args[: len(slots)])]
            by_name = dict(slots)
            passed += [(k.arg, by_name.get(k.arg or "", False), k.value) for k in call.keywords if k.arg]
            for field, stored, value in passed:
                if not (stored and isinstance(value, ast.Name) and value.id == "self"):
                    continue
                span = sf.node_span(value)
                if span is None:
                    continue
                line, start, end = span
                description = f"pass self.{field}, not self itself, as the new {cls.name}'s {field}"
                edits.append(
                    Edit(
                        line,
                        ((start, end, f"self.{field}"),),
                        description,
                        PRIOR_FIELD_OF_SELF,
                        "root-cause",
                        path=sf.path,
                        making_site=True,
                    )
                )
    return edits


SELF_PASSED_TEMPLATES = [(STATES_A_KIND, t_self_for_field)]

__all__ = ["SELF_PASSED_TEMPLATES", "t_self_for_field"]
