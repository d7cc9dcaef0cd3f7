"""LOGIC edit family: a class's member read where a sibling member of the same class was meant.

`Base58Const.ALPHABETS[Base58Alphabets.RIPPLE]` for `...[Base58Alphabets.BITCOIN]`, `Color.RED` for
`Color.GREEN`, `Limits.MAX_ROWS` for `Limits.MAX_COLUMNS`: PraPR's field replacement by a same-typed
sibling (Ghanbari et al., "Practical program repair via bytecode mutation", ISSTA 2019) and TBar's
FP13 "mutate variable" on a qualified name, for the members of a class read through the class (an
enum, a constants holder). The `self.x` form is the line edits' own (`_LineEdits.attribute`); this one
reads the class where it is defined: in the same module, or in the project module an absolute or
relative `from ... import Owner` names (read through the fixer's source reader, so no import runs).
Without the class's definition (a library's enum), the members the module itself spells on the same
owner are the ingredients (ssFix's code search in the same file, Xin & Reiss, ASE 2017).

A member is a class-level assignment (an enum member, a constant, an annotated field); methods and
private names are left out, and the nearest members in the class's own order come first: a slip
between neighbours (`BITCOIN`/`RIPPLE`, `MIN`/`MAX`) is likelier than one across the table.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_templates import Rewrite, Splicer

MEMBER_PRIOR = 0.2  # about a sibling method's: an identifier slip, the commonest one-token fix kind
MAX_MEMBERS = 6
SELF_NAMES = frozenset({"self", "cls"})

Reader = Callable[[str], str]


def member_rewrites(sf: SourceFile, line: int, read: Reader | None = None) -> list[Rewrite]:
    """Each `Owner.MEMBER` read on `line` with a sibling member of Owner's class, nearest first."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    cache: dict[str, tuple[list[str], dict[str, str]]] = {}
    for node in sf.nodes_starting(line):
        if not (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Load)
            and isinstance(node.value, ast.Name)
            and node.value.id not in SELF_NAMES
            and node.end_lineno == line
        ):
            continue
        parent = sf.parent(node)
        if isinstance(parent, ast.Call) and parent.func is node:
            continue  # a method: the sibling-method template's
        owner = node.value.id
        if owner not in cache:
            members, kinds = class_members(sf, owner, read)
            cache[owner] = (members, kinds) if members else (spelled_members(sf, owner), {})
        members, kinds = cache[owner]
        if node.attr not in members:
            continue
        at = members.index(node.attr)
        kind = kinds.get(node.attr)
        others = sorted(
            (m for m in members if m != node.attr and kinds.get(m) == kind),
            key=lambda m: abs(members.index(m) - at),
        )
        _start, end = sp.span(node)
        attr_start = end - len(node.attr)
        if sf.text[attr_start:end] != node.attr:
            continue
        for other in others[:MAX_MEMBERS]:
            description = f"use {owner}.{other} instead of {owner}.{node.attr}"
            found.append(Rewrite(line, ((attr_start, end, other),), description, MEMBER_PRIOR, "variable"))
    return found


def class_members(sf: SourceFile, owner: str, read: Reader | None) -> tuple[list[str], dict[str, str]]:
    """The class-level members of the class `owner` names, in definition order, and each one's kind."""
    for node in sf.tree.body:
        if isinstance(node, ast.ClassDef) and node.name == owner:
            return _members(node), _class_kinds(node)
    if read is None:
        return [], {}
    for module, level, name in _imports_of(sf.tree, owner):
        for path in _module_paths(sf.path, module, level):
            try:
                text = read(path)
            except (OSError, ValueError):
                continue
            other = SourceFile.parse(path, text) if text else None
            if other is None:
                continue
            for node in other.tree.body:
                if isinstance(node, ast.ClassDef) and node.name == name:
                    return _members(node), _class_kinds(node)
    return [], {}


def spelled_members(sf: SourceFile, owner: str) -> list[str]:
    """`owner.X` members the module itself reads (not called), in order of first appearance."""
    found: list[str] = []
    for node in ast.walk(sf.tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == owner
            and not node.attr.startswith("_")
            and node.attr not in found
        ):
            parent = sf.parent(node)
            if not (isinstance(parent, ast.Call) and parent.func is node):
                found.append(node.attr)
    # A member needs a sibling spelled beside it, and the spellings must look like one family of
    # constants (all upper case) rather than unrelated attributes of a module (`os.path`, `os.sep`).
    return found if len(found) > 1 and all(m.isupper() for m in found) else []


def _members(cls: ast.ClassDef) -> list[str]:
    """The class-level public names of `cls`, in order (siblings are those of one kind: `_class_kinds`).

    The kind is the assigned value's (`auto()` members together, whole numbers together, tables
    together), so `Base58Const.ALPHABETS` (a dict) is never offered `Base58Const.RADIX` (a number).
    """
    found: list[str] = []
    for stmt in cls.body:
        for target, _value in _assignments(stmt):
            if not target.startswith("_") and target not in found:
                found.append(target)
    return found


def _assignments(stmt: ast.stmt) -> list[tuple[str, ast.expr | None]]:
    if isinstance(stmt, ast.Assign):
        return [(t.id, stmt.value) for t in stmt.targets if isinstance(t, ast.Name)]
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return [(stmt.target.id, stmt.value)]
    return []


def _kind(value: ast.expr | None) -> str:
    """A coarse kind of a member's value: a constant's type, a call's callee, else the node's class."""
    if isinstance(value, ast.Constant):
        return type(value.value).__name__
    if isinstance(value, ast.Call):
        return ast.dump(value.func)
    return type(value).__name__


def _class_kinds(cls: ast.ClassDef) -> dict[str, str]:
    return {target: _kind(value) for stmt in cls.body for target, value in _assignments(stmt)}


def _imports_of(tree: ast.Module, owner: str) -> list[tuple[str, int, str]]:
    """(module, relative level, imported name) of each `from module import Name as owner`."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if (alias.asname or alias.name) == owner:
                    found.append((node.module or "", node.level, alias.name))
    return found


def _module_paths(importer: str, module: str, level: int) -> list[str]:
    """Repository paths a module may live at, from the importing file's path (`src/` layouts too)."""
    parts = [p for p in module.split(".") if p]
    if level:
        base = importer.replace("\\", "/").split("/")[:-1]
        base = base[: len(base) - (level - 1)] if level > 1 else base
        stem = "/".join([*base, *parts])
        return [f"{stem}.py", f"{stem}/__init__.py"] if stem else []
    if not parts:
        return []
    stem = "/".join(parts)
    return [f"{prefix}{stem}{suffix}" for prefix in ("", "src/") for suffix in (".py", "/__init__.py")]


__all__ = ["class_members", "member_rewrites", "spelled_members"]
