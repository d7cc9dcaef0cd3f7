"""Minimal token-edit repair of a JS/TS parse error, checked by the real parser before any run.

The classic local repair of syntax errors (Burke & Fisher, "A practical method for LR and LL
syntactic error diagnosis and recovery", 1987; Santos et al., "Syntax and sensibility", 2018): at
and just before the place the parser gave up, try every single-token insertion, deletion,
substitution and transposition of adjacent punctuators (the Damerau edit: `.?` for `?.`); keep the
edits after which tree-sitter parses the whole file and no new ECMAScript early error appears; rank
them by how much of what the author wrote they keep. Only when no single edit parses are pairs of
edits tried. The vocabulary is the grammar's punctuators, never a case's text.

Ranking ("how little of the file changes in meaning"): an insertion or a transposition keeps every
token the author wrote; a substitution or the deletion of a punctuator drops one; deleting a name or
a literal drops what the code was about and comes last. Within a cost, the edit nearest the
reported position first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.syntax import encode, parse, walk

# The tokens an edit inserts or substitutes: ECMAScript's Punctuator and OptionalChainingPunctuator
# productions that end, separate, open or chain an expression (the operators whose slip breaks a
# parse; arithmetic operators are left out: swapping one keeps a parse and only changes a value).
VOCABULARY = (".", "?.", "...", ",", ";", ":", "(", ")", "[", "]", "{", "}", "=>", "?", "!", "=", "==", "===")
# TypeScript's type arguments close with '>' (`Array<[number, number]>`): a closer there, not an operator.
TYPED_VOCABULARY = (*VOCABULARY, ">")
TYPED = (".ts", ".tsx", ".mts", ".cts")
# Every punctuator of the lexical grammar, longest first (the lexer takes the longest match).
_ALL_PUNCTUATORS = (
    "{", "(", ")", "[", "]", ".", "...", ";", ",", "<", ">", "<=", ">=", "==", "!=", "===", "!==",
    "+", "-", "*", "%", "**", "++", "--", "<<", ">>", ">>>", "&", "|", "^", "!", "~", "&&", "||",
    "??", "?", "?.", ":", "=", "+=", "-=", "*=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=",
    "&&=", "||=", "??=", "=>", "}", "/", "/=",
)  # fmt: skip
PUNCTUATORS = sorted(_ALL_PUNCTUATORS, key=len, reverse=True)
LEXEME = re.compile(
    r"""'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`|[A-Za-z_$#][\w$]*|\d[\w.]*|"""
    + "|".join(re.escape(p) for p in PUNCTUATORS)
    + r"|\S"
)
WORDLIKE = re.compile(r"[\w$#'\"`]")
PREVIOUS_TOKENS = 3  # a missing `]`/`)`/`}` is often reported at the next line's first token
MAX_SINGLE_SITES = 40  # tokens around the error whose edits are tried
MAX_PAIR_EDITS = 40  # the cheapest single edits combined in pairs when no single edit parses
MAX_TEXT = 120_000  # characters: a larger file costs seconds per hundred parses
CAP = 6  # candidates offered, so a SYNTAX error costs at most this many sandbox runs from here

COST_KEEP = 1  # a structural token inserted, a transposition: every written token stays
COST_DROP = 2  # substitution, punctuator deleted
COST_OPERATE = 3  # an operator inserted: it adds an operation nobody wrote (`{ ...a = 1 }` for `{ a: 1 }`)
COST_WORD = 4  # a name or literal deleted
# Tokens that only group or separate (ECMAScript's brackets and separators; a '.' selects a member):
# inserting one changes structure, not what any expression computes.
STRUCTURAL = frozenset({",", ";", ":", "(", ")", "[", "]", "{", "}", ">"})


@dataclass(frozen=True)
class Token:
    start: int  # offset in the whole text
    end: int
    text: str
    line: int  # 1-based

    @property
    def punctuator(self) -> bool:
        return not WORDLIKE.match(self.text)


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new: str
    cost: int
    description: str
    line: int


def token_repairs(text: str, path: str, *, sites: list[tuple[int, int]]) -> list[Candidate]:
    """The cheapest token edits near `sites` ((line, column), 1-based) that make the file parse."""
    tree = parse(text, path)
    if len(text) > MAX_TEXT or tree is None:
        return []
    reparse = _Reparser(text=text, path=path, tree=tree)
    tokens = _region(text, sites=sites)
    vocabulary = TYPED_VOCABULARY if path.endswith(TYPED) else VOCABULARY
    edits = sorted(
        _single_edits(tokens, vocabulary=vocabulary),
        key=lambda e: (e.cost, _distance(e, text=text, sites=sites)),
    )
    before = early_errors(text, path)
    found = [(e,) for e in edits if _accepted(reparse((e,)), before=before)]
    if not found:
        cheap = edits[:MAX_PAIR_EDITS]
        # An insertion pairs with itself too: two closers left out together (`f(g(1;`).
        pairs = [
            (a, b)
            for i, a in enumerate(cheap)
            for b in cheap[i:]
            if (a is b and a.start == a.end) or (a is not b and (a.end <= b.start or b.end <= a.start))
        ]
        pairs.sort(
            key=lambda p: (p[0].cost + p[1].cost, min(_distance(e, text=text, sites=sites) for e in p))
        )
        found = [p for p in pairs if _accepted(reparse(p), before=before)]
    candidates, seen = [], {text}
    for group in found:
        new = _apply(text, group)
        if new not in seen:
            seen.add(new)
            line = min(e.line for e in group)
            candidates.append(Candidate(path, new, line, " and ".join(e.description for e in group)))
    return candidates[:CAP]


def _region(text: str, *, sites: list[tuple[int, int]]) -> list[Token]:
    """The tokens of each site's line and the last tokens of the non-blank line before it."""
    lines = text.split("\n")
    starts = [0]
    for row in lines:
        starts.append(starts[-1] + len(row) + 1)
    picked: dict[int, Token] = {}
    for line, column in sites:
        if not 1 <= line <= len(lines):
            continue
        on_line = _line_tokens(lines, starts, line)
        on_line.sort(key=lambda t: abs(t.start - starts[line - 1] + 1 - column))
        previous = next((r for r in range(line - 1, 0, -1) if lines[r - 1].strip()), None)
        before = _line_tokens(lines, starts, previous)[-PREVIOUS_TOKENS:] if previous else []
        for token in [*on_line[:MAX_SINGLE_SITES], *before]:
            picked[token.start] = token
    return sorted(picked.values(), key=lambda t: t.start)


def _line_tokens(lines: list[str], starts: list[int], line: int) -> list[Token]:
    body = lines[line - 1]
    base = starts[line - 1]
    tokens = []
    for match in LEXEME.finditer(body):
        if match.group(0).startswith("//"):
            break
        tokens.append(Token(base + match.start(), base + match.end(), match.group(0), line))
    return tokens


def _single_edits(tokens: list[Token], *, vocabulary: tuple[str, ...] = VOCABULARY) -> Iterator[Edit]:
    for index, token in enumerate(tokens):
        shown = token.text if len(token.text) <= 20 else token.text[:17] + "..."
        yield Edit(token.start, token.end, "", COST_DROP if token.punctuator else COST_WORD,
                   f"remove the unexpected '{shown}'", token.line)  # fmt: skip
        glued = _glued(tokens, index)
        for new in vocabulary:
            at = glued if new in CLOSING else token.start
            row = tokens[index - 1].line if at != token.start else token.line
            # A binary operator written between blanks keeps them on both sides (`() => f(x)`).
            spaced = new in SPACED and at == token.start and _blank_before(tokens, index)
            written = f"{new} " if spaced else new
            # Member access is written without a blank before it on its line (a style every formatter
            # keeps): `(n) .n` for a missing `=>` is the least natural reading of the gap.
            unnatural = new in (".", "?.") and at == token.start and _blank_before(tokens, index)
            cost = _inserted(new) + int(unnatural)
            yield Edit(at, at, written, cost, f"add the missing '{new}'", row)
            if token.punctuator and new != token.text:
                yield Edit(
                    token.start, token.end, new, COST_DROP, f"replace '{shown}' with '{new}'", token.line
                )
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None or following.line != token.line:
            for new in vocabulary:  # the end of a line: a closer or separator left out there
                yield Edit(token.end, token.end, new, _inserted(new), f"add the missing '{new}'", token.line)
        elif _operator(token) and _operator(following) and token.end == following.start:
            swapped = following.text + token.text
            if swapped != token.text + following.text:
                yield Edit(token.start, following.end, swapped, COST_KEEP,
                           f"write '{token.text}{following.text}' as '{swapped}'", token.line)  # fmt: skip


CLOSING = (")", "]", "}", ",", ";", ":", ">")
SPACED = frozenset({"=>", "?", "=", "==", "==="})
BRACKETS = frozenset("()[]{}")


def _operator(token: Token) -> bool:
    """A punctuator that is no bracket: transposing a bracket pair (`()` → `)(`) only unbalances it."""
    return token.punctuator and not any(char in BRACKETS for char in token.text)


def _blank_before(tokens: list[Token], index: int) -> bool:
    previous = tokens[index - 1] if index else None
    return previous is not None and previous.line == tokens[index].line and previous.end < tokens[index].start


def _inserted(token: str) -> int:
    return COST_KEEP if token in STRUCTURAL else COST_OPERATE


def _glued(tokens: list[Token], index: int) -> int:
    """Where a closer or separator goes before `tokens[index]`: right after the token before it, on
    the same line (`height] =`, not `height ]=`) or at the end of the line before (`a: 1,` above
    `b: 2`, not `,b: 2`), when only blanks lie between them."""
    token = tokens[index]
    previous = tokens[index - 1] if index else None
    adjacent = previous is not None and previous.line in (token.line, token.line - 1)
    return previous.end if adjacent else token.start


def _distance(edit: Edit, *, text: str, sites: list[tuple[int, int]]) -> int:
    """Characters from the nearest site (a line away counts as a long way)."""
    line_start = text.rfind("\n", 0, edit.start) + 1
    column = edit.start - line_start + 1
    return min(abs(edit.line - line) * 200 + abs(column - col) for line, col in sites)


def _apply(text: str, edits: tuple[Edit, ...]) -> str:
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.new + text[edit.end :]
    return text


def _accepted(tree: tree_sitter.Tree | None, *, before: int) -> bool:
    return tree is not None and not tree.root_node.has_error and _early_errors(tree) <= before


class _Reparser:
    """The tree of the text after some edits, parsed incrementally from the broken file's tree
    (tree-sitter reuses every subtree the edit leaves alone, which makes the hundreds of parses of a
    large file's repair cost milliseconds each, with the same result as a fresh parse)."""

    def __init__(self, *, text: str, path: str, tree: tree_sitter.Tree) -> None:
        self.text, self.tree = text, tree
        self.parser = tree_sitter.Parser(tree.language)
        self.data = encode(text)

    def __call__(self, edits: tuple[Edit, ...]) -> tree_sitter.Tree:
        copy, data = self.tree.copy(), self.data
        for edit in sorted(edits, key=lambda e: e.start, reverse=True):
            start = len(encode(self.text[: edit.start]))
            old_end = start + len(encode(self.text[edit.start : edit.end]))
            new = encode(edit.new)
            copy.edit(
                start_byte=start, old_end_byte=old_end, new_end_byte=start + len(new),
                start_point=_point(data, start), old_end_point=_point(data, old_end),
                new_end_point=_point(data[:start] + new, start + len(new)),
            )  # fmt: skip
            data = data[:start] + new + data[old_end:]
        return self.parser.parse(data, copy)


def _point(data: bytes, offset: int) -> tuple[int, int]:
    row = data.count(b"\n", 0, offset)
    return row, offset - (data.rfind(b"\n", 0, offset) + 1)


# -- ECMAScript early errors tree-sitter's permissive grammar accepts -------------------------
FOR_HEADS = ("for_in_statement",)
DECLARATIONS = ("lexical_declaration", "variable_declaration")


def early_errors(text: str, path: str) -> int:
    """How many declarations break ECMAScript's static semantics (14.3.1.1 and 14.3.3): a `const`, or
    a destructuring pattern, with no initialiser (`const [a, b = f(x)];` parses in tree-sitter; V8
    and esbuild refuse it). A candidate may not add one."""
    tree = parse(text, path)
    return _early_errors(tree) if tree is not None else 0


def _early_errors(tree: tree_sitter.Tree) -> int:
    count = 0
    for node in walk(tree.root_node):
        # A declaration the parser only completed by recovery (a MISSING `}`) is no evidence: the
        # broken file's own count must not let a candidate keep the same early error.
        if node.type not in DECLARATIONS or node.has_error or _ambient(node):
            continue
        constant = node.children[0].type == "const" if node.children else False
        for declarator in (c for c in node.children if c.type == "variable_declarator"):
            name = declarator.child_by_field_name("name")
            if declarator.child_by_field_name("value") is not None or name is None:
                continue
            if constant or name.type in ("array_pattern", "object_pattern"):
                count += 1
    return count


def _ambient(node: tree_sitter.Node) -> bool:
    """A TypeScript `declare const x: T;` needs no initialiser."""
    current = node.parent
    while current is not None:
        if current.type == "ambient_declaration" or current.type in FOR_HEADS:
            return True
        current = current.parent
    return False
