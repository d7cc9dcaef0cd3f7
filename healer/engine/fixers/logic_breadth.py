"""LOGIC edit families that widen the single-edit space at a ranked line: operands and ingredients.

Each family is a generic template of the repair literature, applied as one AST-located splice (as in
`logic_templates`), never written for one program:

- a call's, comparison's or operator's twin operand given the normalisation its partner has
  (`cmp(a.lower(), b)` -> `cmp(a.lower(), b.lower())`, `len(a) == b` -> `len(a) == len(b)`): the two
  operands of a symmetric operation are meant to be read the same way, and the bug is the one left raw
  (the broken-symmetry evidence of Engler et al., SOSP 2001; TBar's FP10 "mutate method invocation"
  with the ingredient taken from the same expression);
- a term of a sum or a difference dropped (`1 + len(a) + len(b)` -> `len(a) + len(b)`): an extra
  addend is the mirror of the "missing step" and the commonest arithmetic slip after the operator
  itself (PySStuBs' "change binary operand", Kamienski et al., MSR 2021);
- a flag a `re` call lacks (`re.compile(p)` -> `re.compile(p, re.DOTALL)`): the API-misuse form of
  FP10 "add an argument", with the ingredients the `re` module's own common flags;
- a limit's "zero or None means no limit" clause put back in front of a comparison that tests a
  condition (`if n < self.max:` -> `if not self.max or n < self.max:`): TBar's FP6 "mutate conditional
  expression", condition expansion, with the clause made from the compared value itself;
- a member of a class of this module read instead of the one a line reads (`Gen.indices` ->
  `Gen.brackets`), every member the class defines, not only those the file reads elsewhere (the
  line's own read may have been the only one); the member whose name is the name the line binds
  (`BRACKETS = ..., Gen.brackets`) first, the naming-consistency reading of DeepBugs (Pradel & Sen,
  OOPSLA 2018) and of name-based bug detection (Rice et al., OOPSLA 2017);
- a multi-element list or tuple literal given back an element it lost, a copy of one of its own
  constant elements (`[user, b"\\x00", host, b"\\x00"]` with the first terminator gone): TBar's FP4
  "insert missed statement" at the level of a sequence's parts, the ingredient from the same literal.

Priors sit beside logic_templates' (0.15-0.55) so that the older, narrower families keep their order;
the few edits each family offers per line keep the line's space small.
"""

from __future__ import annotations

import ast
import inspect
import re
import sys

from healer.engine.fixers.lineedit import SourceFile, function_at, node_memo, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer, name_kinds, never_read

TWIN_PRIOR = 0.45  # as a mirror sibling (logic_mirrors): the partner operand is the evidence
DROP_CONSTANT_TERM_PRIOR = 0.35  # a literal addend: one more than the count, the off-by-one's cousin
DROP_TERM_PRIOR = 0.15
REGEX_FLAG_PRIOR = 0.25
UNLIMITED_PRIOR = 0.2
# The module itself sets the limit to 0/None or tests its truth elsewhere: "unset" is one of its values.
UNSET_LIMIT_PRIOR = 0.5
NAMED_MEMBER_PRIOR = 0.9  # the binding's own name spelled by the member: naming consistency
MEMBER_PRIOR = 0.2
ELEMENT_PRIOR = 0.15
# A value the function binds and never reads, put into the collection the line passes on: the dead
# store is the evidence (logic_dead's reading), the collection the place it was meant for.
DEAD_ELEMENT_PRIOR = 0.3
CEIL_PRIOR = 0.3
GETTER_PRIOR = 0.3
MIN_GETTER_PART = 4  # `level` in `getEffectiveLevel`; shorter parts (`id`, `x`) match too much
# `a == 1 or 2`: a constant operand of `or`/`and` is always true (or false); the comparison its sibling
# makes was meant (pylint's and flake8-bugbear's classic warning, as a repair).
CONSTANT_OPERAND_PRIOR = 0.9
NAMED_READ_PRIOR = 0.8  # every read of `.minor` on a line bound to "patch" read as `.patch`
NAMED_STRING_PRIOR = 0.6  # `self._reason = m.group("whitespace")` where the module spells a "reason"
ANCHOR_PRIOR = 0.3
UNREAD_FLAG_PRIOR = 0.6  # a parameter never read, named in the condition it should guard
FLAG_PRIOR = 0.3  # a parameter the function reads elsewhere (passed on to a recursive call, say)
NAME_BOUND_PRIOR = 0.3  # `len(xs) > n` -> `n + 1`: the boundary on the bare name's side
ACCUMULATE_PRIOR = 0.3
WRAPPED_ELSEWHERE_PRIOR = 0.5  # `f(x.hosts)` elsewhere in the module, `x.hosts` raw here
MAX_ELEMENT_INGREDIENTS = 3
MAX_MEMBERS = 8

VALUES = (ast.Name, ast.Attribute, ast.Subscript)
ORDERING = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
# The flags a pattern most often lacks (`.` across lines, case, `^`/`$` per line), in that order.
REGEX_FLAGS = ("DOTALL", "IGNORECASE", "MULTILINE")
# Where each `re` function takes `flags` positionally: (index, the call's positional arity before it).
REGEX_FLAG_INDEX = {
    "compile": 1,
    "match": 2,
    "search": 2,
    "fullmatch": 2,
    "findall": 2,
    "finditer": 2,
}


def breadth_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Call):
            found += _twin_arguments(sf, sp, line, node) + _regex_flags(sf, sp, line, node)
        elif isinstance(node, ast.Compare):
            found += _twin_compare(sf, sp, line, node) + _unlimited(sf, sp, line, node)
            found += _name_bounds(sf, sp, line, node)
        elif isinstance(node, ast.BoolOp):
            found += _constant_operands(sf, sp, line, node)
        elif isinstance(node, ast.Assign):
            found += _accumulated(sf, sp, line, node)
        elif isinstance(node, ast.If | ast.While):
            found += _unread_flags(sf, sp, line, node)
        elif isinstance(node, ast.BinOp):
            found += _dropped_terms(sf, sp, line, node) + _ceiling(sf, sp, line, node)
        elif isinstance(node, ast.AugAssign):
            found += _ceiling(sf, sp, line, node)
        elif isinstance(node, ast.Attribute):
            found += _class_members(sf, sp, line, node) + _getters(sf, sp, line, node)
            found += _wrapped_elsewhere(sf, sp, line, node)
        elif isinstance(node, ast.Name):
            found += _dead_elements(sf, sp, line, node)
    found += _lost_elements(sf, sp, line) + _named_reads(sf, sp, line) + _named_strings(sf, sp, line)
    return found


def _normalised(sp: Splicer, operand: ast.expr) -> tuple[str, str] | None:
    """(text before, text after) the raw value of a one-step normalisation: `a.lower()`, `len(a)`."""
    if (
        isinstance(operand, ast.Call)
        and not operand.keywords
        and isinstance(operand.func, ast.Attribute)
        and not operand.args
        and isinstance(operand.func.value, VALUES)
    ):
        return "", f".{operand.func.attr}()"
    if (
        isinstance(operand, ast.Call)
        and not operand.keywords
        and isinstance(operand.func, ast.Name)
        and len(operand.args) == 1
        and isinstance(operand.args[0], VALUES)
    ):
        return f"{operand.func.id}(", ")"
    return None


def _twins(sf: SourceFile, sp: Splicer, line: int, operands: list[ast.expr], what: str) -> list[Rewrite]:
    found: list[Rewrite] = []
    for shaped in operands:
        form = _normalised(sp, shaped)
        if form is None:
            continue
        for raw in operands:
            if raw is shaped or not isinstance(raw, VALUES) or not sf.on_one_line(raw):
                continue
            start, end = sp.span(raw)
            new = f"{form[0]}{sp.text(raw)}{form[1]}"
            found.append(
                Rewrite(
                    line,
                    ((start, end, new),),
                    f"{what}: {shorten(new, 30)} as {shorten(sp.text(shaped), 30)}",
                    TWIN_PRIOR,
                    "call",
                )
            )
    return found


def _twin_arguments(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    args = [arg for arg in node.args if not isinstance(arg, ast.Starred)]
    if len(args) != 2 or len(node.args) != 2:
        return []
    return _twins(sf, sp, line, args, "read both arguments the same way")


def _twin_compare(sf: SourceFile, sp: Splicer, line: int, node: ast.Compare) -> list[Rewrite]:
    # Equality only: `len(xs) > n` orders a size and a count, which are not twins.
    if len(node.ops) != 1 or not isinstance(node.ops[0], ast.Eq | ast.NotEq):
        return []
    return _twins(sf, sp, line, [node.left, node.comparators[0]], "compare both sides the same way")


def _terms(node: ast.expr) -> list[tuple[ast.expr, type | None]]:
    """A left-nested chain of `+`/`-` as (term, the operator before it) pairs."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        return [*_terms(node.left), (node.right, type(node.op))]
    return [(node, None)]


def _dropped_terms(sf: SourceFile, sp: Splicer, line: int, node: ast.BinOp) -> list[Rewrite]:
    parent = sf.parent(node)
    if not isinstance(node.op, ast.Add | ast.Sub) or (
        isinstance(parent, ast.BinOp) and parent.left is node and isinstance(parent.op, ast.Add | ast.Sub)
    ):
        return []  # the chain is edited once, from its outermost node
    if not sf.on_one_line(node):
        return []
    terms = _terms(node)
    if len(terms) < 2 or any(
        isinstance(term, ast.Constant) and isinstance(term.value, str) for term, _ in terms
    ):
        return []  # a string's parts are content, not a count
    start, end = sp.span(node)
    found: list[Rewrite] = []
    for index, (dropped, _before) in enumerate(terms):
        if index == 0 and terms[1][1] is ast.Sub:
            continue  # `a - b` without `a` would be `-b`: a sign edit, which logic.py offers
        kept = [(term, before) for i, (term, before) in enumerate(terms) if i != index]
        text = ""
        for position, (term, before) in enumerate(kept):
            piece = sp.text(term)
            if isinstance(term, ast.BinOp | ast.IfExp | ast.Lambda | ast.BoolOp | ast.Compare):
                piece = f"({piece})"  # a term that was parenthesised keeps its parentheses
            if position:
                text += f" {'+' if before is ast.Add else '-'} "
            text += piece
        constant = isinstance(dropped, ast.Constant) and isinstance(dropped.value, int | float)
        found.append(
            Rewrite(
                line,
                ((start, end, text),),
                f"drop the term {shorten(sp.text(dropped), 30)} of {shorten(sp.text(node), 40)}",
                DROP_CONSTANT_TERM_PRIOR if constant else DROP_TERM_PRIOR,
                "arith",
            )
        )
    return found


def _regex_flags(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    func = node.func
    if not (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "re"
        and func.attr in REGEX_FLAG_INDEX
    ):
        return []
    index = REGEX_FLAG_INDEX[func.attr]
    anchors = _anchors(sf, sp, line, node)
    if len(node.args) != index or node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        return anchors  # flags given already, or a call this template cannot place them in
    _, end = sp.span(node.args[-1])
    return anchors + [
        Rewrite(
            line, ((end, end, f", re.{flag}"),), f"pass re.{flag} to re.{func.attr}", REGEX_FLAG_PRIOR, "call"
        )
        for flag in REGEX_FLAGS
    ]


def _unlimited(sf: SourceFile, sp: Splicer, line: int, node: ast.Compare) -> list[Rewrite]:
    parent = sf.parent(node)
    if not (isinstance(parent, ast.If | ast.While | ast.IfExp) and parent.test is node):
        return []
    if len(node.ops) != 1 or not isinstance(node.ops[0], ORDERING) or not sf.on_one_line(node):
        return []
    start, _ = sp.span(node)
    found: list[Rewrite] = []
    for limit in (node.left, node.comparators[0]):
        if not isinstance(limit, ast.Name | ast.Attribute):
            continue
        name = sp.text(limit)
        found.append(
            Rewrite(
                line,
                ((start, start, f"not {name} or "),),
                f"test {shorten(name, 30)} first: unset, it sets no limit",
                UNSET_LIMIT_PRIOR if _may_be_unset(sf, name, limit) else UNLIMITED_PRIOR,
                "condition",
            )
        )
    return found


def _may_be_unset(sf: SourceFile, name: str, limit: ast.expr) -> bool:
    """Whether the module gives `name` a falsy constant (`self._max = 0`, a parameter `max=None` it is
    stored from) or tests its truth elsewhere (`if self._max:`, `not self._max`, `self._max and ...`)."""
    own = limit.attr if isinstance(limit, ast.Attribute) else getattr(limit, "id", "")
    for node in ast.walk(sf.tree):
        if isinstance(node, ast.Assign) and _falsy(node.value):
            if any(sf.segment(target) == name for target in node.targets):
                return True
        elif isinstance(node, ast.arguments):
            positional = node.posonlyargs + node.args
            pairs = list(zip(positional[len(positional) - len(node.defaults) :], node.defaults, strict=True))
            pairs += [(a, d) for a, d in zip(node.kwonlyargs, node.kw_defaults, strict=True) if d is not None]
            if any(arg.arg == own.lstrip("_") and _falsy(default) for arg, default in pairs):
                return True
        elif isinstance(node, ast.BoolOp | ast.If | ast.While | ast.UnaryOp):
            tested = (
                node.values
                if isinstance(node, ast.BoolOp)
                else [node.operand]
                if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)
                else [node.test]
                if isinstance(node, ast.If | ast.While)
                else []
            )
            if any(value is not limit and sf.segment(value) == name for value in tested):
                return True
    return False


def _falsy(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Constant) and node.value in (0, None, False) and not isinstance(node.value, str)
    )


def _norm(name: str) -> str:
    return name.replace("_", "").lower()


def _module_class(sf: SourceFile, name: str) -> ast.ClassDef | None:
    for stmt in sf.tree.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name == name:
            return stmt
    return None


def _members(cls: ast.ClassDef) -> list[str]:
    names: list[str] = []
    for stmt in cls.body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            names.append(stmt.name)
        elif isinstance(stmt, ast.Assign):
            names += [t.id for t in stmt.targets if isinstance(t, ast.Name)]
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            names.append(stmt.target.id)
    return [n for n in dict.fromkeys(names) if not n.startswith("_")]


def _bound_name(sf: SourceFile, node: ast.AST) -> str | None:
    """The name the statement around `node` binds, or the keyword it is passed as."""
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.keyword) and ancestor.arg:
            return ancestor.arg
        if isinstance(ancestor, ast.Assign) and len(ancestor.targets) == 1:
            target = ancestor.targets[0]
            if isinstance(target, ast.Name):
                return target.id
            if isinstance(target, ast.Attribute):
                return target.attr
            return None
        if isinstance(ancestor, ast.stmt):
            return None
    return None


def _class_members(sf: SourceFile, sp: Splicer, line: int, node: ast.Attribute) -> list[Rewrite]:
    if not (isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)):
        return []
    cls = _module_class(sf, node.value.id)
    if cls is None or node.attr not in _members(cls):
        return []
    parent = sf.parent(node)
    if isinstance(parent, ast.Call) and parent.func is node:
        return []  # a called method: logic_templates' siblings weigh signatures
    bound = _bound_name(sf, node)
    start, end = sp.span(node)
    found: list[Rewrite] = []
    for other in _members(cls)[: MAX_MEMBERS + 1]:
        if other == node.attr:
            continue
        named = bound is not None and _norm(other) == _norm(bound) and _norm(node.attr) != _norm(bound)
        found.append(
            Rewrite(
                line,
                ((start, end, f"{node.value.id}.{other}"),),
                f"read {node.value.id}.{other} instead of {node.value.id}.{node.attr}",
                NAMED_MEMBER_PRIOR if named else MEMBER_PRIOR,
                "variable",
            )
        )
    return found


def _lost_elements(sf: SourceFile, sp: Splicer, line: int) -> list[Rewrite]:
    found: list[Rewrite] = []
    for node in sf.nodes_touching(line):
        if not isinstance(node, ast.List | ast.Tuple) or len(node.elts) < 3:
            continue
        if any(isinstance(e, ast.Starred) for e in node.elts):
            continue
        ingredients = []
        for element in node.elts:
            if (
                isinstance(element, ast.Constant)
                and sf.on_one_line(element)
                and sp.text(element) not in ingredients
                and len(sp.text(element)) <= 40
            ):
                ingredients.append(sp.text(element))
        ingredients = ingredients[:MAX_ELEMENT_INGREDIENTS]
        for position, element in enumerate(node.elts):
            if sf.start(element)[0] != line:
                continue
            start, _ = sp.span(element)
            multiline = position > 0 and sf.start(node.elts[position - 1])[0] != line
            indent = sf.line_text(line)[: len(sf.line_text(line)) - len(sf.line_text(line).lstrip())]
            for ingredient in ingredients:
                if sp.text(element) == ingredient or (
                    position and sp.text(node.elts[position - 1]) == ingredient
                ):
                    continue  # next to its own copy: a doubled part, not a lost one
                new = f"{ingredient},\n{indent}" if multiline else f"{ingredient}, "
                found.append(
                    Rewrite(
                        line,
                        ((start, start, new),),
                        f"put {shorten(ingredient, 20)} back before {shorten(sp.text(element), 30)}",
                        ELEMENT_PRIOR,
                        "collection",
                    )
                )
    return found


def _dead_elements(sf: SourceFile, sp: Splicer, line: int, node: ast.Name) -> list[Rewrite]:
    """`tree = children` -> `tree = [parent] + children` when `parent` is bound and never read."""
    parent = sf.parent(node)
    whole = (
        (isinstance(parent, ast.Assign) and parent.value is node)
        or (isinstance(parent, ast.Return) and parent.value is node)
        or (isinstance(parent, ast.For | ast.comprehension) and parent.iter is node)
    )
    if not whole or not isinstance(node.ctx, ast.Load):
        return []
    func = function_at(sf, line)
    if func is None:
        return []
    kinds = name_kinds(func)
    if kinds.get(node.id) not in (None, "seq"):
        return []
    parameters = {a.arg for a in func.args.posonlyargs + func.args.args + func.args.kwonlyargs}
    start, end = sp.span(node)
    found: list[Rewrite] = []
    for dead in sorted(never_read(func) - parameters - {node.id}):
        if kinds.get(dead) in ("int", "float", "bool", "str", "seq", "dict", "set"):
            continue  # a count or a collection of its own, not an element
        for new in (f"[{dead}] + {node.id}", f"{node.id} + [{dead}]"):
            found.append(
                Rewrite(
                    line,
                    ((start, end, new),),
                    f"include the unread {dead} in {node.id}: {new}",
                    DEAD_ELEMENT_PRIOR if new.startswith("[") else DEAD_ELEMENT_PRIOR * 0.8,
                    "collection",
                )
            )
    return found


def _ceiling(sf: SourceFile, sp: Splicer, line: int, node: ast.BinOp | ast.AugAssign) -> list[Rewrite]:
    """Floor division where the larger half was meant: `n //= 2` -> `n -= n // 2`, `a // b` -> `-(-a // b)`."""
    if not isinstance(node.op, ast.FloorDiv) or not sf.on_one_line(node):
        return []
    start, end = sp.span(node)
    if isinstance(node, ast.AugAssign):
        if not isinstance(node.target, ast.Name):
            return []
        target, divisor = node.target.id, sp.text(node.value)
        if isinstance(node.value, ast.Constant) and node.value.value == 2:
            new = f"{target} -= {target} // 2"  # the larger half kept: how Python code writes it
        else:
            new = f"{target} = -(-{target} // {_atom(node.value, divisor)})"
    else:
        divided, divisor = sp.text(node.left), sp.text(node.right)
        new = f"-(-{_atom(node.left, divided)} // {_atom(node.right, divisor)})"
    return [
        Rewrite(line, ((start, end, new),), f"round up, not down: {shorten(new, 40)}", CEIL_PRIOR, "arith")
    ]


def _atom(node: ast.expr, text: str) -> str:
    return (
        text
        if isinstance(node, ast.Name | ast.Attribute | ast.Constant | ast.Call | ast.Subscript)
        else f"({text})"
    )


def _imported_classes(tree: ast.Module) -> list[type]:
    """Classes of the standard-library modules the file imports that this process has loaded already
    (nothing is imported here: a module's import may have effects)."""
    classes: list[type] = []
    for stmt in tree.body:
        dotted = [a.name.split(".") for a in stmt.names] if isinstance(stmt, ast.Import) else []
        # `import logging.handlers` binds `logging` too: each package on the path is read.
        names = dict.fromkeys(".".join(parts[: n + 1]) for parts in dotted for n in range(len(parts)))
        for name in names:
            module = sys.modules.get(name)
            if module is None or name.split(".")[0] not in sys.stdlib_module_names:
                continue
            classes += [obj for _, obj in inspect.getmembers(module, inspect.isclass)]
    return classes


@node_memo
def _getter_names(tree: ast.Module) -> dict[str, str]:
    """Zero-argument `get...` methods of the module's classes and of the loaded stdlib classes it imports
    (once per file: a module's classes are walked and their signatures read once, not per attribute)."""
    getters: dict[str, str] = {}
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            for stmt in cls.body:
                if isinstance(stmt, ast.FunctionDef) and len(stmt.args.args) == 1 and not stmt.args.vararg:
                    getters[stmt.name] = ""
    for cls in _imported_classes(tree):
        for name, member in vars(cls).items():
            if not (inspect.isfunction(member) and name.lower().startswith("get")):
                continue
            try:
                required = [
                    p
                    for p in inspect.signature(member).parameters.values()
                    if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                ]
            except (TypeError, ValueError):
                continue
            if len(required) == 1:
                getters[name] = ""
    return getters


def _getters(sf: SourceFile, sp: Splicer, line: int, node: ast.Attribute) -> list[Rewrite]:
    """`logger.level` -> `logger.getEffectiveLevel()`: a field read where its computed getter was meant.

    A record's own field and the getter that resolves it (inherited, defaulted) are read alike; the
    getter is found among the zero-argument `get...` methods of the module's own classes and of the
    loaded standard-library classes the file imports, by the field's name inside the getter's.
    """
    if not isinstance(node.ctx, ast.Load) or len(node.attr.strip("_")) < MIN_GETTER_PART:
        return []
    parent = sf.parent(node)
    if isinstance(parent, ast.Call) and parent.func is node:
        return []
    part = node.attr.strip("_").replace("_", "").lower()
    getters = _getter_names(sf.tree)
    start, end = sp.span(node)
    found: list[Rewrite] = []
    for name in sorted(getters):
        plain = name.replace("_", "").lower()
        if plain.startswith("get") and part in plain:
            new = f"{sp.text(node.value)}.{name}()"
            found.append(
                Rewrite(
                    line,
                    ((start, end, new),),
                    f"call {name}() instead of reading .{node.attr}",
                    GETTER_PRIOR,
                    "call",
                )
            )
    return found[:3]


def _anchors(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    """`re.match("^-?[0-9]+", s)` -> `"^-?[0-9]+$"`: a whole-value pattern anchored at its start only."""
    pattern = node.args[0] if node.args else None
    if not (isinstance(pattern, ast.Constant) and isinstance(pattern.value, str) and sf.on_one_line(pattern)):
        return []
    text = sp.text(pattern)
    quote = text[-1:]
    if quote not in ("'", '"') or text.endswith(quote * 3) or not text.lstrip("rR").startswith(quote):
        return []  # one plain or raw literal: the anchor goes before its closing quote
    body = pattern.value
    if not body.startswith("^") or body.endswith("$") or body.endswith("\\"):
        return []
    _, end = sp.span(pattern)
    return [
        Rewrite(line, ((end - 1, end - 1, "$"),), "anchor the pattern at its end too", ANCHOR_PRIOR, "regex")
    ]


def _constant_operands(sf: SourceFile, sp: Splicer, line: int, node: ast.BoolOp) -> list[Rewrite]:
    """`x == "1M" or "?M"` -> `x == "1M" or x == "?M"`: the sibling comparison's left side and operator."""
    found: list[Rewrite] = []
    for constant in node.values:
        if not isinstance(constant, ast.Constant) or not sf.on_one_line(constant):
            continue
        for sibling in node.values:
            if not (isinstance(sibling, ast.Compare) and len(sibling.ops) == 1 and sf.on_one_line(sibling)):
                continue
            operator = sf.text[sp.span(sibling.left)[1] : sp.span(sibling.comparators[0])[0]]
            start, end = sp.span(constant)
            new = f"{sp.text(sibling.left)}{operator}{sp.text(constant)}"
            found.append(
                Rewrite(
                    line,
                    ((start, end, new),),
                    f"compare {shorten(sp.text(constant), 20)} as its sibling does: {shorten(new, 40)}",
                    CONSTANT_OPERAND_PRIOR,
                    "condition",
                )
            )
            break
    return found


def _statement(sf: SourceFile, line: int) -> ast.stmt | None:
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.stmt):
            return node
    return None


def _bound_for(sf: SourceFile, node: ast.AST) -> tuple[str, ast.expr] | None:
    """The name a value is bound to, and the value: a dict key or a keyword."""
    child = node
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.Dict):
            for key, value in zip(ancestor.keys, ancestor.values, strict=True):
                if value is child and isinstance(key, ast.Constant) and isinstance(key.value, str):
                    return key.value, value
            return None
        if isinstance(ancestor, ast.keyword):
            return (ancestor.arg, ancestor.value) if ancestor.arg else None
        if isinstance(ancestor, ast.stmt):
            # Not an assignment's target: `self.count = self.total // n` reading `.count` reads what it binds.
            return None
        child = ancestor
    return None


@node_memo
def _module_attributes(tree: ast.AST) -> dict[str, str]:
    return {n.attr: "" for n in ast.walk(tree) if isinstance(n, ast.Attribute)}


def _named_reads(sf: SourceFile, sp: Splicer, line: int) -> list[Rewrite]:
    """`"patch": str(self.minor) != str(other.minor)` -> `.patch` in both: the value bound to a key,
    keyword or target reads the attribute of that name, when the module has one (naming consistency)."""
    found: list[Rewrite] = []
    seen: set[tuple[str, str]] = set()
    attributes = _module_attributes(sf.tree)
    for node in sf.nodes_starting(line):
        if not (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)):
            continue
        parent = sf.parent(node)
        if isinstance(parent, ast.Call) and parent.func is node:
            continue  # a method called, not a field read
        bound = _bound_for(sf, node)
        if bound is None:
            continue
        name, value = bound
        wanted = [a for a in attributes if _norm(a) == _norm(name) and a != node.attr]
        if len(wanted) != 1 or _norm(node.attr) == _norm(name) or (name, node.attr) in seen:
            continue
        seen.add((name, node.attr))
        spans = []
        for read in ast.walk(value):
            if isinstance(read, ast.Attribute) and read.attr == node.attr and isinstance(read.ctx, ast.Load):
                end = sp.span(read)[1]
                spans.append((end - len(read.attr), end, wanted[0]))
        found.append(
            Rewrite(
                line,
                tuple(spans),
                f"read .{wanted[0]} for {name!r}, not .{node.attr}",
                NAMED_READ_PRIOR,
                "variable",
            )
        )
    return found


@node_memo
def _module_words(tree: ast.AST) -> dict[str, str]:
    """Identifier-like words the module's string constants spell (regex group names, keys, fields)."""
    words: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 2000:
            for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", node.value):
                words.setdefault(word, "")
    return words


def _named_strings(sf: SourceFile, sp: Splicer, line: int) -> list[Rewrite]:
    """`self._reason = m.group("whitespace")` -> `m.group("reason")`, when the module spells "reason"."""
    statement = _statement(sf, line)
    if not isinstance(statement, ast.Assign) or not isinstance(statement.value, ast.Call):
        return []
    bound = _bound_name(sf, statement.value)
    word = (bound or "").strip("_")
    if len(word) < 3 or word not in _module_words(sf.tree):
        return []
    found: list[Rewrite] = []
    for arg in statement.value.args:
        if not (
            isinstance(arg, ast.Constant)
            and isinstance(arg.value, str)
            and arg.value.isidentifier()
            and arg.value != word
            and sf.on_one_line(arg)
        ):
            continue
        text = sp.text(arg)
        if text[:1] not in ("'", '"'):
            continue
        start, end = sp.span(arg)
        found.append(
            Rewrite(
                line,
                ((start, end, f"{text[0]}{word}{text[0]}"),),
                f"pass {word!r}, the name the value is stored as, not {arg.value!r}",
                NAMED_STRING_PRIOR,
                "literal",
            )
        )
    return found


def _unread_flags(sf: SourceFile, sp: Splicer, line: int, node: ast.If | ast.While) -> list[Rewrite]:
    """`if view.redact:` -> `if redact and view.redact:`: the function's parameter named like the attribute
    the condition tests, first when the function never reads it."""
    func = function_at(sf, line)
    if func is None or not sf.on_one_line(node.test):
        return []
    unread = never_read(func)
    parameters = [a.arg for a in func.args.posonlyargs + func.args.args + func.args.kwonlyargs]
    spelled = {n.attr for n in ast.walk(node.test) if isinstance(n, ast.Attribute)}
    tested = {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)}
    start, end = sp.span(node.test)
    grouped = isinstance(node.test, ast.BoolOp) and isinstance(node.test.op, ast.Or)
    found: list[Rewrite] = []
    for name in parameters:
        if name in tested or name in ("self", "cls") or not any(_norm(name) == _norm(w) for w in spelled):
            continue
        spans = (
            ((start, start, f"{name} and ("), (end, end, ")"))
            if grouped
            else ((start, start, f"{name} and "),)
        )
        prior = UNREAD_FLAG_PRIOR if name in unread else FLAG_PRIOR
        found.append(Rewrite(line, spans, f"test the parameter {name} first", prior, "condition"))
    return found


def _name_bounds(sf: SourceFile, sp: Splicer, line: int, node: ast.Compare) -> list[Rewrite]:
    """`len(xs) > n` -> `len(xs) > n + 1` (and `- 1`): the boundary moved on a bare name's side."""
    if len(node.ops) != 1 or not isinstance(node.ops[0], ORDERING):
        return []
    func = function_at(sf, line)
    kinds = name_kinds(func) if func is not None else {}
    found: list[Rewrite] = []
    for operand in (node.left, node.comparators[0]):
        if not isinstance(operand, ast.Name) or kinds.get(operand.id) not in (None, "int"):
            continue
        start, end = sp.span(operand)
        for sign in ("+", "-"):
            new = f"{operand.id} {sign} 1"
            found.append(
                Rewrite(
                    line,
                    ((start, end, new),),
                    f"use {new} instead of {operand.id} in the comparison",
                    NAME_BOUND_PRIOR,
                    "off-by-one",
                )
            )
    return found


def _accumulated(sf: SourceFile, sp: Splicer, line: int, node: ast.Assign) -> list[Rewrite]:
    """`text = part` -> `text += part` when the function bound `text` before this line (an accumulator)."""
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
        return []
    target = node.targets[0].id
    func = function_at(sf, line)
    if func is None or name_kinds(func).get(target) in ("bool", "dict", "set"):
        return []
    earlier = False
    for other in ast.walk(func):
        if other is node or not isinstance(other, ast.Assign | ast.AugAssign | ast.AnnAssign):
            continue
        targets = other.targets if isinstance(other, ast.Assign) else [other.target]
        if other.lineno < node.lineno and any(isinstance(t, ast.Name) and t.id == target for t in targets):
            earlier = True
            break
    if not earlier:
        return []
    target_end, value_start = sp.span(node.targets[0])[1], sp.span(node.value)[0]
    if sf.text[target_end:value_start].strip() != "=":
        return []
    return [
        Rewrite(
            line,
            ((target_end, value_start, " += "),),
            f"add to {target} instead of overwriting it",
            ACCUMULATE_PRIOR,
            "arith",
        )
    ]


@node_memo
def _wrappers(tree: ast.AST) -> dict[str, str]:
    """The text of each value the module passes alone to a function of its own, and that function."""
    own = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in own
            and len(node.args) == 1
            and not node.keywords
            and isinstance(node.args[0], ast.Attribute | ast.Name)
        ):
            found.setdefault(ast.unparse(node.args[0]), node.func.id)
    return found


def _wrapped_elsewhere(sf: SourceFile, sp: Splicer, line: int, node: ast.Attribute) -> list[Rewrite]:
    """`self.machines != self._netrc.hosts` -> `dictify_hosts(self._netrc.hosts)`, as the module does elsewhere."""
    if not isinstance(node.ctx, ast.Load) or not sf.on_one_line(node):
        return []
    if isinstance(sf.parent(node), ast.Call | ast.Attribute):
        return []  # passed to a call already, or only a receiver
    wrapper = _wrappers(sf.tree).get(ast.unparse(node))
    if wrapper is None:
        return []
    start, end = sp.span(node)
    new = f"{wrapper}({sp.text(node)})"
    return [
        Rewrite(
            line,
            ((start, end, new),),
            f"pass {shorten(sp.text(node), 30)} through {wrapper}() as elsewhere",
            WRAPPED_ELSEWHERE_PRIOR,
            "call",
        )
    ]


__all__ = ["breadth_rewrites"]
