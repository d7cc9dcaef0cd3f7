"""More LOGIC edit families: a literal off by a digit, a state value, a slice's missing end, a regex group.

Each family is one generic template of the repair literature, applied as an AST-located splice like
`logic_templates` (every byte outside the edited span stays as it was):

- a number literal that lost or gained a digit (`s / 360` for `s / 3600`): TBar's "mutate literal
  expression" (FP9, Liu et al., ISSTA 2019) with the value scaled by ten, the slip of typing a number;
- a string value assigned to a state (`self.state = "M"`) or compared with it, replaced by another
  value the file assigns to or compares with the same target: the ingredients come from the file
  itself (the redundancy assumption of GenProg and ssFix: Le Goues et al., TSE 2012; Xin & Reiss,
  ASE 2017), a state machine's wrong switch;
- a slice with one side that should have its mirror (`v[1:]` for `v[1:-1]`, stripping both
  delimiters): the slice-bound operators of ITER (Ye & Monperrus, ICSE 2024) and PraPR's
  argument mutators (Ghanbari et al., ISSTA 2019);
- a regular expression given to `re.*` whose pattern lost its capturing group (`re.split(r'\\W', s)`
  drops the separators `r'(\\W)'` keeps) or whose character class lost a character that the same
  function spells as a one-character literal (`[\\']` beside `"!" + match.group(0)`);
- a factor applied to the last term of a sum instead of the whole sum (`h * 60 + m * 60` for
  `(h * 60 + m) * 60`): parentheses in arithmetic, the "misplaced parentheses" mutator of
  mutation-testing tools for Python (mutmut, cosmic-ray) turned into a repair template.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

from healer.engine.fixers.lineedit import SourceFile, function_at, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# Below the operator swaps (0.7-1.0) and at the level of the other literal and template edits:
# these are rarer slips, but each is the only edit that mends its kind of fault.
DIGIT_PRIOR = 0.3
STATE_PRIOR = 0.45
SLICE_MIRROR_PRIOR = 0.45
REGEX_GROUP_PRIOR = 0.35
REGEX_CLASS_PRIOR = 0.3
REGROUP_PRIOR = 0.35

# The `re` functions whose first argument is a pattern.
RE_FUNCTIONS = frozenset({"split", "sub", "subn", "findall", "finditer", "match", "search", "fullmatch"})
MAX_STATE_VALUES = 6


def family_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Constant) and not isinstance(node.value, bool):
            if isinstance(node.value, int | float):
                found += _digit(sf, sp, line, node)
        elif isinstance(node, ast.Assign | ast.Compare):
            found += _state(sf, sp, line, node)
        elif isinstance(node, ast.Slice):
            found += _slice_mirror(sf, sp, line, node)
        elif isinstance(node, ast.Call):
            found += _regex(sf, sp, line, node)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
            found += _regroup(sf, sp, line, node)
    return found


def _edit(
    sp: Splicer, line: int, node: ast.AST, new: str, description: str, prior: float, kind: str
) -> Rewrite:
    start, end = sp.span(node)
    return Rewrite(line, ((start, end, new),), description, prior, kind)


def _digit(sf: SourceFile, sp: Splicer, line: int, node: ast.Constant) -> list[Rewrite]:
    value = node.value
    if abs(value) < 2 or not float(value).is_integer():
        return []  # 0 and 1 are counts and flags; their edits are the constant mutations of logic.py
    old = sp.text(node)
    if not old.isdigit() and not old.replace(".", "", 1).isdigit():
        return []  # hex, exponents, separators: not a typed run of digits
    values = [value * 10]
    if value % 10 == 0:
        values.append(value // 10 if isinstance(value, int) else value / 10)
    return [
        _edit(sp, line, node, repr(new), f"use {new!r} instead of {old}", DIGIT_PRIOR, "literal")
        for new in values
    ]


def _state_target(node: ast.Assign | ast.Compare) -> tuple[ast.expr, ast.Constant] | None:
    """(target, string value) of `target = "x"` or `target == "x"`."""
    if isinstance(node, ast.Assign):
        if (
            len(node.targets) == 1
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.targets[0], node.value
        return None
    if len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq | ast.NotEq):
        right = node.comparators[0]
        if isinstance(right, ast.Constant) and isinstance(right.value, str):
            return node.left, right
    return None


def _state(sf: SourceFile, sp: Splicer, line: int, node: ast.Assign | ast.Compare) -> list[Rewrite]:
    found = _state_target(node)
    if found is None or not isinstance(found[0], ast.Name | ast.Attribute):
        return []
    target, constant = found
    key = ast.dump(target, include_attributes=False).replace("Store()", "Load()")
    values: list[str] = []
    for other in ast.walk(sf.tree):
        if other is node or not isinstance(other, ast.Assign | ast.Compare):
            continue
        pair = _state_target(other)
        if pair is None:
            continue
        if ast.dump(pair[0], include_attributes=False).replace("Store()", "Load()") != key:
            continue
        value = pair[1].value
        if value != constant.value and value not in values:
            values.append(value)
    if not values or len(values) > MAX_STATE_VALUES:
        return []  # none, or a free-text field rather than a state
    shown = shorten(sp.text(target), 30)
    return [
        _edit(
            sp,
            line,
            constant,
            _quoted(sp.text(constant), value),
            f"use {value!r} for {shown} instead of {constant.value!r}",
            STATE_PRIOR,
            "state",
        )
        for value in values
    ]


def _quoted(old: str, value: str) -> str:
    """`value` as a literal in the quotes `old` uses (a diff of one value, not of its quoting)."""
    quote = old[-1:]
    if quote in ("'", '"') and old[:1] == quote and quote not in value and "\\" not in value:
        return f"{quote}{value}{quote}"
    return repr(value)


def _slice_mirror(sf: SourceFile, sp: Splicer, line: int, node: ast.Slice) -> list[Rewrite]:
    if node.step is not None or (node.lower is None) == (node.upper is None):
        return []
    present = node.lower if node.lower is not None else node.upper
    value = _small_int(present)
    if (
        value is None
        or value == 0
        or (node.lower is not None and value < 0)
        or (node.upper is not None and value > 0)
    ):
        return []
    old = sp.text(node)
    new = f"{value}:{-value}" if node.lower is not None else f"{-value}:{value}"
    return [_edit(sp, line, node, new, f"slice [{new}] instead of [{old}]", SLICE_MIRROR_PRIOR, "slice")]


def _small_int(node: ast.expr) -> int | None:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _small_int(node.operand)
        return None if inner is None else -inner
    return None


def _regex(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    func = node.func
    if not (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "re"
        and func.attr in RE_FUNCTIONS
        and node.args
    ):
        return []
    pattern = node.args[0]
    if (
        not isinstance(pattern, ast.Constant)
        or not isinstance(pattern.value, str)
        or not sf.on_one_line(pattern)
    ):
        return []
    text = sp.text(pattern)
    quote = re.match(r"(?i)([rbuf]*)('''|\"\"\"|'|\")", text)
    if quote is None or "f" in quote.group(1).lower():
        return []
    head = quote.end()
    body = text[head : len(text) - len(quote.group(2))]
    found: list[Rewrite] = []
    if "(" not in body.replace("\\(", ""):
        # re.split keeps what a capturing group matched; sub/findall see the group as the match.
        new = text[:head] + f"({body})" + text[len(text) - len(quote.group(2)) :]
        found.append(
            _edit(
                sp, line, pattern, new, f"capture the pattern: {shorten(new, 30)}", REGEX_GROUP_PRIOR, "regex"
            )
        )
    found += _class_additions(sf, sp, line, node, pattern, text, head)
    return found


def _class_additions(
    sf: SourceFile, sp: Splicer, line: int, call: ast.Call, pattern: ast.Constant, text: str, head: int
) -> list[Rewrite]:
    """A character the enclosing function spells alone (`"!"`) added to the pattern's first class."""
    klass = re.search(r"(?<!\\)\[([^\]]*)\]", text[head:])
    func = function_at(sf, call.lineno)
    if klass is None or func is None:
        return []
    members = pattern.value[pattern.value.find("[") + 1 : pattern.value.find("]")]
    spelled: list[str] = []
    for node in ast.walk(func):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) == 1:
            char = node.value
            if char not in members and char not in spelled and not char.isalnum() and not char.isspace():
                spelled.append(char)
    found = []
    end = head + klass.end(1)
    start, _ = sp.span(pattern)
    for char in spelled:
        escaped = re.escape(char) if char in "\\]^-" else char
        if escaped in ("'", '"') or (escaped == "\\" and text[head - 1] != "'"):
            continue  # a quote or backslash would need the literal's own escaping
        new = text[:end] + escaped + text[end:]
        found.append(
            Rewrite(
                line,
                ((start, start + len(text), new),),
                f"add {char!r} to the character class: {shorten(new, 30)}",
                REGEX_CLASS_PRIOR,
                "regex",
            )
        )
    return found


def _regroup(sf: SourceFile, sp: Splicer, line: int, node: ast.BinOp) -> list[Rewrite]:
    """`a * k + b * k` -> `(a * k + b) * k`: the factor applies to everything summed before it."""
    right = node.right
    if not (isinstance(right, ast.BinOp) and isinstance(right.op, ast.Mult | ast.Div)):
        return []
    left = node.left
    if not (isinstance(left, ast.BinOp) and isinstance(left.op, ast.Mult | ast.Div)):
        return []  # a Horner sum: the term before already carries a factor
    if not sf.on_one_line(node):
        return []
    op = "+" if isinstance(node.op, ast.Add) else "-"
    factor = "*" if isinstance(right.op, ast.Mult) else "/"
    new = f"({sp.text(left)} {op} {sp.text(right.left)}) {factor} {sp.text(right.right)}"
    description = f"apply {factor} {shorten(sp.text(right.right), 20)} to the whole sum: {shorten(new, 40)}"
    return [_edit(sp, line, node, new, description, REGROUP_PRIOR, "grouping")]


# -- lines that read what the failed assertion reads --------------------------------------------------
# A failed check on `sub.method.__doc__` points at the code that reads or writes `__doc__`, wherever
# the spectrum's ties put it: a lexical match between the failing test and the code, the
# information-retrieval side of fault localisation (Zhou, Zhang and Lo, "Where should the bugs be
# fixed?", ICSE 2012; Le, Oentaryo and Lo, FSE 2015), as the oracle does for values. An attribute
# read on more than a few of the ran lines says nothing about which one is wrong.
MAX_ATTRIBUTE_LINES = 3
# Only attributes read, not called: a called one names the function under test, which the spectrum
# already ranks; a read one names the state the test checks.
_ATTRIBUTE_RE = re.compile(r"\.([A-Za-z_]\w*)\b(?!\s*\()")


def asserted_attribute_targets(
    *,
    test_lines: list[tuple[str, int]],
    ran: list[tuple[str, int]],
    read_source: Callable[[str], str | None],
) -> set[tuple[str, int]]:
    """Ran lines that spell an attribute the failing test's checked line reads (each at most 3 lines)."""
    texts: dict[str, list[str]] = {}

    def line_text(file: str, line: int) -> str:
        if file not in texts:
            texts[file] = (read_source(file) or "").splitlines()
        lines = texts[file]
        return lines[line - 1] if 0 < line <= len(lines) else ""

    attributes = {name for file, line in test_lines for name in _ATTRIBUTE_RE.findall(line_text(file, line))}
    found: set[tuple[str, int]] = set()
    for name in sorted(attributes):
        spelled = re.compile(rf"\.{re.escape(name)}\b")
        matching = [(file, line) for file, line in ran if spelled.search(line_text(file, line))]
        if len(matching) > MAX_ATTRIBUTE_LINES:
            # Read all over the code: its stores are the reaching definitions of the value the test
            # checked (a backward slice's first step, Weiser, ICSE 1981), fewer and nearer the fault.
            stored = _attribute_store(name)
            matching = [(file, line) for file, line in matching if stored.search(line_text(file, line))]
            if 0 < len(matching) <= MAX_ATTRIBUTE_LINES:
                # ...and one step further back: the stores of the attributes those stores read
                # (`self.last = self.first + self.count - 1` <- `self.count = ...`).
                matching += _feeding_stores(matching, ran=ran, line_text=line_text, own=name)
        if 0 < len(matching) <= 2 * MAX_ATTRIBUTE_LINES:
            found.update(matching)
    return found


def _feeding_stores(
    stores: list[tuple[str, int]],
    *,
    ran: list[tuple[str, int]],
    line_text: Callable[[str, int], str],
    own: str,
) -> list[tuple[str, int]]:
    """Ran lines storing an attribute the right-hand side of one of `stores` reads (at most 3 in all)."""
    read: set[str] = set()
    for file, line in stores:
        text = line_text(file, line)
        value = text.split("=", 1)[1] if "=" in text else ""
        read |= {name for name in _ATTRIBUTE_RE.findall(value) if name != own}
    found: list[tuple[str, int]] = []
    for name in sorted(read):
        stored = _attribute_store(name)
        found += [(f, ln) for f, ln in ran if (f, ln) not in stores and stored.search(line_text(f, ln))]
    return found if len(found) <= MAX_ATTRIBUTE_LINES else []


def _attribute_store(name: str) -> re.Pattern[str]:
    """`.name = ...` or an augmented `.name += ...`, never a comparison `.name == ...`."""
    return re.compile(rf"\.{re.escape(name)}\s*(?:[-+*/%|&^@]|//|\*\*|<<|>>)?=(?!=)")
