"""SYNTAX: repairs of the errors the tokenizer raises, and of names the compiler checks against a closed set.

Some compile errors come before any parsing: the tokenizer stops at a character it cannot start
a token with, and reports its kind and column. The template and search families edit tokens, so
with no token stream they had nothing to edit (r217: a space after a continuation backslash ended
the heal in seconds with no candidate). Each repair here is answered from the error's kind and
position alone, the way a programmer reads that message, and compile_checked compiles every one:

- `continuation_repairs`: "unexpected character after line continuation character": what follows
  the backslash on its line is blanks (dropped, the backslash ends the line again), a comment
  (dropped: a comment cannot follow a continuation; it holds no code), or code (the backslash was
  stray: it goes, the code stays);
- `character_repairs`: "invalid character 'x' (U+...)" and "invalid non-printable character": the
  character's ASCII counterpart from Unicode itself (NFKC compatibility form, else the
  character's Unicode name: a QUOTATION MARK is a quote, a DASH or MINUS a `-`, a SPACE a blank),
  on every non-ASCII character of the line first (typographic quotes come in pairs of two
  characters), then on this one; deleted last, and only deleted when it prints nothing;

and names the compiler checks against a closed set, answered from that set read at run time:

- `future_repairs`: "future feature X is not defined": the `__future__` feature names this Python
  knows (`__future__.all_feature_names`), nearest by edit distance first (r219: `annotation`).

- `call_target_repairs`: "cannot assign to function call" / "cannot delete function call": the
  grammar's targets are names, attributes and subscripts, so the call becomes a subscript (r146's
  `self._props.get(key) = ...`, r213's `del self.serializers.get(key)`).

Misses they do not reach: a character the Unicode name does not map (a letter of another script
inside a name compiles already), and an unterminated string, which the quoting families handle.
"""

from __future__ import annotations
import __future__

import keyword
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator

from healer.engine.fixers.lineedit import changed_region, split_lines

CONTINUATION = "unexpected character after line continuation character"
INVALID_CHARACTER = re.compile(
    r"invalid (?:non-printable )?character(?: '(.)')? ?\(?U\+([0-9A-Fa-f]{4,6})\)?"
)
FUTURE_FEATURE = re.compile(r"future feature (\w+) is not defined")
MAX_FEATURE_DISTANCE = 3
# Unicode name words and the ASCII character they stand for, in the order they are looked up:
# derived from the character's name, so every quote, dash and space of the standard is reached.
NAME_WORDS = (
    ("ZERO WIDTH", ""),
    ("DOUBLE QUOTATION", '"'),
    ("DOUBLE PRIME", '"'),
    ("QUOTATION", "'"),
    ("APOSTROPHE", "'"),
    ("PRIME", "'"),
    ("HYPHEN", "-"),
    ("DASH", "-"),
    ("MINUS", "-"),
    ("SPACE", " "),
    ("MULTIPLICATION", "*"),
    ("DIVISION", "/"),
    ("LEFT PARENTHESIS", "("),
    ("RIGHT PARENTHESIS", ")"),
    ("COMMA", ","),
    ("COLON", ":"),
    ("SEMICOLON", ";"),
    ("EQUALS", "="),
)


def _lines(source: str) -> list[str]:
    return source.splitlines(keepends=True)


def _code_end(text: str) -> str:
    """The line's ending: its newline characters."""
    return text[len(text.rstrip("\r\n")) :]


def _outside_strings(text: str) -> Iterator[tuple[int, str]]:
    """(column, character) of the line's characters outside string literals (one line, no
    prefixes needed: a quote opens a literal, the same quote unescaped closes it)."""
    quote = ""
    index = 0
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 2
                continue
            if text.startswith(quote, index):
                index += len(quote)
                quote = ""
                continue
        elif char in "'\"":
            quote = text[index : index + 3] if text[index : index + 3] in ("'''", '"""') else char
            index += len(quote)
            continue
        elif char == "#":
            return
        else:
            yield index, char
        index += 1


def continuation_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """The text after a continuation backslash on the error's line: blanks or a comment dropped,
    or the backslash itself dropped when code follows it (a stray backslash)."""
    if CONTINUATION not in message:
        return
    lines = _lines(source)
    if not 1 <= line <= len(lines):
        return
    full = lines[line - 1]
    text, ending = full.rstrip("\r\n"), _code_end(full)
    for column, char in _outside_strings(text):
        if char != "\\":
            continue
        rest = text[column + 1 :]
        if not rest:
            continue
        new = list(lines)
        if not rest.strip() or rest.lstrip().startswith("#"):
            new[line - 1] = text[: column + 1] + (ending or "\n")
            what = "blanks" if not rest.strip() else "a comment"
            yield "".join(new), f"end line {line} at its continuation backslash ({what} after it)"
        else:
            new[line - 1] = text[:column].rstrip() + " " + rest.lstrip() + ending
            yield "".join(new), f"remove the stray backslash on line {line}"


def ascii_counterpart(char: str) -> str | None:
    """The ASCII character `char` stands for: its NFKC form when that is ASCII, else by its name."""
    normal = unicodedata.normalize("NFKC", char)
    if normal.isascii() and normal.isprintable() and normal != char:
        return normal
    name = unicodedata.name(char, "")
    for word, ascii_char in NAME_WORDS:
        if word in name:
            return ascii_char or None  # a zero-width character stands for nothing: it is deleted
    return None


def character_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """An invalid character on the error's line: its ASCII counterpart on every occurrence of the
    line, then at the first one alone; a character that prints nothing (or maps to nothing) deleted."""
    match = INVALID_CHARACTER.search(message)
    if not match:
        return
    code = int(match.group(2), 16)
    if code > sys.maxunicode:
        return  # six hex digits reach past Unicode: no character the line could hold
    char = chr(code)
    lines = _lines(source)
    if not 1 <= line <= len(lines) or char not in lines[line - 1]:
        return
    text = lines[line - 1]
    counterpart = ascii_counterpart(char)
    if counterpart is not None:
        # Typographic quotes come in pairs of two characters (U+201C opens, U+201D closes): every
        # non-ASCII character of the line with a counterpart is mapped, then this one alone.
        # Outside string literals only: a dash or quote inside a real string is its text.
        code = {column for column, _ in _outside_strings(text)}
        every = "".join(
            (ascii_counterpart(other) or other) if column in code and not other.isascii() else other
            for column, other in enumerate(text)
        )
        for new_line, what in (
            (every, "every typographic character"),
            (text.replace(char, counterpart), f"every U+{ord(char):04X}"),
            (text.replace(char, counterpart, 1), f"the first U+{ord(char):04X}"),
        ):
            new = list(lines)
            new[line - 1] = new_line
            yield "".join(new), f"replace {what} on line {line} with ASCII ({char!r} -> {counterpart!r})"
    new = list(lines)
    new[line - 1] = text.replace(char, "")
    yield "".join(new), f"delete the invalid character U+{ord(char):04X} on line {line}"


def damerau(left: str, right: str) -> int:
    """Optimal string alignment distance: insertions, deletions, replacements, adjacent swaps."""
    rows = [list(range(len(right) + 1))]
    for i in range(1, len(left) + 1):
        row = [i] + [0] * len(right)
        for j in range(1, len(right) + 1):
            cost = left[i - 1] != right[j - 1]
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and left[i - 1] == right[j - 2] and left[i - 2] == right[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def nearest(word: str, names: list[str], *, limit: int) -> list[str]:
    """The names within `limit` edits of `word` (case aside), nearest first, then in set order."""
    scored = [(damerau(word.lower(), name.lower()), index, name) for index, name in enumerate(names)]
    return [name for distance, _, name in sorted(scored) if distance <= limit and name != word]


def future_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """`from __future__ import annotation`: the misspelt feature replaced by the nearest features
    this Python defines (read from `__future__` at run time), on the line the compiler names."""
    match = FUTURE_FEATURE.search(message)
    if not match:
        return
    word = match.group(1)
    lines = _lines(source)
    if not 1 <= line <= len(lines):
        return
    text = lines[line - 1]
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    if not pattern.search(text):
        return
    limit = min(MAX_FEATURE_DISTANCE, max(1, len(word) // 3))
    for name in nearest(word, list(__future__.all_feature_names), limit=limit):
        new = list(lines)
        new[line - 1] = pattern.sub(name, text, count=1)
        yield "".join(new), f"import the __future__ feature {name} instead of {word}"


FSTRING_START = re.compile(r"""(?<![\w'"])[rR]?[fF][rR]?('''|\"\"\"|'|")""")
CLOSERS = {"(": ")", "[": "]", "{": "}"}
FSTRING_WINDOW = 6  # lines above the compiler's line: before 3.12 it names a multi-line statement's last


def _field_fixes(text: str, start: int, quote: str) -> Iterator[tuple[int, str, str]]:
    """(column, text inserted, what) for the brackets of the f-string opening at `start` whose
    replacement fields close a bracket another kind opened: the opener's closer goes in first."""
    index, stack, inner = start, [], ""
    field = False
    while index < len(text):
        char = text[index]
        if inner:
            if char == "\\":
                index += 2
                continue
            if char == inner:
                inner = ""
        elif not field:
            if text.startswith(quote, index):
                return
            if char == "\\":
                index += 2
                continue
            if char in "{}" and text[index + 1 : index + 2] == char:
                index += 2
                continue
            field = char == "{"
        elif char in "'\"":
            inner = char
        elif char in CLOSERS:
            stack.append(char)
        elif char in ")]}":
            if stack and CLOSERS[stack[-1]] == char:
                stack.pop()
            elif char == "}" and not stack:
                field = False
            elif stack:
                # A closer of another kind: a `}` ends the field, so every bracket opened in it
                # closes before it; any other closer shows the innermost bracket was due first.
                closing = "".join(CLOSERS[o] for o in reversed(stack)) if char == "}" else CLOSERS[stack[-1]]
                yield index, closing, f"close {closing} in the f-string field before {char}"
                if char == "}":
                    stack, field = [], False
                else:
                    stack.pop()
                    if stack and CLOSERS[stack[-1]] == char:
                        stack.pop()
            else:
                return
        index += 1


def fstring_field_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """An f-string field whose bracket was never closed (`{[x for x in y}`): before Python 3.12 an
    f-string is one token, so no token edit reaches inside it. The closer goes back where the
    field's next closer of another kind shows it was due, on the compiler's line and the lines of
    its statement above (3.11 names the statement's last line), nearest first."""
    if "f-string" not in message and "does not match opening parenthesis" not in message:
        return
    lines = _lines(source)
    for number in range(min(line, len(lines)), max(0, line - FSTRING_WINDOW - 1), -1):
        text = lines[number - 1]
        for match in FSTRING_START.finditer(text):
            for column, closing, what in _field_fixes(text, match.end(), match.group(1)):
                new = list(lines)
                new[number - 1] = text[:column] + closing + text[column:]
                yield "".join(new), f"{what} on line {number}"


CALL_TARGET = re.compile(r"cannot (?:assign to|delete) function call")
METHOD_CALL = re.compile(r"([A-Za-z_][\w.]*(?:\[[^\[\]]*\])?)\.(\w+)\(([^()]*)\)")
PLAIN_CALL = re.compile(r"([A-Za-z_][\w.]*)\(([^()]*)\)")


def call_target_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """A call where the grammar wants a target (`d.get(k) = v`, `del d.get(k)`): a target is a name,
    an attribute or a subscript, and a call with arguments is nearest a subscript: its receiver
    subscripted by the arguments (`d[k]`, the item the method would read), then the call's own
    parentheses made brackets (`f[k]`)."""
    if not CALL_TARGET.search(message):
        return
    lines = _lines(source)
    if not 1 <= line <= len(lines):
        return
    text = lines[line - 1]
    for match in METHOD_CALL.finditer(text):
        if match.group(3).strip():
            subscript = f"{match.group(1)}[{match.group(3)}]"
            new = list(lines)
            new[line - 1] = text[: match.start()] + subscript + text[match.end() :]
            yield "".join(new), f"subscript {match.group(1)} instead of calling .{match.group(2)}()"
    for match in PLAIN_CALL.finditer(text):
        if match.group(2).strip():
            new = list(lines)
            new[line - 1] = (
                text[: match.start()] + f"{match.group(1)}[{match.group(2)}]" + text[match.end() :]
            )
            yield "".join(new), f"subscript {match.group(1)} instead of calling it"


def tokenizer_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """Every family of this module, each gated on its own message."""
    yield from continuation_repairs(source=source, line=line, message=message)
    yield from character_repairs(source=source, line=line, message=message)
    yield from future_repairs(source=source, line=line, message=message)
    yield from fstring_field_repairs(source=source, line=line, message=message)
    yield from call_target_repairs(source=source, line=line, message=message)


NAME = re.compile(r"(?<![\w.'\"])[A-Za-z_]\w*")
WORD = re.compile(r"(?<![\w.])[rRbBuUfF]{1,2}(?=['\"])|([A-Za-z_]\w*|\d[\w.]*)")


def dropped_words(old: str, new: str) -> int:
    """How many words (names, numbers, the words of strings and f-string fields; keywords and
    string prefixes aside) an edit that leaves its lines fewer words deletes from the file outright.

    A repair that compiles by deleting them (an f-string part, an argument, a whole statement)
    loses what the code said, where an insertion, a replacement or a move keeps every word: the
    search ranks it after those (r220: `__str__`'s f-string deleted instead of its `]` put back).
    A word the file still holds elsewhere is not lost: deleting a repeated import, parameter or
    keyword argument removes a copy, not what the code said."""
    removed, added, _ = changed_region(old, new)
    before, after = _words("\n".join(removed)), _words("\n".join(added))
    if sum(after.values()) >= sum(before.values()):
        return 0
    kept = _words(new)
    return sum(1 for word in before - after if word not in kept)


def taken_names(old: str, new: str) -> int:
    """How many names an edit takes off its lines that the file still uses elsewhere.

    `dropped_words` leaves such a deletion unpenalised (the word is not lost from the file), but a
    name the line held and no longer holds, when other lines use it, is usually what the line
    meant: `class X extends Base:` repaired by deleting `extends Base` compiles and leaves the
    class without the base the rest of the file relies on (gjson, round 43). A repair that keeps
    every such name ranks first; a copy deleted from a line that still holds the name (a
    repeated parameter) takes nothing off it, and neither does a deleted whole line (a repeated
    import: r149's `import re` above a `__future__` import)."""
    removed, added, first = changed_region(old, new)
    before, after = _names("\n".join(removed)), _names("\n".join(added))
    if not after or not before - after:
        # Whole lines deleted (a repeated import, a stray statement) are dropped_words' to judge:
        # this counts names taken off a line that stays, the statement kept without them.
        return 0
    new_lines = split_lines(new)  # as changed_region counts them
    elsewhere = _names("\n".join(new_lines[: first - 1] + new_lines[first - 1 + len(added) :]))
    return sum(1 for name in before if name not in after and name in elsewhere)


BINDING = re.compile(r"[ \t]*([^\W\d][\w.]*)[ \t]*(?::[^=]*)?=(?!=)")
MAX_BINDING_LINES = 20  # lines of a changed region read for the bindings it lost


def lost_bindings(old: str, new: str) -> int:
    """How many names or attributes an edit stops binding that nothing else in the file binds.

    A compile repair that turns `x: List<T> = []` into the bare annotation `x: List<T>` (deleting
    the `=` compiles) leaves `x` unbound, as deleting a name would: the first read of it raises,
    away from the edit. Counted on the edited lines (a target before a top-level `=`, with or
    without an annotation), against every other line of the new text; a keyword is no target.
    """
    removed, added, first = changed_region(old, new)
    if not removed or len(removed) > MAX_BINDING_LINES or len(added) > MAX_BINDING_LINES:
        return 0
    before = _targets(removed)
    if not before:
        return 0
    lost = before - _targets(added)
    if not lost:
        return 0
    new_lines = split_lines(new)
    rest = "".join(new_lines[: first - 1] + new_lines[first - 1 + len(added) :])
    return sum(
        1
        for target in lost
        if re.search(rf"^[ \t]*{re.escape(target)}[ \t]*(?::[^=\n]*)?=(?!=)", rest, re.MULTILINE) is None
    )


def _targets(lines: list[str]) -> set[str]:
    found = set()
    for line in lines:
        match = BINDING.match(line)
        if match and not keyword.iskeyword(match.group(1).split(".")[0]):
            found.add(match.group(1))
    return found


def _names(text: str) -> Counter[str]:
    return Counter(
        match.group(0)
        for match in NAME.finditer(text)
        if not keyword.iskeyword(match.group(0)) and not keyword.issoftkeyword(match.group(0))
    )


def _words(text: str) -> Counter[str]:
    return Counter(
        match.group(1)
        for match in WORD.finditer(text)
        if match.group(1) and not keyword.iskeyword(match.group(1))
    )
