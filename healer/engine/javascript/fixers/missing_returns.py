"""A function that computes its value in its last statement and drops it: the `return` put back.

A statement that is a pure expression (`this.spaces === 0;`, `ok ? round(x) : x;`) has no effect, so
as the last statement of a function with no `return` of a value it can only be the value the function
was meant to give. Four checkers name the same slip from outside (tsc TS2355 "A function whose declared
type is neither 'undefined', 'void', nor 'any' must return a value", TS7030 "Not all code paths return a
value", ESLint getter-return "Expected to return a value in getter", array-callback-return), and at run
time the function returns `undefined` (a LOGIC failure). The repair is determined: `return` before
that expression. A ternary or `&&`/`||` whose every branch is a call or an assignment is the
statement-for-effect idiom (`ok ? a() : b();`), and a constructor or setter returns nothing: both are
left alone.

A contract family of the LOGIC fixer (logic.CONTRACT_FAMILIES, wrong wherever it matches), and the
first edits for tsc's and ESLint's findings at the function (dispatch, lint_problems). No code runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import FUNCTION_TYPES, encode, node_text, parse, walk

RETURNED = "return the value the function's last statement computes and drops"
CONTRACT_SUFFIXES = (RETURNED,)
# tsc's and ESLint's words for a function that gives no value where one is declared or expected.
NO_VALUE = re.compile(
    r"must return a value|Not all code paths return a value|Expected to return a value"
    r"|expects a return value|Expected to return a value at the end"
)
EFFECTS = frozenset(
    {"call_expression", "assignment_expression", "augmented_assignment_expression", "update_expression",
     "await_expression", "yield_expression", "new_expression"}
)  # fmt: skip
NO_VALUE_OPERATORS = ("delete", "void")


def is_contract_fix(description: str) -> bool:
    return description.endswith(CONTRACT_SUFFIXES)


def _value_like(node: tree_sitter.Node, *, top: bool = True) -> bool:
    """The expression computes a value and does nothing else a statement would be written for. A bare
    name or literal counts inside a compound value only (alone it is a directive or a leftover)."""
    while node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    if node.type in EFFECTS or node.type == "sequence_expression":
        return False
    if node.type == "unary_expression":
        operator = node.child_by_field_name("operator")
        return operator is None or node_text(operator) not in NO_VALUE_OPERATORS
    if node.type == "ternary_expression":
        branches = [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
        return any(b is not None and _value_like(b, top=False) for b in branches)
    if node.type == "binary_expression" and node_text(node.child_by_field_name("operator") or node) in (
        "&&",
        "||",
        "??",
    ):
        right = node.child_by_field_name("right")
        return right is not None and _value_like(right, top=False)
    if not top and node.type in (
        "identifier",
        "number",
        "string",
        "true",
        "false",
        "null",
        "undefined",
        "this",
    ):
        return True
    return node.type in (
        "binary_expression", "member_expression", "subscript_expression", "template_string", "object",
        "array", "arrow_function", "as_expression", "satisfies_expression", "non_null_expression",
    )  # fmt: skip


def _own_returns(function: tree_sitter.Node) -> bool:
    """The function returns a value somewhere in its own body (not a nested function's)."""
    for node in walk(function):
        if node.type == "return_statement" and node.named_children and _owner(node) == function:
            return True
    return False


def _owner(node: tree_sitter.Node) -> tree_sitter.Node | None:
    parent = node.parent
    while parent is not None and parent.type not in FUNCTION_TYPES:
        parent = parent.parent
    return parent


def _unreturned(function: tree_sitter.Node, *, locals_alone: bool = False) -> tree_sitter.Node | None:
    """The function's last statement when it is a dropped value and nothing else returns one.
    `locals_alone`: a bare name the function itself binds counts too (`found;`), where a caller's
    crash on the `undefined` it got is the evidence a value was meant."""
    body = function.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return None
    name = function.child_by_field_name("name")
    if function.type == "method_definition" and (
        (name is not None and node_text(name) == "constructor")
        or any(c.type == "set" for c in function.children)
    ):
        return None
    statements = [c for c in body.named_children if c.type != "comment"]
    if not statements or statements[-1].type != "expression_statement" or _own_returns(function):
        return None
    expression = statements[-1].named_children[0] if statements[-1].named_children else None
    if expression is not None and locals_alone and expression.type == "identifier":
        return statements[-1] if _binds(function, node_text(expression)) else None
    return statements[-1] if expression is not None and _value_like(expression) else None


def _binds(function: tree_sitter.Node, name: str) -> bool:
    """The function declares `name` (a parameter or a variable of its own body; a nested
    function's parameter or variable of that name binds only inside it)."""
    single = function.child_by_field_name("parameter")  # `x => ...`
    if single is not None and node_text(single) == name:
        return True
    for node in walk(function):
        if node.type in ("variable_declarator", "required_parameter", "optional_parameter"):
            target = node.child_by_field_name("name") or node.child_by_field_name("pattern")
            if (
                target is not None
                and target.type == "identifier"
                and node_text(target) == name
                and _owner(node) == function
            ):
                return True
        elif node.type == "identifier" and node_text(node) == name and _is_parameter(node, function):
            return True
    return False


def _is_parameter(node: tree_sitter.Node, function: tree_sitter.Node) -> bool:
    """`node` is one of `function`'s own (JavaScript) parameters."""
    return (
        node.parent is not None and node.parent.type == "formal_parameters" and node.parent.parent == function
    )


def unreturned_values(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Contract family: a dropped value that starts on this row and ends its function's body."""
    for node in nodes:
        if node.type != "expression_statement":
            continue
        function = _owner(node)
        if function is not None and _unreturned(function) == node:
            yield replace_span(data, node.start_byte, node.start_byte, "return "), RETURNED


FAMILIES = (unreturned_values,)


def missing_return_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """For a checker's finding that a function gives no value: `return` before the dropped value that
    ends the function the finding's line starts or lies in, the innermost first."""
    if not NO_VALUE.search(message):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    row = line - 1
    functions = [
        node
        for node in walk(tree.root_node)
        if node.type in FUNCTION_TYPES and node.start_point.row <= row <= node.end_point.row
    ]
    found = []
    for function in sorted(functions, key=lambda f: f.start_byte, reverse=True):
        statement = _unreturned(function)
        if statement is not None:
            new = replace_span(data, statement.start_byte, statement.start_byte, "return ")
            found.append(Candidate(path, new, statement.start_point.row + 1, RETURNED))
    return parsing(found, original=text, path=path)


# V8's words for a value read from a call that gave `undefined` (round 50, npm24): the destructuring
# names the call (`'cabinFor(...)'`), a property read names only the property.
DESTRUCTURED_CALL = re.compile(
    r"Cannot destructure property '[^']+' of '(?:[\w$.]+\.)?(?P<callee>[\w$]+)\(\.\.\.\)' as it is undefined"
)
READ_OF_UNDEFINED = re.compile(r"Cannot read properties of undefined \(reading '(?P<prop>[^']+)'\)")


def called_undefined_candidates(
    text: str, path: str, *, line: int, message: str, sources: Mapping[str, str]
) -> list[Candidate]:
    """A TypeError reading or destructuring the `undefined` a call gave, where the called function of
    the project drops the value its last statement computes: `return` put back there, in the callee's
    file (the same determined repair as for tsc's TS2355, found from the crash instead)."""
    callees = _callees(text, path, line=line, message=message)
    found = []
    for file, source in [(path, text), *((f, s) for f, s in sorted(sources.items()) if f != path)]:
        tree = parse(source, file) if callees else None
        if tree is None:
            continue
        data = encode(source)
        for function in declared_functions(tree.root_node, callees):
            statement = _unreturned(function, locals_alone=True)
            if statement is not None:
                new = replace_span(data, statement.start_byte, statement.start_byte, "return ")
                found.append(Candidate(file, new, statement.start_point.row + 1, RETURNED))
        if found:
            break  # the file's own definition hides another module's of the same name
    return [c for c in found if parsing([c], original=sources.get(c.file, text), path=c.file)]


def _callees(text: str, path: str, *, line: int, message: str) -> set[str]:
    """The functions whose call's result the crash read: named by the message, else the calls on
    the crash line whose result's property the message names is read."""
    if named := DESTRUCTURED_CALL.search(message):
        return {named["callee"]}
    read = READ_OF_UNDEFINED.search(message)
    return called_names(text, path, line=line, prop=read["prop"]) if read else set()


def called_names(text: str, path: str, *, line: int, prop: str) -> set[str]:
    """The names of the functions called on `line` whose result's property `prop` is read there
    (`f(x).p`, `o.f(x).p`)."""
    tree = parse(text, path)
    if tree is None:
        return set()
    callees = set()
    for node in walk(tree.root_node):
        if node.type != "member_expression" or node.start_point.row != line - 1:
            continue
        target, read = node.child_by_field_name("object"), node.child_by_field_name("property")
        if target is None or read is None or node_text(read) != prop or target.type != "call_expression":
            continue
        function = target.child_by_field_name("function")
        if function is not None and function.type == "member_expression":
            function = function.child_by_field_name("property")
        if function is not None and function.type in ("identifier", "property_identifier"):
            callees.add(node_text(function))
    return callees


def declared_functions(root: tree_sitter.Node, names: set[str]) -> list[tree_sitter.Node]:
    """The functions of a tree declared under one of `names` (their own name, or the variable or
    property they are the value of)."""
    return [n for n in walk(root) if n.type in FUNCTION_TYPES and _declared_name(n) in names]


def _declared_name(function: tree_sitter.Node) -> str:
    """A function's name: its own, or the variable or property it is the value of."""
    name = function.child_by_field_name("name")
    if (
        name is None
        and function.parent is not None
        and function.parent.type in ("variable_declarator", "pair")
    ):
        name = function.parent.child_by_field_name("name") or function.parent.child_by_field_name("key")
    return node_text(name) if name is not None else ""
