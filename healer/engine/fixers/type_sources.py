"""The refused value turned into the expected one at the statement that made it, however far back.

A TypeError is raised where a value is USED, but the wrong value was usually MADE earlier: a few
statements up in the same function, in the caller that passed it, in `__init__` where `self.x` was
set, or in a class body's constant (PyTER, Oh & Oh, FSE 2022: a type-directed search over the
definitions that reach the faulting value). `type_provenance.Provenance` already follows the crash
statement's values back to those definitions (assignments, parameters -> the caller frame's
arguments, attribute assignments, defaults, callee returns); `type_demand.demands` reads what a
value must be from CPython's message grammar for one step back. This module joins the two: the
message gives the ACTUAL type and the EXPECTED one (`expectations`), and at every definition the
provenance search reaches, operators that turn a value of the actual type into the expected one
where it is made (`source_edits`):

- a lazy iterator where a sized or indexable value was meant ("object of type 'filter' has no
  len()", "'map' object is not subscriptable"): a `map`/`filter` of a lambda rewritten as the
  list comprehension it stands for, a generator expression made a list comprehension, any other
  origin materialised, `list(values)`;
- a float where an integer was meant ("'float' object cannot be interpreted as an integer", "slice
  indices must be integers"): each true division in the origin made floor division, an integral
  float literal made an int literal (`8.0` -> `8`), `round(x, 0)` -> `round(x)`, else `int(...)`;
- None where a value was meant ("unsupported operand type(s) for +=: 'NoneType' and 'int'",
  "argument of type 'NoneType' is not iterable"): a `None` origin made the expected type's empty
  value (`0`, `''`, `{}`, `[]`, `set()`);
- a value of another type where a str / int / float was meant ("argument 2 must be str, not
  UUID"): the origin converted, `str(uuid4())`;
- a value passed into the wrong parameter (any TypeError that names two types, "unsupported operand
  type(s) for +: 'float' and 'str'"): when the definition that reaches the crash is an argument of
  a call in a caller frame, that argument swapped with each of the call's other positional
  arguments (the "swapped arguments" operator of the repair literature, applied where the
  provenance search says the value entered, not at the crash).

The crash statement's augmented-assignment target (`self._next_id += 1`) is a value read too
(`augmented_targets`): `Provenance.crash_values` keeps Load contexts only.

Checked statically before the sandbox: each operator fires only when the origin's shape makes the
actual type or its static type is unknown (an origin whose inferred type is already the expected
one gets nothing), and `_best_candidates` keeps only edits that compile. Ranked by the provenance
weight (the frame's suspiciousness, decayed per step back from the crash). Nothing here names a
project or a benchmark case.
"""

from __future__ import annotations

import ast
import difflib
import math
import re
from dataclasses import dataclass

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, function_at, named, shorten
from healer.engine.fixers.type_demand import EMPTY, demands
from healer.engine.fixers.type_provenance import Made, static_type

PRIOR_LAZY = 0.85
PRIOR_FLOOR = 0.85
PRIOR_INT_LITERAL = 0.85
PRIOR_NONE = 0.8
PRIOR_CONVERT = 0.6
PRIOR_SWAP = 0.55

# Lazy, unsized values: read once, in order, and nothing else.
LAZY = frozenset(
    {
        "map",
        "filter",
        "zip",
        "generator",
        "reversed",
        "enumerate",
        "iterator",
        "list_iterator",
        "itertools.chain",
    }
    | {"dict_keys", "dict_values", "dict_items"}
)  # a set or a tuple is made, not lazy: its display is changed by type_provenance, not materialised
EMPTY_ITERABLES = ("{}", "[]", "set()")
# Scalars written as literals: the kinds a literal origin can be re-spelled from (`_literal_retyped`).
SCALARS = frozenset({"int", "float", "bool"})
CONTAINERS = frozenset({"list", "dict", "tuple", "set"})
PRIOR_LITERAL = 0.9  # the literal's type is certain, and the message spells the kind wanted
# Messages that name two types in conflict: either value may be the one that entered wrongly.
TWO_TYPES = re.compile(
    r"operand type\(s\) for \S+: '\w+' and '\w+'|can only concatenate \w+ \(not \"\w+\"\)|"
    r"must be \w+, not \w+|'<' not supported between instances of"
)


@dataclass(frozen=True)
class Expect:
    """A value at the crash HAS type `have` and must have type `want`."""

    have: str
    want: str


def _traced_only(subject: str, have: str, want: str) -> bool:
    """Round 54's demands, made only where type_demand's trace leads (str/bytes, text or a tuple met by a
    number, a class or a text demanded of an argument): read here, every value at the crash would be
    re-spelled by them, pushing the provenance's own edits down."""
    return (
        subject == "text"
        or want == "type"
        or have == "object"
        or (subject == "operand" and have in ("str", "tuple") and want in ("int", "float"))
    )


def expectations(messages: list[str]) -> list[Expect]:
    """(actual, expected) pairs from the message: `type_demand`'s grammar and the shapes it lacks."""
    # A "left" demand (`text + 1`: the text was a number) holds only beside a written number, which
    # type_demand.subjects checks; read here, every str value at the crash would be re-spelled as a
    # number (round 53: a table's '1', '2', '3' outranked its one unlike entry, 6).
    found = [
        Expect(d.have, d.want)
        for d in demands(messages)
        if d.subject not in ("format", "left") and not _traced_only(d.subject, d.have, d.want)
    ]
    for text in messages:
        if m := re.search(r"object of type '([\w.]+)' has no len\(\)", text):
            found.append(Expect(m[1], "list"))
        if m := re.search(r"'([\w.]+)' object is not subscriptable", text):
            found.append(Expect(m[1], "list"))
        if m := re.search(r"'([\w.]+)' object cannot be interpreted as an integer", text):
            found.append(Expect(m[1], "int"))
        if re.search(r"slice indices must be integers|indices must be integers or slices, not float", text):
            found.append(Expect("float", "int"))
        if "argument of type 'NoneType' is not iterable" in text:
            found.append(Expect("NoneType", "iterable"))
        if m := re.search(r"'NoneType' object is not (?:iterable|subscriptable)", text):
            found.append(Expect("NoneType", "iterable"))
        if m := re.search(r"must be (str|int|float), not '?([\w.]+)", text):
            found.append(Expect(m[2], m[1]))
        if m := re.search(r"expected (str|int|float) instance, ([\w.]+) found", text):
            found.append(Expect(m[2], m[1]))
        # the grammar's messages that name the refused type and, by the operation, the wanted one
        # (Objects/abstract.c, Objects/floatobject.c, Python/bltinmodule.c): a number where a
        # container was iterated or searched, text where a repeat count or a number was meant
        m = re.search(r"argument of type '([\w.]+)' is not iterable|^'([\w.]+)' object is not iterable", text)
        if m and (m[1] or m[2]) in SCALARS:
            found.append(Expect(m[1] or m[2], "iterable"))
        if m := re.search(r"can't multiply sequence by non-int of type '([\w.]+)'", text):
            found.append(Expect(m[1], "int"))
        if m := re.search(r"(?:must be real number|a real number is required), not '?([\w.]+)", text):
            found.append(Expect(m[1], "float"))
        # a list or tuple subscripted by a key (`request.params['name'] = v` on `params or []`): a
        # mapping was meant where the sequence was made
        if m := re.search(r"^(list|tuple) indices must be integers or slices, not str", text):
            found.append(Expect(m[1], "dict"))
        # an ordering between text and a number (`part.index >= len(obj)`): either side may be the
        # value made as the wrong kind, so each is asked for the other's type where it was made
        m = re.search(
            r"'[<>]=?' not supported between instances of '(str|int|float)' and '(str|int|float)'", text
        )
        if m and "str" in (m[1], m[2]) and m[1] != m[2]:
            found += [Expect(m[1], m[2]), Expect(m[2], m[1])]
        # a count or a size refused by a stream's read()/a buffer's slice (Modules/_io: "argument
        # should be integer or None, not 'bytes'"): the length was kept as the text that spelled it
        if m := re.search(r"argument should be integer or None, not '([\w.]+)'", text):
            found.append(Expect(m[1], "int"))
        if m := re.search(r"expected string of length 1, but ([\w.]+) found", text):
            found.append(Expect(m[1], "str"))
        # a text API given a value of another kind (`re.match(p, n)`, `io.StringIO.write(items)`); a
        # function or a method given bare is a step left out where it was made (type_kinds), not text
        m = re.search(
            r"expected string or bytes-like object, got '([\w.]+)'|string argument expected, got '([\w.]+)'",
            text,
        )
        if m and (m[1] or m[2]) in SCALARS | CONTAINERS:
            found.append(Expect(m[1] or m[2], "str"))
    unique: list[Expect] = []
    for expect in found:
        if expect not in unique:
            unique.append(expect)
    return unique


def augmented_targets(sf: SourceFile, line: int) -> list[ast.expr]:
    """`self.count += 1` on the crash line: the target is read before it is written, a value too."""
    found: list[ast.expr] = []
    for node in sf.nodes_touching(line):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, (ast.Name, ast.Attribute)):
            target = node.target
            if isinstance(target, ast.Name) and target.id in ("self", "cls"):
                continue
            found.append(target)
    return found


def source_edits(sf: SourceFile, made: Made, expects: list[Expect], messages: list[str]) -> list[Edit]:
    """Every operator that turns the actual type into the expected one at this definition."""
    value = made.value
    span = sf.node_span(value)
    if span is None:
        return []
    line, start, end = span
    text = sf.line_text(line)[start:end]
    kind = static_type(value)
    if isinstance(value, ast.Name) and value.id in ("self", "cls"):
        return []  # the instance itself is never the value to convert
    news: list[tuple[str, str, float]] = []  # (new text, what it does, prior)
    for expect in expects:
        if kind is not None and kind == expect.want:
            continue  # the definition already makes the expected type: not this one
        if expect.want == "list" and expect.have in LAZY:
            news += _materialised(sf, value, text, kind)
        elif expect.want == "int" and expect.have == "float":
            news += _integral(sf, value, text, kind)
        elif isinstance(value, ast.Constant) and kind == expect.have and expect.have != "NoneType":
            news += _literal_retyped(sf, made, value, expect)
        elif expect.have == "tuple" and expect.want == "str" and isinstance(value, ast.Tuple):
            news += _tuple_as_text(sf, value)
        elif kind == expect.have in CONTAINERS and _empty_display(value) and expect.want in EMPTY:
            # an accumulator begun as the wrong kind (`res = []` written to a text stream): the
            # wanted kind's empty value, as a None origin gets (the same repair, another wrong start)
            news.append((EMPTY[expect.want], f"start from {EMPTY[expect.want]}, not {text}", PRIOR_NONE))
        elif expect.have == "NoneType" and isinstance(value, ast.Constant) and value.value is None:
            empties = EMPTY_ITERABLES if expect.want == "iterable" else (EMPTY.get(expect.want),)
            news += [(e, f"start from {e}, not None", PRIOR_NONE) for e in empties if e]
        elif (
            expect.want in ("str", "int", "float")
            and expect.have not in ("NoneType", expect.want)
            and kind is None
            and isinstance(value, (ast.Call, ast.Name, ast.Attribute, ast.Subscript))
        ):
            news.append((f"{expect.want}({text})", f"convert to {expect.want}", PRIOR_CONVERT))
    edits: list[Edit] = []
    seen: set[str] = set()
    for new, what, prior in news:
        if new in seen or new == text:
            continue
        seen.add(new)
        description = f"{what} where the value is made: {shorten(new)} instead of {shorten(text)}"
        edits.append(Edit(line, ((start, end, new),), description, prior, "source"))
    edits += _lookup_default_edits(sf, made, value, expects)
    if TWO_TYPES.search(" ".join(messages)):
        edits += swapped_arguments(sf, value)
    return edits


def lookup_default(value: ast.expr) -> ast.Constant | None:
    """The literal default of a lookup, `options.get("indent", "  ")`, `getattr(obj, "width", "8")`: when
    the key is missing the value is made there, by the literal, as a parameter's default makes it."""
    if not isinstance(value, ast.Call) or value.keywords:
        return None
    func = value.func
    if isinstance(func, ast.Attribute) and func.attr in ("get", "pop", "setdefault") and len(value.args) == 2:
        default = value.args[1]
    elif isinstance(func, ast.Name) and func.id == "getattr" and len(value.args) == 3:
        default = value.args[2]
    else:
        return None
    return default if isinstance(default, ast.Constant) else None


def _lookup_default_edits(sf: SourceFile, made: Made, value: ast.expr, expects: list[Expect]) -> list[Edit]:
    """A lookup's literal default of the refused kind, re-spelled as `_literal_retyped` re-spells a bound
    literal (round 53: `kwargs.get('indent', '  ')` then `' ' * (level * indent)` wants the width 2).
    Only the default is edited: a value the caller passes under the key is the caller's to get right."""
    default = lookup_default(value)
    span = sf.node_span(default) if default is not None else None
    if default is None or span is None:
        return []
    line, start, end = span
    text = sf.line_text(line)[start:end]
    kind = type(default.value).__name__
    edits: list[Edit] = []
    for expect in expects:
        if kind != expect.have or expect.have == "NoneType":
            continue
        for new, what, prior in _literal_retyped(sf, made, default, expect):
            if new == text:
                continue
            description = (
                f"{what} where the lookup's default is made: {shorten(new)} instead of {shorten(text)}"
            )
            edits.append(
                Edit(line, ((start, end, new),), description, prior * LOOKUP_DEFAULT_SHARE, "source")
            )
    return edits


# A lookup's default is one of two values the lookup makes (the other is the mapping's): a little below
# a literal that is the whole value.
LOOKUP_DEFAULT_SHARE = 0.95


def _literal_retyped(
    sf: SourceFile, made: Made, value: ast.Constant, expect: Expect
) -> list[tuple[str, str, float]]:
    """A literal of the refused kind written where the value is made, re-spelled in the wanted kind.

    PyTER's type-directed literal repair (Oh & Oh, FSE 2022) at the origin rather than at the use:
    `start, end = 0, spec` then `'.' in start` ("argument of type 'int' is not iterable") wants the
    empty text or container the number stood for; `indent = "    "` then `' ' * indent` ("can't
    multiply sequence by non-int of type 'str'") wants the width the padding spells, its length; a
    digit string where a number is wanted (`'10'` for `10`) wants the number it spells. The kind the
    variable's other definitions make in the same function (`indent = len(key) + 3`, the sibling
    branch) is the wanted kind's first spelling: the one definition unlike its siblings is the
    deviant one (Engler et al., SOSP 2001).
    """
    news: list[tuple[str, str, float]] = []
    literal = value.value
    if expect.want in ("iterable", "str") and isinstance(literal, (int, float)):
        empties = ["''", "[]", "()"] if expect.want == "iterable" else ["''"]
        if not literal:
            siblings = _sibling_kinds(sf, made)
            for rank, empty in enumerate(sorted(empties, key=lambda e: EMPTY_KIND[e] not in siblings)):
                what = f"start from the empty {EMPTY_KIND[empty]}, not {literal!r}"
                news.append((empty, what, PRIOR_LITERAL * 0.95**rank))
        else:
            try:
                spelled = repr(str(literal))
            except ValueError:  # an int longer than the int-to-text digit limit (a hex constant)
                return news
            news.append((spelled, "write the number as the text it stands for", PRIOR_LITERAL * 0.9))
    elif expect.want in ("int", "float") and isinstance(literal, str):
        number = _number(literal, expect.want)
        if number is not None:
            news.append((number, f"write the {expect.want} the text spells", PRIOR_LITERAL))
        elif expect.want == "int" and literal and not literal.strip():
            news.append((str(len(literal)), "write the width the padding spells, its length", PRIOR_LITERAL))
    return news


EMPTY_KIND = {"''": "str", "[]": "list", "()": "tuple"}
PRIOR_PAIR_TEXT = 0.8


def _tuple_as_text(sf: SourceFile, value: ast.Tuple) -> list[tuple[str, str, float]]:
    """A tuple display made where text was wanted ("sequence item 0: expected str instance, tuple
    found" when the parts are joined): the text its items spell together, an f-string of the items
    side by side, then separated by a space. Items whose text holds both quote kinds are left alone."""
    if not 2 <= len(value.elts) <= 4 or any(isinstance(e, ast.Starred) for e in value.elts):
        return []
    parts = [sf.segment(e) for e in value.elts]
    joined = "".join(parts)
    if not all(parts) or "\n" in joined or "{" in joined or "}" in joined or "\\" in joined:
        return []
    quote = '"' if '"' not in joined else "'" if "'" not in joined else None
    if quote is None:
        return []
    fields = ["{" + p + "}" for p in parts]
    return [
        (f"f{quote}{''.join(fields)}{quote}", "write the items as one text", PRIOR_PAIR_TEXT),
        (f"f{quote}{' '.join(fields)}{quote}", "write the items as one text, spaced", PRIOR_PAIR_TEXT * 0.9),
    ]


def _empty_display(value: ast.expr) -> bool:
    """`[]`, `{}`, `()`, `set()`: an empty container written out."""
    if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
        return not value.elts
    if isinstance(value, ast.Dict):
        return not value.keys
    return (
        isinstance(value, ast.Call)
        and not value.args
        and not value.keywords
        and named(value.func) in CONTAINERS
    )


def _number(text: str, want: str) -> str | None:
    """The literal `text` spells as a finite number of the wanted kind, if it spells one."""
    try:
        number = int(text.strip()) if want == "int" else float(text.strip())
    except ValueError:
        return None
    return repr(number) if math.isfinite(number) else None


def _sibling_kinds(sf: SourceFile, made: Made) -> set[str]:
    """The static kinds of the other values bound to the same name in the function that made `made`."""
    statement = sf.parent(made.value)
    while statement is not None and not isinstance(statement, ast.stmt):
        statement = sf.parent(statement)
    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
        return set()
    target = statement.targets[0]
    pair = isinstance(target, (ast.Tuple, ast.List)) and isinstance(statement.value, (ast.Tuple, ast.List))
    if pair and made.value in statement.value.elts and len(target.elts) == len(statement.value.elts):
        target = target.elts[statement.value.elts.index(made.value)]
    if not isinstance(target, ast.Name):
        return set()
    kinds: set[str] = set()
    for node in ast.walk(function_at(sf, statement.lineno) or sf.tree):
        if not isinstance(node, ast.Assign) or node is statement:
            continue
        for other in node.targets:
            if isinstance(other, ast.Name) and other.id == target.id:
                kinds.add(static_type(node.value) or "")
            elif isinstance(other, (ast.Tuple, ast.List)) and _splits_into(node.value, other, target.id):
                kinds.add("str")  # `a, b = text.split(':')`: a split's items are text
    return kinds - {""}


def _splits_into(value: ast.expr, targets: ast.Tuple | ast.List, name: str) -> bool:
    """`a, b = text.split(':')` binds `name` to an item of a split."""
    named_here = any(isinstance(e, ast.Name) and e.id == name for e in targets.elts)
    return (
        named_here and isinstance(value, ast.Call) and getattr(value.func, "attr", "") in ("split", "rsplit")
    )


def _materialised(
    sf: SourceFile, value: ast.expr, text: str, kind: str | None
) -> list[tuple[str, str, float]]:
    if kind in ("list", "dict", "str", "tuple", "bytes", "int", "float", "bool"):
        return []
    if isinstance(
        value, (ast.ListComp, ast.List, ast.Constant, ast.Dict, ast.DictComp, ast.SetComp, ast.Set)
    ):
        return []
    news: list[tuple[str, str, float]] = []
    if isinstance(value, ast.GeneratorExp):
        inner = text[1:-1] if text.startswith("(") and text.endswith(")") else text
        news.append((f"[{inner}]", "make a list comprehension", PRIOR_LAZY))
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id in ("map", "filter")
        and len(value.args) == 2
        and not value.keywords
        and isinstance(value.args[0], ast.Lambda)
    ):
        lam = value.args[0]
        params = lam.args
        if len(params.args) == 1 and not (
            params.vararg or params.kwarg or params.kwonlyargs or params.defaults
        ):
            var = params.args[0].arg
            body = sf.segment(lam.body)
            source = sf.segment(value.args[1])
            if value.func.id == "map":
                news.append(
                    (f"[{body} for {var} in {source}]", "make the list the map stands for", PRIOR_LAZY)
                )
            else:
                condition = (
                    f"({body})" if isinstance(lam.body, (ast.IfExp, ast.Lambda, ast.NamedExpr)) else body
                )
                news.append(
                    (
                        f"[{var} for {var} in {source} if {condition}]",
                        "make the list the filter stands for",
                        PRIOR_LAZY,
                    )
                )
    news.append(
        (f"list({text})", "materialise the lazy value as a list", PRIOR_LAZY * (0.95 if news else 1.0))
    )
    return news


def _integral(sf: SourceFile, value: ast.expr, text: str, kind: str | None) -> list[tuple[str, str, float]]:
    if kind in ("int", "bool", "str", "list", "tuple", "dict", "bytes"):
        return []
    news: list[tuple[str, str, float]] = []
    if isinstance(value, ast.Constant) and isinstance(value.value, float) and value.value.is_integer():
        news.append((str(int(value.value)), "write an int literal", PRIOR_INT_LITERAL))
    line, start, _ = sf.node_span(value) or (0, 0, 0)
    divisions = [n for n in ast.walk(value) if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div)]
    for division in divisions[:3]:
        operator = sf.operator_between(division.left, division.right)
        if operator is None or operator[0] != line or operator[3] != "/":
            continue
        offset = operator[1] - start
        new = text[:offset] + "//" + text[offset + 1 :]
        news.append((new, "divide with floor division", PRIOR_FLOOR))
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "round"
        and len(value.args) == 2
        and not value.keywords
    ):
        news.append((f"round({sf.segment(value.args[0])})", "round to an int", PRIOR_FLOOR))
    if not isinstance(value, ast.Constant) and _may_be_float(value):
        news.append((f"int({text})", "convert to int", PRIOR_CONVERT))
    return news


def _may_be_float(value: ast.expr) -> bool:
    """Nothing in the expression makes text or slices a sequence: a float may come out of it."""
    for node in ast.walk(value):
        if isinstance(node, (ast.JoinedStr, ast.Slice)):
            return False
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
            return False
    return True


def swapped_arguments(sf: SourceFile, value: ast.expr) -> list[Edit]:
    """The definition is a positional argument of a call: swapped with each of the call's others.

    The swap whose arguments' names fit the callee's parameter names better after it than before
    (Rice et al., OOPSLA 2017: arguments are named like the parameters they are meant for) is ranked
    first; a callee the file does not define leaves every swap at the same prior.
    """
    call = sf.parent(value)
    if not isinstance(call, ast.Call) or value not in call.args:
        return []
    if any(isinstance(a, ast.Starred) for a in call.args):
        return []
    mine = sf.node_span(value)
    if mine is None:
        return []
    params = _parameters(sf, call)
    at = call.args.index(value)
    edits: list[Edit] = []
    for index, other in enumerate(call.args):
        theirs = sf.node_span(other)
        if other is value or theirs is None or theirs[0] != mine[0]:
            continue
        line = mine[0]
        a, b = sf.segment(value), sf.segment(other)
        prior = PRIOR_SWAP
        if len(params) > max(at, index):
            before = _fit(a, params[at]) + _fit(b, params[index])
            after = _fit(a, params[index]) + _fit(b, params[at])
            prior *= 1.0 + 0.3 * (after - before)
        description = (
            f"pass {shorten(a)} and {shorten(b)} in each other's places where the value enters the call"
        )
        spans = ((mine[1], mine[2], b), (theirs[1], theirs[2], a))
        edits.append(Edit(line, spans, description, min(prior, 0.9), "source-swap"))
    return edits


def argument_swaps(sf: SourceFile, made: Made, messages: list[str]) -> list[Edit]:
    """`swapped_arguments` at a making site that is a call's positional argument, whatever the
    message, when the callee is defined in the file and a swap makes the arguments' names fit its
    parameters' better (so the one-type messages, "'ellipsis' object is not callable", "object of
    type 'int' has no len()", reach `Cls(default, type_)` and `f(a, len(b), c)` too); the messages
    that name two types already get every swap (source_edits)."""
    if TWO_TYPES.search(" ".join(messages)):
        return []
    return [e for e in swapped_arguments(sf, made.value) if e.prior > PRIOR_SWAP]


def _parameters(sf: SourceFile, call: ast.Call) -> list[str]:
    """The positional parameter names of the called function, when the file defines one by that name
    (a class's: its `__init__`'s)."""
    name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", None)
    for node in ast.walk(sf.tree):
        if isinstance(node, ast.ClassDef) and node.name == name:
            init = next((n for n in node.body if isinstance(n, FUNCTIONS) and n.name == "__init__"), None)
            if init is not None:
                names = [a.arg for a in (*init.args.posonlyargs, *init.args.args)]
                return names[1:] if names and names[0] in ("self", "cls") else names
        if isinstance(node, FUNCTIONS) and node.name == name:
            names = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
            if isinstance(call.func, ast.Attribute) and names and names[0] in ("self", "cls"):
                names = names[1:]
            return names
    return []


def _fit(argument: str, parameter: str) -> float:
    """How much an argument's last name looks like a parameter's name, 0..1."""
    words = re.findall(r"[A-Za-z_]\w*", argument)
    if not words:
        return 0.0
    return difflib.SequenceMatcher(None, words[-1].strip("_").lower(), parameter.strip("_").lower()).ratio()
