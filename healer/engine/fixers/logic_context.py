"""LOGIC edit families whose ingredient is the code around the line: a field, a radix, a singleton test.

Generic templates of the repair literature, applied as AST-located splices like `logic_siblings`
(every byte outside the edited span stays as it was):

- a field of a non-`self` object read in place of a sibling field of the same object
  (`bool(node.finalbody)` for `bool(node.orelse)`): PraPR's "field replacement" (Ghanbari et al.,
  ISSTA 2019) with ssFix's ingredients from the same file (Xin & Reiss, ASE 2017): the other
  attributes the module reads on a receiver of the same name. One the module reads inside the same
  wrapper (`bool(x.other)`, `len(x.other)`) comes first: the same use of the same kind of value
  (usage consistency, DeepBugs: Pradel & Sen, OOPSLA 2018). `self.<field>` is the `Mutator`'s own
  attribute edit in `logic.py`;
- a number assigned to a name that the function then passes as `int(text, base)`'s base given the
  other radixes (2, 8, 10, 16): `logic_idioms`' radix template followed through one assignment (a
  local def-use chain, as PyTER follows a value to where it was made, Oh & Oh, FSE 2022). When the
  other branch of the same `if` assigns the same radix to the same name, the value is a copy-paste
  slip (CP-Miner, Li et al., OSDI 2004: a branch that does the same as its sibling is suspect) and
  its alternatives come first;
- a condition whose true branch takes only the first element of a sequence (`xs[0]`) while its other
  branch uses the sequence whole, given the missing clause `len(xs) == 1` (chained onto a
  `... == len(xs)` test, `and`-ed otherwise): TBar's "add a condition clause" (FP3, Liu et al.,
  ISSTA 2019) with the clause the branch's own subscript asks for (Python's `xs[0]` drops the rest,
  so that branch is only right for one element).
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, function_at, shorten, walk_own_scope
from healer.engine.fixers.logic_templates import Rewrite, Splicer

FIELD_SAME_USE_PRIOR = 0.4  # the module reads the sibling field inside the same wrapper call
FIELD_PRIOR = 0.12  # any other field read on the same receiver: a guess, below the operator edits
MAX_FIELDS = 4
RADIXES = (2, 8, 10, 16)
COPIED_RADIX_PRIOR = 0.5  # both branches assign the same radix: one of them was copied
RADIX_PRIOR = 0.25
SINGLETON_PRIOR = 0.3
SINGLETON_LENGTH_PRIOR = 0.55  # the test already compares len(xs): only its value is missing
SELF_NAMES = frozenset({"self", "cls"})


def context_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    reads: dict[str, dict[str, set[str]]] | None = None
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and sf.on_one_line(node):
            if reads is None:
                reads = _fields_by_receiver(sf)
            found += _sibling_field(sf, sp, line, node, reads)
        elif isinstance(node, ast.Constant) and type(node.value) is int and node.value in RADIXES:
            found += _radix_through_name(sf, sp, line, node)
        elif isinstance(node, ast.Compare | ast.BoolOp | ast.Name | ast.Call):
            found += _singleton_clause(sf, sp, line, node)
    return found


# --- a sibling field of the same receiver ------------------------------------------------------------


def _wrapper(sf: SourceFile, node: ast.AST) -> str:
    """The name of the call that takes `node` as its only argument (`bool`, `len`), or ''."""
    parent = sf.parent(node)
    if isinstance(parent, ast.Call) and parent.args == [node] and not parent.keywords:
        func = parent.func
        return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return ""


def _fields_by_receiver(sf: SourceFile) -> dict[str, dict[str, set[str]]]:
    """{receiver name: {field read on it (not called): the wrappers it is read in}} over the module."""
    reads: dict[str, dict[str, set[str]]] = {}
    for node in ast.walk(sf.tree):
        if not (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)):
            continue
        if not isinstance(node.value, ast.Name):
            continue
        parent = sf.parent(node)
        if isinstance(parent, ast.Call) and parent.func is node:
            continue  # a method: `logic_templates.sibling_call` pairs those
        reads.setdefault(node.value.id, {}).setdefault(node.attr, set()).add(_wrapper(sf, node))
    return reads


def _sibling_field(
    sf: SourceFile, sp: Splicer, line: int, node: ast.Attribute, reads: dict[str, dict[str, set[str]]]
) -> list[Rewrite]:
    """`bool(node.finalbody)` -> `bool(node.orelse)` when the module reads `bool(node.orelse)`."""
    if not isinstance(node.value, ast.Name) or node.value.id in SELF_NAMES:
        return []
    parent = sf.parent(node)
    if isinstance(parent, ast.Call) and parent.func is node:
        return []
    receiver = node.value.id
    wrapper = _wrapper(sf, node)
    ranked = []
    for other, wrappers in reads.get(receiver, {}).items():
        if other == node.attr:
            continue
        same_use = bool(wrapper) and wrapper in wrappers
        ranked.append((FIELD_SAME_USE_PRIOR if same_use else FIELD_PRIOR, other))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    _start, end = sp.span(node)
    return [
        Rewrite(
            line=line,
            spans=((end - len(node.attr), end, other),),
            description=f"read {receiver}.{other} instead of {receiver}.{node.attr}",
            prior=prior,
            kind="variable",
        )
        for prior, other in ranked[:MAX_FIELDS]
    ]


# --- a radix assigned to the name int() reads its base from ------------------------------------------


def _assigned_name(sf: SourceFile, node: ast.Constant) -> tuple[str, ast.Assign] | None:
    """(name, assignment) when `node` is assigned to a plain name, alone or at its place in a tuple."""
    parent = sf.parent(node)
    assign = sf.parent(parent) if isinstance(parent, ast.Tuple) else parent
    if not isinstance(assign, ast.Assign) or len(assign.targets) != 1:
        return None
    target = assign.targets[0]
    if parent is assign and isinstance(target, ast.Name):
        return target.id, assign
    if (
        isinstance(parent, ast.Tuple)
        and isinstance(target, ast.Tuple)
        and len(target.elts) == len(parent.elts)
    ):
        slot = target.elts[parent.elts.index(node)]
        if isinstance(slot, ast.Name):
            return slot.id, assign
    return None


def _base_names(func: ast.AST) -> set[str]:
    """Names passed as `int(text, base)`'s base in the function's own scope."""
    names = set()
    for node in walk_own_scope(func):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "int":
            base = node.args[1] if len(node.args) == 2 else None
            base = base or next((k.value for k in node.keywords if k.arg == "base"), None)
            if isinstance(base, ast.Name):
                names.add(base.id)
    return names


def _sibling_assigns_same(sf: SourceFile, assign: ast.Assign, name: str, value: int) -> bool:
    """The other branch of the `if` holding `assign` assigns the same number to `name` too."""
    holder = sf.parent(assign)
    if not isinstance(holder, ast.If):
        return False
    other = holder.orelse if assign in holder.body else holder.body
    for stmt in other:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Constant) and node.value == value and type(node.value) is int:
                found = _assigned_name(sf, node)
                if found is not None and found[0] == name:
                    return True
    return False


def _radix_through_name(sf: SourceFile, sp: Splicer, line: int, node: ast.Constant) -> list[Rewrite]:
    """`base = 16` (or `text, base = s[1:], 16`) then `int(text, base)`: the other radixes."""
    found = _assigned_name(sf, node)
    func = function_at(sf, line)
    if found is None or func is None:
        return []
    name, assign = found
    if name not in _base_names(func):
        return []
    copied = _sibling_assigns_same(sf, assign, name, node.value)
    start, end = sp.span(node)
    return [
        Rewrite(
            line=line,
            spans=((start, end, str(radix)),),
            description=f"read the number in base {radix} instead of {node.value} ({name})",
            prior=COPIED_RADIX_PRIOR if copied else RADIX_PRIOR,
            kind="literal",
        )
        for radix in RADIXES
        if radix != node.value
    ]


# --- the one-element clause a first-element branch asks for ------------------------------------------


def _first_of(branch: list[ast.AST]) -> set[str]:
    """Texts of the sequences a branch subscripts with `[0]`."""
    texts = set()
    for part in branch:
        for node in ast.walk(part):
            index = node.slice if isinstance(node, ast.Subscript) else None
            if isinstance(index, ast.Constant) and index.value == 0 and type(index.value) is int:
                texts.add(ast.unparse(node.value))
    return texts


def _whole_uses(branch: list[ast.AST]) -> set[str]:
    """Texts of the expressions a branch uses (any node), to tell a sequence used whole."""
    return {ast.unparse(node) for part in branch for node in ast.walk(part) if isinstance(node, ast.expr)}


def _singleton_clause(sf: SourceFile, sp: Splicer, line: int, node: ast.expr) -> list[Rewrite]:
    """`a if len(x) == len(xs) else b(xs)` with `a` reading `xs[0]` -> `... == len(xs) == 1`."""
    holder = sf.parent(node)
    if not isinstance(holder, ast.IfExp | ast.If | ast.While) or holder.test is not node:
        return []
    body = [holder.body] if isinstance(holder, ast.IfExp) else holder.body
    orelse = [holder.orelse] if isinstance(holder, ast.IfExp) else holder.orelse
    if not orelse:
        return []
    tested = {ast.unparse(n) for n in ast.walk(node) if isinstance(n, ast.expr)}
    elsewhere = _whole_uses(orelse)
    found = []
    for seq in sorted(_first_of(body)):
        clause = f"len({seq}) == 1"
        if seq not in elsewhere or clause in tested or f"len({seq}) > 1" in tested:
            continue
        prior = SINGLETON_LENGTH_PRIOR if f"len({seq})" in tested else SINGLETON_PRIOR
        found.append(_with_clause(sp, line, node, seq=seq, prior=prior))
    return found


def _with_clause(sp: Splicer, line: int, test: ast.expr, *, seq: str, prior: float) -> Rewrite:
    text = sp.text(test)
    chained = (
        isinstance(test, ast.Compare)
        and all(isinstance(op, ast.Eq) for op in test.ops)
        and ast.unparse(test.comparators[-1]) == f"len({seq})"
    )
    if chained:
        new = f"{text} == 1"
    else:
        wrapped = (
            f"({text})" if isinstance(test, ast.BoolOp | ast.IfExp | ast.Lambda | ast.NamedExpr) else text
        )
        new = f"{wrapped} and len({seq}) == 1"
    start, end = sp.span(test)
    return Rewrite(
        line=line,
        spans=((start, end, new),),
        description=f"use {shorten(new, 48)} instead of {shorten(text, 40)}: the branch takes only {seq}[0]",
        prior=prior,
        kind="condition",
    )


__all__ = ["context_rewrites"]
