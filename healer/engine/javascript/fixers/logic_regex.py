"""LOGIC families from the grammar of ECMAScript regular expressions (round 43), kept apart from `logic.py`'s.

`logic._anchors` and `logic._flags` add a missing anchor or the `g` flag; the older dev keys that stayed
out of the LOGIC space held regular expressions wrong by the pattern grammar's own rules instead, the
regex-repair literature's structural edits (RFixer, Pan et al., OOPSLA 2019: grouping and flags as
edit operators besides the character-level ones). Each family applies one rule wherever it matches:

- `grouped_alternations`: `|` binds loosest in a pattern (ECMA-262 22.2.1, Disjunction above
  Alternative), so in `/^GB|IE$/` the `^` anchors only the first alternative and the `$` only the
  last: `GB-anything` and `anything-IE` match. The alternatives grouped inside the anchors,
  `/^(GB|IE)$/` (or `(?:...)`). Not offered on a `g` pattern, where `/^\\s+|\\s+$/g` (a trim) means
  exactly that.
- `split_captures`: `split` splices every capturing group's match into its result
  (ECMA-262 String.prototype.split / RegExp.prototype[@@split]), so `split(/\\s*(,|;)\\s*/)` returns the
  separators between the fields: the groups made non-capturing, `(?:...)`.
- `missing_flags`: `.` matches no line terminator without the `s` flag, and `^`/`$` match only at the
  ends of the input without `m` (ECMA-262 22.2.2, dotAll and multiline): a pattern with a `.` outside a
  class gets `s`, one with an anchor gets `m`.

Regular expression literals only: a pattern built with `new RegExp(...)` is left to `logic._anchors`.
"""

from __future__ import annotations

from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import node_text


def _regexes(nodes) -> Iterator[tuple[object, object, str]]:
    """(regex node, its pattern node, its flags) for each regular expression literal among `nodes`."""
    for node in nodes:
        if node.type != "regex":
            continue
        pattern = node.child_by_field_name("pattern")
        flags = next((c for c in node.children if c.type == "regex_flags"), None)
        if pattern is not None:
            yield node, pattern, node_text(flags) if flags is not None else ""


def _top_level(body: str) -> Iterator[tuple[int, str]]:
    """(index, character) of the pattern's characters outside any group, class or escape."""
    depth, in_class, escaped = 0, False, False
    for index, char in enumerate(body):
        if escaped:
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            yield index, char


def outside_classes(body: str) -> Iterator[tuple[int, str]]:
    """(index, character) of the pattern's unescaped characters outside a character class (the
    escapes' backslashes and the classes' brackets left out); logic_library's regex edits read it too."""
    in_class, escaped = False, False
    for index, char in enumerate(body):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            yield index, char


def grouped_alternations(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`/^A|B$/` -> `/^(A|B)$/` and `/^(?:A|B)$/`: the anchors bind to the end alternatives only."""
    for _, pattern, flags in _regexes(nodes):
        body = node_text(pattern)
        if "g" in flags or not (body.startswith("^") or (body.endswith("$") and not body.endswith("\\$"))):
            continue
        if not any(char == "|" for _, char in _top_level(body)):
            continue
        start = 1 if body.startswith("^") else 0
        end = len(body) - 1 if body.endswith("$") and not body.endswith("\\$") else len(body)
        inner = body[start:end]
        for opening, what in (("(", "a group"), ("(?:", "a non-capturing group")):
            new = f"{body[:start]}{opening}{inner}){body[end:]}"
            yield (
                replace_span(data, pattern.start_byte, pattern.end_byte, new),
                f"group the alternatives inside the anchors with {what}: '|' binds loosest",
            )


def split_captures(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`split(/a(,|;)b/)` -> `split(/a(?:,|;)b/)`: split puts each capturing group's match in its result."""
    for node, pattern, _ in _regexes(nodes):
        arguments = node.parent
        call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
        if call is None or call.type != "call_expression" or arguments.named_children[:1] != [node]:
            continue
        callee = call.child_by_field_name("function")
        prop = (
            callee.child_by_field_name("property")
            if callee is not None and callee.type == "member_expression"
            else None
        )
        if prop is None or node_text(prop) != "split":
            continue
        body = node_text(pattern)
        # A capturing group opens with an unescaped `(` outside a class not followed by `?`.
        opens = [i for i, char in outside_classes(body) if char == "(" and body[i + 1 : i + 2] != "?"]
        if not opens:
            continue
        new = "".join(f"{char}?:" if i in opens else char for i, char in enumerate(body))
        yield (
            replace_span(data, pattern.start_byte, pattern.end_byte, new),
            "make the split pattern's groups non-capturing: split returns what groups capture",
        )


def missing_flags(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """The `s` flag for a pattern with `.`, the `m` flag for one with `^` or `$`, where missing."""
    for node, pattern, flags in _regexes(nodes):
        body = node_text(pattern)
        chars = {char for _, char in outside_classes(body)}
        flag_node = next((c for c in node.children if c.type == "regex_flags"), None)
        at = flag_node.end_byte if flag_node is not None else node.end_byte
        if "." in chars and "s" not in flags:
            yield replace_span(data, at, at, "s"), "add the 's' flag: '.' matches no line break without it"
        if chars & {"^", "$"} and "m" not in flags:
            yield replace_span(data, at, at, "m"), "add the 'm' flag: '^' and '$' match at each line with it"


FAMILIES = (grouped_alternations, split_captures)
# A missing flag is weaker evidence (most patterns with `.` or `^` never see a line break): its edits come
# after every other edit of the line (logic.logic_candidates), so no dev key already reached moves down
# (two did, d211 1 -> 3 and d213 7 -> 8, while the flags were among the rounds).
LATE_FAMILIES = (missing_flags,)
