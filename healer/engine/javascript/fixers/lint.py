"""LINTING (and indent-rule INDENTATION) candidates: ESLint's own fix edits, validated like any other.

ESLint gives a `fix` for auto-fixable rules and `suggestions` for the others (for
example removing an unused variable, `===` for `==`). Both are offered as they
are. An unused variable or import without a suggestion is removed from its
declaration here, with the same shape of edit ESLint would make.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping

from healer.engine.javascript.fixers.base import Candidate, line_bounds, parsing, replace_span
from healer.engine.javascript.fixers.lint_exports import exported_candidates, importers_of
from healer.engine.javascript.fixers.lint_kinds import finding_point
from healer.engine.javascript.fixers.lint_operators import awaited_then
from healer.engine.javascript.fixers.lint_problems import problem_candidates
from healer.engine.javascript.fixers.lint_rules import rule_candidates
from healer.engine.javascript.lint import EslintMessage, apply_text_edit
from healer.engine.javascript.syntax import encode, node_text, parse, walk

UNUSED = re.compile(r"^'(?P<name>[\w$]+)' is (?:defined|assigned a value) but never used")
RULE_WORDS = {
    "prefer-const": "declare it with const",
    "no-var": "declare it with let/const instead of var",
    "eqeqeq": "compare with === / !==",
    "semi": "add the missing semicolon",
    "quotes": "use the configured quotes",
    "indent": "re-indent the line",
}


def eslint_candidates(
    text: str,
    path: str,
    *,
    message: EslintMessage,
    sources: Mapping[str, str] | None = None,
    files: Collection[str] = (),
) -> list[Candidate]:
    """`sources`/`files`: the project's other modules, for findings one file cannot judge (an unused
    declaration another module imports is exported, never removed: lint_exports)."""
    unused = UNUSED.match(message.message) if message.rule.endswith("no-unused-vars") else None
    if unused and sources and importers_of(path, name=unused["name"], sources=sources, files=files):
        return parsing(exported_candidates(text, path, name=unused["name"], line=message.line),
                       original=text, path=path)  # fmt: skip
    generated = []
    if message.fix is not None:
        new = apply_text_edit(text, message.fix)
        if new is not None:
            generated.append(Candidate(path, new, message.line, _describe(message)))
    if message.rule.endswith("require-await") and message.fix is None:
        # The chain awaited, before the rule's own suggestion (remove `async`): lint_operators.
        generated += awaited_then(text, path, message)
    for suggestion in message.suggestions:
        new = apply_text_edit(text, suggestion.edit)
        if new is not None:
            generated.append(Candidate(path, _drop_emptied_line(text, new, message.line), message.line,
                                       _sentence(suggestion.description)))  # fmt: skip
    if message.rule.endswith("no-unused-vars") and not generated:
        match = UNUSED.match(message.message)
        if match:
            generated += _remove_unused(text, path, match["name"], message.line)
    if message.rule.endswith("no-cond-assign") and not generated:
        generated += _condition_assignment(text, path, message)
    if message.rule.split("/")[-1] in STATEMENT_RULES and not generated:
        generated += _side_effect_statement_removed(text, path, message)
    if message.rule.endswith("no-dupe-keys") and not generated:
        generated += _duplicate_key_removed(text, path, message)
    if message.rule.endswith("valid-typeof") and not generated:
        generated += _typeof_value_spelt(text, path, message)
    if message.rule.endswith("no-fallthrough") and not generated:
        generated += _fallthrough_ended(text, path, message)
    if not generated:
        # A "possible problems" core rule without fix or suggestion: its rule-keyed template.
        generated += problem_candidates(text, path, message=message)
    if not generated:
        # no-sparse-arrays, no-control-regex, no-async-promise-executor: their rule-keyed templates.
        generated += rule_candidates(text, path, message=message)
    return parsing(generated, original=text, path=path)


# What `typeof` can give (ECMAScript's table); valid-typeof flags any other string compared with it.
TYPEOF_RESULTS = ("undefined", "object", "boolean", "number", "string", "function", "symbol", "bigint")


def _typeof_value_spelt(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """`typeof x === 'strnig'` (valid-typeof, at the string): the result names `typeof` can give
    that are closest to the misspelt one, closest first (a name typo, as for identifiers)."""
    node = _node_at(text, path, message, ("string",))
    if node is None:
        return []
    quoted = node_text(node)
    written = quoted[1:-1]
    data = encode(text)
    return [
        Candidate(
            path,
            replace_span(data, node.start_byte, node.end_byte, quoted[0] + better + quoted[-1]),
            message.line,
            f"compare typeof with '{better}'",
        )
        for better in difflib.get_close_matches(written.lower(), TYPEOF_RESULTS, n=3, cutoff=0.5)
        if better != written
    ]


def _fallthrough_ended(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """`case 'paused': ...` running on into `case 'done':` (no-fallthrough, at the case fallen
    into): the case before it gets an end of its own after its last statement. When the switch's
    other cases end by returning their own label (a state machine staying where it is), that return
    goes first, then `break;` (the statement the rule asks for)."""
    reached = _node_at(text, path, message, ("switch_case", "switch_default"))
    body = reached.parent if reached is not None else None
    if body is None or reached.start_point.row != message.line - 1:
        return []
    cases = [c for c in body.named_children if c.type in ("switch_case", "switch_default")]
    index = cases.index(reached) if reached in cases else 0
    falling = cases[index - 1] if index else None
    statements = _case_statements(falling) if falling is not None else []
    if not statements:
        return []
    last = statements[-1]
    indent = text.split("\n")[last.start_point.row][: last.start_point.column]
    ends = []
    label = falling.child_by_field_name("value")
    if label is not None and any(_returns_own_label(c) for c in cases if c is not falling):
        ends.append((f"return {node_text(label)};", f"end the case with return {node_text(label)}"))
    ends.append(("break;", "end the case with break"))
    data = encode(text)
    return [
        Candidate(
            path, replace_span(data, last.end_byte, last.end_byte, f"\n{indent}{end}"), message.line, what
        )
        for end, what in ends
    ]


def _case_statements(case) -> list:
    value = case.child_by_field_name("value")
    return [c for c in case.named_children if c is not value and c.type != "comment"]


def _returns_own_label(case) -> bool:
    """The case's last statement returns its own label, alone or as one branch of a conditional."""
    label = case.child_by_field_name("value")
    statements = _case_statements(case)
    if label is None or not statements or statements[-1].type != "return_statement":
        return False
    returned = statements[-1].named_children[0] if statements[-1].named_children else None
    if returned is not None and returned.type == "ternary_expression":
        branches = [returned.child_by_field_name(f) for f in ("consequence", "alternative")]
    else:
        branches = [returned]
    return any(b is not None and node_text(b) == node_text(label) for b in branches)


def _duplicate_key_removed(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """`{ FR: 'europe', ..., FR: 'europe' }` (no-dupe-keys, at the later key): one of the two goes
    (GenProg's delete operator). The later one wins at run time, so removing the earlier keeps
    what the code does and goes first, unless both say the same (then the flagged one, where the
    finding is)."""
    flagged = _node_at(text, path, message, ("pair",))
    owner = flagged.parent if flagged is not None else None
    key = flagged.child_by_field_name("key") if flagged is not None else None
    if owner is None or key is None or owner.type != "object":
        return []
    same = [
        p
        for p in owner.named_children
        if p.type == "pair" and p.child_by_field_name("key") is not None
        and _key_name(p.child_by_field_name("key")) == _key_name(key)
    ]  # fmt: skip
    earlier = [p for p in same if p.start_byte < flagged.start_byte]
    if not earlier:
        return []
    first = earlier[-1]
    equal = node_text(first.child_by_field_name("value")) == node_text(flagged.child_by_field_name("value"))
    order = [flagged, first] if equal else [first, flagged]
    found = []
    for pair in order:
        new = _without_member(text, pair)
        if new is not None:
            which = "the later" if pair is flagged else "the earlier"
            found.append(
                Candidate(
                    path, new, pair.start_point.row + 1, f"remove {which} duplicate key {node_text(key)}"
                )
            )
    return found


def _key_name(key) -> str:
    return node_text(key).strip("'\"")


def _without_member(text: str, member) -> str | None:
    """The object member removed with its comma: its whole line when it has the line to itself."""
    data = encode(text)
    end = member.end_byte
    after = member.next_sibling
    if after is not None and after.type == ",":
        end = after.end_byte
    lines = text.split("\n")
    row, last = member.start_point.row, member.end_point.row
    rest = data[end : data.find(b"\n", end) if data.find(b"\n", end) >= 0 else len(data)].decode(
        "utf-8", errors="surrogateescape"
    )
    before = lines[row][: member.start_point.column]
    if not before.strip() and not rest.strip():
        return "\n".join([*lines[:row], *lines[last + 1 :]])
    start = member.start_byte
    if after is not None and after.type == ",":
        end += len(data[end:]) - len(data[end:].lstrip(b" "))  # `{ x: 1, y: 2 }` → `{ y: 2 }`
    elif member.prev_sibling is not None and member.prev_sibling.type == ",":
        start = member.prev_sibling.start_byte  # the last member: its comma is the one before it
    return replace_span(data, start, end, "")


# Rules that forbid a kind of statement outright (debugging output and stops): the statement is the finding.
STATEMENT_RULES = frozenset({"no-console", "no-debugger", "no-alert"})


def _node_at(text: str, path: str, message: EslintMessage, types: tuple[str, ...]):
    """The smallest node of one of `types` that holds the finding's start."""
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return None
    row, column = finding_point(encode(text), message)
    found = None
    for node in walk(tree.root_node):
        if node.type in types and node.start_point <= (row, column) and (row, column) < node.end_point:
            found = node  # document order visits parents first: the last one is the innermost
    return found


def _condition_assignment(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """An assignment used as a condition (`while (m = re.exec(s))`): compare its value explicitly,
    or mark it as meant with the extra parentheses the rule's default mode accepts."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    row = message.line - 1
    assignments = [
        n for n in walk(tree.root_node)
        if n.type == "assignment_expression" and n.start_point.row == row
        and n.parent is not None and n.parent.type == "parenthesized_expression"
    ]  # fmt: skip
    found = []
    for node in assignments:
        assigned = node_text(node)
        for replacement, what in (
            (f"({assigned}) !== null", "compare the assignment with null"),
            (f"({assigned}) !== undefined", "compare the assignment with undefined"),
            (f"({assigned})", "wrap the assignment in parentheses"),
        ):
            found.append(
                Candidate(
                    path, replace_span(data, node.start_byte, node.end_byte, replacement), message.line, what
                )
            )
    return found


def _side_effect_statement_removed(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """A rule that forbids a statement kind (STATEMENT_RULES) and offers neither fix nor suggestion:
    removing that statement (GenProg's delete operator) is the edit; a call statement or
    `debugger` only, nothing whose value the code keeps."""
    node = _node_at(text, path, message, ("expression_statement", "debugger_statement"))
    if node is None:
        return []
    if node.type == "expression_statement":
        expression = node.named_children[0] if node.named_children else None
        if expression is None or expression.type != "call_expression":
            return []
    lines = text.split("\n")
    first, last = node.start_point.row, node.end_point.row
    whole = " ".join(lines[first : last + 1]).strip()
    if whole != node_text(node).replace("\n", " ").strip():
        return []  # the statement shares its lines with other code
    new = "\n".join([*lines[:first], *lines[last + 1 :]])
    return [Candidate(path, new, message.line, f"remove the statement ({message.rule})")]


def _drop_emptied_line(old: str, new: str, line: int) -> str:
    """A removal that leaves its line blank (ESLint removes the statement, not the line) drops the line."""
    before, after = old.split("\n"), new.split("\n")
    index = line - 1
    if (
        len(before) == len(after)
        and 0 <= index < len(after)
        and before[index].strip()
        and not after[index].strip()
    ):
        return "\n".join(after[:index] + after[index + 1 :])
    return new


def _describe(message: EslintMessage) -> str:
    words = RULE_WORDS.get(message.rule.split("/")[-1])
    return words or f"apply ESLint's fix for {message.rule}"


def _sentence(description: str) -> str:
    text = description.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text else "apply ESLint's suggestion"


def _remove_unused(text: str, path: str, name: str, line: int) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for node in walk(tree.root_node):
        if node.start_point.row != line - 1 or node_text(node) != name or node.type != "identifier":
            continue
        parent = node.parent
        if parent is not None and parent.type == "import_specifier":
            found.append(_without_specifier(data, path, parent, name, line))
        elif parent is not None and parent.type in ("import_clause", "namespace_import"):
            statement = parent.parent if parent.type == "import_clause" else parent.parent.parent
            alone = statement is not None and node_text(statement).count(",") == 0
            if alone and statement.type == "import_statement":
                found.append(_without_statement(text, path, statement, name, line, what="import"))
        elif parent is not None and parent.type == "catch_clause":
            # `catch (error) {` → `catch {`: the optional catch binding (ES2019) binds nothing.
            body = parent.child_by_field_name("body")
            keyword = parent.children[0] if parent.children else None
            if body is not None and keyword is not None and keyword.type == "catch":
                new = replace_span(data, keyword.end_byte, body.start_byte, " ")
                found.append(Candidate(path, new, line, f"drop the unused binding '{name}' of the catch"))
        elif parent is not None and parent.type == "variable_declarator":
            statement = parent.parent
            if (
                statement is not None
                and len([c for c in statement.children if c.type == "variable_declarator"]) == 1
            ):
                found.append(_without_statement(text, path, statement, name, line))
    return [c for c in found if c is not None]


def _without_specifier(data: bytes, path: str, specifier, name: str, line: int) -> Candidate | None:
    named = specifier.parent
    siblings = [c for c in named.children if c.type == "import_specifier"] if named is not None else []
    if len(siblings) > 1:
        index = siblings.index(specifier)
        start = siblings[index - 1].end_byte if index else specifier.start_byte
        end = specifier.end_byte if index else siblings[1].start_byte
        return Candidate(path, replace_span(data, start, end, ""), line, f"remove the unused import '{name}'")
    statement = named.parent.parent if named is not None and named.parent is not None else None
    if statement is None or statement.type != "import_statement":
        return None
    text = data.decode("utf-8", errors="surrogateescape")
    return _without_statement(text, path, statement, name, line, what="import")


def _without_statement(
    text: str, path: str, statement, name: str, line: int, what: str = "variable"
) -> Candidate | None:
    first, last = statement.start_point.row + 1, statement.end_point.row + 1
    start, end = line_bounds(text, first), line_bounds(text, last)
    if start is None or end is None:
        return None
    lines = text.split("\n")
    only_statement = lines[first - 1].strip() == node_text(statement).split("\n")[0].strip()
    if not only_statement:
        return None
    new = "\n".join([*lines[: first - 1], *lines[last:]])
    return Candidate(path, new, line, f"remove the unused {what} '{name}'")
