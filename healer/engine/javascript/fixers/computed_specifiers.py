"""A module path computed at run time that names no file: its written parts edited until it does.

`import(`./src/tunes/${slug}.js`)` and `require(__dirname + 'fibres.json')` build the specifier from
written text and values; the loader's "Cannot find module" names the one path it tried, which no
import table holds, so the specifier families (imports.module_candidates) never see the call. The
search here edits only the WRITTEN parts, with the path operators of the repair literature's
"mutate the constant" (one directory segment dropped, the `/` between a directory value and a file
name put in, a doubled `/` made one), and checks each statically against the repository: the values
stand as wildcards (`__dirname` and `import.meta.dirname` as the importer's directory, any other as
one path segment), and an edit is kept only when the path it computes can name an existing file while
the written one names none. Relative paths resolve from the importer, as `import()` and `require` do.
No code runs; the test run decides.
"""

from __future__ import annotations

import fnmatch
import glob
import posixpath
from collections.abc import Collection
from dataclasses import dataclass

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing
from healer.engine.javascript.syntax import encode, node_text, parse, walk

DIRECTORY_VALUES = ("__dirname", "import.meta.dirname")
LOADERS = ("require", "import")
EXTENSIONS = ("", ".js", ".mjs", ".cjs", ".json", ".ts")


@dataclass(frozen=True)
class Part:
    text: str  # the written text, or the expression of a value
    written: bool
    start: int  # byte span of the written text inside the source (for a value: where it ends)
    end: int


def computed_specifier_candidates(text: str, path: str, *, files: Collection[str]) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for call in walk(tree.root_node):
        parts = _specifier_parts(call)
        if not parts or not any(not p.written for p in parts) or _names_a_file(parts, path, files):
            continue
        for edited, what in _edits(parts):
            if _names_a_file(edited, path, files):
                new = _applied(data, parts, edited)
                found.append(
                    Candidate(path, new, call.start_point.row + 1, f"{what} in the computed module path")
                )
    return parsing(found, original=text, path=path)


def _specifier_parts(call: tree_sitter.Node) -> list[Part]:
    if call.type != "call_expression":
        return []
    callee = call.child_by_field_name("function")
    args = call.child_by_field_name("arguments")
    if callee is None or node_text(callee) not in LOADERS or args is None:
        return []
    given = [a for a in args.named_children if a.type != "comment"]
    return _parts(given[0]) if len(given) == 1 else []


def _parts(node: tree_sitter.Node) -> list[Part]:
    if node.type == "template_string":
        parts, at = [], node.start_byte + 1
        for child in node.named_children:
            if child.type == "string_fragment":
                parts.append(Part(node_text(child), True, child.start_byte, child.end_byte))
                at = child.end_byte
            elif child.type == "template_substitution":
                if not parts or not parts[-1].written:
                    parts.append(Part("", True, at, at))
                inner = child.named_children[0] if child.named_children else child
                parts.append(Part(node_text(inner), False, child.end_byte, child.end_byte))
                at = child.end_byte
        if not parts or not parts[-1].written:
            parts.append(Part("", True, at, at))
        return parts
    if node.type == "binary_expression" and node_text(node.child_by_field_name("operator") or node) == "+":
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            return []
        return _parts(left) + _parts(right)
    if node.type == "string":
        inner = [c for c in node.named_children if c.type == "string_fragment"]
        start = inner[0].start_byte if inner else node.start_byte + 1
        end = inner[-1].end_byte if inner else start
        return [Part(node_text(node)[1:-1], True, start, end)]
    return [Part(node_text(node), False, node.end_byte, node.end_byte)]


def _pattern(parts: list[Part], importer: str) -> str | None:
    """The glob of repository paths the parts can compute, or None when it is no file path."""
    written = ""
    for part in parts:
        if part.written:
            written += glob.escape(part.text)
        elif part.text in DIRECTORY_VALUES and not written:
            written += "\0"
        else:
            written += "*"
    directory = posixpath.dirname(importer)
    if written.startswith("\0"):
        if not directory and not written.startswith("\0/"):
            return None  # __dirname has no trailing `/`: at the root, a name run into it is no file
        # At the root, `__dirname + '/a.json'` is "a.json": repository paths have no leading `/`.
        written = directory + written[1:] if directory else written[2:]
    elif written.startswith(("./", "../")):
        written = posixpath.normpath(posixpath.join(directory, written)).replace("\\", "/")
        if written.startswith(".."):
            return None
    else:
        return None
    return written


def _names_a_file(parts: list[Part], importer: str, files: Collection[str]) -> bool:
    pattern = _pattern(parts, importer)
    if pattern is None:
        return False
    return any(
        fnmatch.fnmatchcase(file, pattern + extension) and "/" not in _wild_span(file, pattern + extension)
        for file in files
        for extension in EXTENSIONS
    )


def _wild_span(file: str, pattern: str) -> str:
    """What the first wildcard stands for in `file` (a value stands for one path segment)."""
    head = pattern.split("*", 1)[0]
    if "*" not in pattern:
        return ""
    tail = pattern.split("*", 1)[1].split("*", 1)[0]
    rest = file[len(head) :]
    cut = rest.find(tail) if tail else len(rest)
    return rest[:cut] if cut >= 0 else rest


def _edits(parts: list[Part]):
    """(parts, description) for every one-operator edit of one written part."""
    for index, part in enumerate(parts):
        if not part.written:
            continue
        text = part.text
        segments = text.split("/")
        for cut in range(len(segments) - 1):
            if segments[cut] in ("", ".", ".."):
                continue
            new = "/".join(segments[:cut] + segments[cut + 1 :])
            yield _with(parts, index, new), f"drop the directory '{segments[cut]}/'"
        if index > 0 and not parts[index - 1].written and not text.startswith("/"):
            yield _with(parts, index, "/" + text), "put the '/' between the directory and the file name"
        if "//" in text:
            yield _with(parts, index, text.replace("//", "/")), "write one '/' for the doubled one"


def _with(parts: list[Part], index: int, text: str) -> list[Part]:
    return [Part(text, True, p.start, p.end) if i == index else p for i, p in enumerate(parts)]


def _applied(data: bytes, parts: list[Part], edited: list[Part]) -> str:
    for old, new in sorted(zip(parts, edited, strict=True), key=lambda pair: pair[0].start, reverse=True):
        if old.written and old.text != new.text:
            data = data[: old.start] + encode(new.text) + data[old.end :]
    return data.decode("utf-8", errors="surrogateescape")
