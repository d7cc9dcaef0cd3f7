"""LINTING: apply ruff's own fix edits (safe ones first), validated like every candidate.

ruff's JSON output carries the exact edits of each fix and whether ruff deems it
safe. Safe fixes are tried first; unsafe ones only reach the workspace after the
sandbox validated them. For an unused variable, ruff's (unsafe) fix keeps the
right-hand side as a bare expression in case it has side effects; when the value
is plainly side-effect free, removing the whole statement is the cleaner fix and
is offered first.
"""

from __future__ import annotations

import ast
import difflib
import re
import string

from healer.engine.checks import LintFinding
from healer.engine.edits import apply_edits, describe_change
from healer.engine.fixers.ambiguous_names import ambiguous_name_repairs
from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.imports import add_import
from healer.engine.fixers.lint_search import ruff_lint
from healer.engine.fixers.linting_agreement import (
    is_format_call_at,
    missing_field_repairs,
    spec_field_repairs,
)
from healer.engine.fixers.linting_chaining import raise_chaining_repairs
from healer.engine.fixers.linting_content import annotation_only_removal, annotation_repairs, names_bound
from healer.engine.fixers.linting_exports import F822_RE, export_repairs
from healer.engine.fixers.linting_fstring import fstring_repairs
from healer.engine.fixers.linting_locals import explicit_locals_repairs, read_through_locals
from healer.engine.fixers.linting_messages import message_evidence, shown_names
from healer.engine.fixers.linting_placeholders import mixed_placeholder_repairs
from healer.engine.fixers.linting_statements import (
    STATEMENT_CODES,
    lambda_assignment_repairs,
    statement_split_repairs,
)
from healer.engine.fixers.linting_styles import FORMAT_CODES, checked, format_style_repairs
from healer.engine.fixers.names import abbreviates
from healer.engine.fixers.percent_format import (
    conversion_repairs,
    mapping_repairs,
    missing_key_repairs,
    replace_node,
)
from healer.engine.fixers.syntax_format_fields import field_edits, rank_format_repairs
from healer.engine.types import BugType, Failure

# Calls that never have side effects worth keeping when their result is unused.
PURE_CALLS = frozenset(
    {
        "len", "str", "int", "float", "bool", "repr", "abs", "min", "max", "sum", "sorted", "list",
        "tuple", "dict", "set", "frozenset", "round", "isinstance", "type", "id", "hash", "format",
        "range", "enumerate", "zip", "reversed", "any", "all", "ord", "chr",
    }
)  # fmt: skip


def _is_pure(node: ast.AST) -> bool:
    for child in ast.walk(node):
        if isinstance(child, ast.Await | ast.Yield | ast.YieldFrom | ast.NamedExpr | ast.Lambda):
            return False
        if isinstance(child, ast.Call) and not (
            isinstance(child.func, ast.Name) and child.func.id in PURE_CALLS
        ):
            return False
    return True


def remove_unused_assignment(source: str, line: int, name: str) -> str | None:
    """The source without the statement `name = <pure value>` starting on `line`, if that is safe."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for stmt in body:
            if not (isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.lineno == line):
                continue
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if len(targets) != 1 or not isinstance(targets[0], ast.Name) or targets[0].id != name:
                return None
            if stmt.value is None or not _is_pure(stmt.value) or len(body) == 1:
                return None
            end = stmt.end_lineno or stmt.lineno
            first, last = lines[stmt.lineno - 1], lines[end - 1]
            # The statement must own its lines (no `a = 1; b = 2`).
            if first[: stmt.col_offset].strip() or last[stmt.end_col_offset or 0 :].strip() not in ("", "\\"):
                return None
            return "".join(lines[: stmt.lineno - 1] + lines[end:])
    return None


# ruff's F507 ("%-format string has 2 placeholder(s) but 1 substitution(s)"): ruff has no fix.
F507_RE = re.compile(r"has (\d+) placeholder\(s\) but (\d+) substitution\(s\)")
MAX_FORMAT_CANDIDATES = 4
# The positional fields past the arguments given that a message's evidence is read for.
MAX_MISSING_FIELDS = 3
# F524: "`.format` call is missing argument(s) for placeholder(s): 1, name".
F524_RE = re.compile(r"missing argument\(s\) for placeholder\(s\): (.+)$")


def _names_before(function: ast.AST, line: int) -> list[str]:
    """Parameters, then locals assigned before `line`, of the function around a statement."""
    names: list[str] = []
    args = getattr(function, "args", None)
    if isinstance(args, ast.arguments):
        names += [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]
        names += [a.arg for a in (args.vararg, args.kwarg) if a is not None]
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.lineno < line:
            names.append(node.id)
    return [n for n in dict.fromkeys(names) if n not in ("self", "cls")]


# A %-placeholder (not %%), with the one separator written before it.
PLACEHOLDER = re.compile(r"[.:,\- ]?(?<!%)%(\([^)]*\))?[-#0 +]*(\*|\d+)?(\.(\*|\d+))?[diouxXeEfFgGcrsa]")
CLASS_NAME = re.compile(r"(type\((self|cls)\)|self\.__class__|cls)\.__(qual)?name__$")


def _qualifies(text: str, values: list[str]) -> bool:
    """`'%s.%s'` given only a class's name: a qualified name that lacks its member."""
    return "%s.%s" in text and len(values) == 1 and CLASS_NAME.match(values[0]) is not None


def format_arity_repairs(source: str, line: int, placeholders: int, given: int) -> list[tuple[str, str]]:
    """(new source, description) making a %-format's substitutions match its placeholders.

    Too few values: add the names in scope that the format text itself mentions, in the order it
    mentions them (`'upper (%r) >= lower (%r)' % (upper,)` -> `(upper, lower)`), then the other
    parameters and locals; program synthesis from the names in scope, ranked by their similarity to
    the context, as in PyTER (Oh & Oh, FSE 2022) and CodePhage-style "transplant what is in scope".
    Too many: drop one value, the last first (an extra argument left behind).
    """
    tree = parse_or_none(source)
    if tree is None:
        return []
    found: list[tuple[str, str]] = []
    scopes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)]
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Mod)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str)
            and node.lineno <= line <= (node.end_lineno or node.lineno)
        ):
            continue
        right = node.right
        values = list(right.elts) if isinstance(right, ast.Tuple) else [right]
        if isinstance(right, ast.Dict) or len(values) != given:
            continue
        texts = [ast.get_source_segment(source, value) or "" for value in values]
        if not all(texts):
            continue
        if placeholders > given:
            enclosing = [s for s in scopes if s.lineno <= node.lineno <= (s.end_lineno or s.lineno)]
            scope = enclosing[-1] if enclosing else None
            names = _names_before(scope, node.lineno) if scope is not None else []
            names = [n for n in names if n not in texts]
            words = re.findall(r"[A-Za-z_]\w*", node.left.value)
            mentioned = sorted((n for n in names if n in words), key=words.index)
            ranked = mentioned + [n for n in names if n not in mentioned]
            need = placeholders - given
            # Round 56: a value no word of the literal names and no other message of the module
            # shows (r364's `% (cls, raw)`, r368's parser object) is a guess; the placeholder
            # left without a value goes first then (below).
            evident = bool(mentioned) or bool(set(names) & shown_names(tree, node))
            fills_from = len(found)
            options = [ranked[:need]] if len(mentioned) >= need else []
            options += [[n] for n in ranked if need == 1 and [n] not in options]
            if need == 1 and scope is not None and _qualifies(node.left.value, texts):
                # `'%s.%s' % (type(self).__name__,)` in a method: a qualified name, class then member;
                # the member the message speaks of is most often the method raising it.
                options.insert(0, [repr(getattr(scope, "name", ""))])
                evident = True  # the literal's own shape names the value
            for added in options[:MAX_FORMAT_CANDIDATES]:
                if len(added) != need or added == ["''"]:
                    continue
                new = replace_node(source, right, "(" + ", ".join([*texts, *added]) + ")")
                if new is not None:
                    found.append((new, f"pass {' and '.join(added)} to the format string too"))
            # Or the placeholders no value was meant for go, with the separator before them.
            segment = ast.get_source_segment(source, node.left) or ""
            spots = list(PLACEHOLDER.finditer(segment))
            drops: list[tuple[str, str]] = []
            if len(spots) == placeholders and segment:
                for spot in reversed(spots[given:]):
                    text = segment[: spot.start()] + segment[spot.end() :]
                    new = replace_node(source, node.left, text)
                    if new is not None:
                        drops.append(
                            (new, f"drop the placeholder {spot.group(0).lstrip('.:,- ')} that has no value")
                        )
                        break
                if need == 1 and not evident:
                    whole = _placeholder_drops(source, node.left, segment)
                    drops = whole + [d for d in drops if all(d[0] != w[0] for w in whole)]
            if evident:
                found.extend(drops)
            else:
                found[fills_from:fills_from] = drops
        elif given > placeholders and (
            fields := _format_fields_as_percent(
                ast.get_source_segment(source, node.left) or "", node.left, given
            )
        ):
            # `"{} is not a network object" % str(other)`: str.format fields written for the `%`
            # operator, as many as its values; each becomes the %-placeholder it meant.
            new = replace_node(source, node.left, fields)
            if new is not None:
                found.append((new, "use a %s placeholder with the % operator"))
        if given > placeholders and isinstance(right, ast.Tuple):
            for index in reversed(range(len(texts))):
                kept = texts[:index] + texts[index + 1 :]
                text = "(" + ", ".join(kept) + ("," if len(kept) == 1 else "") + ")"
                new = replace_node(source, right, text)
                if new is not None:
                    found.append((new, f"drop the extra {texts[index]} from the format values"))
        break
    return found


# a %-placeholder alone, and the pairs that enclose one as a unit of the message: `(%s)`, `'%s'`
BARE_PLACEHOLDER = re.compile(r"(?<!%)%(\([^)]*\))?[-#0 +]*(\*|\d+)?(\.(\*|\d+))?[diouxXeEfFgGcrsa]")
ENCLOSING = ("()", "[]", "''", '""', "<>", "{}")


def _placeholder_drops(source: str, literal: ast.expr, segment: str) -> list[tuple[str, str]]:
    """Each placeholder of a literal one value short dropped whole: with the brackets or quotes
    around it and the space before them (`found: '%s' (%s)` -> `found: '%s'`), or at the message's
    start with the separator after it (`%s: error: %s` -> `error: %s`). A drop that leaves a label
    with nothing after it (`error:` at the end) ranks last; else the last placeholder first."""
    spots = list(BARE_PLACEHOLDER.finditer(segment))
    ranked: list[tuple[int, int, str, str]] = []
    for place, spot in enumerate(spots):
        start, end = spot.start(), spot.end()
        if start >= 2 and end + 1 <= len(segment) - 1 and segment[start - 1] + segment[end] in ENCLOSING:
            start, end = start - 1, end + 1
            start -= segment[start - 1] == " "
        elif segment[start - 1] in "'\"" and (gap := re.match(r"[:,\-]? ", segment[end:])) is not None:
            end += gap.end()  # the message's first word: `%s: ` goes with its separator
        elif segment[start - 1] in ".:,- ":
            start -= 1
        text = segment[:start] + segment[end:]
        body = text.strip("'\"rbfu").rstrip()
        dangling = body.endswith((":", "=", ",", "-"))
        new = replace_node(source, literal, text)
        if new is not None and text.count("%") >= 1:
            ranked.append(
                (dangling, -place, new, f"drop the placeholder {spot.group(0)} that has no value, whole")
            )
    # two drops can make one program (`"%s %s"`: the last with the space before, the first with the
    # space after): each is offered once, at its better rank
    ordered = [(new, description) for _, _, new, description in sorted(ranked)]
    return [(new, d) for index, (new, d) in enumerate(ordered) if all(new != o for o, _ in ordered[:index])]


FORMAT_FIELD = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%")


def _format_fields_as_percent(segment: str, literal: ast.Constant, given: int) -> str | None:
    """The literal's source text with its str.format fields (`{}`, `{0}`, `{name!r}`) written as
    %-placeholders (`%s`, `%r` for `!r`, `{{` as `{`, a `%` doubled), when it has exactly `given`
    of them and none has a format spec; None otherwise."""
    try:
        parts = list(string.Formatter().parse(str(literal.value)))
    except ValueError:
        return None
    fields = [(spec, conversion) for _, field, spec, conversion in parts if field is not None]
    if not segment or len(fields) != given or any(spec for spec, _ in fields):
        return None
    if len(FORMAT_FIELD.findall(segment)) < given or segment[:1] not in "'\"":
        return None  # a prefixed or implicitly joined literal: not rewritten by its text

    def placeholder(match: re.Match[str]) -> str:
        text = match.group(0)
        if text in ("{{", "}}"):
            return text[0]
        if text == "%":
            return "%%"
        return "%r" if text.endswith("!r}") else "%s"

    return FORMAT_FIELD.sub(placeholder, segment)


def _scope_names(tree: ast.Module, node: ast.AST) -> list[str]:
    scopes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)]
    enclosing = [s for s in scopes if s.lineno <= node.lineno <= (s.end_lineno or s.lineno)]
    return _names_before(enclosing[-1], node.lineno) if enclosing else []


def format_call_repairs(source: str, line: int, placeholders: list[str]) -> list[tuple[str, str]]:
    """(new source, description) passing `str.format` the arguments its placeholders name (F524).

    `"{a} {name}".format(a=a)` -> `name=name` when `name` is in scope; a missing positional one gets
    the names in scope that the text mentions first, then the others (as format_arity_repairs).
    """
    tree = parse_or_none(source)
    if tree is None:
        return []
    found: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if not (
            is_format_call_at(node, line)
            and not any(isinstance(a, ast.Starred) for a in node.args)
            and all(k.arg is not None for k in node.keywords)
        ):
            continue
        names = _scope_names(tree, node)
        args = [ast.get_source_segment(source, a) or "" for a in node.args]
        keywords = [ast.get_source_segment(source, k) or "" for k in node.keywords]
        if not all(args) or not all(keywords):
            break
        named = [p for p in placeholders if not p.isdigit()]
        positional = [p for p in placeholders if p.isdigit()]
        if named and not positional and all(p in names for p in named):
            added = [f"{p}={p}" for p in named]
            new = _replace_call_arguments(source, node, [*args, *keywords, *added])
            if new is not None:
                found.append((new, f"pass {', '.join(added)} to format"))
        elif positional and not named:
            used = set(args)
            words = re.findall(r"[A-Za-z_]\w*", node.func.value.value)
            candidates = [n for n in names if n not in used]
            mentioned = sorted((n for n in candidates if n in words), key=words.index)
            # Round 55: names the module's other messages write beside the same words (or the
            # function's other messages show) come next (linting_messages); round 55's review: after
            # the names the literal itself says, whose rule is older and whose evidence is the text.
            evidence = message_evidence(tree, node, candidates, {int(p) for p in positional})
            shown = sorted(evidence, key=lambda n: (-evidence[n], candidates.index(n)))
            mentioned = mentioned + [n for n in shown if n not in mentioned]
            ranked = mentioned + [n for n in candidates if n not in mentioned]
            need = len(positional)
            options = [ranked[:need]] if len(ranked) >= need else []
            if need == 1:
                options += [[n] for n in ranked[1:MAX_FORMAT_CANDIDATES]]
            for added in options:
                new = _replace_call_arguments(source, node, [*args, *added, *keywords])
                if new is not None:
                    found.append((new, f"pass {' and '.join(added)} to format too"))
        break
    return found


FIELD = re.compile(r"(?<!\{)\{(\d*)([^{}]*)\}")


def _argument_evident(source: str, line: int) -> bool:
    """Whether the names in scope give evidence of the argument a `.format` call at `line` lacks:
    the literal names a parameter or local of its function, or one is never read in it (a value
    computed or passed for the message, then forgotten), or the module's other messages show one
    beside the missing field's words or in the same function (linting_messages.message_evidence)."""
    tree = parse_or_none(source)
    for node in ast.walk(tree) if tree is not None else ():
        if is_format_call_at(node, line):
            names = set(_scope_names(tree, node))
            words = set(re.findall(r"[A-Za-z_]\w*", node.func.value.value))
            scopes = [
                s
                for s in ast.walk(tree)
                if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)
                and s.lineno <= node.lineno <= (s.end_lineno or s.lineno)
            ]
            read = {
                n.id
                for n in ast.walk(scopes[-1] if scopes else tree)
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
            }
            if bool(words & names) or bool(names - read):
                return True
            # Round 55: a name the module's other messages show where the missing field stands.
            passed = {ast.get_source_segment(source, a) for a in node.args}
            missing = set(range(len(node.args), len(node.args) + MAX_MISSING_FIELDS))
            return bool(message_evidence(tree, node, sorted(names - passed), missing))
    return False


def _format_literals(source: str, line: int) -> list[tuple[ast.Call, str]]:
    """(the call, its literal's source text) of the one-line str literals that call `.format` on `line`."""
    tree = parse_or_none(source)
    found: list[tuple[ast.Call, str]] = []
    for node in ast.walk(tree) if tree is not None else ():
        if is_format_call_at(node, line) and node.func.value.lineno == node.func.value.end_lineno:
            text = ast.get_source_segment(source, node.func.value)
            if text:
                found.append((node, text))
    return found


def _formats(text: str) -> bool:
    """Whether a literal's source text evaluates to a str that str.format can parse."""
    try:
        value = ast.literal_eval(text)
        list(string.Formatter().parse(value))
    except (ValueError, SyntaxError):
        return False
    return isinstance(value, str)


def _field_count(text: str) -> int | None:
    """How many replacement fields a literal's str holds; None when it does not format."""
    try:
        value = ast.literal_eval(text)
        return sum(1 for _, field, _, _ in string.Formatter().parse(value) if field is not None)
    except (ValueError, SyntaxError, TypeError):
        return None


def _supplied_arguments(call: ast.Call) -> int | None:
    """How many arguments a `.format` call passes; None when unknown (`*args`, `**kwargs`)."""
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return None
    return len(call.args) + len(call.keywords)


def format_string_repairs(source: str, line: int, code: str) -> list[tuple[str, str]]:
    """(new source, description) for a `.format` string ruff calls invalid (F521: a replacement field
    never closed, `{2!r\\n`) or mixing automatic and manual numbering (F525: `{} of {0}`).

    F521: the field is closed where its text ends (before whitespace, an escape, a quote or the next
    field), else one character earlier at a time. F525: every field automatic (the numbers dropped),
    then every field numbered in order; each kept only when the string still formats.
    """
    found: list[tuple[str, str]] = []
    for call, text in _format_literals(source, line):
        options: list[tuple[str, str]] = []
        if code == "F521":
            for opened in (m.start() for m in re.finditer(r"(?<!\{)\{(?!\{)", text)):
                stop = re.search(r"[\s\\'\"{}]", text[opened + 1 :])
                if stop is None or text[opened + 1 + stop.start()] == "}":
                    continue  # closed already
                for spot in range(opened + 1 + stop.start(), opened + 1, -1):
                    options.append((text[:spot] + "}" + text[spot:], "close the replacement field"))
            # A brace left alone (`{!r}}`: "Single '}' encountered"): dropped, then doubled into
            # a literal brace, each kept only when the string keeps a field for every argument.
            supplied = _supplied_arguments(call)
            for spot, char in enumerate(text):
                if char in "{}":
                    lone = text[:spot] + text[spot + 1 :]
                    if supplied is None or _field_count(lone) == supplied:
                        options.append((lone, f"drop the lone `{char}`"))
            for spot, char in enumerate(text):
                if char in "{}":
                    doubled = text[:spot] + char + text[spot:]
                    if supplied is None or _field_count(doubled) == supplied:
                        options.append((doubled, f"double the lone `{char}` into a literal one"))
            # Then one-character edits in the field grammar's own alphabet (syntax_format_fields).
            options.extend(field_edits(text, supplied=supplied, source=source))
            # All of them ranked by the field names and conversions they keep (stable).
            options = rank_format_repairs(text, options)
        elif code == "F525":
            options.append((FIELD.sub(lambda m: "{" + m.group(2) + "}", text), "number no field"))
            fields = list(FIELD.finditer(text))
            numbered, last = "", 0
            for number, field in enumerate(fields):
                numbered += text[last : field.start()] + "{" + str(number) + field.group(2) + "}"
                last = field.end()
            options.append((numbered + text[last:], "number every field"))
        seen: set[str] = set()
        for new_text, description in options:
            if new_text not in seen and _formats(new_text):
                seen.add(new_text)
                new = replace_node(source, call.func.value, new_text)
                if new is not None:
                    found.append((new, description))
    return found


def _replace_call_arguments(source: str, call: ast.Call, arguments: list[str]) -> str | None:
    """The source with the text between the call's parentheses replaced by `arguments`."""
    segment = ast.get_source_segment(source, call)
    func = ast.get_source_segment(source, call.func)
    if segment is None or func is None or not segment.startswith(func):
        return None
    rest = segment[len(func) :].strip()
    if not (rest.startswith("(") and rest.endswith(")")):
        return None
    return replace_node(source, call, f"{func}({', '.join(arguments)})")


def _first_changed_line(old: str, new: str) -> int:
    for number, (before, after) in enumerate(zip(old.splitlines(), new.splitlines(), strict=False), start=1):
        if before != after:
            return number
    return 1


def parse_or_none(source: str) -> ast.Module | None:
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return None


def type_comparison_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """E721 (a type compared with `==`/`!=`; ruff has no fix): `type(x) == T` becomes
    `isinstance(x, T)` (what such a check nearly always means; subclasses pass too), then
    `type(x) is T` (the exact check, as the rule's message offers both)."""
    tree = parse_or_none(source)
    found: list[tuple[str, str]] = []
    for node in ast.walk(tree) if tree is not None else ():
        if not (
            isinstance(node, ast.Compare)
            and node.lineno <= line <= (node.end_lineno or node.lineno)
            and len(node.ops) == 1
            and isinstance(node.ops[0], ast.Eq | ast.NotEq)
        ):
            continue
        negated = isinstance(node.ops[0], ast.NotEq)
        left, right = node.left, node.comparators[0]
        if not _is_type_call(left):
            left, right = right, left
        if not _is_type_call(left):
            continue
        assert isinstance(left, ast.Call)
        value = ast.get_source_segment(source, left.args[0])
        kind = ast.get_source_segment(source, right)
        if not value or not kind:
            continue
        if not _is_type_call(right):
            check = f"isinstance({value}, {kind})"
            new = replace_node(source, node, f"not {check}" if negated else check)
            if new is not None:
                found.append(
                    (new, f"use {check} instead of comparing types with {'!=' if negated else '=='}")
                )
        exact = f"{ast.get_source_segment(source, left)} {'is not' if negated else 'is'} {kind}"
        new = replace_node(source, node, exact)
        if new is not None:
            found.append((new, f"compare the types with {'is not' if negated else 'is'}"))
    return found


F401_RE = re.compile(r"`?([\w.]+)`? imported but unused")


def wrongly_unused(source: str, line: int, dotted: str) -> bool:
    """Whether the unused import at `line` is one the code does use under another spelling: the
    name it imports is read while its `as` name hides it (`import re as regex`, then `re.compile`),
    or the name it binds is a misspelling of a name the module reads and never binds (`from m
    import helpr` beside `helper(x)`), or the `as` name it lost is read unbound (`import operator`
    beside `op.add`). A broken import, repaired by the import fixer; deleting it
    as unused would lose what it was meant to bring."""
    tree = parse_or_none(source)
    if tree is None:
        return False
    unbound = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    } - names_bound(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom) or not node.lineno <= line <= (
            node.end_lineno or node.lineno
        ):
            continue
        prefix = f"{'.' * node.level}{node.module or ''}." if isinstance(node, ast.ImportFrom) else ""
        for alias in node.names:
            if f"{prefix}{alias.name}".lstrip(".") != dotted.lstrip("."):
                continue
            own = alias.name if isinstance(node, ast.ImportFrom) else alias.name.split(".")[0]
            if alias.asname is not None and own in unbound:
                return True
            if difflib.get_close_matches(alias.asname or own, unbound, n=1, cutoff=0.8):
                return True
            if alias.asname is None and any(abbreviates(name, own.rpartition(".")[2]) for name in unbound):
                return True  # its `as` name lost: `import operator` beside `op.add` read unbound
    return False


def unused_import_repairs(source: str, line: int, dotted: str) -> list[str]:
    """F401 where ruff offers no fix (a package `__init__`, where it could be a re-export): the
    name leaves its import statement, or the statement goes when it was the only one. Another
    module importing it from here fails its tests, and the candidate is rejected."""
    tree = parse_or_none(source)
    for node in ast.walk(tree) if tree is not None else ():
        if not isinstance(node, ast.Import | ast.ImportFrom) or not node.lineno <= line <= (
            node.end_lineno or node.lineno
        ):
            continue
        prefix = f"{'.' * node.level}{node.module or ''}." if isinstance(node, ast.ImportFrom) else ""
        kept = [a for a in node.names if f"{prefix}{a.name}".lstrip(".") != dotted.lstrip(".")]
        if len(kept) == len(node.names):
            continue
        lines = source.splitlines(keepends=True)
        first = lines[node.lineno - 1]
        indent = first[: len(first) - len(first.lstrip())]
        names = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in kept)
        if not kept:
            text = ""
        elif isinstance(node, ast.ImportFrom):
            text = f"{indent}from {'.' * node.level}{node.module or ''} import {names}\n"
        else:
            text = f"{indent}import {names}\n"
        return ["".join([*lines[: node.lineno - 1], text, *lines[node.end_lineno or node.lineno :]])]
    return []


def _is_type_call(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "type"
        and len(node.args) == 1
        and not node.keywords
    )


_BARE_EXCEPT_RE = re.compile(r"^(\s*except)(\s*:)")
# E722 (bare `except:`, pycodestyle; ruff has no fix): `Exception` is what PEP 8 recommends for "any
# error" (a bare except also swallows KeyboardInterrupt and SystemExit); `BaseException` keeps the
# old behaviour exactly, for code that really meant it.
BARE_EXCEPT_CLASSES = ("Exception", "BaseException")


def bare_except_repairs(source: str, line: int) -> list[str]:
    """The source with the bare `except:` on `line` naming what it catches, most usual first."""
    tree = parse_or_none(source)
    if tree is None or not any(
        isinstance(n, ast.ExceptHandler) and n.type is None and n.lineno == line for n in ast.walk(tree)
    ):
        return []
    lines = source.splitlines(keepends=True)
    if not 1 <= line <= len(lines) or not _BARE_EXCEPT_RE.match(lines[line - 1]):
        return []
    found = []
    for name in BARE_EXCEPT_CLASSES:
        edited = _BARE_EXCEPT_RE.sub(
            lambda m, name=name: f"{m.group(1)} {name}{m.group(2)}", lines[line - 1], 1
        )
        found.append("".join([*lines[: line - 1], edited, *lines[line:]]))
    return found


# flake8-use-pathlib (PTH1xx, PTH2xx; ruff fixes them only in preview): the message names the call
# and its pathlib replacement (`os.path.exists()` should be replaced by `Path.exists()`), so the
# rewrite is read from the message, not from a table: the call's first argument becomes the Path,
# the rest go into the replacement's own call (`os.makedirs(p, exist_ok=True)` ->
# `Path(p).mkdir(exist_ok=True, parents=True)`), and `Path` is imported when the file lacks it.
PTH_RE = re.compile(r"^`([\w.]+)(?:\(\))?` should be replaced by `Path((?:\.[^`]*)?)`( with `/` operator)?$")


def pathlib_repair(source: str, finding: LintFinding) -> str | None:
    """The source with the call `finding` points at written with pathlib, as its message says."""
    match = PTH_RE.match(finding.message)
    tree = parse_or_none(source) if match is not None else None
    if match is None or tree is None:
        return None
    callee, suffix, slash = match.group(1), match.group(2), match.group(3)
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and node.lineno == finding.line
        and ast.unparse(node.func).split(".")[-1] == callee.split(".")[-1]
        and node.args
        and not isinstance(node.args[0], ast.Starred)
    ]
    # ruff counts columns in characters, ast in UTF-8 bytes: the exact column first.
    calls.sort(key=lambda node: node.col_offset + 1 != finding.column)
    for node in calls[:1]:
        written = [ast.get_source_segment(source, a) or ast.unparse(a) for a in [*node.args, *node.keywords]]
        first, rest = f"Path({written[0]})", written[1:]
        if slash:
            if node.keywords or not rest:
                return None
            text = " / ".join([first, *rest])
        elif "(" in suffix:
            # The rest of the arguments before what the replacement adds (`parents=True`).
            head, tail = suffix.split("(", 1)
            inner, after = tail.split(")", 1)
            text = first + head + "(" + ", ".join([*rest, *([inner] if inner else [])]) + ")" + after
        elif rest:
            return None  # an attribute (`Path.name`) cannot take the call's other arguments
        else:
            text = first + suffix
        parent = next((p for p in ast.walk(tree) if node in ast.iter_child_nodes(p)), None)
        if slash and isinstance(parent, ast.BinOp | ast.UnaryOp | ast.Attribute | ast.Subscript):
            text = f"({text})"
        new = replace_node(source, node, text)
        return add_import(new, "pathlib", "Path") if new is not None else None
    return None


def print_chevron_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """F633: Python 2's `print >>f, a, b` parses in Python 3 as a tuple holding `print >> f`
    (a TypeError when it runs); lib2to3's fix_print writes it `print(a, b, file=f)`, and a
    trailing comma (Python 2's "no newline") as `end=" "`."""
    tree = parse_or_none(source)
    if tree is None:
        return []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Expr) or node.lineno != line:
            continue
        value = node.value
        items = list(value.elts) if isinstance(value, ast.Tuple) else [value]
        head = items[0] if items else None
        if not (
            isinstance(head, ast.BinOp)
            and isinstance(head.op, ast.RShift)
            and isinstance(head.left, ast.Name)
            and head.left.id == "print"
        ):
            continue
        segment = ast.get_source_segment(source, value) or ""
        arguments = [ast.get_source_segment(source, item) or ast.unparse(item) for item in items[1:]]
        stream = ast.get_source_segment(source, head.right) or ast.unparse(head.right)
        extra = ', end=" "' if segment.rstrip().endswith(",") and arguments else ""
        call = f"print({', '.join([*arguments, f'file={stream}'])}{extra})"
        new = replace_node(source, value, call)
        return [(new, f"call print with file={stream} instead of Python 2's >>")] if new else []
    return []


class RuffFixer:
    bug_types = frozenset({BugType.LINTING})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        finding = failure.extra.get("finding")
        if not isinstance(finding, LintFinding) or ctx.is_test_file(failure.file):
            return []
        source = ctx.source(failure.file)
        found: list[Candidate] = []
        unused_name = F401_RE.search(finding.message) if finding.code == "F401" else None
        if unused_name is not None and wrongly_unused(source, finding.line, unused_name.group(1)):
            return []  # neither ruff's removal nor ours: the import is wrong, not unused

        def add(new: str | None, priority: float, *, at_change: bool = False, description: str = "") -> None:
            if new is not None and new != source:
                found.append(
                    Candidate(
                        file=failure.file,
                        new_source=new,
                        description=description or describe_change(source, new),
                        # A multi-line statement: report the line the edit changed.
                        line=_first_changed_line(source, new) if at_change else finding.line,
                        bug_type=BugType.LINTING,
                        priority=priority,
                    )
                )

        name = failure.extra.get("name")
        if (
            finding.code == "F841"
            and isinstance(name, str)
            and read_through_locals(source, finding.line, name)
        ):
            # Read by name through `locals()` (linting_locals): not unused; neither ruff's removal
            # nor ours, but the names written out for the format (hacking's H501).
            for new, description in explicit_locals_repairs(source, finding.line, name):
                add(new, 0.2, at_change=True, description=description)
            return found
        if finding.code == "F841" and isinstance(name, str):
            add(remove_unused_assignment(source, finding.line, name), 0.3)
        arity = F507_RE.search(finding.message) if finding.code == "F507" else None
        if arity is not None:
            repairs = format_arity_repairs(source, finding.line, int(arity.group(1)), int(arity.group(2)))
            for index, (new, description) in enumerate(repairs):
                add(new, 0.2 + 0.01 * index, at_change=True, description=description)
            if int(arity.group(2)) > int(arity.group(1)):
                # `"\\u{:04X}" % ord(c)`: fields with a format spec, as the printf placeholders they mean.
                for new, description in spec_field_repairs(source, finding.line, int(arity.group(2))):
                    if all(new != c.new_source for c in found):
                        add(new, 0.2, at_change=True, description=description)
        # The format findings' repairs are re-checked by the project's ruff before they become
        # candidates. The families' repairs are refused only for a new pyflakes finding (a call
        # that formats again may now draw a style rule, UP032, that the broken call hid); the
        # style rewrites for any new finding. The style rewrites rank first: they pair every field
        # with a value at once, where `.format(a, b)` given `a=a, b=b` as well still leaves F523.
        lint = (
            ruff_lint(root=str(ctx.workspace.root), file=failure.file, args=ctx.lint_args)
            if finding.code in FORMAT_CODES + STATEMENT_CODES
            else None
        )
        if lint is not None and finding.code in STATEMENT_CODES:
            # Joined statements (linting_statements), ruff having no fix but for E703: each on a
            # line of its own, kept only when the project's ruff no longer reports the code there.
            for new, description in checked(
                statement_split_repairs(source, finding.line), source=source, finding=finding, lint=lint
            ):
                add(new, 0.2, at_change=True, description=description)
        if lint is not None and finding.code in FORMAT_CODES:
            # The fields and values paired by rewriting the formatting style (linting_styles).
            styles = checked(
                format_style_repairs(source, finding.line), source=source, finding=finding, lint=lint
            )
            for index, (new, description) in enumerate(styles):
                add(new, 0.15 + 0.01 * index, at_change=True, description=description)
        missing = F524_RE.search(finding.message) if finding.code == "F524" else None
        if missing is not None and lint is not None:
            wanted = [p.strip() for p in missing.group(1).split(",") if p.strip()]
            repairs = checked(
                format_call_repairs(source, finding.line, wanted),
                source=source,
                finding=finding,
                lint=lint,
                blocking=("F",),
            )
            for index, (new, _) in enumerate(repairs):
                add(new, 0.2 + 0.01 * index, at_change=True)
            # Positional fields no argument was written for (linting_agreement): the class's name
            # when the call passes nothing in a method, then the surplus fields dropped, before the
            # names in scope when nothing points at one of them (guesses), after them when the text
            # names one, one is never read (the value forgotten) or the module's other messages show
            # one where the field stands (round 55, linting_messages).
            evident = _argument_evident(source, finding.line)
            agreed = checked(
                missing_field_repairs(source, finding.line, wanted),
                source=source,
                finding=finding,
                lint=lint,
                blocking=("F",),
            )
            for index, (new, description) in enumerate(agreed):
                priority = 0.25 if evident else 0.18 + 0.005 * index
                add(new, priority, at_change=True, description=description)
        if finding.code in ("F521", "F525"):
            for index, (new, description) in enumerate(
                format_string_repairs(source, finding.line, finding.code)
            ):
                add(new, 0.2 + 0.01 * index, description=description)
        # printf-style format strings Python rejects (F501/F509), feeds the wrong container
        # (F502/F503) or a dict without a key they name (F505); ruff has no fix for any of them.
        percent = {"F501": conversion_repairs, "F509": conversion_repairs}
        percent |= {"F502": mapping_repairs, "F503": mapping_repairs}
        if finding.code in percent:
            for index, (new, description) in enumerate(
                percent[finding.code](source, finding.line, finding.code)
            ):
                add(new, 0.2 + 0.01 * index, description=description)
        if finding.code == "F506":
            for index, (new, description) in enumerate(mixed_placeholder_repairs(source, finding.line)):
                add(new, 0.2 + 0.01 * index, description=description)
        if finding.code == "F505":
            for index, (new, description) in enumerate(missing_key_repairs(source, finding.line)):
                add(new, 0.2 + 0.01 * index, description=description)
        if finding.code == "UP031":
            # Where ruff's fix loop ends (UP031 then UP032): before its own half-way `.format` fix.
            for index, (new, description) in enumerate(fstring_repairs(source, finding.line)):
                add(new, 0.5 + 0.01 * index, description=description)
        if finding.code == "E741" and isinstance(name, str):
            for index, (new, description) in enumerate(ambiguous_name_repairs(source, finding.line, name)):
                add(new, 0.2 + 0.01 * index, description=description)
        if finding.code == "F722":
            for index, (new, description) in enumerate(annotation_repairs(source, finding.line)):
                add(new, 0.2 + 0.01 * index, description=description)
        if finding.code == "F842" and isinstance(name, str):
            add(
                annotation_only_removal(source, finding.line, name),
                0.3,
                description=f"drop the annotation of `{name}`, a local never assigned nor used",
            )
        listed = F822_RE.search(finding.message) if finding.code == "F822" else None
        if listed is not None:
            for index, (new, description) in enumerate(export_repairs(source, finding.line, listed.group(1))):
                add(new, 0.2 + 0.01 * index, at_change=True, description=description)
        if finding.code == "F633":
            for new, description in print_chevron_repairs(source, finding.line):
                add(new, 0.2, at_change=True, description=description)
        if finding.code == "E731":
            # Round 50: a lambda that only forwards its parameters is the callee itself
            # (eta-reduction), one token where ruff's own fix writes a `def`: it ranks first.
            for new, description in lambda_assignment_repairs(source, finding.line):
                add(new, 0.2, at_change=True, description=description)
        if finding.code == "E721":
            for index, (new, description) in enumerate(type_comparison_repairs(source, finding.line)):
                add(new, 0.2 + 0.01 * index, at_change=True, description=description)
        ruff_fixes = finding.fix is not None and finding.fix.applicability in ("safe", "unsafe")
        unused = F401_RE.search(finding.message) if finding.code == "F401" and not ruff_fixes else None
        if unused is not None:
            for new in unused_import_repairs(source, finding.line, unused.group(1)):
                add(new, 0.3, description=f"remove the unused import {unused.group(1).rpartition('.')[2]}")
        if finding.code == "B904":
            # Round 51: no fix of ruff's; both explicit chains, in the module's order (linting_chaining).
            for index, (new, description) in enumerate(raise_chaining_repairs(source, finding.line)):
                add(new, 0.2 + 0.01 * index, at_change=True, description=description)
        if finding.code == "E722":
            for index, new in enumerate(bare_except_repairs(source, finding.line)):
                add(
                    new, 0.2 + 0.01 * index, description=f"catch {BARE_EXCEPT_CLASSES[index]}, not everything"
                )
        if finding.code.startswith("PTH") and finding.fix is None:
            wanted = PTH_RE.match(finding.message)
            add(
                pathlib_repair(source, finding),
                0.2,
                description=f"use Path{wanted.group(2)} instead of {wanted.group(1)}()" if wanted else "",
            )
        fix = finding.fix
        if fix is not None and fix.applicability in ("safe", "unsafe"):
            # A finding over several lines (I001's whole import block): the fix line names the
            # line ruff's edit changed (the import that moved), not the range's first line.
            add(
                apply_edits(source, fix.edits),
                0.0 if fix.applicability == "safe" else 0.6,
                at_change=(finding.end_line or finding.line) > finding.line,
            )
        return found


FIXERS = [RuffFixer()]
