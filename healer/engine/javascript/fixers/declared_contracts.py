"""TypeErrors where the code breaks what its own declarations say, repaired to keep the declaration.

- An optional member called as if it were always there (`options.onPiece(i, s)` with `onPiece?:` in
  the options' type, or an options parameter that defaults to `{}`): "options.onPiece is not a
  function" when a caller leaves it out. The optional call (`options.onPiece?.(i, s)`, ECMAScript
  2020's OptionalChain) is what the declaration promises callers: the member may be absent. This is
  the contract, not a guard hiding a crash, so it is offered only with that evidence.
- An abstract class instantiated (tsc TS2511, "Cannot create an instance of an abstract class"): the
  class has members only its subclasses implement. Its concrete subclasses (declared in the module or
  imported into it) are constructed instead, with the same arguments, in the order they are declared.
- A function whose last statement is a condition on its return (tsc TS2366, "Function lacks ending
  return statement and return type does not include 'undefined'"): when the earlier statements return
  on each other case, the last test is the only thing left and tsc cannot see that it always holds;
  the last `if (c) return x;` returns unconditionally (an `else if (c)` closing the chain becomes
  `else`), so the function's every path returns its type.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

NOT_A_FUNCTION = re.compile(r"(?P<receiver>[\w$.]+)\.(?P<member>[\w$]+) is not a function")
ABSTRACT = re.compile(r"Cannot create an instance of an abstract class")
LACKS_RETURN = re.compile(r"lacks ending return statement")
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition")


def contract_candidates(
    text: str, path: str, *, line: int, message: str, sources: dict[str, str]
) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    if ABSTRACT.search(message):
        return _concrete_subclasses(data, path, tree.root_node, line=line, sources=sources)
    if LACKS_RETURN.search(message):
        return _last_return(data, path, tree.root_node, line=line)
    if (match := NOT_A_FUNCTION.search(message)) is not None:
        return _optional_call(data, path, tree.root_node, line=line, receiver=match["receiver"],
                              member=match["member"], sources=sources)  # fmt: skip
    return []


# -- optional members ---------------------------------------------------------------------------------
def _optional_call(
    data: bytes,
    path: str,
    root: tree_sitter.Node,
    *,
    line: int,
    receiver: str,
    member: str,
    sources: dict[str, str],
) -> list[Candidate]:
    for node in walk(root):
        if node.type != "call_expression" or node.start_point.row > line - 1 or node.end_point.row < line - 1:
            continue
        callee = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments")
        if callee is None or arguments is None or node_text(callee) != f"{receiver}.{member}":
            continue
        if not (_declared_optional(member, sources) or _defaults_to_empty(node, receiver)):
            return []
        return [
            Candidate(path, replace_span(data, callee.end_byte, arguments.start_byte, "?."), line,
                      f"call {receiver}.{member} only when it is given: it is optional")
        ]  # fmt: skip
    return []


def _declared_optional(member: str, sources: dict[str, str]) -> bool:
    """Whether a type of the project declares `member?:` (a property or a method signature)."""
    for path, text in sources.items():
        if f"{member}?" not in text:
            continue
        tree = parse(text, path)
        for node in walk(tree.root_node) if tree is not None else ():
            if node.type in ("property_signature", "method_signature", "public_field_definition"):
                name = node.child_by_field_name("name")
                if (
                    name is not None
                    and node_text(name) == member
                    and any(c.type == "?" for c in node.children)
                ):
                    return True
    return False


def _defaults_to_empty(node: tree_sitter.Node, receiver: str) -> bool:
    """Whether `receiver` is a parameter of an enclosing function whose default is `{}`."""
    current = node.parent
    while current is not None:
        if current.type in FUNCTIONS:
            parameters = current.child_by_field_name("parameters")
            for parameter in parameters.named_children if parameters is not None else ():
                value = parameter.child_by_field_name("value") or parameter.child_by_field_name("right")
                name = parameter.child_by_field_name("pattern") or parameter.child_by_field_name("left")
                if name is not None and node_text(name) == receiver and value is not None:
                    return node_text(value).replace(" ", "") == "{}"
        current = current.parent
    return False


# -- abstract classes ---------------------------------------------------------------------------------
def _concrete_subclasses(
    data: bytes, path: str, root: tree_sitter.Node, *, line: int, sources: dict[str, str]
) -> list[Candidate]:
    made = next((n for n in walk(root) if n.type == "new_expression" and n.start_point.row == line - 1), None)
    constructor = made.child_by_field_name("constructor") if made is not None else None
    if constructor is None:
        return []
    abstract = node_text(constructor)
    visible = _names_in_scope(root)
    found: list[Candidate] = []
    for other_path, text in {path: data.decode("utf-8", errors="surrogateescape"), **sources}.items():
        tree = parse(text, other_path)
        for node in walk(tree.root_node) if tree is not None else ():
            if node.type != "class_declaration":
                continue
            name = node.child_by_field_name("name")
            heritage = next((c for c in node.children if c.type == "class_heritage"), None)
            if name is None or heritage is None or node_text(name) not in visible:
                continue
            extends = next((c for c in walk(heritage) if c.type == "extends_clause"), None)
            parent = extends.named_children[0] if extends is not None and extends.named_children else None
            if parent is None or node_text(parent) != abstract:
                continue
            sub = node_text(name)
            candidate = Candidate(path, replace_span(data, constructor.start_byte, constructor.end_byte, sub),
                                  line, f"construct the concrete {sub}: {abstract} is abstract")  # fmt: skip
            if all(c.text != candidate.text for c in found):
                found.append(candidate)
    return found


def _names_in_scope(root: tree_sitter.Node) -> set[str]:
    """Classes the module declares and names it imports."""
    names = set()
    for node in walk(root):
        if node.type == "class_declaration" and node.child_by_field_name("name") is not None:
            names.add(node_text(node.child_by_field_name("name")))
        elif node.type == "import_specifier":
            alias = node.child_by_field_name("alias") or node.child_by_field_name("name")
            if alias is not None:
                names.add(node_text(alias))
    return names


# -- a last condition tsc cannot see always holds -----------------------------------------------------
def _last_return(data: bytes, path: str, root: tree_sitter.Node, *, line: int) -> list[Candidate]:
    holding = [
        n for n in walk(root) if n.type in FUNCTIONS and n.start_point.row <= line - 1 <= n.end_point.row
        and n.child_by_field_name("body") is not None
        and n.child_by_field_name("body").type == "statement_block"
    ]  # fmt: skip
    if not holding:
        return []
    # tsc reports at the signature: the function starting on the line, else the innermost holding it.
    starting = [n for n in holding if n.start_point.row == line - 1]
    function = (starting or holding)[-1]
    statements = [s for s in function.child_by_field_name("body").named_children if s.type != "comment"]
    if not statements or statements[-1].type != "if_statement":
        return []
    last = statements[-1]
    # The innermost `else if` of the chain, when the chain has no final else.
    while (alternative := last.child_by_field_name("alternative")) is not None:
        inner = next((c for c in alternative.named_children if c.type != "comment"), None)
        if inner is None or inner.type != "if_statement":
            return []
        last = inner
    consequence = last.child_by_field_name("consequence")
    if consequence is None or not _returns(consequence):
        return []
    at = last.start_point.row + 1
    if last.parent is not None and last.parent.type == "else_clause":
        # `} else if (c) {` → `} else {`: the chain's last branch taken unconditionally.
        new = replace_span(data, last.start_byte, consequence.start_byte, "")
        return [
            Candidate(
                path, new, at, "take the chain's last branch unconditionally: every other case returned"
            )
        ]
    body = node_text(consequence)
    if consequence.type == "statement_block":
        inner_statements = [s for s in consequence.named_children if s.type != "comment"]
        if len(inner_statements) != 1:
            return []
        body = node_text(inner_statements[0])
    new = replace_span(data, last.start_byte, last.end_byte, body)
    return [Candidate(path, new, at, "return unconditionally at the end: every other case returned before")]


def _returns(statement: tree_sitter.Node) -> bool:
    if statement.type == "return_statement":
        return True
    if statement.type == "statement_block":
        inner = [s for s in statement.named_children if s.type != "comment"]
        return bool(inner) and inner[-1].type in ("return_statement", "throw_statement")
    return False
