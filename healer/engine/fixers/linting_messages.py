"""Which name in scope a `.format` call short of a positional argument meant, by the module's other messages.

F524 (`"_WordCount {} is too small for {} bitset".format(count)`): the value the message lacks is most
often one the code already has, and the module's other messages say which, since a codebase words its
messages alike: an f-string field or `.format` argument written beside the same word as the missing
field (`f"invalid {enum_type} bitset member"`, `f"... for {enum_type}"`), or a name the same function's
other messages show (`f"Unknown operator: {op}"` beside `"... with {}".format(a, b)`). That is the
"missing argument whose value is in scope" repair (PyTER's and CodePhage's transplant of in-scope values,
ranked by their context), with the context read from the code's own messages; a name no message shows
gets no evidence, and dropping the field stays the repair of last resort. Round 55 (r358, r363).
"""

from __future__ import annotations

import ast
import re
import string

WORD = re.compile(r"[A-Za-z]\w*")
# A field written beside the same word as the missing one (on either side), against a name the
# enclosing function's other messages show anywhere.
BESIDE_WORD = 2
IN_FUNCTION = 1


def _last_word(text: str) -> str | None:
    words = WORD.findall(text)
    return words[-1].lower() if words else None


def _first_word(text: str) -> str | None:
    words = WORD.findall(text)
    return words[0].lower() if words else None


def field_words(literal: str, missing: set[int]) -> list[tuple[str | None, str | None]]:
    """(word before, word after) each positional field whose index is in `missing` is written
    between, read from the literal's own text; [] when the literal cannot be parsed."""
    try:
        parts = list(string.Formatter().parse(literal))
    except ValueError:
        return []
    found: list[tuple[str | None, str | None]] = []
    automatic = 0
    for position, (text, field, _, _) in enumerate(parts):
        if field is None:
            continue
        head = re.match(r"\d*", field).group(0)
        if head == "" and field[:1] not in ("", ".", "["):
            continue  # a named field
        index = automatic if head == "" else int(head)
        automatic += head == ""
        if index not in missing:
            continue
        after = parts[position + 1][0] if position + 1 < len(parts) else ""
        found.append((_last_word(text), _first_word(after)))
    return found


def _neighbours(node: ast.JoinedStr) -> list[tuple[str, str | None, str | None]]:
    """(name, word before, word after) of each f-string field that is a bare name."""
    values = node.values
    found: list[tuple[str, str | None, str | None]] = []
    for position, value in enumerate(values):
        if not (isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name)):
            continue
        before = values[position - 1] if position else None
        after = values[position + 1] if position + 1 < len(values) else None
        found.append(
            (
                value.value.id,
                _last_word(before.value) if isinstance(before, ast.Constant) else None,
                _first_word(after.value) if isinstance(after, ast.Constant) else None,
            )
        )
    return found


def _format_neighbours(node: ast.Call) -> list[tuple[str, str | None, str | None]]:
    """The same for a `"literal".format(name, ...)` call's automatically numbered fields."""
    if not (
        isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return []
    arguments = [a.id if isinstance(a, ast.Name) else None for a in node.args]
    found: list[tuple[str, str | None, str | None]] = []
    for index, name in enumerate(arguments):
        if name is None:
            continue
        for before, after in field_words(node.func.value.value, {index}):
            found.append((name, before, after))
    return found


def message_evidence(tree: ast.Module, call: ast.Call, names: list[str], missing: set[int]) -> dict[str, int]:
    """Score of each of `names` (in scope, not passed) as the value of the call's missing fields;
    only names with evidence are keys."""
    literal = call.func.value.value if isinstance(call.func, ast.Attribute) else None
    if not isinstance(literal, str) or not names:
        return {}
    # A bare `{}` has no words beside it: only the function's other messages can speak for it.
    spots = field_words(literal, missing)
    befores = {b for b, _ in spots if b}
    afters = {a for _, a in spots if a}
    functions = [
        f
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        and f.lineno <= call.lineno <= (f.end_lineno or f.lineno)
    ]
    function = max(functions, key=lambda f: f.lineno, default=None)
    inside = {id(n) for n in ast.walk(function)} if function is not None else set()
    candidates = set(names)
    scores: dict[str, int] = {}
    for node in ast.walk(tree):
        if node is call:
            continue
        if isinstance(node, ast.JoinedStr):
            shown = _neighbours(node)
        elif isinstance(node, ast.Call):
            shown = _format_neighbours(node)
        else:
            continue
        for name, before, after in shown:
            if name not in candidates:
                continue
            score = BESIDE_WORD * (
                (before is not None and before in befores) + (after is not None and after in afters)
            )
            if id(node) in inside:
                score += IN_FUNCTION
            if score:
                scores[name] = scores.get(name, 0) + score
    return scores


def shown_names(tree: ast.Module, skip: ast.AST) -> set[str]:
    """The bare names the module's other messages show (f-string fields, `"...".format(name)`): a
    value a message of the module shows is evidence it belongs in a message; `skip` is the one
    being repaired."""
    shown: set[str] = set()
    for node in ast.walk(tree):
        if node is skip:
            continue
        if isinstance(node, ast.JoinedStr):
            shown.update(name for name, _, _ in _neighbours(node))
        elif isinstance(node, ast.Call):
            shown.update(name for name, _, _ in _format_neighbours(node))
    return shown
