"""LINTING templates for ESLint core rules that give neither a fix nor a suggestion, each derived from
what the rule's documentation says the flagged code does (so the edit keeps the behaviour the tests
see and removes only what the rule forbids). Registered in lint_problems.TEMPLATES.

- no-irregular-whitespace: a no-break space, an ideographic space, a zero-width space... between
  tokens. JavaScript treats the Zs/BOM characters as whitespace (ECMAScript 12.2 WhiteSpace), so
  replacing each by an ordinary space (the rule's documented remedy) keeps the meaning; deleting
  it is the second candidate (a zero-width character was never meant as a separator).
- no-setter-return: a setter's return value is discarded by the assignment that invokes it
  (ECMAScript 13.15.2: an assignment evaluates to its right-hand side), so the returned value is
  dropped: an expression with an effect (an assignment, a call) stays as a statement, anything
  else becomes a bare `return;`.
- no-duplicate-case: a `case` whose label repeats an earlier one of the same switch can never be
  selected (the first matching clause wins, 14.12.4 CaseBlockEvaluation). Its label is removed (what
  falls into the clause from the one before still runs the same statements); when the clause before
  cannot fall into it, nothing reaches its statements either, and the clause goes whole.
- no-empty-pattern: an empty destructuring pattern (`{}`, `[]`) binds no name (ECMAScript 14.3.3: its
  BoundNames are empty), so it is a leftover: a last parameter (with its default) is removed, since no
  name of it is read and a caller's extra argument is ignored; a nested `key: {}` loses the property;
  `const {} = value;` keeps only a value with an effect (a call, an await) as a statement.
- no-self-assign: `a = a` and `o.p = o.p` do nothing (the value read is the value written). The
  classic slip is a constructor's or loader's field assigned from itself instead of from the local of
  the same name (`this.name = this.name` for `this.name = name`): that local first, when one is bound
  where the assignment is; then the statement removed, which keeps what the code does.
- no-dupe-else-if: an `else if` whose condition repeats an earlier one of the same chain can never be
  taken (the earlier branch takes every value that satisfies it). Its branch is removed, the chain's
  `else` after it kept: the code does what it did, with no dead branch left.
"""

from __future__ import annotations

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.fixers.lint_kinds import finding_point
from healer.engine.javascript.lint import EslintMessage, utf16_index
from healer.engine.javascript.syntax import encode, node_text, parse, walk

# ESLint no-irregular-whitespace's list (its IRREGULAR_WHITESPACE and IRREGULAR_LINE_TERMINATORS).
IRREGULAR = frozenset(
    "\u000b\u000c\u00a0\u0085\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
)
EFFECTS = ("assignment_expression", "augmented_assignment_expression", "call_expression",
           "update_expression", "await_expression", "new_expression")  # fmt: skip
ENDS = ("break_statement", "return_statement", "throw_statement", "continue_statement")


def irregular_whitespace(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """Each irregular whitespace character in the finding's span (its line when ESLint gives no end)
    replaced by a space, or deleted."""
    lines = text.split("\n")
    row = message.line - 1
    if not 0 <= row < len(lines):
        return []
    body = lines[row]
    # ESLint's columns count UTF-16 units; the line is a str (one index per code point).
    first = utf16_index(body, max(message.column - 1, 0)) or 0
    last = (
        utf16_index(body, message.end_column - 1) or len(body)
        if message.end_line == message.line and message.end_column
        else len(body)
    )
    span = [i for i in range(first, min(last, len(body))) if body[i] in IRREGULAR]
    if not span:
        span = [i for i, char in enumerate(body) if char in IRREGULAR]
    if not span:
        return []
    found = []
    for replacement, what in ((" ", "replace the irregular whitespace with a space"),
                              ("", "remove the irregular whitespace")):  # fmt: skip
        new_body = "".join(replacement if i in span else char for i, char in enumerate(body))
        found.append(
            Candidate(path, "\n".join([*lines[:row], new_body, *lines[row + 1 :]]), message.line, what)
        )
    return found


def setter_return(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """`return (this.copies = value);` in a setter → `this.copies = value;`; `return value;` → `return;`."""
    statement = innermost_at(text, path, message, ("return_statement",))
    if statement is None or not statement.named_children:
        return []
    value = statement.named_children[0]
    while value.type == "parenthesized_expression" and value.named_children:
        value = value.named_children[0]
    data = encode(text)
    found = []
    if value.type in EFFECTS:
        found.append(Candidate(path, replace_span(data, statement.start_byte, statement.end_byte,
                                                  f"{node_text(value)};"), message.line,
                               "keep the setter's assignment and return nothing"))  # fmt: skip
    found.append(Candidate(path, replace_span(data, statement.start_byte, statement.end_byte, "return;"),
                           message.line, "return nothing from the setter"))  # fmt: skip
    return found


def duplicate_case(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """Remove a repeated `case` label that can never be selected (see the module's note)."""
    case = innermost_at(text, path, message, ("switch_case",))
    body = case.parent if case is not None else None
    label = case.child_by_field_name("value") if case is not None else None
    if body is None or label is None:
        return []
    clauses = [c for c in body.named_children if c.type in ("switch_case", "switch_default")]
    earlier = [c for c in clauses[: clauses.index(case)] if c.type == "switch_case"]
    if not any(_same_label(c, label) for c in earlier):
        return []
    statements = [c for c in case.named_children if c is not label and c.type != "comment"]
    index = clauses.index(case)
    previous = clauses[index - 1] if index else None
    if statements and previous is not None and not _falls_through(previous):
        # Nothing reaches the clause: its label never matches, the clause before ends. It goes whole.
        new = _without_lines(text, case)
        what = "remove the unreachable repeated case"
    else:
        # Only its label goes: the statements stay where the clause before falls into them.
        new = _without_label(text, case)
        what = "remove the repeated case label"
    if new is None:
        return []
    return [Candidate(path, new, message.line, f"{what} {node_text(label)}")]


def _without_label(text: str, case: tree_sitter.Node) -> str | None:
    """`case X:` removed, with its line when the label has the line to itself."""
    colon = next((c for c in case.children if c.type == ":"), None)
    if colon is None:
        return None
    lines = text.split("\n")
    row = case.start_point.row
    alone = (
        not lines[row][: case.start_point.column].strip() and not lines[row][colon.end_point.column :].strip()
    )
    if colon.end_point.row == row and alone:
        return "\n".join([*lines[:row], *lines[row + 1 :]])
    data = encode(text)
    end = colon.end_byte + len(data[colon.end_byte :]) - len(data[colon.end_byte :].lstrip(b" "))
    return replace_span(data, case.start_byte, end, "")


def _same_label(case: tree_sitter.Node, label: tree_sitter.Node) -> bool:
    value = case.child_by_field_name("value")
    return value is not None and value.start_byte != label.start_byte and node_text(value) == node_text(label)


def _falls_through(clause: tree_sitter.Node) -> bool:
    value = clause.child_by_field_name("value")
    statements = [c for c in clause.named_children if c is not value and c.type != "comment"]
    return not statements or statements[-1].type not in ENDS


def _without_lines(text: str, node: tree_sitter.Node) -> str | None:
    """The node removed with its lines, when it has them to itself."""
    lines = text.split("\n")
    first, last = node.start_point.row, node.end_point.row
    if lines[first][: node.start_point.column].strip() or lines[last][node.end_point.column :].strip():
        return None
    return "\n".join([*lines[:first], *lines[last + 1 :]])


def innermost_at(text: str, path: str, message: EslintMessage, types: tuple[str, ...]):
    """The innermost node of `types` holding the finding's start."""
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return None
    point = finding_point(encode(text), message)
    found = None
    for node in walk(tree.root_node):
        if node.type in types and node.start_point <= point < node.end_point:
            found = node
    return found


# -- no-empty-pattern -------------------------------------------------------------------------------
EMPTY_PATTERNS = ("object_pattern", "array_pattern")


def empty_pattern(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    at = finding_point(encode(text), message)
    pattern = next(
        (
            n
            for n in walk(tree.root_node)
            if n.type in EMPTY_PATTERNS and n.start_point == at and not n.named_children
        ),
        None,
    )
    if pattern is None:
        return []
    unit = (
        pattern.parent
        if pattern.parent is not None and pattern.parent.type == "assignment_pattern"
        else pattern
    )
    holder = unit.parent
    data = encode(text)
    if holder is not None and holder.type == "formal_parameters":
        listed = [c for c in holder.named_children if c.type != "comment"]
        if listed[-1] != unit:
            return []
        start = listed[-2].end_byte if len(listed) > 1 else unit.start_byte
        return [Candidate(path, replace_span(data, start, unit.end_byte, ""), message.line,
                          "remove the empty pattern parameter, which binds no name")]  # fmt: skip
    if holder is not None and holder.type == "pair_pattern" and holder.parent is not None:
        siblings = [c for c in holder.parent.named_children if c.type != "comment"]
        index = siblings.index(holder)
        if len(siblings) == 1:
            start, end = holder.start_byte, holder.end_byte
        elif index + 1 < len(siblings):
            start, end = holder.start_byte, siblings[index + 1].start_byte
        else:
            start, end = siblings[index - 1].end_byte, holder.end_byte
        return [Candidate(path, replace_span(data, start, end, ""), message.line,
                          f"remove '{node_text(holder)}', which binds no name")]  # fmt: skip
    declaration = holder.parent if holder is not None and holder.type == "variable_declarator" else None
    if (
        declaration is None
        or len([c for c in declaration.named_children if c.type == "variable_declarator"]) != 1
    ):
        return []
    value = holder.child_by_field_name("value")
    kept = f"{node_text(value)};" if value is not None and value.type in EFFECTS else ""
    return [Candidate(path, replace_span(data, declaration.start_byte, declaration.end_byte, kept), message.line,
                      "remove the declaration of an empty pattern, which binds no name")]  # fmt: skip


# -- no-self-assign -----------------------------------------------------------------------------------
SCOPES = ("function_declaration", "function_expression", "arrow_function", "method_definition",
          "statement_block", "program")  # fmt: skip


def self_assign(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """The assignment's value read from the local named like the assigned property, or the statement
    removed."""
    assignment = innermost_at(text, path, message, ("assignment_expression",))
    if assignment is None:
        return []
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    if left is None or right is None or node_text(left) != node_text(right):
        return []
    data = encode(text)
    found = []
    field = right.child_by_field_name("property") if right.type == "member_expression" else None
    if field is not None and node_text(field) in _bound_before(assignment):
        local = node_text(field)
        found.append(
            Candidate(path, replace_span(data, right.start_byte, right.end_byte, local), message.line,
                      f"assign {node_text(left)} from the local '{local}', not from itself")
        )  # fmt: skip
    statement = assignment.parent
    if statement is not None and statement.type == "expression_statement":
        removed = _without_lines(text, statement)
        if removed is not None:
            found.append(Candidate(path, removed, message.line,
                                   f"remove the self-assignment of {node_text(left)}, which does nothing"))  # fmt: skip
    return found


def _bound_before(node: tree_sitter.Node) -> set[str]:
    """Parameters of the enclosing functions and names declared before `node` in its blocks."""
    names: set[str] = set()
    current = node.parent
    while current is not None:
        if current.type in SCOPES:
            parameters = current.child_by_field_name("parameters") or current.child_by_field_name("parameter")
            for part in walk(parameters) if parameters is not None else ():
                if part.type in ("identifier", "shorthand_property_identifier_pattern"):
                    names.add(node_text(part))
            for child in current.named_children:
                if child.start_byte >= node.start_byte:
                    break
                if child.type in ("lexical_declaration", "variable_declaration"):
                    for declarator in child.named_children:
                        name = declarator.child_by_field_name("name")
                        if name is not None and name.type == "identifier":
                            names.add(node_text(name))
        current = current.parent
    return names


# -- no-dupe-else-if ----------------------------------------------------------------------------------
def dupe_else_if(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """The `else if` branch whose condition repeats an earlier one removed, its own `else` kept."""
    condition = innermost_at(text, path, message, ("parenthesized_expression",))
    branch = condition.parent if condition is not None else None
    outer = branch.parent if branch is not None else None
    if branch is None or branch.type != "if_statement" or outer is None or outer.type != "else_clause":
        return []
    data = encode(text)
    alternative = branch.child_by_field_name("alternative")
    if alternative is not None:
        new = replace_span(data, outer.start_byte, outer.end_byte, node_text(alternative))
    else:
        before = outer.prev_sibling
        if before is None:
            return []
        new = replace_span(data, before.end_byte, outer.end_byte, "")
    return [Candidate(path, new, message.line,
                      f"remove the else-if branch whose condition {node_text(condition)} repeats an earlier one")]  # fmt: skip
