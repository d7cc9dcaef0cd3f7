"""type_text: a str made where bytes were meant (or bytes where text was), encoded or decoded where made."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile, split_lines
from healer.engine.fixers.type_demand import Demand, demands
from healer.engine.fixers.type_fallback import TypeDemandFixer
from healer.engine.fixers.type_text import module_codecs
from healer.engine.types import BugType, CheckReport, Failure

from .conftest import cpu_ratio

APP = "src/wire/frames.py"
TEST = "tests/test_frames.py"


def _candidates(project, source: str, message: str, needle: str):
    source = textwrap.dedent(source).lstrip("\n")
    ws = project({APP: source, TEST: "def test_it():\n    pass\n"})
    lines = split_lines(source)
    line = next(n for n, text in enumerate(lines, 1) if needle in text)
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=APP,
        line=line,
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={
            "exception": {"type": "TypeError", "message": message},
            "frames": [{"file": APP, "line": line, "function": "f"}],
        },
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return TypeDemandFixer().candidates(failure, ctx)


def _rank(candidates, expected: str) -> int | None:
    return next((n for n, c in enumerate(candidates, 1) if expected in c.new_source), None)


def test_it_reads_the_str_and_bytes_pair_from_cpythons_messages():
    assert Demand("text", "str", "bytes") in demands(["a bytes-like object is required, not 'str'"])
    assert Demand("text", "bytes", "str") in demands(["cannot use a string pattern on a bytes-like object"])
    assert Demand("left", "str", "bytes") in demands(['can only concatenate str (not "bytes") to str'])
    # a None added to text is no str/bytes mix-up
    assert not [
        d for d in demands(['can only concatenate str (not "NoneType") to str']) if d.subject == "left"
    ]


def test_it_makes_a_class_attributes_text_marker_bytes_where_the_module_binds_it(project):
    source = """
        MARK_A = "A"
        MARK_B = b"B"

        class Side:
            def frame(self, payload):
                return self.mark + payload

        class SideA(Side):
            mark = MARK_A
        """
    candidates = _candidates(
        project, source, 'can only concatenate str (not "bytes") to str', "self.mark + payload"
    )
    assert _rank(candidates, 'MARK_A = b"A"') == 1, [c.description for c in candidates[:6]]


def test_it_encodes_a_helpers_result_with_latin_1_after_an_unescape(project):
    # the value is sliced at the crash, stored a line above, made by the file's own helper's return
    source = """
        import codecs
        import struct

        class Lease:
            def __init__(self, ident):
                self.ident = self._to_bytes(ident)
                self.first = struct.unpack("<I", self.ident[0:4])[0]

            def _to_bytes(self, text):
                result = codecs.decode(text, "unicode_escape")
                return result

            def show(self, data):
                return data.decode("ascii")
        """
    candidates = _candidates(project, source, "a bytes-like object is required, not 'str'", "struct.unpack(")
    expected = 'result = codecs.decode(text, "unicode_escape").encode("latin-1")'
    assert _rank(candidates, expected) == 1, [c.description for c in candidates[:6]]
    # the format, a written literal, is meant as text: never made bytes
    assert _rank(candidates, 'struct.unpack(b"<I"') is None


def test_it_decodes_bytes_where_a_text_pattern_reads_them_with_the_modules_codec(project):
    source = """
        import re

        WORD = re.compile(r"\\w+")

        def body(raw):
            return raw[3:]

        def words(raw):
            text = body(raw)
            return WORD.findall(text)

        def title(blob):
            return blob.decode("ascii")
        """
    candidates = _candidates(
        project, source, "cannot use a string pattern on a bytes-like object", "WORD.findall("
    )
    assert _rank(candidates, 'text = body(raw).decode("ascii")') is not None, [
        c.description for c in candidates
    ]
    assert _rank(candidates, 'return raw[3:].decode("ascii")') is not None


def test_it_does_not_undo_a_decode_nor_prefix_non_ascii_text(project):
    source = """
        import hashlib

        PEPPER = "é"

        def digest(blob):
            text = blob.decode("utf-8")
            return hashlib.sha256(text + PEPPER)
        """
    candidates = _candidates(project, source, "a bytes-like object is required, not 'str'", "hashlib.sha256(")
    assert _rank(candidates, 'blob.decode("utf-8").encode(') is None
    assert _rank(candidates, 'b"é"') is None


def test_it_reads_the_modules_charsets_not_its_transforms():
    sf = SourceFile.parse(
        "m.py",
        'a = x.decode("ascii")\nb = y.encode("ascii", "replace")\nc = codecs.decode(z, "unicode_escape")\n'
        'd = open(p, encoding="utf-8")\n',
    )
    assert module_codecs(sf) == ["ascii", "utf-8"]


def test_it_traces_an_attribute_set_in_many_methods_in_linear_time(project):
    # round 54's review: every origin of `self.data` walked the whole file for its codecs and its
    # callee's returns, so n setters cost n * n
    def run(n: int) -> None:
        body = ["import struct", "", "class Box:"]
        for i in range(n):
            body += [f"    def set{i}(self, v):", f"        self.data = self.make(v, {i})", ""]
        body += ["    def make(self, v, i):", "        return v", "", "    def read(self):"]
        body += ['        return struct.unpack("<I", self.data)', ""]
        candidates = _candidates(
            project, "\n".join(body), "a bytes-like object is required, not 'str'", "unpack("
        )
        assert candidates

    assert cpu_ratio(run, 100) < 8


def test_it_encodes_with_no_bytes_to_bytes_codec_nor_one_that_writes_a_byte_order_mark(project):
    # round 54's review: `codecs.decode(blob, "zlib")` named no charset (`.encode("zlib")` raises
    # LookupError), and `encoding="utf-8-sig"` read files: encoding with it puts a BOM before the text
    source = """
        import codecs
        import hashlib

        def unpack(blob):
            return codecs.decode(codecs.decode(blob, "zlib"), "zlib")

        def load(path):
            with open(path, encoding="utf-8-sig") as handle:
                return handle.read()

        def digest(name):
            label = name.strip()
            return hashlib.sha256(label)
        """
    candidates = _candidates(project, source, "a bytes-like object is required, not 'str'", "hashlib.sha256(")
    assert _rank(candidates, 'label = name.strip().encode("zlib")') is None
    assert _rank(candidates, 'label = name.strip().encode("utf-8-sig")') is None
    assert _rank(candidates, 'label = name.strip().encode("utf-8")') is not None, [
        c.description for c in candidates
    ]


def test_it_does_not_drop_the_prefix_of_bytes_that_are_not_ascii(project):
    # round 54's review: `b"caf\xc3\xa9"` re-spelled `"caf\xc3\xa9"` is the text "cafÃ©", not the
    # "café" the bytes encode; only ASCII bytes spell the same text without their prefix
    source = """
        import re

        WORD = re.compile(r"\\w+")
        ACCENTED = b"caf\\xc3\\xa9"
        PLAIN = b"cafe"

        def words(plain):
            return WORD.findall(ACCENTED if plain else PLAIN)

        def accented():
            return WORD.findall(ACCENTED)
        """
    message = "cannot use a string pattern on a bytes-like object"
    candidates = _candidates(project, source, message, "return WORD.findall(ACCENTED)")
    assert _rank(candidates, 'ACCENTED = "caf\\xc3\\xa9"') is None, [c.description for c in candidates]


def test_it_follows_attributes_set_from_other_attributes_in_linear_time(project):
    # round 54's review: each attribute origin followed (`self.data = self.raw7`) walked the whole file
    # for its assignments and its class bindings, so n setters cost n * n
    def run(n: int) -> None:
        body = ["import struct", "", "class Box:"]
        for i in range(n):
            body += [f"    def set{i}(self, v):", f"        self.data = self.raw{i}", ""]
        body += ["    def read(self):", '        return struct.unpack("<I", self.data)', ""]
        _candidates(project, "\n".join(body), "a bytes-like object is required, not 'str'", "unpack(")

    assert cpu_ratio(run, 100) < 8
