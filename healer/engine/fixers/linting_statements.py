"""LINTING: statements joined on one line, put back on lines of their own (E701, E702, E703, E704).

pycodestyle's compound-statement checks report a line that holds more than one statement: joined by
`;` (E702), ended by a needless `;` (E703), or a block's body written after its header's colon
(E701 `if x: y`, E704 `def f(): return 1`). ruff offers a fix only for E703. The rewrite is the
one pycodestyle asks for and a formatter would write: each `;`-separated statement on a line of
its own at the line's indentation (the needless last `;` dropped), and a header's inline body on the
next line, one level deeper. Only `;` and `:` outside every bracket, string and lambda split;
a line continued onto the next one (an open bracket, a backslash) is left alone. The caller has
the project's ruff re-check each rewrite (linting_styles.checked) before it becomes a candidate.
"""

from __future__ import annotations

import ast
import io
import tokenize

from healer.engine.fixers.lineedit import split_lines

STATEMENT_CODES = ("E701", "E702", "E703", "E704")
HEADERS = ("if", "elif", "else", "for", "while", "with", "try", "except", "finally", "def", "class", "async")
INDENT_STEP = "    "


def _top_level_ops(code: str) -> list[tuple[str, int]] | None:
    """(`;` or `:`, column) of the operators outside brackets and lambdas on one line's code; None
    when the line does not tokenize on its own (a continued statement)."""
    found: list[tuple[str, int]] = []
    depth = 0
    lambdas = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(code + "\n").readline):
            if token.type == tokenize.NAME and token.string == "lambda" and depth == 0:
                lambdas += 1
            elif token.type == tokenize.OP:
                if token.string in "([{":
                    depth += 1
                elif token.string in ")]}":
                    depth -= 1
                elif depth == 0 and token.string == ":" and lambdas:
                    lambdas -= 1  # the lambda's own colon
                elif depth == 0 and token.string in (";", ":"):
                    found.append((token.string, token.start[1]))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None
    return found if depth == 0 else None


def statement_split_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """(new source, description): the line's statements each on a line of their own."""
    lines = source.splitlines(keepends=True)
    if not 1 <= line <= len(lines):
        return []
    text = lines[line - 1]
    body = text.rstrip("\r\n")
    ending = text[len(body) :] or "\n"
    indent = body[: len(body) - len(body.lstrip())]
    ops = _top_level_ops(body)
    if not ops:
        return []
    pieces: list[str] = []
    start = len(indent)
    first_word = body.lstrip().split(maxsplit=1)[0].rstrip(":") if body.strip() else ""
    header_colon = next((col for op, col in ops if op == ":"), None) if first_word in HEADERS else None
    out: list[str] = []
    if header_colon is not None:
        # `if x: y; z` -> header, then the body's statements one level deeper.
        out.append(body[: header_colon + 1].rstrip() + ending)
        start = header_colon + 1
        inner = indent + INDENT_STEP
    else:
        inner = indent
    for op, col in ops:
        if op == ";" and col > start:
            pieces.append(body[start:col])
            start = col + 1
    pieces.append(body[start:])
    statements = [piece.strip() for piece in pieces if piece.strip()]
    if not statements:
        return []
    first_indent = indent if header_colon is None else inner
    out += [first_indent + statements[0] + ending] + [inner + s + ending for s in statements[1:]]
    new = "".join(lines[: line - 1]) + "".join(out) + "".join(lines[line:])
    if new == source:
        return []
    try:
        ast.parse(new)
    except (SyntaxError, ValueError):
        return []
    what = "the header's body on its own line" if header_colon is not None else "one statement a line"
    return [(new, f"split the joined statements: {what}")]


def lambda_assignment_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """E731, a lambda assigned to a name, when the lambda only calls a function with its own
    parameters in order (`add = lambda item: items.append(item)`): the function itself, bound
    (`add = items.append`), by eta-reduction, the rewrite pylint's unnecessary-lambda (W0108)
    asks for. ruff's own fix (a `def`) stays for every other lambda. Only a lambda on one line with
    plain positional parameters (no defaults, `*args`, keyword-only), a call with exactly those
    arguments and no keywords, and a callee (a name or attribute chain) that reads none of them.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    # Numbered as ast numbers them (str.splitlines() also breaks at a form feed or U+2028, which
    # put the callee on another line: round 50's review).
    lines = split_lines(source)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    found: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.lineno != line:
            continue
        scope, in_loop = _scope_of(node, parents)
        if isinstance(scope, ast.ClassDef):
            # Round 50's review: in a class body the lambda is a method, the instance its first
            # argument; a builtin or a bound method is no descriptor (`size = len` makes
            # `A().size()` call len() with nothing), so the callee is not the same attribute.
            continue
        lam = node.value
        if not isinstance(lam, ast.Lambda) or lam.lineno != lam.end_lineno:
            continue
        args = lam.args
        if args.vararg or args.kwarg or args.kwonlyargs or args.defaults or args.posonlyargs:
            continue
        params = [a.arg for a in args.args]
        body = lam.body
        if not isinstance(body, ast.Call) or body.keywords or not _chain(body.func):
            continue
        if [a.id if isinstance(a, ast.Name) else None for a in body.args] != params:
            continue
        if any(isinstance(n, ast.Name) and n.id in params for n in ast.walk(body.func)):
            continue
        if not _read_once(tree, body.func, node, scope, in_loop=in_loop, parents=parents):
            continue
        callee = ast.unparse(body.func)
        encoded = lines[lam.lineno - 1].encode()
        rewritten = (
            encoded[: lam.col_offset] + callee.encode() + encoded[lam.end_col_offset or 0 :]
        ).decode()
        new = "".join([*lines[: lam.lineno - 1], rewritten, *lines[lam.lineno :]])
        found.append((new, f"bind {callee} itself instead of a lambda that only calls it"))
    return found


def _chain(node: ast.expr) -> bool:
    """A name or a chain of attributes of one (`f`, `self.items.append`)."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


_SCOPES = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)


def _scope_of(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> tuple[ast.AST, bool]:
    """The function, class or module `node` runs in, and whether a loop of that scope holds it."""
    in_loop = False
    current = parents.get(node)
    while current is not None and not isinstance(current, _SCOPES):
        in_loop = in_loop or isinstance(current, _LOOPS)
        current = parents.get(current)
    return current if current is not None else node, in_loop


def _read_once(
    tree: ast.Module,
    callee: ast.expr,
    assignment: ast.stmt,
    scope: ast.AST,
    *,
    in_loop: bool,
    parents: dict[ast.AST, ast.AST],
) -> bool:
    """Whether reading `callee` once, at the assignment, is reading it at every call: the lambda
    reads it late, when called. Round 50's review: so its root name must be bound before the
    assignment and never again after it (`handle = lambda e: process(e)` above `def process`
    would fail at import; `out` rebound by a `global` in reset() would leave the bound
    `out.append` on the old list), nor an attribute of the chain assigned after it in the scope
    or anywhere in another function.
    Conservative: a loop around the assignment, a `global`/`nonlocal` of the name anywhere, or a
    free name an enclosing function binds, and the lambda stays (ruff's `def` is still offered).
    """
    root = callee
    while isinstance(root, ast.Attribute):
        root = root.value
    name = root.id if isinstance(root, ast.Name) else ""
    if any(isinstance(n, ast.Global | ast.Nonlocal) and name in n.names for n in ast.walk(tree)):
        return False
    at = (assignment.lineno, assignment.col_offset)
    prefixes = set()
    chain = callee
    while isinstance(chain, ast.Attribute):
        prefixes.add(ast.unparse(chain))
        chain = chain.value
    own = {id(n) for n in _own_nodes(scope)}
    stored = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute) and not isinstance(n.ctx, ast.Load) and ast.unparse(n) in prefixes
    ]
    # An attribute of the chain assigned after the lambda, in a loop around it, or by another
    # function (connect() setting self.client, which may run after the bound callee was read).
    if any(id(n) not in own or (n.lineno, n.col_offset) >= at or in_loop for n in stored):
        return False
    local = _bindings(scope, name)
    if local:
        return not in_loop and all(place < at for place in local)
    if isinstance(scope, ast.Module):
        return True  # a builtin or a star import's name, bound before the module's code runs
    top, outer = scope, _scope_of(scope, parents)[0]
    while not isinstance(outer, ast.Module):
        if _bindings(outer, name):
            return False  # an enclosing function's variable: it may change before the call
        top, outer = outer, _scope_of(outer, parents)[0]
    # A module's name: bound once, or only above the def (a star import, then `import math`), so
    # that it holds its last value before the function can first run.
    module = _bindings(outer, name)
    return len(module) <= 1 or all(place < (top.lineno, top.col_offset) for place in module)


def _own_nodes(scope: ast.AST) -> list[ast.AST]:
    """The nodes of a scope's own code: not those of the functions, classes and lambdas it holds
    (their names and defaults aside, which the scope itself binds and evaluates)."""
    found: list[ast.AST] = []
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        found.append(node)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        if isinstance(node, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            todo.append(node.generators[0].iter)  # the first iterable is the only part the scope runs
            continue
        todo.extend(ast.iter_child_nodes(node))
    return found


def _bindings(scope: ast.AST, name: str) -> list[tuple[int, int]]:
    """Where the scope binds (or deletes) `name`: assignments, loop and `with` targets, imports,
    defs and classes, exception names, a function's own parameters (at its header)."""
    places: list[tuple[int, int]] = []
    if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
        arguments = scope.args
        every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        every += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
        if any(a.arg == name for a in every):
            places.append((scope.lineno, scope.col_offset))
    places += [(n.lineno, n.col_offset) for n in _own_nodes(scope) if _names_bound(n) & {name, "*"}]
    return places


def _names_bound(node: ast.AST) -> set[str]:
    """The names one node binds or deletes in the scope it stands in (`*` for a star import)."""
    if isinstance(node, ast.Name):
        return set() if isinstance(node.ctx, ast.Load) else {node.id}
    if isinstance(node, ast.Import | ast.ImportFrom):
        return {a.asname or a.name.split(".")[0] for a in node.names}
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return {node.name}
    if isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar) and node.name:
        return {node.name}
    return set()
