"""CommonJS exports written in an ES module: `module.exports = { a, b }` in a file Node loads as an ES
module ("type": "module", `.mjs`), where `module` does not exist (ESLint: 'module' is not defined;
ReferenceError at load) and the importers cannot be linked ("The requested module './m.js' does not
provide an export named 'a'"). Node's ESM semantics (nodejs.org/api/esm.html, "No require, exports,
module.exports"): the module's interface is its `export` declarations, so the object's names are
exported as an export list (`export { a, b };`, `key: local` as `local as key`), and a single value
(`module.exports = f;`) as the default export.
"""

from __future__ import annotations

import posixpath
import re

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse


def esm_export_candidates(text: str, path: str) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for statement, expression in _top_level_assignments(tree):
        left, right = expression.child_by_field_name("left"), expression.child_by_field_name("right")
        if left is None or right is None or node_text(left) != "module.exports":
            continue
        if right.type == "object":
            listed = _export_list(right)
            if listed is None:
                continue
            written = f"export {{ {', '.join(listed)} }};"
        elif right.type == "identifier":
            written = f"export default {node_text(right)};"
        else:
            continue
        found.append(
            Candidate(path, replace_span(data, statement.start_byte, statement.end_byte, written),
                      statement.start_point.row + 1, f"export as an ES module does: {written}")
        )  # fmt: skip
    return found


def _top_level_assignments(tree):
    """(statement, assignment) for each top-level statement that is an assignment expression: where a
    CommonJS module sets what it exports."""
    for statement in tree.root_node.named_children:
        expression = statement.named_children[0] if statement.type == "expression_statement" else None
        if expression is not None and expression.type == "assignment_expression":
            yield statement, expression


def _export_list(value) -> list[str] | None:
    """`{ a, b: c }` → ['a', 'c as b']; None when a value is not a plain name."""
    listed = []
    for member in value.named_children:
        if member.type == "comment":
            continue
        if member.type == "shorthand_property_identifier":
            listed.append(node_text(member))
            continue
        key, local = member.child_by_field_name("key"), member.child_by_field_name("value")
        if member.type != "pair" or key is None or local is None or local.type != "identifier":
            return None
        name = node_text(key).strip("'\"")
        listed.append(node_text(local) if name == node_text(local) else f"{node_text(local)} as {name}")
    return listed or None


# Round 46 (npm20): `exports = { a, b }` in a CommonJS module. Node wraps a module in a function whose
# parameter `exports` starts as `module.exports` (nodejs.org/api/modules.html, "exports shortcut":
# "When the module.exports property is being completely replaced by a new object, it is common to also
# reassign exports … [assigning exports alone] does not export"); assigning the parameter rebinds a
# local, `require` still returns the empty `module.exports`, and each importer's names are undefined
# ("plainHunt is not a function"). The assignment is made to `module.exports`.
UNBOUND_IMPORT = re.compile(
    r"is not a function|is not a constructor|is not iterable|Cannot read propert(?:y|ies) of undefined"
    r"|Cannot destructure"
)
REQUIRED = re.compile(r"""\brequire\(\s*(['"])(\.{1,2}/[^'"]+)\1\s*\)""")
DECLARED = re.compile(r"\b(?:var|let|const|function|class)\s+exports\b")
MAX_MODULES = 40
# At most this many assignments edited per module, and candidates per failure (each copies its file:
# round 46's review, 15,000 candidates of a 1 MB module took two minutes).
MAX_SITES, MAX_CANDIDATES = 2, 8
SUFFIXES = ("", ".js", ".cjs", "/index.js", "/index.cjs")


def module_exports_candidates(sources: dict[str, str], *, file: str, message: str) -> list[Candidate]:
    """`exports = x` made `module.exports = x` in `file` and the modules it requires, nearest first
    (through re-exporting modules, at most MAX_MODULES)."""
    if not UNBOUND_IMPORT.search(message) or file not in sources:
        return []
    modules, at = [file], 0
    while at < len(modules) and len(modules) < MAX_MODULES:
        current = modules[at]
        at += 1
        folder = posixpath.dirname(current)
        for match in REQUIRED.finditer(sources[current]):
            base = posixpath.normpath(posixpath.join(folder, match.group(2)))
            found = next((base + s for s in SUFFIXES if base + s in sources), None)
            if found is not None and found not in modules:
                modules.append(found)
    candidates = []
    for module in modules:
        candidates += _local_exports(sources[module], module)
        if len(candidates) >= MAX_CANDIDATES:
            break
    return candidates[:MAX_CANDIDATES]


def _local_exports(text: str, path: str) -> list[Candidate]:
    if "exports" not in text or path.endswith(".mjs") or DECLARED.search(text):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for _statement, expression in _top_level_assignments(tree):
        left = expression.child_by_field_name("left")
        if left is None or left.type != "identifier" or node_text(left) != "exports":
            continue
        if _assigns_module_exports(expression.child_by_field_name("right")):
            continue  # `exports = module.exports = x`: the idiom that keeps both the same object
        new = replace_span(data, left.start_byte, left.end_byte, "module.exports")
        found.append(
            Candidate(path, new, left.start_point.row + 1,
                      "export through module.exports: assigning exports only rebinds a local")
        )  # fmt: skip
        if len(found) >= MAX_SITES:
            break
    return found


def _assigns_module_exports(value) -> bool:
    """The value is (a chain of assignments ending in) an assignment to `module.exports`."""
    while value is not None and value.type == "parenthesized_expression" and value.named_children:
        value = value.named_children[0]
    while value is not None and value.type == "assignment_expression":
        left = value.child_by_field_name("left")
        if left is not None and node_text(left).replace(" ", "") == "module.exports":
            return True
        value = value.child_by_field_name("right")
    return False
