"""Values for a call's missing argument, synthesised from what is in scope at the call site.

`vat(net)` raises "vat() missing 1 required positional argument: 'rate'" while `VAT_RATE` is a
module constant, `self.fx_rate` an attribute and `net` a local. Like the expression synthesis of
program-repair tools that fill a hole from the variables in scope (e.g. the "insert argument"
and "change variable" fix patterns of TBar, Liu et al., ISSTA 2019; ranked by name similarity as
in ssFix and CapGen), every visible candidate is scored by how alike its name is to the
parameter (the same, normalised, the same words, abbreviations, spelling; a word shared with
the callee's name helps: `vat` ~ `VAT_RATE`) and by type evidence (the parameter's annotation or
default against the candidate's annotation, literal value or default). Sources, nearest first:
the function's parameters and locals bound before the call (comprehension variables around
it too), `self.` attributes, module constants, and constants of the callee's own module (with
the import the call's file then needs). Each value is only a candidate: the tests decide.
"""

from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass

from healer.engine.fixers.lineedit import FUNCTIONS, SourceFile, class_at, function_at, module_names
from healer.engine.fixers.names import coverage, similarity, singular, tokens

NUMERIC = {"int": 1, "float": 2, "Decimal": 2, "complex": 3, "bool": 0}
BUILTIN_DATA = frozenset({"str", "bytes", "list", "tuple", "set", "frozenset", "dict"})
MIN_NAME_SCORE = 0.45
FALLBACK_VALUES = 3


@dataclass(frozen=True)
class Value:
    text: str  # the expression to pass
    prior: float
    source: str  # local | attribute | constant | callee-constant | call-site
    import_from: str = ""  # module to import `text` from into the call's file (callee constants)


def annotation_type(node: ast.expr | None) -> str:
    """The base type an annotation names: `list[int]` -> list, `Optional[str]`/`str | None` -> str."""
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            node = ast.parse(node.value, mode="eval").body
        except SyntaxError:
            return ""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = annotation_type(node.left), annotation_type(node.right)
        return left if right == "None" else right if left == "None" else ""
    if isinstance(node, ast.Subscript):
        outer = annotation_type(node.value)
        if outer == "Optional":
            return annotation_type(node.slice)
        return {"List": "list", "Dict": "dict", "Tuple": "tuple", "Set": "set"}.get(outer, outer)
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Constant) and node.value is None:
        return "None"
    return ""


# The type a display or comprehension builds, whatever its items are.
DISPLAY_KINDS: dict[type[ast.AST], str] = {
    ast.List: "list",
    ast.ListComp: "list",
    ast.Dict: "dict",
    ast.DictComp: "dict",
    ast.Tuple: "tuple",
    ast.Set: "set",
    ast.SetComp: "set",
    ast.JoinedStr: "str",
}


def display_kind(node: ast.AST) -> str:
    """The type name of a list/dict/tuple/set display, comprehension or f-string ("" for anything else)."""
    return DISPLAY_KINDS.get(type(node), "")


def value_type(node: ast.expr | None) -> str:
    """The type of a literal (or an obvious constructor call), else ""."""
    if node is None:
        return ""
    if isinstance(node, ast.Constant):
        return "" if node.value is None else type(node.value).__name__
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        return value_type(node.operand)
    if kind := display_kind(node):
        return kind
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id[:1].isupper():
        return node.func.id  # Settings(...), Decimal("1")
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id
        in NUMERIC
        | {
            "str": 0,
            "list": 0,
            "dict": 0,
            "set": 0,
            "tuple": 0,
        }
    ):
        return node.func.id
    return ""


def parameter_type(func: ast.AST, param: str) -> str:
    """What the callee says its parameter is: its annotation, else its default's type."""
    args = func.args
    every = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    for arg in every:
        if arg.arg == param and arg.annotation is not None:
            return annotation_type(arg.annotation)
    positional = [*args.posonlyargs, *args.args]
    defaults = dict(
        zip([a.arg for a in positional[len(positional) - len(args.defaults) :]], args.defaults, strict=False)
    )
    defaults.update(
        {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=False) if d is not None}
    )
    return value_type(defaults.get(param)) or used_as(func, param)


ARITHMETIC = (ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Pow)


def used_as(func: ast.AST, param: str) -> str:
    """What the callee's body does with the parameter, when that says its type: arithmetic or a
    numeric comparison or a format precision (`{x:.{digits}f}`) -> "number"."""
    for node in ast.walk(func):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ARITHMETIC):
            operands = (node.left, node.right)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            operands = (node.left,) if not isinstance(node.left, (ast.Constant, ast.JoinedStr)) else ()
        elif isinstance(node, ast.Compare) and any(
            isinstance(c, ast.Constant) and type(c.value) in (int, float)
            for c in (node.left, *node.comparators)
        ):
            operands = (node.left, *node.comparators)
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            operands = tuple(v.value for v in ast.walk(node.format_spec) if isinstance(v, ast.FormattedValue))
        else:
            continue
        if any(isinstance(o, ast.Name) and o.id == param for o in operands):
            return "number"
    return ""


def compatible(wanted: str, offered: str) -> bool | None:
    """True/False when both types are known, None when either is not."""
    if not wanted or not offered or wanted in ("Any", "object"):
        return None
    if wanted == "number":
        return True if offered in NUMERIC else False if offered in BUILTIN_DATA else None
    if wanted == offered:
        return True
    if wanted in NUMERIC and offered in NUMERIC:
        return NUMERIC[offered] <= NUMERIC[wanted]
    sequences = {"list", "tuple", "set", "frozenset", "Sequence", "Iterable", "Collection"}
    if wanted in sequences and offered in sequences:
        return wanted in ("Sequence", "Iterable", "Collection") or offered == wanted
    builtin = set(NUMERIC) | sequences | {"str", "bytes", "dict", "Mapping"}
    if wanted in builtin and offered in builtin:
        return False
    return None


# --------------------------------------------------------------------------- what is in scope
def _function_values(func: ast.AST, line: int) -> dict[str, str]:
    """Parameters and locals bound before `line` -> their type ("" when unknown)."""
    found: dict[str, str] = {}
    args = func.args
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        if arg.arg in ("self", "cls"):
            continue
        found[arg.arg] = annotation_type(arg.annotation) or parameter_type(func, arg.arg)
    stack = list(ast.iter_child_nodes(func))
    while stack:
        node = stack.pop()
        if isinstance(node, (*FUNCTIONS, ast.Lambda, ast.ClassDef)):
            continue
        stack.extend(ast.iter_child_nodes(node))
        if getattr(node, "lineno", line) >= line:
            continue
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, value_type(node.value))
                elif isinstance(target, (ast.Tuple, ast.List)):
                    # `x, y = float(a), float(b)`: each name takes the type of its own value.
                    values = node.value.elts if isinstance(node.value, (ast.Tuple, ast.List)) else []
                    for index, element in enumerate(target.elts):
                        if isinstance(element, ast.Name):
                            value = values[index] if len(values) == len(target.elts) else None
                            found.setdefault(element.id, value_type(value))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found[node.target.id] = annotation_type(node.annotation)
        elif isinstance(node, (ast.For, ast.With)):
            targets = [node.target] if isinstance(node, ast.For) else [i.optional_vars for i in node.items]
            for target in targets:
                for sub in ast.walk(target) if target is not None else ():
                    if isinstance(sub, ast.Name):
                        found.setdefault(sub.id, "")
    return found


def _comprehension_values(sf: SourceFile, call: ast.Call) -> dict[str, str]:
    found: dict[str, str] = {}
    for ancestor in sf.ancestors(call):
        if isinstance(ancestor, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            for generator in ancestor.generators:
                for sub in ast.walk(generator.target):
                    if isinstance(sub, ast.Name):
                        found.setdefault(sub.id, "")
    return found


def attribute_values(cls: ast.ClassDef) -> dict[str, str]:
    """Instance attributes that hold data (not methods) -> their type ("" when unknown)."""
    found: dict[str, str] = {}
    init_types: dict[str, str] = {}
    for item in cls.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            found[item.target.id] = annotation_type(item.annotation)
        elif isinstance(item, ast.Assign):
            for target in item.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, value_type(item.value))
        elif isinstance(item, FUNCTIONS) and item.name == "__init__":
            init_types = {
                a.arg: parameter_type(item, a.arg) for a in [*item.args.args, *item.args.kwonlyargs]
            }
    for node in ast.walk(cls):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    value = node.value
                    kind = value_type(value)
                    if not kind and isinstance(value, ast.Name):
                        kind = init_types.get(value.id, "")
                    if isinstance(node, ast.AnnAssign):
                        kind = annotation_type(node.annotation)
                    found.setdefault(target.attr, kind)
    methods = {item.name for item in cls.body if isinstance(item, FUNCTIONS)}
    return {name: kind for name, kind in found.items() if name not in methods}


def _module_constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, value_type(node.value))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.setdefault(node.target.id, annotation_type(node.annotation) or value_type(node.value))
    return {name: kind for name, kind in found.items() if not name.startswith("_")}


def _is_constant_name(name: str) -> bool:
    return name.isupper() and any(ch.isalpha() for ch in name)


# --------------------------------------------------------------------------- ranking
def values_for(
    *,
    sf: SourceFile,
    line: int,
    call: ast.Call,
    param: str,
    callee: str,
    callee_def: ast.AST | None,
    callee_sf: SourceFile | None,
    callee_module: str | None,
) -> list[Value]:
    """Expressions visible at the call that could be the missing `param`, most likely first."""
    wanted = parameter_type(callee_def, param) if isinstance(callee_def, FUNCTIONS) else ""
    passed = {ast.unparse(a) for a in [*call.args, *(k.value for k in call.keywords)]}
    pool: list[tuple[str, str, str, str, str]] = []  # (text, compared name, type, source, import_from)
    func = function_at(sf, line)
    if func is not None:
        for name, kind in _function_values(func, line).items():
            pool.append((name, name, kind, "local", ""))
    for name, kind in _comprehension_values(sf, call).items():
        pool.append((name, name, kind, "local", ""))
    cls = class_at(sf, line)
    me = _self_name(func) if func is not None and cls is not None else None
    if cls is not None and me:
        for name, kind in attribute_values(cls).items():
            pool.append((f"{me}.{name}", name, kind, "attribute", ""))
    visible = module_names(sf.tree)
    for name, kind in _module_constants(sf.tree).items():
        pool.append((name, name, kind, "constant", ""))
    for name, kind in visible.items():
        if kind == "import" and _is_constant_name(name):
            pool.append((name, name, "", "constant", ""))
    if callee_sf is not None and callee_sf.path != sf.path and callee_module:
        for name, kind in _module_constants(callee_sf.tree).items():
            if _is_constant_name(name) and name not in visible:
                pool.append((name, name, kind, "callee-constant", callee_module))
    scored: dict[str, Value] = {}
    fallback: dict[str, Value] = {}
    callee_words = set(tokens(callee))
    for text, name, kind, source, import_from in pool:
        if text in passed or name == callee:
            continue
        fits = compatible(wanted, kind)
        if fits is False:
            continue
        name_score = max(similarity(param, name), 0.95 * coverage(param, name))
        if _plural(name) != _plural(param):
            name_score *= 0.85  # `RATES` holds rates, not a rate
        extra = set(tokens(name)) - set(tokens(param))
        if extra & callee_words:
            name_score = min(
                1.0, name_score + 0.08
            )  # `vat(net, VAT_RATE)`: the constant is named after the callee
        bonus = {"local": 0.03, "attribute": 0.02, "constant": 0.0, "callee-constant": -0.02}[source]
        bonus += 0.08 if fits else 0.0
        if name_score >= MIN_NAME_SCORE:
            prior = min(0.97, 0.3 + 0.6 * name_score + bonus)
            target = scored
        else:
            # Nothing named alike: any value of a fitting (or unknown) type, tried last.
            prior = 0.2 + bonus + 0.1 * name_score
            target = fallback
        value = Value(text, round(prior, 4), source, import_from)
        if text not in target or target[text].prior < value.prior:
            target[text] = value
    # What other calls of the file pass for a parameter of this name, when it is built from names
    # visible here (`self.__to_id(num, alphabet[1:])` for `alphabet`): the project's own idiom,
    # above the bare name it is built from (ingredients from similar code, as ssFix and CapGen
    # take them; Xin & Reiss, ASE 2017; Wen et al., ICSE 2018).
    here = {name for _, name, _, source, _ in pool if source == "local"} | set(visible) | {me or "self"}
    for text, roots in _call_site_values(sf, call, param):
        if text in passed or text in scored or not roots <= here | set(dir(builtins)):
            continue
        near = [scored[r].prior for r in roots if r in scored]
        if near:
            scored[text] = Value(text, round(min(0.98, max(near) + 0.01), 4), "call-site")
    best = sorted(scored.values(), key=lambda v: (-v.prior, v.text))
    rest = sorted(fallback.values(), key=lambda v: (-v.prior, v.text))[:FALLBACK_VALUES]
    return best + rest


def _call_site_values(sf: SourceFile, call: ast.Call, param: str) -> list[tuple[str, set[str]]]:
    """(expression, names it reads) passed to a parameter named `param` by the file's other calls:
    by keyword, or by position to a function the file defines. Bare names are not among them."""
    defined: dict[str, list[str]] = {}
    for node in ast.walk(sf.tree):
        if isinstance(node, FUNCTIONS):
            defined.setdefault(node.name, [a.arg for a in (*node.args.posonlyargs, *node.args.args)])
    found: dict[str, set[str]] = {}
    for other in ast.walk(sf.tree):
        if not isinstance(other, ast.Call) or other is call:
            continue
        given = [k.value for k in other.keywords if k.arg == param]
        name = other.func.attr if isinstance(other.func, ast.Attribute) else getattr(other.func, "id", "")
        params = defined.get(name, [])
        if isinstance(other.func, ast.Attribute) and params[:1] in (["self"], ["cls"]):
            params = params[1:]
        if param in params and params.index(param) < len(other.args):
            given.append(other.args[params.index(param)])
        for value in given:
            if isinstance(value, ast.Name | ast.Starred):
                continue
            text = ast.get_source_segment(sf.text, value) or ast.unparse(value)
            if "\n" not in text:
                found[text] = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
    return list(found.items())


def _plural(name: str) -> bool:
    words = tokens(name)
    return bool(words) and singular(words[-1]) != words[-1]


def _self_name(func: ast.AST) -> str | None:
    args = [*func.args.posonlyargs, *func.args.args]
    decorators = {getattr(d, "id", "") for d in func.decorator_list}
    if args and args[0].arg in ("self", "cls") and "staticmethod" not in decorators:
        return args[0].arg
    return None


def unsupplied_parameters(callee_def: ast.AST, call: ast.Call, *, is_method: bool) -> list[str]:
    """Parameters of the callee that the call gives no value (by position or keyword)."""
    args = callee_def.args
    positional = [a.arg for a in (*args.posonlyargs, *args.args)]
    if is_method and positional and positional[0] in ("self", "cls"):
        positional = positional[1:]
    given = set(positional[: len([a for a in call.args if not isinstance(a, ast.Starred)])])
    given |= {k.arg for k in call.keywords if k.arg}
    return [p for p in [*positional, *(a.arg for a in args.kwonlyargs)] if p not in given]
