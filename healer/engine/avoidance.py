"""Whether an edit only changes WHICH way the code goes, not what any value is.

A TypeError says a value of the wrong kind reached an operation. An edit that swaps a comparison
(`attempts > self.retries` -> `attempts != self.retries`), flips a condition (`or self.lite` ->
`or not self.lite`) or changes a boolean connective can make the raising statement never run, or
run with other operands, while the value stays as wrong as it was: the crash is avoided, not
repaired (the plausible-but-wrong patches of Qi et al., ISSTA 2015, most of them deletions of
functionality by a changed condition). Such an edit is told apart by its tokens alone: every token
that differs between the old and the new text is a comparison operator, a boolean connective or
`not`. The repair loop treats it as a guard for a TypeError (accepted only when every targeted test
passes) and compares it with the edits where the value was made before accepting it (repair.py).
"""

from __future__ import annotations

import ast
import difflib
import io
import keyword
import tokenize

from healer.engine.fixers.lineedit import changed_region

# Tokens whose change alters control flow or a test's outcome, never a value's kind.
CONTROL_TOKENS = frozenset(
    {"<", ">", "<=", ">=", "==", "!=", "is", "in", "not", "and", "or", "if", "elif", "else", "True", "False"}
)
# Comparison operators: a number changed beside one, on a condition's line, moves the condition's bound.
COMPARISONS = frozenset({"<", ">", "<=", ">=", "==", "!="})
# Statements whose line is a condition: the branch or the loop it opens runs or not by it.
CONDITION_HEADS = frozenset({"if", "elif", "while"})
MAX_CHANGED_LINES = 3
MAX_TOKENS = 400  # tokens on the changed lines, diffed with difflib
MAX_MIDDLE_LINES = 400  # lines between an edit's first and last change diffed with difflib


def _tokens(lines: list[str]) -> list[str] | None:
    text = "\n".join(line.strip() for line in lines) + "\n"
    try:
        return [
            t.string
            for t in tokenize.generate_tokens(io.StringIO(text).readline)
            if t.type
            not in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT)
            and t.string
        ]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None


def _changed_lines(old_source: str, new_source: str) -> tuple[list[str], list[str]] | None:
    """The old and the new lines that differ, or None when nothing or too much does. The unchanged
    head and tail are cut off first (lineedit.changed_region): difflib over a whole file of many
    repeated lines (blank ones) is quadratic (a 30000-line module took minutes per candidate)."""
    old, new, _ = changed_region(old_source, new_source)
    if not old and not new:
        return None
    if len(old) == len(new):
        # edits far apart, no line added or removed: the lines that differ, place by place
        pairs = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
        return [a for a, _ in pairs], [b for _, b in pairs]
    if max(len(old), len(new)) > MAX_MIDDLE_LINES:
        return None  # lines added or removed far apart: no edit of a few tokens
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    before: list[str] = []
    after: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            before += old[i1:i2]
            after += new[j1:j2]
    return before, after


def only_control_flow(old_source: str, new_source: str) -> bool:
    """True when the texts differ in a few lines and every differing token is a comparison, a
    boolean connective, `not` or a truth constant: the edit changes which way the code goes only."""
    changed = _changed_lines(old_source, new_source)
    if changed is None:
        return False
    before, after = changed
    if len(before) > MAX_CHANGED_LINES or len(after) > MAX_CHANGED_LINES:
        return False
    old_tokens, new_tokens = _tokens(before), _tokens(after)
    if old_tokens is None or new_tokens is None or max(len(old_tokens), len(new_tokens)) > MAX_TOKENS:
        return False  # a line too long to be a condition's edit (a data table on one line)
    tokens = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    differing = [
        token
        for tag, i1, i2, j1, j2 in tokens.get_opcodes()
        if tag != "equal"
        for token in (*old_tokens[i1:i2], *new_tokens[j1:j2])
    ]
    if not differing:
        return False
    if all(token in CONTROL_TOKENS for token in differing):
        return True
    # `if len(parts) == 2:` -> `== 0`: the bound a condition compares with, changed on a condition's
    # line, also changes only which way the code goes (the branch that made a wrong value no longer
    # runs); the value the branch makes stays as wrong as it was (infoblox-client's padded version)
    if not (_conditions(before) and _conditions(after)):
        return False  # a number beside a comparison on a line that is no condition is a value's
    return _bounds_only(old_tokens, new_tokens, tokens.get_opcodes())


def _conditions(lines: list[str]) -> bool:
    """Every changed line is a condition's head (`if`/`elif`/`while` first), not only the first one."""
    for line in lines:
        line_tokens = _tokens([line])
        if not line_tokens or line_tokens[0] not in CONDITION_HEADS:
            return False
    return True


def _bounds_only(old_tokens: list[str], new_tokens: list[str], opcodes: list) -> bool:
    """Every differing token is a control token or a number beside a comparison operator, on lines that
    are conditions (`if`/`elif`/`while` first) before and after the edit."""
    if not old_tokens or not new_tokens:
        return False
    if old_tokens[0] not in CONDITION_HEADS or new_tokens[0] not in CONDITION_HEADS:
        return False

    def bound(tokens: list[str], index: int) -> bool:
        token = tokens[index]
        if token in CONTROL_TOKENS:
            return True
        if token == "-" and index + 1 < len(tokens) and _is_number(tokens[index + 1]):
            return index > 0 and tokens[index - 1] in COMPARISONS  # the sign of a bound
        if not _is_number(token):
            return False
        before = tokens[index - 1] if index > 0 else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        # `== 2`, `2 <`, and a sign: `> -1`
        if before == "-" and index > 1:
            before = tokens[index - 2]
        return before in COMPARISONS or after in COMPARISONS

    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if not all(bound(old_tokens, i) for i in range(i1, i2)):
            return False
        if not all(bound(new_tokens, j) for j in range(j1, j2)):
            return False
    return True


def _is_number(token: str) -> bool:
    """A numeric literal's token (`2`, `0.5`, `1_000`, `0x10`, `1e3`)."""
    return bool(token) and (token[0].isdigit() or (token[0] == "." and token[1:2].isdigit()))


# Tokens a wrapper at a use inserts around the value the TypeError refused: a one-element tuple or list,
# a fallback (`x or []`), a conversion (`str(x)`, `list(x)`), a None test (`x if x is not None else ()`).
WRAPPER_TOKENS = frozenset(
    {"(", ")", "[", "]", "{", "}", ",", "or", "and", "if", "else", "is", "not", "None", "0", "''", '""'}
    | {"str", "int", "float", "list", "tuple", "set", "dict", "bytes", "repr", "sorted", "iter", "frozenset"}
)


def only_wrapping(old_source: str, new_source: str) -> bool:
    """True when the edit only INSERTS tokens around what was written (round 48): `(x,)`, `[x]`, `x or []`,
    `str(x)`, `x if x is not None else []`; every inserted token is a wrapper's, or a name the changed
    line already reads. At a TypeError's use such an edit makes the crash go away for that use while the
    value stays as it was made: the making sites are weighed before it as after an avoiding edit."""
    changed = _changed_lines(old_source, new_source)
    if changed is None:
        return False
    before, after = changed
    if not before or len(before) > MAX_CHANGED_LINES or len(after) > MAX_CHANGED_LINES:
        return False
    old_tokens, new_tokens = _tokens(before), _tokens(after)
    if not old_tokens or new_tokens is None or max(len(old_tokens), len(new_tokens)) > MAX_TOKENS:
        return False
    present = set(old_tokens)
    opcodes = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False).get_opcodes()
    inserted = [new_tokens[j] for tag, _i1, _i2, j1, j2 in opcodes if tag == "insert" for j in range(j1, j2)]
    if not inserted or any(tag not in ("equal", "insert") for tag, *_ in opcodes):
        return False
    return all(token in WRAPPER_TOKENS or (token.isidentifier() and token in present) for token in inserted)


def _constant_kind(token: str) -> str | None:
    """The kind of a literal token: "None", "bool", "number", "str"; None for any other token."""
    if token == "None":
        return "None"
    if token in ("True", "False"):
        return "bool"
    if _is_number(token.lstrip("-")):
        return "number"
    if token[-1:] in ("'", '"') and token.lstrip("rRbBuUfF")[:1] in ("'", '"'):
        return "str"
    return None


def constant_swap(old_source: str, new_source: str) -> tuple[str, str] | None:
    """(old kind, new kind) when the edit replaces exactly one literal by another literal and changes
    nothing else (round 49): `None` -> `True`, `255` -> `0`, `True` -> `None`; None otherwise.

    Kinds are _constant_kind's. Such an edit makes a value another fixed one, whatever the code meant;
    one that changes the literal's KIND to None or a bool (`None` -> `True` before a comparison with a
    float, `True` -> `None` as a flag) makes the crash or the assertion go away without giving the value
    the kind the code computes with, so the repair loop ranks it low (repair._constant_swaps_ranked)."""
    tokens = _one_line_tokens(old_source, new_source)
    if tokens is None:
        return None
    old_tokens, new_tokens = tokens
    if len(old_tokens) != len(new_tokens):
        # A sign: `-1` is two tokens; `x = -1` -> `x = None` drops one.
        return _signed_swap(old_tokens, new_tokens)
    differing = [(a, b) for a, b in zip(old_tokens, new_tokens, strict=True) if a != b]
    if len(differing) != 1:
        return None
    old_kind, new_kind = _constant_kind(differing[0][0]), _constant_kind(differing[0][1])
    if old_kind is None or new_kind is None:
        return None
    return old_kind, new_kind


def _one_line_tokens(old_source: str, new_source: str) -> tuple[list[str], list[str]] | None:
    """The tokens of the one line an edit changes, before and after; None when it changes more than
    one line, empties it, or the line is longer than MAX_TOKENS tokens (constant_swap, count_swap)."""
    changed = _changed_lines(old_source, new_source)
    if changed is None:
        return None
    before, after = changed
    if len(before) != 1 or len(after) != 1:
        return None
    old_tokens, new_tokens = _tokens(before), _tokens(after)
    if not old_tokens or not new_tokens or max(len(old_tokens), len(new_tokens)) > MAX_TOKENS:
        return None
    return old_tokens, new_tokens


def _signed_swap(old_tokens: list[str], new_tokens: list[str]) -> tuple[str, str] | None:
    """constant_swap's kinds when one side is a negative number literal (`-` then the number)."""
    short, long = (old_tokens, new_tokens) if len(old_tokens) < len(new_tokens) else (new_tokens, old_tokens)
    if len(long) != len(short) + 1:
        return None
    start = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    if start >= len(short) or long[start] != "-" or short[start + 1 :] != long[start + 2 :]:
        return None
    if _constant_kind(long[start + 1]) != "number" or (
        start and long[start - 1] not in ("=", "(", ",", ":", "[", "return")
    ):
        return None
    kind = _constant_kind(short[start])
    if kind is None:
        return None
    return ("number", kind) if short is new_tokens else (kind, "number")


def weak_constant_swap(old_source: str, new_source: str) -> bool:
    """A literal replaced by None or a bool of ANOTHER kind (`None` -> `True`, `True` -> `None`, `0` -> `None`):
    the weak, low-prior edit of constant_swap."""
    swap = constant_swap(old_source, new_source)
    return swap is not None and swap[0] != swap[1] and swap[1] in ("None", "bool")


def count_swap(old_source: str, new_source: str) -> bool:
    """True when the edit replaces one integer literal by another and changes nothing else, outside a
    subscript (round 53): `level -= 1` -> `level -= 2`, `range(1)` -> `range(2)`. An int stays an int, so
    at a TypeError such an edit cannot give any value the kind the message refused; it can only move a
    counter or a bound so that the raising statement stops running (simp-sexp's `level -= 2`, accepted
    when the crash went away while its test still failed). An index (`pair[1]` -> `pair[0]`) is left
    out: it picks another value, which may be of another kind."""
    tokens = _one_line_tokens(old_source, new_source)
    if tokens is None or len(tokens[0]) != len(tokens[1]):
        return False
    old_tokens, new_tokens = tokens
    differing = [i for i, (a, b) in enumerate(zip(old_tokens, new_tokens, strict=True)) if a != b]
    if len(differing) != 1:
        return False
    index = differing[0]
    if not (_is_int(old_tokens[index]) and _is_int(new_tokens[index])):
        return False
    before_token = old_tokens[index - 1] if index else ""
    after_token = old_tokens[index + 1] if index + 1 < len(old_tokens) else ""
    return (
        before_token not in ("[", ":")
        and after_token not in ("]", ":")
        and not _in_selector(old_tokens, index)
    )


def _in_selector(tokens: list[str], index: int) -> bool:
    """Whether the token at `index` is inside a subscript (`pair[i * 3 + k]`) or a method call's
    arguments (`m.group(1)`, `items.pop(0)`), however deep in the bracket (round 53's review): such a
    literal picks a value, as an index does, and another may be of another kind (an unmatched group's
    None). A plain call's argument (`range(1)`) and a display's item (`[0, 1]`) stay counts."""
    depth = 0
    for j in range(index - 1, -1, -1):
        token = tokens[j]
        if token in (")", "]", "}"):
            depth += 1
        elif token in ("(", "[", "{"):
            if depth:
                depth -= 1
                continue
            previous = tokens[j - 1] if j else ""
            named = previous.isidentifier() and not keyword.iskeyword(previous)
            if token == "[":
                return named or previous in (")", "]")
            return token == "(" and named and j >= 2 and tokens[j - 2] == "."
    return False


def _is_int(token: str) -> bool:
    """An integer literal's token (`2`, `0x10`, `1_000`), not a float's or an imaginary's."""
    if not _is_number(token):
        return False
    try:
        return isinstance(ast.literal_eval(token), int)
    except (ValueError, SyntaxError):
        return False
