"""Single-line source edits located by the AST, shared by the LOGIC and TYPE_ERROR fixers.

Candidates must keep every byte of a file except the edited line, so the
fixers never unparse a tree. They find the node to change with `ast`, turn its
position into character columns of its line, and splice replacement text into
that one line. `ast` reports columns as UTF-8 byte offsets while `tokenize`
reports characters; `SourceFile` converts everything to characters.
"""

from __future__ import annotations

import ast
import bisect
import functools
import io
import re
import tokenize
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

# The statements an edit inside can be parsed alone (see SourceFile.parses_replacing).
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")

# Expressions that never need parentheses when placed next to a binary operator.
ATOMS = (
    ast.Name,
    ast.Attribute,
    ast.Call,
    ast.Subscript,
    ast.Constant,
    ast.List,
    ast.Tuple,
    ast.Dict,
    ast.Set,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
    ast.JoinedStr,
)


def split_lines(text: str) -> list[str]:
    """Lines with their endings, split exactly where the Python tokenizer splits them."""
    return _LINE_RE.findall(text)


def changed_region(old: str, new: str) -> tuple[list[str], list[str], int]:
    """(old lines, new lines, first line number) of the region an edit changed: the lines between
    the common first and last lines, without their endings, counted as the tokenizer counts them."""
    old_lines = [line.rstrip("\r\n") for line in split_lines(old)]
    new_lines = [line.rstrip("\r\n") for line in split_lines(new)]
    start, end = common_ends(old_lines, new_lines)
    return old_lines[start : len(old_lines) - end], new_lines[start : len(new_lines) - end], start + 1


def common_ends(before: list[str], after: list[str]) -> tuple[int, int]:
    """How many lines the two lists share at their start, and then at their end (never counting a
    line twice): what lies between is what an edit changed."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while end < min(len(before), len(after)) - start and before[-1 - end] == after[-1 - end]:
        end += 1
    return start, end


def shorten(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def named(node: ast.AST) -> str:
    """The name a node reads or calls by: `f` for `f` and `x.f`, "" for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def called_name(call: ast.Call) -> str:
    return named(call.func)


def imported_as(tree: ast.Module, module: str, name: str) -> str | None:
    """How the module's top level already spells `module.name` (`name`, an alias, `module.name`), else None."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == module and not node.level:
            for alias in node.names:
                if alias.name == name:
                    return alias.asname or name
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == module:
                    return f"{alias.asname or module}.{name}"
    return None


@dataclass(frozen=True)
class Edit:
    """Replacements inside one line: ((start_char, end_char, new_text), ...), non-overlapping."""

    line: int
    spans: tuple[tuple[int, int, str], ...]
    description: str
    prior: float = 0.5  # how likely this kind of edit is to be the fix, 0..1
    kind: str = ""
    path: str | None = None  # set when the edit is in another file than the one being examined
    adds_line: bool = False  # the replacement may hold "\n": a new line inserted after this one
    # The edit changes the value where it was MADE (a definition the crashing value was followed back
    # to, not the line that refused it): preferred over an edit at the use when both pass (repair.py).
    making_site: bool = False


@dataclass
class SourceFile:
    """One parsed Python file with helpers to read node text and splice one line."""

    path: str
    text: str
    tree: ast.Module
    lines: list[str] = field(init=False)
    _tokens: list[tokenize.TokenInfo] | None = field(init=False, default=None)
    _token_starts: list[tuple[int, int]] = field(init=False, default_factory=list)
    _parents: dict[int, ast.AST] = field(init=False, default_factory=dict)
    _by_line: dict[int, list[ast.AST]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.lines = split_lines(self.text)
        for parent in ast.walk(self.tree):
            for child in ast.iter_child_nodes(parent):
                self._parents[id(child)] = parent
            if hasattr(parent, "lineno") and getattr(parent, "end_lineno", None) is not None:
                for lineno in range(parent.lineno, parent.end_lineno + 1):
                    self._by_line.setdefault(lineno, []).append(parent)

    @classmethod
    def parse(cls, path: str, text: str) -> SourceFile | None:
        try:
            tree = ast.parse(text, filename=path)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return None
        return cls(path=path, text=text, tree=tree)

    # -- positions ------------------------------------------------------
    def line_text(self, lineno: int) -> str:
        """The line without its ending."""
        if not 1 <= lineno <= len(self.lines):
            return ""
        # (endswith, not a `(\r\n|\r|\n)\Z` regex: it tries every position of the line, and a long line
        # of many nodes is read once per node)
        line = self.lines[lineno - 1]
        if line.endswith("\r\n"):
            return line[:-2]
        return line[:-1] if line.endswith(("\n", "\r")) else line

    def char_col(self, lineno: int, byte_col: int) -> int:
        raw = self.line_text(lineno).encode("utf-8", errors="surrogateescape")
        return len(raw[:byte_col].decode("utf-8", errors="surrogateescape"))

    def start(self, node: ast.AST) -> tuple[int, int]:
        return node.lineno, self.char_col(node.lineno, node.col_offset)

    def end(self, node: ast.AST) -> tuple[int, int]:
        return node.end_lineno, self.char_col(node.end_lineno, node.end_col_offset)

    def on_one_line(self, node: ast.AST, lineno: int | None = None) -> bool:
        if getattr(node, "lineno", None) is None or node.end_lineno != node.lineno:
            return False
        return lineno is None or node.lineno == lineno

    def segment(self, node: ast.AST) -> str:
        (l1, c1), (l2, c2) = self.start(node), self.end(node)
        if l1 == l2:
            return self.line_text(l1)[c1:c2]
        parts = [self.line_text(l1)[c1:]]
        parts += [self.line_text(n) for n in range(l1 + 1, l2)]
        parts.append(self.line_text(l2)[:c2])
        return "\n".join(parts)

    def parent(self, node: ast.AST) -> ast.AST | None:
        return self._parents.get(id(node))

    def ancestors(self, node: ast.AST) -> Iterator[ast.AST]:
        current = self.parent(node)
        while current is not None:
            yield current
            current = self.parent(current)

    def nodes_touching(self, lineno: int) -> list[ast.AST]:
        """Every node whose source range includes the line, in walk order."""
        return list(self._by_line.get(lineno, ()))

    def nodes_starting(self, lineno: int) -> list[ast.AST]:
        return [n for n in self._by_line.get(lineno, ()) if n.lineno == lineno]

    # -- tokens ---------------------------------------------------------
    @property
    def tokens(self) -> list[tokenize.TokenInfo]:
        if self._tokens is None:
            try:
                toks = list(tokenize.generate_tokens(io.StringIO(self.text).readline))
            except (tokenize.TokenError, SyntaxError, IndentationError):
                toks = []
            self._tokens = toks
            self._token_starts = [t.start for t in toks]
        return self._tokens

    def tokens_between(self, start: tuple[int, int], end: tuple[int, int]) -> list[tokenize.TokenInfo]:
        """Significant tokens inside [start, end): parentheses, newlines and comments left out."""
        toks = self.tokens
        i = bisect.bisect_left(self._token_starts, start)
        found = []
        while i < len(toks) and toks[i].start < end:
            tok = toks[i]
            skipped = tok.type in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT) or (
                tok.type == tokenize.OP and tok.string in "()"
            )
            if tok.end <= end and not skipped:
                found.append(tok)
            i += 1
        return found

    def operator_between(self, left: ast.AST, right: ast.AST) -> tuple[int, int, int, str] | None:
        """(line, start_char, end_char, text) of the operator between two operands, on one line."""
        toks = self.tokens_between(self.end(left), self.start(right))
        if not toks or toks[0].start[0] != toks[-1].end[0]:
            return None
        line = toks[0].start[0]
        start, end = toks[0].start[1], toks[-1].end[1]
        return line, start, end, self.line_text(line)[start:end]

    def node_span(self, node: ast.AST) -> tuple[int, int, int] | None:
        """(line, start_char, end_char) when the node sits on one line."""
        if not self.on_one_line(node):
            return None
        line, start = self.start(node)
        return line, start, self.end(node)[1]

    # -- applying -------------------------------------------------------
    def apply(self, edit: Edit) -> str | None:
        """The whole new file text, or None when the edit does not parse."""
        if not 1 <= edit.line <= len(self.lines):
            return None
        original = self.lines[edit.line - 1]
        body = self.line_text(edit.line)
        ending = original[len(body) :]
        new_body = body
        for start, end, text in sorted(edit.spans, key=lambda s: s[0], reverse=True):
            if not 0 <= start <= end <= len(body):
                return None
            new_body = new_body[:start] + text + new_body[end:]
        if new_body == body or "\r" in new_body or ("\n" in new_body and not edit.adds_line):
            return None
        if edit.adds_line:
            new_body = new_body.replace("\n", ending or "\n")
        new_text = "".join(self.lines[: edit.line - 1]) + new_body + ending + "".join(self.lines[edit.line :])
        if not self.parses_replacing(first=edit.line, last=edit.line, new_lines=[new_body + ending]):
            return None
        return new_text

    def parses_replacing(self, *, first: int, last: int, new_lines: list[str]) -> bool:
        """Whether the file still parses once its lines first..last are replaced by new_lines.

        A fixer asks this for every candidate, and re-parsing a 2,000-line module hundreds of times
        was most of a LOGIC search's host time (1,083 parses, 19 of 25 s, on pyflakes' checker.py).
        Python's grammar is context-free apart from indentation, so an edit inside a function or
        class can only break that statement: it is parsed alone, moved to column 0 by removing the
        indentation every one of its lines shares. When that cannot be shown (a line of a multi-line
        string or the edit itself sits left of the statement), the whole file is parsed.
        """
        new_lines = split_lines("".join(new_lines))  # an edit that adds a line holds two
        for start, end in self._scopes_around(first, last):
            body = [*self.lines[start - 1 : first - 1], *new_lines, *self.lines[last:end]]
            snippet = _dedented(body, prefix=_leading_space(self.lines[start - 1]))
            if snippet is not None:
                return _parses(snippet)
        return _parses("".join([*self.lines[: first - 1], *new_lines, *self.lines[last:]]))

    def _scopes_around(self, first: int, last: int) -> list[tuple[int, int]]:
        """First and last lines (decorators included) of the defs and classes holding the lines, and
        of the top-level statement holding them, innermost first."""
        spans = set()
        scopes = [node for node in self._by_line.get(first, ()) if isinstance(node, SCOPES)]
        for node in [*scopes, *self.tree.body]:
            start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
            if start <= first and node.end_lineno >= last:
                spans.add((start, node.end_lineno))
        return sorted(spans, key=lambda span: span[1] - span[0])


T = TypeVar("T")


class TreeMemo:
    """Values built once per parsed file and kept for the file's later lookups, so a fixer that asks
    about every origin or line of one file walks it once. Keyed by the SourceFile's identity and
    checked against its tree, so an id reused after collection never answers for another file;
    bounded: cleared when `limit` files are held."""

    def __init__(self, *, limit: int) -> None:
        self.limit = limit
        self._held: dict[int, tuple[ast.Module, object]] = {}

    def get(self, sf: SourceFile, build: Callable[[SourceFile], T]) -> T:
        held = self._held.get(id(sf))
        if held is not None and held[0] is sf.tree:
            return held[1]  # type: ignore[return-value]
        if len(self._held) >= self.limit:
            self._held.clear()
        value = build(sf)
        self._held[id(sf)] = (sf.tree, value)
        return value


def _leading_space(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _dedented(lines: list[str], *, prefix: str) -> str | None:
    """The lines without the prefix; None when a line that is not blank does not start with it."""
    out = []
    for line in lines:
        if line.startswith(prefix):
            out.append(line[len(prefix) :])
        elif not line.strip():
            out.append("\n")
        else:
            return None
    return "".join(out)


def _parses(text: str) -> bool:
    try:
        ast.parse(text)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False
    return True


def same_tree(a: ast.AST, b: ast.AST) -> bool:
    return ast.dump(a) == ast.dump(b)


def parse_expr(text: str) -> ast.expr | None:
    try:
        return ast.parse(f"(\n{text}\n)", mode="eval").body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None


def needs_parens(node: ast.AST) -> bool:
    """True when the expression could bind differently next to a binary operator."""
    if isinstance(node, ATOMS):
        return False
    if isinstance(node, ast.UnaryOp) and not isinstance(node.op, ast.Not):
        return isinstance(node.operand, ast.BinOp) and isinstance(node.operand.op, ast.Pow)
    return True


def wrap(text: str, node: ast.AST, *, keep_binop: bool = False) -> str:
    if not needs_parens(node):
        return text
    if keep_binop and isinstance(node, ast.BinOp):
        return text
    return f"({text})"


def making_site_edit(
    sf: SourceFile, node: ast.AST, new: Callable[[str], str], description: str, prior: float, kind: str
) -> list[Edit]:
    """One edit replacing `node`'s text (on one line) by `new(text)`, where a value is made (Edit.making_site)."""
    span = sf.node_span(node)
    if span is None:
        return []
    line, start, end = span
    text = sf.line_text(line)[start:end]
    return [Edit(line, ((start, end, new(text)),), description, prior, kind, path=sf.path, making_site=True)]


def enclosing(sf: SourceFile, node: ast.AST, kinds: tuple[type, ...]) -> ast.AST | None:
    for anc in sf.ancestors(node):
        if isinstance(anc, kinds):
            return anc
    return None


FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def function_at(sf: SourceFile, lineno: int) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The innermost function whose body holds the line."""
    best = None
    for node in sf.nodes_touching(lineno):
        if isinstance(node, FUNCTIONS) and (best is None or node.lineno >= best.lineno):
            best = node
    return best


def class_at(sf: SourceFile, lineno: int) -> ast.ClassDef | None:
    best = None
    for node in sf.nodes_touching(lineno):
        if isinstance(node, ast.ClassDef) and (best is None or node.lineno >= best.lineno):
            best = node
    return best


def walk_own_scope(func: ast.AST) -> Iterator[ast.AST]:
    """Walk a function body without entering nested functions, lambdas or classes."""
    stack = list(ast.iter_child_nodes(func))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (*FUNCTIONS, ast.Lambda, ast.ClassDef)):
            continue
        stack.extend(ast.iter_child_nodes(node))


def is_generator(func: ast.AST) -> bool:
    """The function's own body yields (a nested def's, lambda's or class's yield is not its own): one
    answer for the decorators that need a generator (contextmanager) and the protocols whose method a
    generator satisfies (`__iter__`)."""
    return any(isinstance(node, (ast.Yield, ast.YieldFrom)) for node in walk_own_scope(func))


def parameters(func: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> list[ast.arg]:
    args = func.args
    found = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    if args.vararg:
        found.append(args.vararg)
    if args.kwarg:
        found.append(args.kwarg)
    return found


def node_memo(fn: Callable[..., dict[str, str]]) -> Callable[..., dict[str, str]]:
    """Cache fn(node, *args) -> dict by the node's identity (a copy is returned: callers may change it).

    The fixers ask for facts of the function around each edit once per candidate line and template:
    a 300-line function was walked ~500 times for one LOGIC search (12 of 18 s on the host). Edits are
    spliced into the text, never into a tree, so a node's facts never change. Each entry keeps its node,
    so its id cannot be reused by another node while cached.
    """
    cache: dict[tuple, tuple[ast.AST, dict[str, str]]] = {}

    @functools.wraps(fn)
    def cached(node: ast.AST, *args: object) -> dict[str, str]:
        key = (id(node), *args)
        entry = cache.get(key)
        if entry is None or entry[0] is not node:
            entry = (node, fn(node, *args))
            if len(cache) >= NODE_MEMO_SIZE:
                cache.pop(next(iter(cache)))
            cache[key] = entry
        return dict(entry[1])

    return cached


NODE_MEMO_SIZE = 64


def local_names(
    func: ast.FunctionDef | ast.AsyncFunctionDef, *, before_line: int | None = None
) -> dict[str, str]:
    """Names bound in the function's own scope -> "param" or "local" (comprehension variables excluded)."""
    return _local_names(func, before_line)


@node_memo
def _local_names(func: ast.FunctionDef | ast.AsyncFunctionDef, before_line: int | None) -> dict[str, str]:
    names: dict[str, str] = {a.arg: "param" for a in parameters(func)}
    # Comprehension targets are Store names inside `comprehension` nodes: local to the comprehension.
    targets = {
        id(sub)
        for comp in ast.walk(func)
        if isinstance(comp, ast.comprehension)
        for sub in ast.walk(comp.target)
    }
    for node in walk_own_scope(func):
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            if before_line is not None and node.lineno >= before_line:
                continue
            if id(node) in targets:
                continue
            names.setdefault(node.id, "local")
    return names


def module_names(tree: ast.Module) -> dict[str, str]:
    """Top-level names -> "import", "function", "class" or "variable"."""
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                if alias.name != "*":
                    names[(alias.asname or alias.name).split(".")[0]] = "import"
        elif isinstance(node, FUNCTIONS):
            names[node.name] = "function"
        elif isinstance(node, ast.ClassDef):
            names[node.name] = "class"
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for sub in ast.walk(target):
                    if isinstance(sub, ast.Name):
                        names.setdefault(sub.id, "variable")
        elif isinstance(node, (ast.If, ast.Try, ast.With)):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                    names.setdefault(sub.id, "variable")
                elif isinstance(sub, (ast.Import, ast.ImportFrom)):
                    for alias in sub.names:
                        if alias.name != "*":
                            names.setdefault((alias.asname or alias.name).split(".")[0], "import")
    return names


def class_attributes(cls: ast.ClassDef) -> dict[str, str]:
    """Attributes an instance of the class has -> "field", "attribute", "property" or "method"."""
    found: dict[str, str] = {}
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found[node.target.id] = "field"
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, "field")
        elif isinstance(node, FUNCTIONS):
            decorators = {d.id for d in node.decorator_list if isinstance(d, ast.Name)}
            decorators |= {d.attr for d in node.decorator_list if isinstance(d, ast.Attribute)}
            found.setdefault(
                node.name, "property" if decorators & {"property", "cached_property"} else "method"
            )
            args = node.args.posonlyargs + node.args.args
            if args and "staticmethod" not in decorators:
                me = args[0].arg
                for sub in ast.walk(node):
                    if (
                        isinstance(sub, ast.Attribute)
                        and isinstance(sub.ctx, ast.Store)
                        and isinstance(sub.value, ast.Name)
                        and sub.value.id == me
                    ):
                        found.setdefault(sub.attr, "attribute")
    return found


def ordinal(n: int) -> str:
    words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
    return words[n - 1] if 1 <= n <= len(words) else f"{n}th"


def text_valued(node: ast.AST) -> bool:
    """A str literal, an f-string, `str(...)` or `"...".format(...)`."""
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return True
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Name) and node.func.id == "str")
        or (
            isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and text_valued(node.func.value)
        )
    )
