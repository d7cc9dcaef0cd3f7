"""SYNTAX repairs for two operators spelt as another language or position spells them (round 55, npm29).

Two first layers of the thirty-ninth npm part (now d390, d392) stopped with no candidate:

- `} elseif (c) {`: PHP's `elseif`, Perl's and Ruby's `elsif`, Python's and the shell's `elif` after an
  if's block. ECMAScript has no such keyword: its IfStatement's alternative is `else` then a statement,
  so the chained test is `else if` (two words). tree-sitter reads `elseif (c)` as a call missing its
  `;`, so the one-token edits only add that `;`, which parses and runs the block unconditionally.
  Only a word that directly follows the `}` closing an if's consequent is rewritten: anywhere else
  `elseif` may be a name the program declares.
- `material: 'metal' || 'tile'`: the boolean operators `||` / `&&` in a type, where TypeScript's union
  and intersection types are written with one bar / ampersand (the TypeScript Handbook's union types).
  tree-sitter's TypeScript grammar accepts a leading `|` / `&` on a member, so it reads `A || B` as a
  union of `A` and a union with a leading bar and reports no error; esbuild stops at it
  (`Unexpected "||"`), tsc at the next line. Only a doubled operator whose two tokens are both
  children of type nodes is rewritten: in a value (`a || b`) the grammar makes one `||` token.
"""

from __future__ import annotations

import itertools
import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.syntax import encode, leaves, parse

# Other languages' keyword for the chained test of an if, after the `}` of the block before it.
CHAINED = re.compile(r"\}(?P<gap>\s*)(?P<word>elseif|elsif|elif)(?=\s*\()")
TYPE_OPERATORS = {"|": "union_type", "&": "intersection_type"}


def else_if_candidates(text: str, path: str, row: int) -> list[Candidate]:
    """`} elseif (` on line `row` (1-based) written `} else if (`; unparsed (the caller keeps what parses).
    The `}` must close an if statement's consequent, so a function named `elseif` is left alone."""
    lines = text.split("\n")
    if not 0 < row <= len(lines):
        return []
    line = lines[row - 1]
    offset = sum(len(encode(earlier)) + 1 for earlier in lines[: row - 1])
    tree = parse(text, path)
    if tree is None:
        return []
    spelt = line
    for match in reversed(list(CHAINED.finditer(line))):
        brace = offset + len(encode(line[: match.start()]))
        if not _closes_if_block(tree, brace):
            continue
        gap = match["gap"] or " "
        spelt = spelt[: match.start()] + "}" + gap + "else if" + spelt[match.end() :]
    if spelt == line:
        return []
    new = "\n".join([*lines[: row - 1], spelt, *lines[row:]])
    return [Candidate(path, new, row, "write the chained test as JavaScript's 'else if' (two words)")]


def _closes_if_block(tree: tree_sitter.Tree, at: int) -> bool:
    """Whether the `}` at byte `at` ends a statement block that is an if statement's consequent or the
    statement an `else` holds (tree-sitter keeps that structure though the next word is unparsed)."""
    node = tree.root_node.descendant_for_byte_range(at, at + 1)
    if node is None or node.type != "}" or node.parent is None or node.parent.type != "statement_block":
        return False
    holder = node.parent.parent
    return holder is not None and holder.type in ("if_statement", "else_clause")


def type_operator_candidates(text: str, path: str) -> list[Candidate]:
    """Every `||` / `&&` between the members of a type written `|` / `&`: one candidate for the file
    (each doubled operator is an error on its own, so the file parses for the compiler only with all
    of them mended); none for JavaScript, where types do not exist."""
    if not path.endswith((".ts", ".tsx", ".mts", ".cts")):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    tokens = [n for n in leaves(tree.root_node) if n.type in TYPE_OPERATORS]
    doubled = [
        (first, second)
        for first, second in itertools.pairwise(tokens)
        if first.type == second.type
        and _in_type(first, TYPE_OPERATORS[first.type])
        and _in_type(second, TYPE_OPERATORS[first.type])
        and not data[first.end_byte : second.start_byte].strip()
    ]
    if not doubled:
        return []
    for first, second in reversed(doubled):
        # The second token and the blank before it go: `A || B` → `A | B`.
        data = data[: first.end_byte] + data[second.end_byte :]
    line = doubled[0][0].start_point.row + 1
    new = data.decode("utf-8", errors="surrogateescape")
    return [Candidate(path, new, line, "write the type's '||' / '&&' as the union '|' / intersection '&'")]


def _in_type(token: tree_sitter.Node, kind: str) -> bool:
    return token.parent is not None and token.parent.type == kind
