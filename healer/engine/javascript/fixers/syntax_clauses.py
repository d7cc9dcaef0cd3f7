"""Two repairs the one-token edits cannot reach: clauses written in the wrong order, and a `super`
in a class that extends nothing.

- Clause transposition (the "swap" operator of the token-repair literature lifted from tokens to
  phrases; Santos et al., "Syntax and sensibility", 2018, repair by token edits, and the keyword
  order of ECMAScript's and TypeScript's grammars): a declaration's head is a run of clauses, each
  led by a word (`export`, `class Pitch`, `implements Rigged`, `extends Passage`, `async`, `static`),
  and the grammar fixes their order. Writing two in the wrong order breaks the parse at the second
  (esbuild: `Expected "{" but found "extends"`), and no edit of one token repairs it. Every two
  adjacent word-led clauses of the reported line are swapped, each candidate kept only if the file
  then parses (the caller's check), the swap nearest the parser's error first.
- `super` in a class with no heritage (ECMAScript 15.7.1 Early Errors: a `super()` call is allowed
  only in the constructor of a derived class; V8 "'super' keyword unexpected here"): the class was
  meant to extend another. The candidates are `extends B` for each class B the module can name
  (declared in it, or imported and declared as a class in the project), those whose constructor
  takes as many parameters as the `super(...)` call passes first; then the `super` statement
  removed (a class that should not derive).
"""

from __future__ import annotations

import itertools
import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, line_bounds, replace_span
from healer.engine.javascript.syntax import node_text

WORD = re.compile(r"[A-Za-z_$][\w$]*")
# The words that lead a clause of a declaration's head (ECMAScript's and TypeScript's modifiers and
# heritage keywords): the order among these is what the grammar fixes.
LEADERS = frozenset(
    (
        "export", "default", "declare", "abstract", "class", "interface", "function", "async", "static",
        "public", "private", "protected", "readonly", "override", "extends", "implements", "get", "set",
        "const", "let", "var", "enum", "type",
    )
)  # fmt: skip
# Where a declaration's head ends: its body, parameter list or value.
HEAD_ENDS = ("{", "(", "=", ";", ":")
LEXEME = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`(?:\\.|[^`\\])*`|[A-Za-z_$][\w$]*|\S")
CLASS_DECLARATION = re.compile(r"\bclass\s+(?P<name>[A-Z][\w$]*)")


def clause_swaps(text: str, path: str, *, line: int) -> list[Candidate]:
    """The reported line with two adjacent word-led clauses of its head swapped."""
    bounds = line_bounds(text, line)
    if bounds is None:
        return []
    start, end = bounds
    row = text[start:end]
    tokens = [(m.start(), m.end(), m.group()) for m in LEXEME.finditer(row)]
    # Split the head into clauses: a leader word starts one; the head stops at its body or list.
    clauses: list[tuple[int, int]] = []
    for begin, finish, token in tokens:
        if token in HEAD_ENDS:
            break
        if token in LEADERS or not clauses:
            clauses.append((begin, finish))
        else:
            clauses[-1] = (clauses[-1][0], finish)
    found = []
    for (a0, a1), (b0, b1) in itertools.pairwise(clauses):
        swapped = row[:a0] + row[b0:b1] + row[a1:b0] + row[a0:a1] + row[b1:]
        first, second = row[a0:a1].split()[0], row[b0:b1].split()[0]
        found.append(
            Candidate(
                path,
                text[:start] + swapped + text[end:],
                line,
                f"write the '{second}' clause before '{first}'",
            )
        )
    # The pair nearest the end of the head first: the parser stops at the second clause of the pair.
    return found[::-1]


def super_heritage_candidates(
    data: bytes, path: str, node: tree_sitter.Node, *, line: int, sources: dict[str, str]
) -> list[Candidate]:
    """`node`: a `super` keyword. Its class given a base, or the statement removed (see the doc)."""
    klass = node.parent
    while klass is not None and klass.type not in (
        "class_declaration",
        "class",
        "abstract_class_declaration",
    ):
        klass = klass.parent
    if klass is None or any(child.type == "class_heritage" for child in klass.children):
        return []
    name = klass.child_by_field_name("name")
    body = klass.child_by_field_name("body")
    if body is None:
        return []
    text = data.decode("utf-8", errors="surrogateescape")
    call = node.parent if node.parent is not None and node.parent.type == "call_expression" else None
    passed = None
    if call is not None and (arguments := call.child_by_field_name("arguments")) is not None:
        passed = len(arguments.named_children)
    bases = _nameable_classes(text, path, sources=sources, own=node_text(name) if name is not None else "")
    # The bases whose constructor takes what the super call passes first, each group in scope order.
    bases = [b for b in bases if passed is not None and b[1] == passed] + [
        b for b in bases if passed is None or b[1] != passed
    ]
    heritage_at = name.end_byte if name is not None else body.start_byte
    found = [
        Candidate(path, replace_span(data, heritage_at, heritage_at, f" extends {base}"), line,
                  f"make the class extend '{base}', whose constructor the super call runs")
        for base, _ in bases
    ]  # fmt: skip
    statement = node
    while statement.parent is not None and statement.type != "expression_statement":
        statement = statement.parent
    bounds = line_bounds(text, statement.start_point.row + 1)
    if statement.type == "expression_statement" and call is not None and bounds is not None:
        start, end = bounds
        if node_text(statement).strip() == text[start:end].strip():
            cut = encode_offset(text, start), encode_offset(text, min(end + 1, len(text)))
            found.append(
                Candidate(
                    path,
                    replace_span(data, *cut, ""),
                    line,
                    "remove the super call of a class that extends nothing",
                )
            )
    return found


def encode_offset(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-8", errors="surrogateescape"))


def _nameable_classes(
    text: str, path: str, *, sources: dict[str, str], own: str
) -> list[tuple[str, int | None]]:
    """(class name, its constructor's parameter count or None) of the classes this module can name:
    its own declarations, then its imports that some module of the project declares as a class."""
    declared: dict[str, int | None] = {}
    for source in sources.values():
        for match in CLASS_DECLARATION.finditer(source):
            declared.setdefault(match["name"], _constructor_arity(source, match.end()))
    own_classes = [m["name"] for m in CLASS_DECLARATION.finditer(text)]
    imported = [w for w in dict.fromkeys(_imported_names(text)) if w in declared]
    names = [n for n in dict.fromkeys([*own_classes, *imported]) if n != own]
    return [(n, declared.get(n)) for n in names]


IMPORTED = re.compile(
    r"import\s*\{(?P<named>[^}]*)\}|import\s+(?P<default>[A-Za-z_$][\w$]*)|const\s*\{(?P<required>[^}]*)\}\s*=\s*require"
)


def _imported_names(text: str) -> list[str]:
    names = []
    for match in IMPORTED.finditer(text):
        listed = match["named"] or match["required"] or match["default"] or ""
        for part in listed.split(","):
            words = WORD.findall(part)
            if words:
                names.append(words[-1])
    return names


def _constructor_arity(source: str, at: int) -> int | None:
    """The parameter count of the first constructor after `at` (the class's, as a rule)."""
    match = re.compile(r"\bconstructor\s*\((?P<params>[^)]*)\)").search(source, at)
    if match is None:
        return None
    return len([p for p in match["params"].split(",") if p.strip()])


def pattern_placeholder_candidates(
    data: bytes, path: str, node: tree_sitter.Node, *, line: int
) -> list[Candidate]:
    """`const [swim, _, bike, _, run] = legs` ("Identifier '_' has already been declared"): a name an
    array pattern binds twice and nothing reads is a placeholder, and an array pattern skips an
    element with a hole (`[swim, , bike, , run]`), the same as the unread repeated parameter."""
    text = data.decode("utf-8", errors="surrogateescape")
    found = []
    for declarator in (c for c in node.children if c.type == "variable_declarator"):
        pattern = declarator.child_by_field_name("name")
        if pattern is None or pattern.type != "array_pattern":
            continue
        elements = list(pattern.named_children)
        names = [node_text(e) for e in elements if e.type == "identifier"]
        repeated = [n for n in dict.fromkeys(names) if names.count(n) > 1]
        for name in repeated:
            # Read anywhere else in the module: not a placeholder.
            if len(re.findall(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", text)) > names.count(name):
                continue
            holes = ", ".join(
                "" if e.type == "identifier" and node_text(e) == name else node_text(e) for e in elements
            )
            found.append(
                Candidate(path, replace_span(data, pattern.start_byte, pattern.end_byte, f"[{holes}]"), line,
                          f"skip the elements bound to the placeholder '{name}' with holes")
            )  # fmt: skip
    return found


def moved_tokens(text: str, path: str, *, line: int, column: int) -> list[Candidate]:
    """The punctuator at the parser's error moved to each other gap between the tokens of its line
    (`kiteM2: number?;` → `kiteM2?: number;`): the "move" operator of token repair (a token written one
    place too late or too early), nearest gap first. Words stay where they are: moving a name changes
    what the code is about."""
    bounds = line_bounds(text, line)
    if bounds is None or column < 1:
        return []
    start, end = bounds
    row = text[start:end]
    tokens = [(m.start(), m.end(), m.group()) for m in LEXEME.finditer(row)]
    at = next((i for i, (s, e, _) in enumerate(tokens) if s <= column - 1 < e), None)
    if at is None or WORD.fullmatch(tokens[at][2]) or tokens[at][2][0] in "'\"`":
        return []
    begin, finish, token = tokens[at]
    rest = row[:begin] + row[finish:]
    found = []
    for i, (_, e, _word) in sorted(enumerate(tokens), key=lambda pair: abs(pair[0] - at)):
        # After itself or after the token before it: where it already is.
        if i in (at, at - 1):
            continue
        # The gap right after token i, in the line without the moved token.
        gap = e if e <= begin else e - (finish - begin)
        moved = rest[:gap] + token + rest[gap:]
        found.append(
            Candidate(path, text[:start] + moved + text[end:], line, f"move '{token}' after '{tokens[i][2]}'")
        )
    return found


def wrapped_lists(text: str, path: str, *, line: int, column: int) -> list[Candidate]:
    """A comma list of names where one binding was meant (`for (const phase, max of …)`, `const a, b =
    pair`): the run of `name, name` around the parser's error wrapped in `[…]`, then `{…}` — the
    destructuring patterns; an insertion of a matching pair, which the one-token edits cannot make."""
    bounds = line_bounds(text, line)
    if bounds is None:
        return []
    start, end = bounds
    row = text[start:end]
    found = []
    for match in re.finditer(r"[A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)+", row):
        if column and not match.start() <= column - 1 <= match.end() + 1:
            continue
        before = row[: match.start()].rstrip()
        # Only a binding's place: after a declaration keyword.
        if not re.search(r"\b(?:const|let|var)$", before):
            continue
        for opener, closer in (("[", "]"), ("{ ", " }")):
            wrapped = row[: match.start()] + opener + match.group() + closer + row[match.end() :]
            found.append(
                Candidate(path, text[:start] + wrapped + text[end:], line, f"destructure '{match.group()}' with {opener.strip()}…{closer.strip()}")
            )  # fmt: skip
    return found
