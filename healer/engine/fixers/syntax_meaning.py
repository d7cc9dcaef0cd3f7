"""Compile repairs that compile but change what the program means (round 48, pylayers22).

Round 47 ranked a repair that stops binding a name (`x: List<T> = []` made a bare annotation:
syntax_tokenizer.lost_bindings) after the repairs that keep it. Two more edits compile and mean
another program, each read from how Python's compiler treats what the edit wrote:

- **a default made an annotation.** Inside a parameter list, `name: value` is an annotation and
  `name=value` a default (the grammar's `param_with_default`); `tmpfile==None` answered by
  `tmpfile: None` compiles, and the parameter has no default any more: every call that omitted it
  now raises "missing 1 required positional argument: 'tmpfile'", away from the edit. A repair that
  takes a parameter's default away (annotated instead, its name run into the value, or its `==`
  left for the annotation of the parameter before) ranks after those that keep it, and the
  parameter's name is what the repair's fallout is read for (fallout.changed_names).
- **a string literal's kind changed.** A string's prefix letters decide what the literal is: `f`
  formats its fields, `b` makes bytes, `r` keeps backslashes, `t` makes a template. An unclosed
  f-string field answered by deleting the `f` compiles and prints the braces; a repair that takes a
  prefix letter off a literal ranks after those that close the field. `u` changes nothing in
  Python 3 and is not counted; a prefix added is not counted either (an `r` for a bad escape keeps
  what the text says).

Both read only the lines the edit changed (at most MAX_LINES) and, for the parameter list, at most
MAX_HEADER_LINES lines above them: linear in the file, bounded per candidate.
"""

from __future__ import annotations

import keyword
import re
from collections import Counter

from healer.engine.fixers.lineedit import changed_region, split_lines

MAX_LINES = 20  # changed lines read (a bigger edit is judged by the other measures)
MAX_HEADER_LINES = 20  # lines walked up from the edit to the `def` whose parameter list holds it
MAX_LINE_CHARS = 4000  # a longer changed line is not read for defaults

DEF = re.compile(r"[ \t]*(?:async[ \t]+)?def[ \t]+[^\W\d]\w*[ \t]*(?:\[[^\]]*\])?[ \t]*\(")
# A parameter written with a default, or with `==` where the default's `=` was meant.
DEFAULTED = re.compile(r"(?<![\w.=!<>:*])([^\W\d]\w*)[ \t]*(?::[^=,()\n]{0,200})?==?(?!=)")
KEPT = re.compile(r"(?<![\w.])(?=([^\W\d]\w*)[ \t]*(?::[^=,()\n]{0,200})?=(?!=))")
PREFIX = re.compile(r"(?<![\w'\"!])([rRbBfFtTuU]{1,2})(?=['\"])")
KINDS = frozenset("fbrt")


def _parameter_text(new_lines: list[str], first: int, removed: list[str]) -> tuple[str, str] | None:
    """(old, new) text of the edit's lines when they lie inside a `def`'s parameter list: from the
    list's `(` on when the header is on the first changed line, else the whole lines."""
    start = first - 1
    for back in range(start, max(start - MAX_HEADER_LINES, -1), -1):
        if back >= len(new_lines):
            continue
        line = new_lines[back]
        match = DEF.match(line)
        if match is None:
            if back < start and re.match(r"[ \t]*(?:class|def|async|if|for|while|with|try|return)\b", line):
                return None  # another statement's header: the edit is not in a parameter list
            continue
        if back == start:
            # The header is the edited line: what follows its `(` in the old and new text.
            old_head = removed[0] if removed else ""
            opened = DEF.match(old_head)
            return (old_head[opened.end() :] if opened else old_head), line[match.end() :]
        above = "".join(new_lines[back:start])
        code = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"|#.*", "", above)
        return ("", "") if code.count("(") > code.count(")") else None
    return None


def lost_defaults(old: str, new: str) -> tuple[str, ...]:
    """The parameters an edit inside a `def`'s parameter list leaves without the default their old
    text gave them (`name=value` or `name==value`), annotated or renamed instead."""
    return _lost_defaults(*changed_region(old, new), new)


def _lost_defaults(removed: list[str], added: list[str], first: int, new: str) -> tuple[str, ...]:
    if not removed or not added or len(removed) > MAX_LINES or len(added) > MAX_LINES:
        return ()
    if any(len(line) > MAX_LINE_CHARS for line in (*removed, *added)):
        return ()
    new_lines = split_lines(new)
    spans = _parameter_text(new_lines, first, removed)
    if spans is None:
        return ()
    old_text = spans[0] + "\n" + "\n".join(removed[1:]) if spans[0] else "\n".join(removed)
    new_text = spans[1] + "\n" + "\n".join(added[1:]) if spans[1] else "\n".join(added)
    names = [m.group(1) for m in DEFAULTED.finditer(old_text) if not keyword.iskeyword(m.group(1))]
    # Every name the new text gives a default, in one pass (a lookahead: overlapping, as a search
    # per name found them; a search per name was quadratic, 41 s for 5,700 parameters: round 48's
    # review).
    kept = {match.group(1) for match in KEPT.finditer(new_text)}
    return tuple(name for name in dict.fromkeys(names) if name not in kept)


def lost_string_kinds(old: str, new: str) -> int:
    """How many string-prefix letters (f, b, r, t) the edit's lines lose: a literal whose kind the
    repair changed (an f-string made a plain string prints its braces)."""
    removed, added, _ = changed_region(old, new)
    return _lost_kinds(removed, added)


def _lost_kinds(removed: list[str], added: list[str]) -> int:
    if not removed or len(removed) > MAX_LINES or len(added) > MAX_LINES:
        return 0
    return sum((_kinds(removed) - _kinds(added)).values())


def _kinds(lines: list[str]) -> Counter[str]:
    return Counter(
        letter
        for match in PREFIX.finditer("\n".join(lines))
        for letter in set(match.group(1).lower())
        if letter in KINDS
    )


def changes_meaning(old: str, new: str) -> bool:
    """Whether a compiling repair takes away a parameter's default or a string literal's kind."""
    removed, added, first = changed_region(old, new)
    return _lost_kinds(removed, added) > 0 or bool(_lost_defaults(removed, added, first, new))
