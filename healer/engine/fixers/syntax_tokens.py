"""SYNTAX: character- and token-level edits at the parser's error, and a check that a repair keeps code code.

The generic edit search (syntax_search.py) edits whole tokens from fixed vocabularies. Three kinds
of slip sit below or between its edits, each generic over the compiler's message:

- an operator typed with one wrong, missing, extra or swapped character (`=>` for `->`, `=<` for
  `<=`, `:=` for `=`, `* *` for `**`): the tokenizer splits such a run into tokens none of which is
  the operator meant, so no single token edit reaches it. `operator_typos` makes the Damerau edits
  (one character deleted, inserted, replaced or two swapped) of each run of adjacent operator
  characters near the error column, the classic one-typo model of spelling repair applied to
  operators;
- a string's prefix letter too many or too few (an `f` before a `str.format` template whose `{}`
  the f-string parser rejects): `prefix_edits` deletes or adds one prefix letter of a string token
  near the column;
- a parenthesised span whose brackets were dropped (`yield from (i, j) for j in adj`): `wrapped`
  inserts a `(`...`)` pair around the rest of the expression from a token near the column (one
  edit of the pair-insertion kind of Burke & Fisher's repair, not two independent insertions).

And one check on compiling repairs: a repair must not turn code into a string's contents. A line
moved so that it opens a docstring, or a quote inserted, compiles by swallowing the statements
after it into a literal; `swallows_code` rejects a repair after which more physical lines lie
inside string literals than before, when the broken file tokenizes at all. And a ranking of the
compiling ones by meaning: `unbound_names` counts the names the repaired function reads that
nothing binds any more, and the search ranks a repair that leaves more of them after one that
leaves fewer (the repairs of one error share the names other faults leave unbound).
"""

from __future__ import annotations

import ast
import builtins
import io
import keyword
import tokenize
from collections.abc import Iterator

OPERATOR_CHARS = "=<>!-+*/%&|^~:.@"
TYPO_RUNS = 2  # the operator runs nearest the error column that get typo edits
PREFIX_LETTERS = "frbu"
WRAP_SPOTS = 4  # token starts nearest the column, at or before it, that may open a wrapped span
VALID_OPERATORS = frozenset(
    {
        *"=<>-+*/%&|^~:.@,;",
        *("==", "!=", "<=", ">=", "->", ":=", "**", "//", "<<", ">>", "+=", "-=", "*=", "/="),
        *("%=", "&=", "|=", "^=", "@=", "**=", "//=", "<<=", ">>=", "..."),
    }
)

Token = tuple[int, int, str, int]
STATEMENT_WORDS = frozenset(keyword.kwlist) - {"not", "lambda", "await", "None", "True", "False"}
RUN_REPLACEMENTS = ("and", "or", "not", "is", "==", "!=", "=", "->", "**", "//")
BUILTIN_NAMES = frozenset(dir(builtins)) | {"__file__", "__name__", "__doc__", "__class__"}


def operator_runs(body: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """(start, end) of each run of adjacent operator tokens made of operator characters alone."""
    runs: list[tuple[int, int]] = []
    for start, end, string, kind in tokens:
        if (
            kind not in (tokenize.OP, tokenize.ERRORTOKEN)
            or not string
            or any(char not in OPERATOR_CHARS for char in string)
        ):
            continue
        if string in "()[]{},;":
            continue
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def operator_typos(body: str, tokens: list[Token], column: int | None) -> Iterator[tuple[str, str, float]]:
    """(new line, description, cost) for one-character edits of the operator runs near `column`.

    A run that is no operator at all (`=>`, `=<`, `!`) is the likelier slip: its edits cost a
    plain edit; a run that is a valid operator (`:=` where `=` belongs) costs a little more, so a
    token edit the search ranked first keeps its place."""
    runs = operator_runs(body, tokens)
    if not runs:
        return
    anchor = column if column is not None else len(body)
    runs = sorted(runs, key=lambda run: min(abs(run[0] - anchor), abs(run[1] - anchor)))[:TYPO_RUNS]
    for start, end in runs:
        run = body[start:end]
        if len(run) == 1 and run in VALID_OPERATORS:
            # A lone valid operator's slips are the search's own token edits (its class, an
            # insertion beside it); typo edits there would only spend the compile budget.
            continue
        cost = 1.4 if run in VALID_OPERATORS else 1.0
        seen: set[str] = {run}
        backwards = reversed_operator(run)
        if backwards is not None:
            # `=!`, `=<`, `=>`: a comparison typed backwards, its characters swapped, first of all
            # (every character kept); the whole-run words below would change its meaning.
            seen.add(backwards)
            line = body[:start] + backwards + body[end:]
            yield line, f"replace the operator `{run}` by `{backwards}` (typed backwards)", cost - 0.3
        if run not in VALID_OPERATORS and len(run) > 1:
            # A run no Python operator spells is often another language's (`&&`, `||`, `===`):
            # the whole run replaced by one operator or operator keyword, one token's edit.
            for word in RUN_REPLACEMENTS:
                if "=" in run and word in BOOLEAN_WORDS:
                    continue  # `and`/`or` is never what a mistyped `=` meant (`=!` is `!=` backwards)
                if word not in seen:
                    seen.add(word)
                    if word[0].isalpha():
                        line = f"{body[:start].rstrip()} {word} {body[end:].lstrip()}"
                    else:
                        line = body[:start] + word + body[end:]
                    yield line, f"replace the operator `{run}` by `{word}`", cost + 0.2
        for new, what in _damerau(run):
            if new in seen:
                continue
            seen.add(new)
            line = body[:start] + new + body[end:]
            shown = f"`{new}`" if new else "nothing"
            # Two characters swapped keep every character typed: the least change of meaning,
            # ahead of a deletion at the same place.
            swapped = what == "two characters swapped"
            yield line, f"replace the operator `{run}` by {shown} ({what})", cost - 0.1 * swapped


BOOLEAN_WORDS = frozenset({"and", "or"})
BACKWARDS = {"=!": "!=", "=<": "<=", "=>": ">="}


def reversed_operator(run: str) -> str | None:
    """The comparison a two-character run spells backwards (`=!` -> `!=`), None for any other run."""
    return BACKWARDS.get(run)


def _damerau(run: str) -> Iterator[tuple[str, str]]:
    for index in range(len(run)):
        yield run[:index] + run[index + 1 :], f"delete `{run[index]}`"
    for index in range(len(run)):
        for char in OPERATOR_CHARS:
            if char != run[index]:
                yield run[:index] + char + run[index + 1 :], f"`{run[index]}` typed for `{char}`"
    for index in range(len(run) - 1):
        if run[index] != run[index + 1]:
            yield run[:index] + run[index + 1] + run[index] + run[index + 2 :], "two characters swapped"
    for index in range(len(run) + 1):
        for char in OPERATOR_CHARS:
            yield run[:index] + char + run[index:], f"`{char}` missing"


def prefix_edits(body: str, tokens: list[Token], column: int | None) -> Iterator[tuple[str, str, float]]:
    """(new line, description, cost): one prefix letter deleted from, or added to, the string nearest `column`."""
    strings = [token for token in tokens if token[3] == tokenize.STRING]
    if not strings:
        return
    anchor = column if column is not None else len(body)
    start, end, string, _ = min(
        strings, key=lambda token: min(abs(token[0] - anchor), abs(token[1] - anchor))
    )
    quote = min(index for index in (string.find("'"), string.find('"')) if index >= 0)
    prefix = string[:quote]
    for index, letter in enumerate(prefix):
        new = prefix[:index] + prefix[index + 1 :] + string[quote:]
        yield body[:start] + new + body[end:], f"drop the string prefix `{letter}`", 1.0
    for letter in PREFIX_LETTERS:
        if letter not in prefix.lower():
            yield body[:start] + letter + string + body[end:], f"add the string prefix `{letter}`", 1.2


def wrapped(body: str, tokens: list[Token], column: int | None) -> Iterator[tuple[str, str, float]]:
    """(new line, description, cost): `(` before a token near `column`, `)` where the expression
    ends (the line's end, or before a block header's closing `:`), brackets balanced between."""
    if not tokens:
        return
    anchor = column if column is not None else len(body)
    last = tokens[-1][1]
    if tokens[-1][2] == ":" and len(tokens) > 1:
        last = tokens[-2][1]
    # An expression starts at an operand or an opening bracket, never at a statement keyword.
    starts = [
        start
        for start, _, string, kind in tokens
        if (kind != tokenize.OP and string not in STATEMENT_WORDS) or string in "([{"
    ]
    before = sorted((start for start in starts if start <= anchor), key=lambda start: anchor - start)
    # And the first operand after the column (the parser may point at the `*` before it).
    spots = before[:WRAP_SPOTS] + [start for start in starts if start > anchor][:1]
    for spot in spots:
        index = next(i for i, token in enumerate(tokens) if token[0] == spot)
        if index == 0 or _operand_end(tokens[index - 1]):
            # `(` right after an operand makes a call or a subscript of it (`0x50 (0xD0)`): it
            # compiles by changing what the line means, never by grouping.
            continue
        for end in _span_ends(tokens, spot, last):
            inner = body[spot:end]
            # One token in parentheses groups nothing.
            if sum(spot <= token[0] < end for token in tokens) > 1:
                # Grouping added keeps every token: ranked with a one-token edit, ahead of the
                # deletions at the same place (an operator deleted changes what the line means).
                yield body[:spot] + "(" + inner + ")" + body[end:], f"parenthesise `{inner.strip()}`", 1.0


def _operand_end(token: Token) -> bool:
    _, _, string, kind = token
    if kind == tokenize.NAME:
        return not keyword.iskeyword(string) or string in ("None", "True", "False")
    return kind in (tokenize.NUMBER, tokenize.STRING) or string in (")", "]", "}")


def _span_ends(tokens: list[Token], spot: int, last: int) -> list[int]:
    """Where an expression from `spot` may end at its own bracket depth: before each comma of
    that depth past the error, before the closer of the bracket around it, or the line's end."""
    ends: list[int] = []
    depth = 0
    previous = None
    for start, end, string, kind in tokens:
        if start < spot:
            continue
        if kind == tokenize.OP and string in "([{":
            depth += 1
        elif kind == tokenize.OP and string in ")]}":
            if depth == 0:
                if previous is not None:
                    ends.append(previous)
                return ends
            depth -= 1
        elif kind == tokenize.OP and string == "," and depth == 0 and previous is not None:
            ends.append(previous)
        previous = end
        if end >= last:
            break
    if depth == 0 and previous is not None:
        ends.append(min(previous, last))
    return ends


def string_lines(source: str) -> int | None:
    """How many physical lines lie inside string literals spanning lines; None when `source` does not tokenize."""
    covered = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.STRING and token.end[0] > token.start[0]:
                covered += token.end[0] - token.start[0]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None
    return covered


def swallows_code(before: int | None, repaired: str) -> bool:
    """Whether `repaired` holds more lines inside strings than the broken text did (`before`, from
    string_lines): code turned into a literal's contents compiles and means nothing."""
    if before is None:
        return False
    after = string_lines(repaired)
    return after is not None and after > before


def unbound_names(source: str, line: int) -> int:
    """How many names the function around `line` reads that nothing binds (the function and those
    around it, the module, the builtins): a repair that compiles by turning a parameter into an
    expression (`message=None *args`) or deleting the `**` of `**kwargs` leaves its body reading
    a name no longer bound. 0 when `source` does not parse, `line` is in no function or the module
    star-imports (its names are unknown)."""
    found = _enclosing_functions(source, line)
    if found is None:
        return 0
    module, functions = found
    # Every name bound anywhere in the module, the enclosing functions' own included (lenient: a
    # class attribute or another function's local counts too).
    bound = BUILTIN_NAMES | _bindings(module)
    innermost = functions[-1]
    read = {
        node.id
        for node in ast.walk(innermost)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
    }
    return len(read - bound)


def line_unbound(source: str, line: int) -> int:
    """How many names `line` reads inside a function that its own scopes do not bind: not the
    enclosing functions (their parameters, assignments, imports, and those of the lambdas and
    comprehensions in them), not the module's top level, not the builtins. unbound_names is
    lenient (a name any function of the module binds counts as bound); this one is not, for the
    repaired line alone: deleting `=` from an arrow function `(node) => node.name` compiles as
    `(node) > node.name` and reads `node`, which another method's loop binds but this scope does
    not (a NameError there, the first run). 0 when `source` does not parse, `line` is in no
    function or the module star-imports."""
    found = _enclosing_functions(source, line)
    if found is None:
        return 0
    module, functions = found
    bound = set(BUILTIN_NAMES) | _top_level_bindings(module)
    for function in functions:
        bound |= _bindings(function)
    read = {
        name.id
        for name in ast.walk(functions[-1])
        if isinstance(name, ast.Name) and isinstance(name.ctx, ast.Load) and name.lineno == line
    }
    return len(read - bound)


def _enclosing_functions(source: str, line: int) -> tuple[ast.Module, list[ast.AST]] | None:
    """The parsed module and the functions around `line`, outermost first (through classes too);
    None when `source` does not parse, the module star-imports (its names are unknown) or `line`
    is in no function."""
    try:
        module = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    if any(isinstance(node, ast.ImportFrom) and node.names[0].name == "*" for node in ast.walk(module)):
        return None
    functions: list[ast.AST] = []
    node: ast.AST = module
    while True:
        inner = next(
            (
                child
                for child in ast.iter_child_nodes(node)
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                and child.lineno <= line <= (child.end_lineno or child.lineno)
            ),
            None,
        )
        if inner is None:
            break
        if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions.append(inner)
        node = inner
    return (module, functions) if functions else None


def _top_level_bindings(module: ast.Module) -> set[str]:
    """The names the module's own scope binds (not those inside its functions and classes)."""
    names: set[str] = set()
    stack: list[ast.AST] = list(module.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            continue
        if isinstance(node, ast.Lambda):
            continue
        names |= _bindings_here(node)
        stack.extend(ast.iter_child_nodes(node))
    # `global cache` in a function: its assignments bind the module's name.
    names.update(n for node in ast.walk(module) if isinstance(node, ast.Global) for n in node.names)
    return names


def _bindings_here(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
        return {node.id}
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return set(node.names)
    if isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
        return {node.name}
    if isinstance(node, ast.MatchMapping) and node.rest:
        return {node.rest}
    return set()


def _bindings(scope: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(scope):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        else:
            names |= _bindings_here(node)
    return names
