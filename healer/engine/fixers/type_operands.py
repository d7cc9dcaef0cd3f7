"""TYPE_ERROR repair families read from the two types a message names, and from a call's arity.

Each is a generic template matched to CPython's own TypeError texts and applied at a fault site (the
TypeError fixer, fixers/type_errors.py, registers them). None keys on a project's names.

- a plain number added to a date or a datetime (`moment += minutes * step`: "unsupported operand
  type(s) for +=: 'datetime.datetime' and 'int'") is a duration: the number is wrapped in
  `timedelta(<unit>=...)`, the unit read from the operand's own identifiers (`minutes` -> minutes=)
  and the timedelta spelled as the module imports it (Python's datetime arithmetic only takes a
  timedelta; PyTER's type-directed conversion, Oh & Oh, FSE 2022, with the conversion chosen by the
  two types named in the message);
- a sized value where its size is meant (`len(line) - line.lstrip()`: "unsupported operand type(s)
  for -: 'int' and 'str'"): `len()` of the non-number operand, ranked first when its partner operand
  is itself a `len(...)` (the expression mirrors its other side, as in ssFix's use of the code's own
  shape as the ingredient). When the sized operand is TEXT (`'str'`), the text is far more often a
  number kept as text (a rule's argument, a parsed option) than a string whose size is meant (round
  54, pylen54: 12 of the 17 dev keys pairing 'str' with a number are conversions): the length is
  offered only where the text is evidently sized (type_elsewhere.text_evidently_sized), or mirrors a
  `len()` of its own root (`len(line) - line.lstrip()`), and never for an argparse option's attribute;
- a misplaced closing parenthesis (`len(name + 2)`: "can only concatenate str (not "int") to str"):
  the call closes before the operator, `len(name) + 2` (the "misplaced parentheses" bug pattern of
  Pan, Kim & Whitehead, "Toward an understanding of bug fix patterns", EMSE 2009);
- a method called with the arity of its sibling (`token.put("alt", text)`: "Box.put() takes 2
  positional arguments but 3 were given" when the class also has `put_item(key, value)`): the call
  goes to the sibling method of the same class whose name shares the stem and whose parameters take
  the arguments given (PraPR's method-replacement mutator, Ghanbari et al., ISSTA 2019; TBar FP7);
- a builtin given one argument too many in every call of it on the line (`log2(a, 2) + log2(b, 2)`:
  "log2() takes exactly one argument (2 given)"): the surplus trailing arguments are dropped from all
  of them at once, since dropping them from one leaves the same TypeError a column on;
- a mapping passed positionally where the callee's keyword parameters are meant
  (`render(text, options)` for `def render(text, width=40, pad=2)`, the crash being `n > width` with
  "'>' not supported between instances of 'int' and 'dict'"): the caller's argument is spread as
  keywords, `render(text, **options)` (Python's keyword unpacking, PEP 448; the repair goes where the
  wrong value enters, not where it crashes, as PyTER does).
"""

from __future__ import annotations

import ast
import re
from typing import Any

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, called_name, imported_as, shorten
from healer.engine.fixers.type_elsewhere import parsed_option, single_character, text_evidently_sized
from healer.engine.fixers.type_site import Site

DURATION_PRIOR = 0.92  # the unit is named by the operand: stronger than any conversion at the crash
DURATION_GUESS_PRIOR = 0.5
MIRROR_LEN_PRIOR = 0.97  # `len(a) - b`: above int(b) (0.95), which a mirrored len() makes unlikely
LEN_PRIOR = 0.6
PAREN_PRIOR = 0.75
PAREN_NUMBER_PRIOR = 0.93  # `len(x + 2)`: a call that returns a number, then a number added to it
NUMBER_CALLS = {"len", "int", "float", "abs", "ord", "round", "sum", "max", "min"}
SIBLING_PRIOR = 0.88
SURPLUS_PRIOR = 0.8
SPREAD_PRIOR = 0.9  # the caller treats the argument as a mapping (built as one, or a dict method called)
SPREAD_GUESS_PRIOR = 0.55
MAPPING_METHODS = {"items", "keys", "values", "setdefault", "update", "get", "pop"}

DATES = {"datetime.datetime", "datetime.date", "datetime", "date"}
NUMBERS = {"int", "float"}
SIZED = {"str", "list", "tuple", "dict", "set", "bytes", "frozenset"}
UNITS = ("weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds")
OPERATORS = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.Div, "//": ast.FloorDiv, "%": ast.Mod}


# --------------------------------------------------------------------------- durations
def t_duration(m: re.Match, site: Site) -> list[Edit]:
    """`moment += minutes * step` -> `moment += timedelta(minutes=minutes * step)`."""
    op, left, right = m.group(1).strip(), m.group(2), m.group(3)
    if op not in ("+", "-", "+=", "-="):
        return []
    if not ((left in DATES and right in NUMBERS) or (left in NUMBERS and right in DATES and op == "+")):
        return []
    spelling = _timedelta_spelling(site.sf.tree)
    edits: list[Edit] = []
    for number in _number_operands(site, op=op, number_on_left=left in NUMBERS):
        span = site.span(number)
        if span is None:
            continue
        text = site.seg(number)
        named = _unit_named(number)
        units = [named] if named else list(UNITS[:5])
        for unit in units:
            prior = DURATION_PRIOR if named else DURATION_GUESS_PRIOR
            edits.append(
                Edit(
                    site.line,
                    ((*span, f"{spelling[0]}({unit}={text})"),),
                    f"make {shorten(text, 30)} a duration: {spelling[0]}({unit}=...)",
                    prior,
                    "duration" + (f"+import:{spelling[1]}" if spelling[1] else ""),
                )
            )
    return edits


def _number_operands(site: Site, *, op: str, number_on_left: bool) -> list[ast.expr]:
    kind = ast.Add if op.startswith("+") else ast.Sub
    found: list[ast.expr] = []
    for node in site.nodes(ast.AugAssign):
        if isinstance(node.op, kind) and op.endswith("="):
            found.append(node.value)
    if not op.endswith("="):
        for node in site.binops(kind):
            found.append(node.left if number_on_left else node.right)
    return [n for n in found if not isinstance(n, ast.Call) or called_name(n) not in ("timedelta", "td")]


def _unit_named(node: ast.AST) -> str | None:
    """The timedelta keyword an identifier of the operand names (`minutes`, `n_days`, `self.hour`)."""
    for sub in ast.walk(node):
        word = sub.id if isinstance(sub, ast.Name) else sub.attr if isinstance(sub, ast.Attribute) else ""
        for part in re.split(r"_|(?<=[a-z])(?=[A-Z])", word):
            part = part.lower()
            for unit in UNITS:
                if part in (unit, unit[:-1]):
                    return unit
    return None


def _timedelta_spelling(tree: ast.Module) -> tuple[str, str]:
    """How this module can name timedelta: (expression, "module:name" to import, or "")."""
    spelling = imported_as(tree, "datetime", "timedelta")
    return (spelling, "") if spelling else ("timedelta", "datetime:timedelta")


# --------------------------------------------------------------------------- sizes
def t_size_operand(m: re.Match, site: Site) -> list[Edit]:
    """`len(line) - line.lstrip()`: compare or combine with the size of the sized operand."""
    op, left, right = m.group(1).strip(), m.group(2), m.group(3)
    if {left, right} & NUMBERS == set() or not ({left, right} & SIZED):
        return []
    sized_on_left = left in SIZED
    edits: list[Edit] = []
    for node in _operand_pairs(site, op):
        other, sized = (node[1], node[0]) if sized_on_left else (node[0], node[1])
        if isinstance(sized, ast.Constant) or _is_len(sized) or _numeric_parameter(site, sized):
            continue
        if (left if sized_on_left else right) == "str" and single_character(site.sf, sized):
            # One character meeting a number means its code point, never its length (always 1).
            edits += _code_point_edits(site, sized, other, compare=op in COMPARISONS)
            continue
        if (left if sized_on_left else right) == "str" and not _text_sized(site, sized, other):
            continue
        prior = MIRROR_LEN_PRIOR if _is_len(other) else LEN_PRIOR
        edit = site.wrap(sized, "len", f"take the length of {shorten(site.seg(sized), 30)}", prior)
        if edit is not None:
            edits.append(edit)
    return edits


COMPARISONS = frozenset({"<", "<=", ">", ">="})
CHARACTER_PRIOR = 0.99  # `char < " "`: the character literal of the number's code point keeps char as text
ORD_PRIOR = 0.98  # `ord(char) < 32`: above int(char) (0.8), which only parses a digit


def _code_point_edits(site: Site, char: ast.expr, number: ast.expr, *, compare: bool) -> list[Edit]:
    """A character compared with a code point: the number written as its character, then `ord()`."""
    edits: list[Edit] = []
    span = site.span(number)
    if (
        compare
        and span is not None
        and isinstance(number, ast.Constant)
        and type(number.value) is int
        and 0 <= number.value < 0x110000
    ):
        literal = repr(chr(number.value))
        if '"' not in literal:
            literal = f'"{literal[1:-1]}"'  # the double quotes the formatter writes
        edits.append(
            Edit(site.line, ((*span, literal),), f"compare with the character {literal}", CHARACTER_PRIOR)
        )
    edit = site.wrap(char, "ord", f"compare the code point of {shorten(site.seg(char), 30)}", ORD_PRIOR)
    return edits + ([edit] if edit is not None else [])


def _text_sized(site: Site, sized: ast.expr, other: ast.expr) -> bool:
    """A text whose size is meant: it mirrors a `len()` of its own root (`len(line) - line.lstrip()`),
    or the scope shows it sized; a parsed option (`args.seconds`) is a number kept as text."""
    if parsed_option(site.sf, sized):
        return False
    if _is_len(other) and isinstance(other, ast.Call) and other.args:
        root = _root_name(sized)
        if root is not None and root == _root_name(other.args[0]):
            return True
    return text_evidently_sized(site.sf, sized)


def _root_name(node: ast.AST) -> str | None:
    """`line.lstrip()` -> "line"; `self.rows[0]` -> "self.rows": the name (or self attribute) the value is read from."""
    while True:
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, (ast.Attribute, ast.Subscript)):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                return f"self.{node.attr}"
            node = node.value
        elif isinstance(node, ast.Name):
            return node.id
        else:
            return None


def _operand_pairs(site: Site, op: str) -> list[tuple[ast.expr, ast.expr]]:
    bare = op.rstrip("=") if op not in ("<=", ">=", "==", "!=") else op
    if bare in OPERATORS:
        pairs = [(n.left, n.right) for n in site.binops(OPERATORS[bare])]
        pairs += [(n.target, n.value) for n in site.nodes(ast.AugAssign) if isinstance(n.op, OPERATORS[bare])]
        return pairs
    return [
        (left, right)
        for node in site.nodes(ast.Compare)
        for left, right in zip([node.left, *node.comparators], node.comparators, strict=False)
    ]


def _numeric_parameter(site: Site, node: ast.AST) -> bool:
    """A parameter whose default is a number: declared a count, so the sized value arrived wrong."""
    if not isinstance(node, ast.Name):
        return False
    for func in _enclosing_functions(site):
        params = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
        defaults = dict(zip(params[len(params) - len(func.args.defaults) :], func.args.defaults, strict=True))
        kw_defaults = {a.arg: d for a, d in zip(func.args.kwonlyargs, func.args.kw_defaults, strict=True)}
        default = {**defaults, **kw_defaults}.get(node.id)
        if default is not None:
            return isinstance(default, ast.Constant) and type(default.value) in (int, float)
    return False


def _is_len(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and called_name(node) == "len"


# --------------------------------------------------------------------------- parentheses
def t_misplaced_paren(m: re.Match, site: Site) -> list[Edit]:
    """`len(name + 2)` -> `len(name) + 2`: the call closes before the operator."""
    edits: list[Edit] = []
    for call in site.nodes(ast.Call):
        if len(call.args) != 1 or call.keywords or not isinstance(call.args[0], ast.BinOp):
            continue
        inner = call.args[0]
        if not isinstance(inner.op, (ast.Add, ast.Sub, ast.Mult)) or not isinstance(
            inner.right, ast.Constant
        ):
            continue
        span = site.span(call)
        if span is None:
            continue
        symbol = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*"}[type(inner.op)]
        func, left, right = site.seg(call.func), site.seg(inner.left), site.seg(inner.right)
        new = f"{func}({left}) {symbol} {right}"
        if isinstance(site.sf.parent(call), (ast.BinOp, ast.UnaryOp, ast.Attribute, ast.Subscript, ast.Call)):
            parent = site.sf.parent(call)
            if not (isinstance(parent, ast.Subscript) and parent.slice is not call):
                new = f"({new})"
        numeric = func in NUMBER_CALLS and isinstance(inner.right.value, (int, float))
        prior = PAREN_NUMBER_PRIOR if numeric else PAREN_PRIOR
        edits.append(
            Edit(site.line, ((*span, new),), f"close {func}() before {symbol} {shorten(right, 12)}", prior)
        )
    return edits


# --------------------------------------------------------------------------- sibling methods
def t_sibling_method(m: re.Match, site: Site) -> list[Edit]:
    """`box.put("alt", text)` where put takes one pair: `box.put_item("alt", text)`, its sibling."""
    owner, _, method = m.group(1).rpartition(".")
    given = int(m.group(2))
    if not method:
        return []
    if not owner:
        return _sibling_functions(site, function=method, given=given)
    edits: list[Edit] = []
    for cls in _classes_named(site, owner.split(".")[-1]):
        siblings = _accepting(cls.body, given=given - 1, exclude=method, bound=True)
        for name in sorted(siblings, key=lambda s: -_shared_stem(s, method)):
            if _shared_stem(name, method) < 3:
                continue
            edits += _renamed_calls(site, method=method, to=name, bare=False)
    return edits


def _sibling_functions(site: Site, *, function: str, given: int) -> list[Edit]:
    """`util.put(a, b)` for a module function: a function of the same module taking `given`."""
    edits: list[Edit] = []
    for sf, func in site.index.functions(function, prefer=site.sf.path):
        if not isinstance(func, FUNCTIONS) or func not in sf.tree.body:
            continue  # methods are named with their class in the message; handled above
        siblings = _accepting(sf.tree.body, given=given, exclude=function, bound=False)
        for name in sorted(siblings, key=lambda s: -_shared_stem(s, function)):
            if _shared_stem(name, function) >= 3:
                # A bare call reaches a sibling only in the module that defines both.
                edits += _renamed_calls(site, method=function, to=name, bare=sf.path == site.sf.path)
    return edits


def _classes_named(site: Site, name: str) -> list[ast.ClassDef]:
    return [
        node for _, node in site.index.functions(name, prefer=site.sf.path) if isinstance(node, ast.ClassDef)
    ]


def _accepting(body: list[ast.stmt], *, given: int, exclude: str, bound: bool) -> list[str]:
    """Functions of `body` (not `exclude`, not dunder) whose positional parameters take `given` arguments."""
    found = []
    for item in body:
        if not isinstance(item, FUNCTIONS) or item.name == exclude or item.name.startswith("__"):
            continue
        params = [a.arg for a in (*item.args.posonlyargs, *item.args.args)][1 if bound else 0 :]
        required = len(params) - len(item.args.defaults)
        if required <= given and (given <= len(params) or item.args.vararg is not None):
            found.append(item.name)
    return found


def _shared_stem(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n].lower() == b[n].lower():
        n += 1
    return n


def _renamed_calls(site: Site, *, method: str, to: str, bare: bool) -> list[Edit]:
    spans = []
    for call in site.calls_named(method):
        if not isinstance(call.func, ast.Attribute) and not (bare and isinstance(call.func, ast.Name)):
            continue
        where = site.sf.node_span(call.func)
        if where is None or where[0] != site.line:
            continue
        end = where[2]
        spans.append((end - len(method), end, to))
    if not spans:
        return []
    return [
        Edit(
            site.line,
            tuple(spans),
            f"call {to}() instead of {method}() (the sibling taking these arguments)",
            SIBLING_PRIOR,
        )
    ]


# --------------------------------------------------------------------------- surplus arguments
def t_surplus_everywhere(m: re.Match, site: Site) -> list[Edit]:
    """`log2(a, 2) + log2(b, 2)`: drop the surplus trailing argument of every such call on the line."""
    name = m.group("name").split(".")[-1]
    expected = 1 if m.group("expected") == "one" else int(m.group("expected"))
    given = int(m.group("given"))
    if given <= expected:
        return []
    spans = []
    for call in site.calls_named(name):
        if len(call.args) != given or call.keywords or any(isinstance(a, ast.Starred) for a in call.args):
            continue
        last_kept, first_dropped = call.args[expected - 1], call.args[expected]
        kept, dropped = site.sf.node_span(last_kept), site.sf.node_span(call.args[-1])
        if kept is None or dropped is None or kept[0] != site.line or dropped[0] != site.line:
            continue
        del first_dropped
        spans.append((kept[2], dropped[2], ""))
    if len(spans) < 2:
        return []  # one call: the single-call drop of type_errors already offers it
    return [
        Edit(
            site.line,
            tuple(spans),
            f"drop the surplus argument of every {name}() call on the line ({name} takes {expected})",
            SURPLUS_PRIOR,
        )
    ]


# --------------------------------------------------------------------------- mappings
def t_spread_mapping(m: re.Match, site: Site) -> list[Edit]:
    """`render(text, options)` reaching `n > width` with a dict: `render(text, **options)`."""
    names = {n.id for n in site.nodes(ast.Name)}
    edits: list[Edit] = []
    for func in _enclosing_functions(site):
        params = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
        keyword_params = params[len(params) - len(func.args.defaults) :]
        for param in keyword_params:
            if param not in names:
                continue
            position = params.index(param)
            for sf in site.index.all_files():
                edits += _spread_at_calls(sf, func_name=func.name, position=position, params=params)
    return edits


def _enclosing_functions(site: Site) -> list[ast.AST]:
    found = []
    touching = site.sf.nodes_touching(site.line)
    node = touching[-1] if touching else None  # walk order: the innermost node comes last
    while node is not None:
        if isinstance(node, FUNCTIONS):
            found.append(node)
        node = site.sf.parent(node)
    return found


def _spread_at_calls(sf: Any, *, func_name: str, position: int, params: list[str]) -> list[Edit]:
    bound = params[:1] in (["self"], ["cls"])
    edits = []
    for call in ast.walk(sf.tree):
        if not isinstance(call, ast.Call) or called_name(call) != func_name:
            continue
        index = position - (1 if bound and isinstance(call.func, ast.Attribute) else 0)
        if len(call.args) != index + 1 or any(k.arg is None for k in call.keywords):
            continue
        arg = call.args[index]
        if not isinstance(arg, (ast.Name, ast.Attribute)):
            continue
        span = sf.node_span(arg)
        if span is None:
            continue
        line, start, end = span
        text = sf.line_text(line)[start:end]
        prior = SPREAD_PRIOR if _treated_as_mapping(sf, call, text) else SPREAD_GUESS_PRIOR
        edits.append(
            Edit(
                line,
                ((start, end, f"**{text}"),),
                f"spread {shorten(text, 30)} as keywords of {func_name}() (a mapping passed positionally)",
                prior,
                "root-cause",
                path=sf.path,
            )
        )
    return edits


def _treated_as_mapping(sf: Any, call: ast.Call, text: str) -> bool:
    """The caller's function binds `text` to a dict, calls a dict method on it, or checks it is one."""
    scope = next((a for a in sf.ancestors(call) if isinstance(a, FUNCTIONS)), sf.tree)
    return any(_mapping_use(sf, node, text) for node in ast.walk(scope))


def _mapping_use(sf: Any, node: ast.AST, text: str) -> bool:
    if isinstance(node, ast.Assign) and any(sf.segment(t) == text for t in node.targets):
        value = node.value
        return isinstance(value, (ast.Dict, ast.DictComp)) or (
            isinstance(value, ast.Call) and called_name(value) in ("dict", "OrderedDict", "defaultdict")
        )
    if not isinstance(node, ast.Call):
        return False
    if isinstance(node.func, ast.Attribute) and node.func.attr in MAPPING_METHODS:
        return sf.segment(node.func.value) == text
    return (
        called_name(node) == "isinstance"
        and len(node.args) == 2
        and sf.segment(node.args[0]) == text
        and sf.segment(node.args[1]) == "dict"
    )


OPERAND_TEMPLATES: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(r"unsupported operand type\(s\) for ([^:]+): '([\w.]+)' and '([\w.]+)'"), t_duration),
    (re.compile(r"unsupported operand type\(s\) for ([^:]+): '([\w.]+)' and '([\w.]+)'"), t_size_operand),
    (re.compile(r"'([<>]=?)' not supported between instances of '([\w.]+)' and '([\w.]+)'"), t_size_operand),
    (re.compile(r"can only concatenate \w+ \(not \"\w+\"\) to \w+"), t_misplaced_paren),
    (
        re.compile(r"unsupported operand type\(s\) for [-+*]: '(?:str|list|tuple|bytes)' and 'int'"),
        t_misplaced_paren,
    ),
    (
        re.compile(r"([\w.]+)\(\) takes (?:from \d+ to )?\d+ positional arguments? but (\d+) were given"),
        t_sibling_method,
    ),
    (
        re.compile(
            r"^(?P<name>[\w.]+)\(\) takes exactly (?P<expected>one|\d+) arguments? \((?P<given>\d+) given\)"
        ),
        t_surplus_everywhere,
    ),
    (
        re.compile(r"instances of '\w+' and 'dict'|instances of 'dict' and|: 'dict' and|and 'dict'$"),
        t_spread_mapping,
    ),
]


# --------------------------------------------------------------------------- codec results
CODEC_MESSAGE = re.compile(r"\b(encoder|decoder) returned 'tuple' instead of '(bytes|str)'")
CODEC_PRIOR = 0.85  # the function also unpacks another codec call into (output, length)
CODEC_GUESS_PRIOR = 0.6


def codec_result_edits(*, messages: list[str], files: Any) -> list[Edit]:
    """`return byte_encoder(text, errors), length` in a codec function: keep the call's output, `[0]`.

    CPython's codec API (`codecs.CodecInfo`): an encode/decode function returns (output, length
    consumed), so a codec function that returns another codec's result as its output returns a tuple
    inside the tuple: "encoder returned 'tuple' instead of 'bytes'". The function is called from C, so no
    repository frame names it: every codec-shaped function (parameters `(input, errors...)`) whose
    returned pair starts with a call is a candidate, first where the same function already unpacks a
    call into two names (`out, length = encoder(input, errors)`), the codec convention it then breaks.
    """
    if not any(CODEC_MESSAGE.search(m) for m in messages):
        return []
    edits: list[Edit] = []
    for sf in files():
        for func in ast.walk(sf.tree):
            if isinstance(func, FUNCTIONS) and _codec_shaped(func):
                edits += _codec_returns(sf, func)
    return edits


def _codec_shaped(func: ast.AST) -> bool:
    params = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    return len(params) >= 2 and params[1] == "errors"


def _codecs_in_scope(sf: Any, func: ast.AST) -> set[str]:
    """Names that may hold another codec's function: parameters here or in an enclosing function, and
    names bound to `codecs.lookup(...).encode` / `codecs.getencoder(...)` (a method of the input, such as
    `input.upper()`, returns one value, not a pair)."""
    names: set[str] = set()
    for scope in (func, *sf.ancestors(func)):
        if isinstance(scope, FUNCTIONS):
            names |= {a.arg for a in (*scope.args.posonlyargs, *scope.args.args, *scope.args.kwonlyargs)}
    for node in ast.walk(sf.tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            if (isinstance(value, ast.Attribute) and value.attr in ("encode", "decode")) or (
                isinstance(value, ast.Call) and called_name(value) in ("getencoder", "getdecoder")
            ):
                names.add(node.targets[0].id)
    return names


def _codec_returns(sf: Any, func: ast.AST) -> list[Edit]:
    own = [n for n in ast.walk(func) if not (isinstance(n, FUNCTIONS) and n is not func)]
    unpacks = any(
        isinstance(n, ast.Assign)
        and isinstance(n.targets[0], ast.Tuple)
        and len(n.targets[0].elts) == 2
        and isinstance(n.value, ast.Call)
        for n in own
    )
    edits = []
    for ret in own:
        if not (
            isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple) and len(ret.value.elts) == 2
        ):
            continue
        output = ret.value.elts[0]
        passed_in = isinstance(output, ast.Call) and isinstance(output.func, ast.Name)
        span = sf.node_span(output) if passed_in and output.func.id in _codecs_in_scope(sf, func) else None
        if span is None:
            continue
        line, start, end = span
        text = sf.line_text(line)[start:end]
        edits.append(
            Edit(
                line,
                ((start, end, f"{text}[0]"),),
                f"return the output of {shorten(text, 30)}, not its (output, length) pair",
                CODEC_PRIOR if unpacks else CODEC_GUESS_PRIOR,
                "root-cause",
                path=sf.path,
            )
        )
    return edits


__all__ = ["OPERAND_TEMPLATES", "codec_result_edits"]
