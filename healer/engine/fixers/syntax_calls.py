"""SYNTAX: a call whose arguments break the call grammar (CPython's fixed messages).

The grammar of a call's arguments (the language reference, "Calls") puts every positional
argument before the keyword ones and allows an unparenthesised generator expression only as the
sole argument. CPython names both faults:
  "positional argument follows keyword argument" (also "... keyword argument unpacking"),
  "Generator expression must be parenthesized".
Repairs, each a template a programmer would pick:
  1. drop the keyword of a keyword argument written before a positional one, when the callee's
     signature (found in the repository) has that parameter at that position, or when no
     signature is found;
  2. name the positional arguments after the first keyword one from the callee's parameters
     (a name passed to the parameter of the same name first: `f(a=1, title, ...)` lost `title=`);
  3. move the keyword arguments after the positional ones;
  4. parenthesise a generator expression that is not the sole argument.
Arguments are read from the tokenizer, never from text patterns, so strings, nested calls and
lines split inside the brackets are handled; every candidate still has to compile.
"""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from healer.engine.fixers.lineedit import FUNCTIONS
from healer.engine.fixers.type_site import signature

POSITIONAL_AFTER_KEYWORD = "positional argument follows keyword argument"
UNPARENTHESISED_GENERATOR = "generator expression must be parenthesized"
OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {")", "]", "}"}

# The callee's parameters by its name (the called name, and whether it was called as an attribute).
Signature = Callable[[str, bool], list[str] | None]


@dataclass(frozen=True)
class _Argument:
    start: int  # offsets in the whole source
    end: int
    keyword: str | None  # the name of a `name=value` argument
    value_start: int  # where the value starts (after `name=`)
    starred: str  # "*", "**" or ""
    generator: bool  # an unparenthesised `x for x in y`


@dataclass(frozen=True)
class _Call:
    name: str  # the called name ("" when the callee is not a name)
    attribute: bool  # called as `obj.name(...)`
    arguments: list[_Argument]


def matches(message: str) -> bool:
    lowered = message.lower()
    return POSITIONAL_AFTER_KEYWORD in lowered or UNPARENTHESISED_GENERATOR in lowered


def _tokens(source: str) -> list[tokenize.TokenInfo]:
    """The source's tokens up to the first one the tokenizer cannot read (a later error is not ours)."""
    found: list[tokenize.TokenInfo] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            found.append(token)
    except (tokenize.TokenError, SyntaxError):
        pass
    return found


def _offsets(source: str) -> list[int]:
    starts = [0, 0]
    for text in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(text))
    return starts


def _calls_around(source: str, line: int, column: int | None) -> Iterator[_Call]:
    """The calls whose brackets hold (line, column), innermost first."""
    tokens = [t for t in _tokens(source) if t.type not in (tokenize.NL, tokenize.COMMENT)]
    starts = _offsets(source)

    def at(position: tuple[int, int]) -> int:
        return starts[position[0]] + position[1]

    spot = at((line, column if column is not None else 0))
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.type != tokenize.OP:
            continue
        if token.string in OPENERS:
            stack.append(index)
        elif token.string in CLOSERS and stack:
            opener = stack.pop()
            if at(tokens[opener].start) <= spot <= at(token.end) and tokens[opener].string == "(":
                pairs.append((opener, index))
    pairs.sort(key=lambda pair: at(tokens[pair[0]].start), reverse=True)
    for opener, closer in pairs:
        before = tokens[opener - 1] if opener > 0 else None
        if before is None or not (
            (before.type == tokenize.NAME and before.string not in _KEYWORDS) or before.string in (")", "]")
        ):
            continue
        name = before.string if before.type == tokenize.NAME else ""
        attribute = opener > 1 and tokens[opener - 2].string == "."
        yield _Call(name=name, attribute=attribute, arguments=_arguments(tokens[opener + 1 : closer], at))


_KEYWORDS = frozenset(
    {"if", "elif", "while", "for", "in", "not", "and", "or", "return", "yield", "assert", "del"}
)


def _arguments(tokens: list[tokenize.TokenInfo], at: Callable[[tuple[int, int]], int]) -> list[_Argument]:
    groups: list[list[tokenize.TokenInfo]] = [[]]
    depth = 0
    generators: list[bool] = [False]
    for token in tokens:
        if token.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
            continue
        if token.type == tokenize.OP and token.string in OPENERS:
            depth += 1
        elif token.type == tokenize.OP and token.string in CLOSERS:
            depth -= 1
        if depth == 0 and token.type == tokenize.OP and token.string == ",":
            groups.append([])
            generators.append(False)
            continue
        if depth == 0 and token.type == tokenize.NAME and token.string == "for":
            generators[-1] = True
        groups[-1].append(token)
    found: list[_Argument] = []
    for group, generator in zip(groups, generators, strict=True):
        if not group:
            continue
        keyword = None
        value_start = at(group[0].start)
        if len(group) > 2 and group[0].type == tokenize.NAME and group[1].string == "=":
            keyword = group[0].string
            value_start = at(group[2].start)
        starred = group[0].string if group[0].string in ("*", "**") else ""
        found.append(
            _Argument(
                start=at(group[0].start),
                end=at(group[-1].end),
                keyword=keyword,
                value_start=value_start,
                starred=starred,
                generator=generator,
            )
        )
    return found


def _apply(source: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[end:]
    return source


def _is_keyword_like(argument: _Argument) -> bool:
    return argument.keyword is not None or argument.starred == "**"


def _is_positional(argument: _Argument) -> bool:
    return argument.keyword is None and argument.starred != "**"


def call_argument_repairs(
    *, source: str, line: int, column: int | None, message: str, signature: Signature
) -> Iterator[tuple[str, str]]:
    """(new source, description) for the call at (line, column) that breaks the call grammar."""
    lowered = message.lower()
    for call in _calls_around(source, line, column):
        if POSITIONAL_AFTER_KEYWORD in lowered:
            found = list(_order_repairs(source, call, signature))
        else:
            found = list(_generator_repairs(source, call))
        if found:
            yield from found
            return


def _generator_repairs(source: str, call: _Call) -> Iterator[tuple[str, str]]:
    if len(call.arguments) < 2:
        return
    bare = [a for a in call.arguments if a.generator and a.keyword is None and not a.starred]
    if not bare:
        return
    edits = [(a.end, a.end, ")") for a in bare] + [(a.start, a.start, "(") for a in bare]
    yield _apply(source, edits), "parenthesise the generator expression: it is not the call's only argument"


def _order_repairs(source: str, call: _Call, signature: Signature) -> Iterator[tuple[str, str]]:
    arguments = call.arguments
    first_keyword = next((i for i, a in enumerate(arguments) if _is_keyword_like(a)), None)
    last_positional = max((i for i, a in enumerate(arguments) if _is_positional(a)), default=None)
    if first_keyword is None or last_positional is None or last_positional < first_keyword:
        return
    parameters = signature(call.name, call.attribute) if call.name else None
    misplaced = [i for i in range(first_keyword, last_positional) if arguments[i].keyword is not None]
    late = [i for i in range(first_keyword + 1, last_positional + 1) if _is_positional(arguments[i])]
    late = [i for i in late if not arguments[i].starred]
    ranked: list[tuple[float, str, str]] = []

    # 1. The keyword was the slip: drop it where the signature agrees (or no signature is known).
    agrees = [
        i
        for i in misplaced
        if parameters is None or (i < len(parameters) and parameters[i] == arguments[i].keyword)
    ]
    if agrees and len(agrees) == len(misplaced):
        edits = [(arguments[i].start, arguments[i].value_start, "") for i in agrees]
        names = ", ".join(f"`{arguments[i].keyword}=`" for i in agrees)
        ranked.append((len(agrees), _apply(source, edits), f"pass the argument by position: drop {names}"))

    # 2. The positional arguments lost their names: name them from the signature, or a name
    # passed as itself (`title` -> `title=title`) when no signature is found.
    # The late ones take the parameters the keywords leave free, in order, after those the
    # leading positional arguments bind.
    used = {a.keyword for a in arguments if a.keyword}
    free = [p for p in parameters if p not in used][first_keyword:] if parameters is not None else []
    named: list[tuple[int, str]] = []
    for place, i in enumerate(late):
        text = source[arguments[i].start : arguments[i].end]
        if parameters is not None and place < len(free):
            named.append((i, free[place]))
        elif parameters is None and text.isidentifier():
            named.append((i, text))
    if named and len(named) == len(late) and not used & {name for _, name in named}:
        edits = [(arguments[i].start, arguments[i].start, f"{name}=") for i, name in named]
        # A value spelled as its parameter is the evidence the name was dropped.
        same = sum(source[arguments[i].start : arguments[i].end] == name for i, name in named)
        names = ", ".join(f"`{name}=`" for _, name in named)
        ranked.append(
            (len(named) - 0.5 * same, _apply(source, edits), f"name the positional argument: {names}")
        )

    # 3. The order was the slip: keyword arguments after the positional ones.
    if parameters is None or len(arguments) - len(used) <= len(parameters):
        positional = [a for a in arguments if not _is_keyword_like(a)]
        keywords = [a for a in arguments if _is_keyword_like(a)]
        texts = [source[a.start : a.end] for a in [*positional, *keywords]]
        span = (arguments[0].start, arguments[-1].end)
        ranked.append(
            (len(arguments), _apply(source, [(*span, ", ".join(texts))]), "move the keyword arguments last")
        )

    for _, new, description in sorted(ranked, key=lambda item: item[0]):
        yield new, description


# -- the callee's signature, read from the repository -------------------------------------------


def parameters_of(trees: list[ast.Module], name: str, attribute: bool) -> list[str] | None:
    """The parameters a call of `name` binds by position, when every definition found agrees.

    The type fixers' reading of a signature (type_site.signature) decides, so a call's
    parameters mean the same to the SYNTAX and the TYPE_ERROR repairs.
    """
    found: list[list[str]] = []
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, FUNCTIONS) and node.name == name:
                found.append(signature(node)[0])
            elif isinstance(node, ast.ClassDef) and node.name == name and not attribute:
                # A class binds its `__init__`'s parameters, a dataclass its fields; any other
                # class without an `__init__` inherits one this file does not show.
                init = any(isinstance(item, FUNCTIONS) and item.name == "__init__" for item in node.body)
                if init or any("dataclass" in ast.unparse(d) for d in node.decorator_list):
                    found.append(signature(node)[0])
    distinct = {tuple(p) for p in found}
    return list(distinct.pop()) if len(distinct) == 1 else None
