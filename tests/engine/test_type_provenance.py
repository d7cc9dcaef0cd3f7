"""Generic type-changing edits where a crashing value was made (fixers/type_provenance.py)."""

from __future__ import annotations

import ast
import textwrap

from healer.engine.fixers import FIXERS
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_fallback import TypeProvenanceFixer
from healer.engine.fixers.type_provenance import message_types, static_type
from healer.engine.types import BugType, CheckReport, Failure

APP = "src/kiln/shelf.py"
TEST = "tests/test_shelf.py"


def _candidates(project, source: str, message: str, needle: str, *, callers: tuple[str, ...] = ()):
    """The fixer's candidates for a TypeError raised at `needle`, called from the `callers` lines (outermost first)."""
    source = textwrap.dedent(source).lstrip("\n")
    ws = project({APP: source, TEST: "def test_it():\n    pass\n"})
    lines = split_lines(source)

    def at(text: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if text in line)

    frames = [{"file": APP, "line": at(c), "function": "g"} for c in callers]
    frames.append({"file": APP, "line": at(needle), "function": "f"})
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=APP,
        line=at(needle),
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": frames},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return TypeProvenanceFixer().candidates(failure, ctx)


def _rank(candidates, expected: str) -> int | None:
    return next((n for n, c in enumerate(candidates, 1) if expected in c.new_source), None)


def test_it_reads_the_refused_types_from_messages_outside_the_demand_grammar():
    assert "set" in message_types(["'set' object is not subscriptable"])
    assert {"str", "int"} <= message_types(["'>' not supported between instances of 'str' and 'int'"])
    assert {"bytes", "str"} <= message_types(["cannot use a bytes pattern on a string-like object"])
    assert "list" in message_types(["'list' object is not an iterator"])


def test_it_infers_the_static_type_of_plain_expressions_only():
    def typed(text: str) -> str | None:
        return static_type(ast.parse(text, mode="eval").body)

    assert typed("{a, b}") == "set"
    assert typed("(a, b)") == "tuple"
    assert typed("list(g)") == "list"
    assert typed("b'x'") == "bytes"
    assert typed("s.strip()") == "str"
    assert typed("f'{x}'") == "str"
    assert typed("helper(x)") is None  # a call of the project's own: unknown, not guessed


def test_it_follows_a_value_across_frames_to_the_set_a_helper_returned(project):
    # The pair is made by a helper, passed through a comprehension into a constructor, and only
    # subscripted in the constructor's loop: three frames and four steps from where it was made.
    source = """
        def _span(a, b):
            lo = min(a[0], b[0])
            hi = max(a[1], b[1])
            return {lo, hi}


        class Box:
            def __init__(self, spans):
                for span in spans:
                    if span[0] > span[1]:
                        raise ValueError(span)
                self.spans = spans

            @classmethod
            def join(cls, one, two):
                return cls([_span(*pair) for pair in zip(one.spans, two.spans)])
        """
    found = _candidates(
        project,
        source,
        "'set' object is not subscriptable",
        "if span[0] > span[1]",
        callers=("return cls([_span",),
    )
    assert _rank(found, "return (lo, hi)") == 1
    assert _rank(found, "return [lo, hi]") == 2
    assert not any(c.guard for c in found)


def test_it_drops_a_conversion_that_made_a_list_where_an_iterator_was_advanced(project):
    source = """
        def lines(item):
            yield 'head %s' % item
            yield 'tail'


        def render(items):
            for item in items:
                g = list(lines(item))
                yield next(g)
                for rest in g:
                    yield rest
        """
    found = _candidates(project, source, "'list' object is not an iterator", "yield next(g)")
    assert _rank(found, "g = lines(item)") == 1


def test_it_changes_a_bytes_literal_in_a_class_attribute_used_on_a_str(project):
    source = """
        import re


        class Unquote:
            PERCENT = re.compile(rb"%([0-9a-f]{2})")

            @classmethod
            def run(cls, text):
                return cls.PERCENT.sub(lambda m: chr(int(m.group(1), 16)), text)
        """
    found = _candidates(
        project, source, "cannot use a bytes pattern on a string-like object", "return cls.PERCENT.sub"
    )
    assert _rank(found, 're.compile(r"%([0-9a-f]{2})")') == 1


def test_it_assigns_back_a_conversion_whose_result_a_callee_dropped(project):
    # The callee checks that the text parses and drops the number: the caller compares a str.
    source = """
        def measure(text):
            try:
                size = text.strip()
                int(size)
            except ValueError:
                return None
            return size


        def over(text, limit):
            size = measure(text)
            return size > limit
        """
    found = _candidates(
        project, source, "'>' not supported between instances of 'str' and 'int'", "return size > limit"
    )
    assert _rank(found, "size = int(size)") == 1


def test_it_packs_separate_strings_into_the_tuple_a_str_method_takes(project):
    source = """
        def wanted(name):
            return name.endswith('.cfg', '.ini')
        """
    found = _candidates(
        project,
        source,
        "slice indices must be integers or None or have an __index__ method",
        "return name.endswith",
    )
    assert _rank(found, "name.endswith(('.cfg', '.ini'))") == 1


def test_it_packs_nothing_when_the_arguments_differ_in_kind(project):
    # `s.find(sub, start)`: a str and an int are a string and its start, not two strings to pack.
    source = """
        def where(text, sub, start):
            return text.find('x', 3)
        """
    found = _candidates(
        project,
        source,
        "slice indices must be integers or None or have an __index__ method",
        "return text.find",
    )
    assert _rank(found, "text.find(('x', 3))") is None


def test_it_offers_the_builtin_types_similar_method_that_takes_keywords(project):
    source = """
        def fill(template, values):
            return template.format_map(**values)
        """
    found = _candidates(project, source, "str.format_map() takes no keyword arguments", "return template")
    assert _rank(found, "template.format(**values)") == 1
    assert _rank(found, "template.format_map(values)") is not None


def test_it_is_registered_in_the_regular_tier():
    registered = [f for f in FIXERS if isinstance(f, TypeProvenanceFixer)]
    assert len(registered) == 1
    assert registered[0].fallback is False


def test_it_follows_a_constructor_keyword_and_a_tuple_element_into_a_helpers_return(project):
    # The field is set by keyword in a factory no traceback frame shows, from the second element of
    # the pair a helper returns; only its last branch leaves the text a str.
    source = """
        def encode(address):
            if address.startswith('['):
                return 'v6', address[1:-1].encode()
            return 'dn', address


        class Request:
            def __init__(self, kind, addr):
                self.kind = kind
                self.addr = addr

            @classmethod
            def build(cls, address):
                kind, made = encode(address)
                return cls(kind=kind, addr=made)

            def packed(self):
                return bytes([len(self.addr)]) + self.addr
        """
    found = _candidates(project, source, "can't concat str to bytes", "return bytes([len(self.addr)])")
    rank = _rank(found, "return 'dn', address.encode()")
    assert rank is not None and rank <= 6  # after the nearer origins: self.addr, the __init__ parameter, made
    # the message says which side was wrong: no str literal is made bytes the other way round
    assert _rank(found, "return 'dn', address.decode()") is None


def test_it_orders_an_origin_of_the_refused_type_before_one_of_another_type(project):
    # Two origins feed the subscripted value: the set (refused by the message) is edited first.
    source = """
        def pick(flag):
            if flag:
                pair = [1, 2]
            else:
                pair = {3, 4}
            return pair[0]
        """
    found = _candidates(project, source, "'set' object is not subscriptable", "return pair[0]")
    assert _rank(found, "pair = (3, 4)") < _rank(found, "pair = (1, 2)")


def test_it_follows_only_the_joined_item_the_message_names(project):
    # Items 0 and 2 were both made by conversions; the message names item 2, so item 0 is left alone.
    source = """
        def label(parts, name):
            head = str(parts)
            size = int(name)
            return ''.join([head, ':', size])
        """
    found = _candidates(
        project, source, "sequence item 2: expected str instance, int found", "return ''.join"
    )
    assert _rank(found, "size = name") is not None
    assert all("head = str(parts)" in c.new_source for c in found)


def test_it_encodes_text_made_where_a_bytearray_slice_wants_bytes(project):
    # The label is made as text two lines before the bytearray copies it in; the file spells its
    # encoding in its other codec call, and that spelling is the one written.
    source = """
        class Label:
            def __init__(self, name):
                self.name = name

            def pack(self):
                data = f"{self.name}:"
                buf = bytearray(len(data))
                buf[0:len(data)] = data
                return bytes(buf)

            @classmethod
            def unpack(cls, raw):
                return cls(raw.decode("ascii").rstrip(":"))
        """
    found = _candidates(
        project,
        source,
        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        "buf[0:len(data)] = data",
    )
    assert _rank(found, 'data = f"{self.name}:".encode("ascii")') == 1


def test_it_encodes_no_value_of_unknown_kind_where_the_message_names_no_str(project):
    # The items are numbers from a parameter: "can assign only bytes ..." names no str, and nothing
    # says the value was made as text, so no .encode() is offered.
    source = """
        def fill(buf, values):
            chunk = values
            buf[0:len(chunk)] = chunk
            return buf
        """
    found = _candidates(
        project,
        source,
        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        "buf[0:len(chunk)] = chunk",
    )
    assert not any(".encode(" in c.new_source for c in found)


def test_it_takes_the_files_encoding_only_from_a_literal_that_names_a_codec(project):
    # A tokenizer's `.encode("...")` takes text, not a codec's name: the label is encoded with the
    # codec the file does spell (`.decode("ascii")`), not with the tokenizer's text.
    source = """
        class Label:
            def __init__(self, name, tokenizer):
                self.name = name
                self.tokens = tokenizer.encode("<start>") + tokenizer.encode("<start>")

            def pack(self):
                data = f"{self.name}:"
                buf = bytearray(len(data))
                buf[0:len(data)] = data
                return bytes(buf)

            @classmethod
            def unpack(cls, raw):
                return cls(raw.decode("ascii").rstrip(":"), None)
        """
    found = _candidates(
        project,
        source,
        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        "buf[0:len(data)] = data",
    )
    assert _rank(found, 'data = f"{self.name}:".encode("ascii")') == 1


def test_it_encodes_no_made_text_that_is_also_joined_with_text(project):
    # `data` goes into the bytearray AND into a text log line: encoded where made, the log line
    # would join text with bytes (or show b'...'), so only the use is converted.
    source = """
        class Label:
            def __init__(self, name, log):
                self.name = name
                self.log = log

            def pack(self):
                data = f"{self.name}:"
                buf = bytearray(len(data))
                buf[0:len(data)] = data
                self.log.append("packed " + data)
                return bytes(buf)

            @classmethod
            def unpack(cls, raw):
                return cls(raw.decode("ascii").rstrip(":"), [])
        """
    found = _candidates(
        project,
        source,
        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        "buf[0:len(data)] = data",
    )
    assert not any('f"{self.name}:".encode(' in c.new_source for c in found)
