"""Text made where bytes were meant, or bytes where text was: encoded or decoded where the value is made.

Python 3 keeps `str` and `bytes` apart, and CPython says so in a few fixed messages: "a bytes-like object
is required, not 'str'" (the buffer protocol, Objects/abstract.c: `struct.unpack`, `hashlib`, a binary
file's `write`), "cannot use a string pattern on a bytes-like object" (Modules/_sre), "can only
concatenate str (not "bytes") to str" (Objects/unicodeobject.c). Each names the pair the value has and
must have. The wrong kind is usually made away from the crash (PyTER, Oh & Oh, FSE 2022): a side marker
written `"A"` among `b"B"` siblings, a decode left out after a byte-order mark was cut, an `.encode()`
left off a helper's result. This module reads the pair from the message and gives the edits that make
the demanded kind where the value is made: a literal re-spelled (`"A"` -> `b"A"`), or the expression
encoded or decoded with the codec the module already uses elsewhere (its `.encode("ascii")`,
`.decode("utf-8")`, `encoding=` literals, most used first; UTF-8 when it names none). Text that
`codecs.decode(..., "unicode_escape")` made is bytes read as Latin-1 (the codec's own definition), so
its bytes are `.encode("latin-1")`, tried first there. Names and attributes are never edited: the trace
follows them further, to where they are made. Nothing here names a project or a case.
"""

from __future__ import annotations

import ast
import codecs
import re
from collections import Counter

from healer.engine.fixers.lineedit import Edit, SourceFile, TreeMemo, shorten

PRIOR_TEXT = 0.9  # as type_demand's PRIOR_ORIGIN: the demanded kind made where the value is made
PRIOR_DEFAULT = 0.45
# Codecs that escape or transform text rather than map characters to bytes: never a module's charset.
TRANSFORMS = frozenset(
    {"unicode_escape", "raw_unicode_escape", "punycode", "idna", "rot_13", "base64", "hex"}
)
ESCAPE_CODECS = frozenset({"unicode_escape", "raw_unicode_escape"})


def text_pair(have: str, want: str) -> bool:
    """The demand is one of text for bytes or bytes for text."""
    return {have, want} == {"str", "bytes"}


def text_demand_pairs(text: str) -> list[tuple[str, str, str]]:
    """(subject, have, want) the message states about a str/bytes mix-up: "text" is a call's argument or
    an operand at the crash, "left" the left operand of a concatenation."""
    found: list[tuple[str, str, str]] = []
    if re.search(r"a bytes-like object is required, not 'str'", text):
        found.append(("text", "str", "bytes"))
    elif re.search(r"cannot use a string pattern on a bytes-like object", text):
        found.append(("text", "bytes", "str"))
    elif re.search(r"cannot use a bytes pattern on a string-like object", text):
        found.append(("text", "str", "bytes"))
    elif (
        m := re.search(r"can only concatenate (str|bytes) \(not \"(str|bytes)\"\) to (str|bytes)", text)
    ) and m[1] != m[2]:
        # `text + data`: either side may be the odd one; the right is type_demand's "right" demand, the
        # left (a str where the bytes beside it say the sum is binary) is read here
        found.append(("left", m[1], m[2]))
    return found


def text_subjects(sf: SourceFile, line: int, subject: str) -> list[ast.expr]:
    """The values at the crash line a str/bytes demand is about: every argument of a call that is not
    a written literal (a format like `'<I'` is meant as text), or the left operand of a `+`; a slice
    `x[a:b]` keeps its value's kind, so `x` is the subject."""
    found: list[ast.expr] = []
    for node in sf.nodes_touching(line):
        if getattr(node, "lineno", None) != line:
            continue
        if subject == "text" and isinstance(node, ast.Call):
            found += [a for a in node.args if not isinstance(a, (ast.Constant, ast.Starred))]
        elif subject == "left" and isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            found.append(node.left)
    values = [_unsliced(v) for v in found]
    return [v for v in values if isinstance(v, (ast.Name, ast.Attribute))]


def _unsliced(value: ast.expr) -> ast.expr:
    """`x` of `x[a:b]` (a slice of text is text, of bytes is bytes)."""
    while isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice):
        value = value.value
    return value


def class_bindings(sf: SourceFile, attr: str) -> list[ast.Assign | ast.AnnAssign]:
    """`attr = value` in the body of this file's classes: a class attribute an instance reads as
    `self.attr` (a subclass's `side = SideA`), made where the class binds it. Read once per file (round
    54's review: the trace asks for each attribute it follows)."""
    return list(_CLASS_BINDINGS.get(sf, _class_bindings).get(attr, ()))


def _class_bindings(sf: SourceFile) -> dict[str, list[ast.Assign | ast.AnnAssign]]:
    table: dict[str, list[ast.Assign | ast.AnnAssign]] = {}
    for cls in ast.walk(sf.tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for node in cls.body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for name in dict.fromkeys(t.id for t in targets if isinstance(t, ast.Name)):
                    table.setdefault(name, []).append(node)
    return table


def module_codecs(sf: SourceFile) -> list[str]:
    """The character encodings the module names (`.encode("ascii")`, `.decode("utf-8")`, `open(...,
    encoding="latin-1")`, `codecs.decode(x, "utf-8")`), most used first; transforms left out. Read once per
    file (round 54's review): text_edits asks for every origin, and a walk each time was quadratic."""
    return list(_CODECS.get(sf, _module_codecs))


def _module_codecs(sf: SourceFile) -> list[str]:
    counts: Counter[str] = Counter()
    for node in ast.walk(sf.tree):
        if not isinstance(node, ast.Call):
            continue
        named = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        written = [k.value for k in node.keywords if k.arg == "encoding"]
        if named in ("encode", "decode"):
            written += node.args[:2] if isinstance(node.func, ast.Attribute) else []
        for value in written:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                name = _codec(value.value)
                # bytes-to-bytes codecs (`codecs.decode(blob, "zlib")`) are no charset: `.encode("zlib")`
                # would only raise LookupError (round 54's review)
                if name is not None and name not in TRANSFORMS and _text_codec(value.value):
                    counts[value.value] += 1
    return [name for name, _ in counts.most_common()]


def _codec(name: str) -> str | None:
    """The codec's canonical name, or None when Python knows no such codec."""
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None


def _text_codec(name: str) -> bool:
    """The codec maps text to bytes (not zlib, bz2, quopri: bytes to bytes)."""
    return bool(getattr(codecs.lookup(name), "_is_text_encoding", True))


def _marks(name: str) -> bool:
    """The codec writes a byte-order mark before any text (`utf-8-sig`, `utf-16`): encoding with it puts
    bytes in front of the value that were never in the text. Reading with it is fine (it strips the mark)."""
    try:
        return codecs.encode("", name) != b""
    except (LookupError, TypeError, ValueError):
        return True


def _escaped(value: ast.expr) -> bool:
    """`codecs.decode(x, "unicode_escape")` (or `x.decode("unicode_escape")`): text read as Latin-1."""
    for node in ast.walk(value):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _codec(node.value) in ESCAPE_CODECS
        ):
            return True
    return False


def text_edits(sf: SourceFile, *, line: int, value: ast.expr, how: str, have: str, want: str) -> list[Edit]:
    """Edits of the made value that give the demanded kind: a literal re-spelled, or the expression encoded
    or decoded with the module's codecs. Names and attributes are left to the trace."""
    span = sf.node_span(value)
    if span is None or isinstance(value, (ast.Name, ast.Attribute, ast.JoinedStr)):
        return []
    at, start, end = span
    text = sf.line_text(at)[start:end]
    prior = PRIOR_DEFAULT if how == "default" else PRIOR_TEXT
    news: list[tuple[str, float]] = []
    if isinstance(value, ast.Constant):
        literal = value.value
        if want == "bytes" and isinstance(literal, str) and literal.isascii() and text[:1] in "'\"":
            news.append(("b" + text, 1.0))
        elif want == "str" and isinstance(literal, bytes) and literal.isascii() and text[:1] in "bB":
            # (`b"\xc3\xa9"` without its `b` is the text "Ã©", the bytes read as Latin-1: never "é")
            news.append((text[1:], 1.0))
        # a written literal of the other kind, or a number: never wrapped in a conversion
    else:
        atom = isinstance(value, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))
        base = text if atom else f"({text})"
        method = "encode" if want == "bytes" else "decode"
        if _undoes(value, want):
            return []
        names = module_codecs(sf)
        if want == "bytes" and _escaped(value):
            names = ["latin-1", *[n for n in names if _codec(n) != "latin_1"]]
        if want == "bytes":
            # a module reading files with `encoding="utf-8-sig"` does not mean its bytes start with a BOM
            names = [n for n in names if not _marks(n)]
        if not names:
            names = ["utf-8"]
        # a call of the file's own function is followed into it (its `return`, where the value is made):
        # converting the call's result is kept, below the helper's own making site
        own = 0.8 if _own_call(sf, value) else 1.0
        for index, name in enumerate(names[:3]):
            news.append((f'{base}.{method}("{name}")', own * (1.0 - 0.05 * index)))
    edits = []
    for new, share in news:
        description = f"make {want} where the value is made: {shorten(new)} instead of {shorten(text)}"
        edits.append(Edit(at, ((start, end, new),), description, prior * share, "demand"))
    return edits


def _own_call(sf: SourceFile, value: ast.expr) -> bool:
    """`helper(x)` or `self.helper(x)` where this file defines a function `helper`."""
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    return name is not None and name in _DEFINED.get(sf, _defined_names)


def _defined_names(sf: SourceFile) -> frozenset[str]:
    return frozenset(
        node.name for node in ast.walk(sf.tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    )


_CODECS = TreeMemo(limit=16)
_CLASS_BINDINGS = TreeMemo(limit=16)
_DEFINED = TreeMemo(limit=16)


def _undoes(value: ast.expr, want: str) -> bool:
    """`x.decode(...)` made text on purpose: encoding it back would undo the step (and vice versa)."""
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == ("decode" if want == "bytes" else "encode")
        and not (isinstance(value.func.value, ast.Name) and value.func.value.id == "codecs")
    )
