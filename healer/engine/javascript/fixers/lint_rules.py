"""LINTING templates for three ESLint core rules that offer neither a fix nor a suggestion, each the
edit the rule's documentation describes (eslint.org/docs/latest/rules/<rule>):

- no-sparse-arrays ("Disallow sparse arrays": `[a, , b]`'s empty slot is "confusing", usually a
  doubled comma): the hole dropped (`[a, b]`), then written out as the `undefined` it reads as
  (the same length and indices);
- no-control-regex ("Disallow control characters in regular expressions", U+0000-U+001F): a class
  that is exactly a control range from U+0000 (`[\\x00-\\x1f]`) is written as its complement over
  the remaining code units, `[^\\x20-\\uffff]` (the same set without the `u` flag, where every unit is
  at most U+FFFF), then as the Unicode category `\\p{Cc}` with the `u` flag (the control characters
  by name; it also holds U+007F-U+009F);
- no-async-promise-executor ("Disallow using an async function as a Promise executor": what it
  throws is lost and the promise never settles): the executor made synchronous when it awaits
  nothing, else its async body run in an async function whose rejection rejects the promise
  (`(async () => body)().catch(reject)`), so nothing is swallowed.

The candidates are validated like every LINTING candidate (ESLint re-run, then the tests).
"""

from __future__ import annotations

import re

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, parse, walk

CONTROL_RANGE = re.compile(
    r"\[\\(?:x00|u0000)-\\(?:x(?P<x>1[0-9a-fA-F]|0[0-9a-fA-F])|u00(?P<u>1[0-9a-fA-F]|0[0-9a-fA-F]))\]"
)
FUNCTIONS = ("arrow_function", "function_expression", "function")


def rule_candidates(text: str, path: str, *, message: EslintMessage) -> list[Candidate]:
    """The rule's template's candidates (unparsed), none for another rule."""
    rule = message.rule.split("/")[-1]
    template = {
        "no-sparse-arrays": _holes,
        "no-control-regex": _control_class,
        "no-async-promise-executor": _async_executor,
    }.get(rule)
    if template is None:
        return []
    tree = parse(text, path)
    return template(encode(text), tree.root_node, path, message) if tree is not None else []


def _at_line(root, line: int, types: tuple[str, ...]) -> list:
    return [n for n in walk(root) if n.type in types and n.start_point.row == line - 1]


def _holes(data: bytes, root, path: str, message: EslintMessage) -> list[Candidate]:
    found = []
    for array in _at_line(root, message.line, ("array",)):
        children = array.children
        # A hole is a comma right after `[` or after another comma (ECMAScript's Elision).
        holes = [
            c
            for i, c in enumerate(children)
            if c.type == "," and i > 0 and children[i - 1].type in ("[", ",")
        ]
        if not holes:
            continue
        dropped, filled = data, data
        for comma in sorted(holes, key=lambda c: c.start_byte, reverse=True):
            previous = comma.prev_sibling
            # `[a, , b]`: from the end of the comma before the hole to the end of its own comma.
            dropped = dropped[: previous.end_byte] + dropped[comma.end_byte :]
            filled = filled[: comma.start_byte] + b"undefined," + filled[comma.end_byte :]
        found.append(Candidate(path, dropped.decode("utf-8", errors="surrogateescape"), message.line,
                               "drop the empty slot of the sparse array"))  # fmt: skip
        found.append(Candidate(path, filled.decode("utf-8", errors="surrogateescape"), message.line,
                               "write the sparse array's empty slot as undefined"))  # fmt: skip
        break
    return found


def _control_class(data: bytes, root, path: str, message: EslintMessage) -> list[Candidate]:
    found = []
    for regex in _at_line(root, message.line, ("regex",)):
        pattern = regex.child_by_field_name("pattern")
        flags = regex.child_by_field_name("flags")
        if pattern is None:
            continue
        written = node_text(pattern)
        flag_text = node_text(flags) if flags is not None else ""
        match = CONTROL_RANGE.search(written)
        if match is None:
            continue
        upper = int(match["x"] or match["u"], 16)
        if "u" not in flag_text and "v" not in flag_text and upper == 0x1F:
            exact = written[: match.start()] + "[^\\x20-\\uffff]" + written[match.end() :]
            found.append(Candidate(path, replace_span(data, pattern.start_byte, pattern.end_byte, exact),
                                   message.line, "match the control characters as all but U+0020-U+FFFF"))  # fmt: skip
        if upper == 0x1F and "v" not in flag_text:
            named = written[: match.start()] + "\\p{Cc}" + written[match.end() :]
            new_flags = flag_text if "u" in flag_text else flag_text + "u"
            literal = f"/{named}/{new_flags}"
            found.append(Candidate(path, replace_span(data, regex.start_byte, regex.end_byte, literal),
                                   message.line, "name the control characters by their category, \\p{Cc}"))  # fmt: skip
    return found


def _async_executor(data: bytes, root, path: str, message: EslintMessage) -> list[Candidate]:
    found = []
    for new in _at_line(root, message.line, ("new_expression",)):
        constructor, arguments = new.child_by_field_name("constructor"), new.child_by_field_name("arguments")
        if constructor is None or node_text(constructor) != "Promise" or arguments is None:
            continue
        executor = arguments.named_children[0] if arguments.named_children else None
        if executor is None or executor.type not in FUNCTIONS:
            continue
        keyword = next((c for c in executor.children if c.type == "async"), None)
        if keyword is None:
            continue
        body = executor.child_by_field_name("body")
        awaits = body is not None and any(
            n.type == "await_expression" for n in walk(body) if _own(n, executor)
        )
        if not awaits:
            end = keyword.end_byte + (1 if data[keyword.end_byte : keyword.end_byte + 1] == b" " else 0)
            found.append(Candidate(path, replace_span(data, keyword.start_byte, end, ""), message.line,
                                   "make the Promise executor synchronous: it awaits nothing"))  # fmt: skip
            continue
        candidate = _async_body_caught(data, path, message.line, executor, body)
        if candidate is not None:
            found.append(candidate)
    return found


def _own(node, function) -> bool:
    """The node belongs to `function` itself, not to a function nested in it."""
    current = node.parent
    while current is not None and current != function:
        if current.type in FUNCTIONS or current.type in ("function_declaration", "method_definition"):
            return False
        current = current.parent
    return True


def _async_body_caught(data: bytes, path: str, line: int, executor, body) -> Candidate | None:
    parameters = executor.child_by_field_name("parameters") or executor.child_by_field_name("parameter")
    if parameters is None:
        return None
    names = (
        [node_text(p) for p in parameters.named_children]
        if parameters.type == "formal_parameters"
        else [node_text(parameters)]
    )
    if not names or not all(re.fullmatch(r"[\w$]+", n) for n in names):
        return None  # destructured or defaulted parameters: not the two functions a Promise passes
    reject = names[1] if len(names) > 1 else "reject"
    written = f"({names[0]}, {reject}) => {{ (async () => {node_text(body)})().catch({reject}); }}"
    return Candidate(path, replace_span(data, executor.start_byte, executor.end_byte, written), line,
                     f"run the executor's awaits in an async function whose rejection calls {reject}")  # fmt: skip
