"""TYPE_ERROR root causes away from the crash (PyTER-style backward tracing in fixers/dataflow.py)."""

from __future__ import annotations

import textwrap

import pytest

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_errors import TypeErrorFixer
from healer.engine.types import BugType, CheckReport, Failure

TEST = "tests/test_app.py"


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(split_lines(text), 1) if needle in line)


def _candidates(project, files, message, crash, *, frames=()):
    """Candidates for a TypeError raised at crash=(file, needle); frames=[(file, needle, function), ...]."""
    files = {k: textwrap.dedent(v).lstrip("\n") for k, v in files.items()}
    files.setdefault(TEST, "def test_it():\n    pass\n")
    ws = project(files)
    file, needle = crash
    line = _line(files[file], needle)
    frame_dicts = [{"file": f, "line": _line(files[f], n), "function": fn} for f, n, fn in frames]
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=file,
        line=line,
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": frame_dicts},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return TypeErrorFixer().candidates(failure, ctx)


def _first_edit_of(candidates, file):
    return next(c for c in candidates if c.file == file)


def test_it_calls_a_method_stored_without_being_called_across_the_call(project):
    candidates = _candidates(
        project,
        {
            "src/shop/pricing.py": """
                def shipping_for(subtotal, flat):
                    if subtotal >= 50.0:
                        return 0.0
                    return flat
                """,
            "src/shop/cart.py": """
                from shop.pricing import shipping_for


                class Cart:
                    def subtotal(self):
                        return 10.0

                    def summary(self):
                        subtotal = self.subtotal
                        shipping = shipping_for(subtotal, 4.5)
                        return subtotal + shipping
                """,
        },
        "'>=' not supported between instances of 'method' and 'float'",
        ("src/shop/pricing.py", "if subtotal >="),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/shop/cart.py", "shipping = shipping_for", "summary"),
            ("src/shop/pricing.py", "if subtotal >=", "shipping_for"),
        ],
    )
    best = candidates[0]
    assert (best.file, best.line) == ("src/shop/cart.py", 9)
    assert "        subtotal = self.subtotal()\n" in best.new_source
    assert best.description == "call self.subtotal() instead of using the method itself"


def test_it_converts_a_string_where_it_enters_when_the_value_is_read_in_several_places(project):
    candidates = _candidates(
        project,
        {
            "src/cat/settings.py": """
                from dataclasses import dataclass


                @dataclass
                class Settings:
                    page_size: int


                def load(environ):
                    return Settings(page_size=environ.get("PAGE_SIZE", 20))
                """,
            "src/cat/pages.py": """
                def page_count(total, page_size):
                    return -(-total // page_size)
                """,
            "src/cat/views.py": """
                from cat.pages import page_count
                from cat.settings import load


                def listing(items, environ):
                    settings = load(environ)
                    return page_count(len(items), settings.page_size), items[: settings.page_size]
                """,
        },
        "unsupported operand type(s) for //: 'int' and 'str'",
        ("src/cat/pages.py", "return -(-total"),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/cat/views.py", "return page_count", "listing"),
            ("src/cat/pages.py", "return -(-total", "page_count"),
        ],
    )
    best = candidates[0]
    assert best.file == "src/cat/settings.py"
    assert '    return Settings(page_size=int(environ.get("PAGE_SIZE", 20)))\n' in best.new_source
    # The crash-site conversion stays a candidate, after the origin.
    assert any(c.file == "src/cat/pages.py" and "int(page_size)" in c.new_source for c in candidates)


def test_it_picks_the_text_attribute_of_objects_joined_as_strings(project):
    candidates = _candidates(
        project,
        {
            "src/team/models.py": """
                from dataclasses import dataclass


                @dataclass
                class Member:
                    email: str
                    name: str
                    age: int
                """,
            "src/team/queries.py": """
                def member_names(members):
                    return [member for member in members if member.age > 17]
                """,
            "src/team/render.py": """
                from team.queries import member_names


                def line(members):
                    return ", ".join(member_names(members))
                """,
        },
        "sequence item 0: expected str instance, Member found",
        ("src/team/render.py", "join("),
    )
    best = candidates[0]
    assert best.file == "src/team/queries.py"
    assert "    return [member.name for member in members if member.age > 17]\n" in best.new_source
    assert best.description == "use member.name"


def test_it_calls_a_factory_passed_where_its_product_is_called(project):
    candidates = _candidates(
        project,
        {
            "src/hooks/bus.py": """
                class Bus:
                    def __init__(self):
                        self.handlers = []

                    def publish(self, payload):
                        return [handler(payload) for handler in self.handlers]
                """,
            "src/hooks/app.py": """
                from hooks.bus import Bus


                def make_counter():
                    seen = []

                    def count(payload):
                        seen.append(payload)
                        return len(seen)

                    return count


                def build():
                    bus = Bus()
                    bus.handlers.append(make_counter)
                    return bus
                """,
        },
        "make_counter() takes 0 positional arguments but 1 was given",
        ("src/hooks/bus.py", "return [handler(payload)"),
    )
    best = candidates[0]
    assert best.file == "src/hooks/app.py"
    assert "    bus.handlers.append(make_counter())\n" in best.new_source


def test_it_makes_a_list_of_a_generator_the_caller_passed(project):
    candidates = _candidates(
        project,
        {
            "src/g/stats.py": """
                def mean(values):
                    return sum(values) / len(values)
                """,
            "src/g/report.py": """
                from g.stats import mean


                def average(students):
                    return mean(s.score for s in students)
                """,
        },
        "object of type 'generator' has no len()",
        ("src/g/stats.py", "return sum"),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/g/report.py", "return mean", "average"),
            ("src/g/stats.py", "return sum", "mean"),
        ],
    )
    best = _first_edit_of(candidates, "src/g/report.py")
    assert "    return mean([s.score for s in students])\n" in best.new_source
    assert best.description == "make a list instead of a generator"


def test_it_picks_the_sequence_attribute_next_to_a_number(project):
    candidates = _candidates(
        project,
        {
            "src/g/student.py": """
                from dataclasses import dataclass, field


                @dataclass
                class Student:
                    name: str
                    scores: list[int] = field(default_factory=list)

                    @property
                    def score(self) -> float:
                        return sum(self.scores) / len(self.scores)
                """,
            "src/g/report.py": """
                def spread(student):
                    return max(student.score) - min(student.scores)
                """,
        },
        "'float' object is not iterable",
        ("src/g/report.py", "return max("),
    )
    assert candidates[0].new_source.endswith("    return max(student.scores) - min(student.scores)\n")
    assert candidates[0].description == "use student.scores instead of student.score"


def test_it_writes_the_default_of_the_right_kind_where_it_is_made(project):
    candidates = _candidates(
        project,
        {
            "src/book.py": """
                BASE = ["account", "amount"]


                class Ledger:
                    def __init__(self, extra=None):
                        self.extra = extra or ()

                    def columns(self):
                        return BASE + self.extra
                """
        },
        'can only concatenate list (not "tuple") to list',
        ("src/book.py", "return BASE + self.extra"),
    )
    best = candidates[0]
    assert "        self.extra = extra or []\n" in best.new_source
    assert (best.line, best.description) == (6, "write [] instead of ()")


def test_it_sorts_objects_by_the_attribute_the_function_is_named_after(project):
    candidates = _candidates(
        project,
        {
            "src/canvas.py": """
                from dataclasses import dataclass


                @dataclass
                class Circle:
                    radius: float
                    label: str


                def labels(shapes):
                    return ", ".join(sorted(shape for shape in shapes))
                """
        },
        "'<' not supported between instances of 'Circle' and 'Circle'",
        ("src/canvas.py", "sorted("),
    )
    assert "sorted(shape.label for shape in shapes)" in candidates[0].new_source


def test_it_never_converts_a_string_literal_that_is_not_a_number(project):
    candidates = _candidates(
        project,
        {
            "src/calc.py": """
                def total(prices):
                    start = "none"
                    return start + sum(prices)
                """
        },
        "unsupported operand type(s) for +: 'str' and 'int'",
        ("src/calc.py", "return start +"),
    )
    assert not any("float(" in c.new_source or 'int("none")' in c.new_source for c in candidates)


def test_it_does_not_edit_test_files_on_the_way_back(project):
    candidates = _candidates(
        project,
        {
            "src/stats.py": """
                def mean(values):
                    return sum(values) / len(values)
                """,
            TEST: """
                from stats import mean


                def test_it():
                    assert mean(x for x in [1, 2]) == 1.5
                """,
        },
        "object of type 'generator' has no len()",
        ("src/stats.py", "return sum"),
        frames=[(TEST, "assert mean", "test_it"), ("src/stats.py", "return sum", "mean")],
    )
    assert candidates and all(c.file == "src/stats.py" for c in candidates)


def test_it_turns_a_comparison_function_passed_as_key_into_a_key(project):
    candidates = _candidates(
        project,
        {
            "src/rank.py": """
                import math


                def by_score(a, b):
                    return b.score - a.score


                def ranking(players):
                    return sorted(players, key=by_score), math.pi
                """
        },
        "by_score() missing 1 required positional argument: 'b'",
        ("src/rank.py", "return sorted("),
    )
    best = next(c for c in candidates if "cmp_to_key" in c.new_source)
    assert best.new_source.startswith("import math\nfrom functools import cmp_to_key\n")
    assert "    return sorted(players, key=cmp_to_key(by_score)), math.pi\n" in best.new_source


def test_it_makes_a_method_read_as_a_value_a_property_again(project):
    files = {
        "src/codec.py": """
            class Codec:
                def __init__(self, alphabet):
                    self.alphabet = alphabet

                def length(self):
                    return len(self.alphabet) * 2

                def pad(self, text):
                    return text + "0" * (self.length - len(text))

                def random(self):
                    return "x" * self.length
            """,
    }
    candidates = _candidates(
        project,
        files,
        "unsupported operand type(s) for -: 'method' and 'int'",
        ("src/codec.py", "self.length - len"),
        frames=[(TEST, "pass", "test_it"), ("src/codec.py", "self.length - len", "pad")],
    )
    first = candidates[0]
    assert first.description == "make length a property: it is read as a value, not called"
    assert "    @property\n    def length(self):" in first.new_source


def test_it_flips_the_none_test_of_a_guard_that_left_a_value_none(project):
    files = {
        "src/codec.py": """
            class Codec:
                def __init__(self, alphabet=None):
                    if alphabet is not None:
                        alphabet = "abcdef"
                    self.set_alphabet(alphabet)

                def set_alphabet(self, alphabet):
                    self.chars = sorted(set(alphabet))
            """,
    }
    candidates = _candidates(
        project,
        files,
        "'NoneType' object is not iterable",
        ("src/codec.py", "sorted(set(alphabet))"),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/codec.py", "self.set_alphabet(alphabet)", "__init__"),
            ("src/codec.py", "sorted(set(alphabet))", "set_alphabet"),
        ],
    )
    flipped = [c for c in candidates if "if alphabet is None:" in c.new_source]
    assert flipped and flipped[0].description == "use is instead of is not in the test of alphabet"
    assert candidates.index(flipped[0]) < 3


def test_it_creates_the_instance_where_the_class_was_stored_instead(project):
    files = {
        "src/bag.py": """
            class Bag:
                def __init__(self):
                    self.items = []

                def add(self, key):
                    self.items.append(key)


            class Template:
                def __init__(self, names):
                    self.names = Bag
                    for name in names:
                        self.names.add(name)
            """,
    }
    candidates = _candidates(
        project,
        files,
        "Bag.add() missing 1 required positional argument: 'key'",
        ("src/bag.py", "self.names.add(name)"),
        frames=[(TEST, "pass", "test_it"), ("src/bag.py", "self.names.add(name)", "__init__")],
    )
    assert candidates[0].description == "create a Bag instead of storing the class Bag"
    assert "self.names = Bag()\n" in candidates[0].new_source
    # An argument added would bind to self: offered, but after the instance.
    assert all("key=" not in c.description for c in candidates[:1])


def test_it_calls_a_stored_method_and_takes_an_item_where_a_string_is_written(project):
    files = {
        "src/report.py": """
            def report(text, out):
                if text is None:
                    line = None
                else:
                    line = text.splitlines
                if line is not None:
                    out.write(line)
            """,
    }
    candidates = _candidates(
        project,
        files,
        "string argument expected, got 'builtin_function_or_method'",
        ("src/report.py", "out.write(line)"),
        frames=[(TEST, "pass", "test_it"), ("src/report.py", "out.write(line)", "report")],
    )
    texts = [c.new_source for c in candidates]
    assert any("line = text.splitlines()[-1]\n" in t for t in texts)
    assert any("line = text.splitlines()\n" in t for t in texts)


def test_it_follows_the_operands_of_divmod_back_to_a_method_read_as_a_value(project):
    # `divmod(n, self._width)` names divmod() as its operator: the method stored uncalled is the
    # operand to follow back, to the def that lost its @property.
    files = {
        "src/codec.py": """
            class Codec:
                def _width(self):
                    return 16

                def encode(self, number):
                    number, digit = divmod(number, self._width)
                    return digit
            """
    }
    message = "unsupported operand type(s) for divmod(): 'int' and 'method'"
    candidates = _candidates(project, files, message, ("src/codec.py", "divmod("))
    descriptions = [c.description for c in candidates]
    assert "make _width a property: it is read as a value, not called" in descriptions


def test_it_calls_a_method_stored_uncalled_with_the_value_in_scope_it_needs(project):
    files = {
        "src/xml.py": """
            class Parser:
                attr_prefix = "@"

                def _build_name(self, full_name):
                    return full_name.lower()

                def attrs(self, full_name, pairs):
                    out = {}
                    for key, value in pairs:
                        key = self.attr_prefix + self._build_name
                        out[key] = value
                    return out
            """
    }
    message = 'can only concatenate str (not "method") to str'
    candidates = _candidates(project, files, message, ("src/xml.py", "self._build_name\n"))
    calls = [c for c in candidates if "self._build_name(" in c.new_source]
    # The variable the assignment rebuilds comes first, before `value` or any other local.
    assert "key = self.attr_prefix + self._build_name(key)\n" in calls[0].new_source


def test_it_flips_a_short_circuit_guard_that_lets_the_none_through(project):
    files = {
        "src/jobs.py": """
            class Job:
                cancel_after = None

                def overdue(self, when):
                    return self.cancel_after is None and when > self.cancel_after
            """
    }
    message = "'>' not supported between instances of 'datetime.datetime' and 'NoneType'"
    candidates = _candidates(project, files, message, ("src/jobs.py", "when >"))
    assert any(
        "return self.cancel_after is not None and when > self.cancel_after\n" in c.new_source
        for c in candidates
    )


def test_it_follows_a_none_joined_from_a_list_back_to_the_inverted_guard_that_appended_it(project):
    # The None reaches ''.join() through out.append(part); the guard meant to replace it is inverted.
    files = {
        "src/spell.py": """
            def lookup(char):
                return {"a": "alpha"}.get(char)


            def spell(word):
                out = []
                for char in word:
                    part = lookup(char)
                    if not part is None:
                        part = "?"
                    out.append(part)
                return " ".join(out)
            """,
    }
    candidates = _candidates(
        project,
        files,
        "sequence item 0: expected str instance, NoneType found",
        ("src/spell.py", '" ".join(out)'),
        frames=[(TEST, "pass", "test_it"), ("src/spell.py", '" ".join(out)', "spell")],
    )
    fixed = [c for c in candidates if "        if part is None:\n" in c.new_source]
    assert fixed and fixed[0].description == "drop the not from the test of part"
    assert candidates.index(fixed[0]) == 0


def test_it_decodes_bytes_where_they_enter_code_written_for_str(project):
    files = {
        "src/braces.py": """
            class Scanner:
                def __init__(self, text: str) -> None:
                    self.last = text.rfind("..")


            def expand(text):
                if isinstance(text, bytes):
                    return Scanner(text).last
                return Scanner(text).last
            """,
    }
    candidates = _candidates(
        project,
        files,
        "argument should be integer or bytes-like object, not 'str'",
        ("src/braces.py", 'text.rfind("..")'),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/braces.py", "return Scanner(text).last", "expand"),
            ("src/braces.py", 'text.rfind("..")', "__init__"),
        ],
    )
    fixed = [c.new_source.splitlines() for c in candidates[:2]]
    assert any("        return Scanner(text.decode('latin-1')).last" in lines for lines in fixed)
    assert any("        return Scanner(text.decode()).last" in lines for lines in fixed)


def test_it_returns_the_character_where_its_code_point_was_returned(project):
    files = {
        "src/translit.py": """
            def replacement(char):
                codepoint = ord(char)
                if codepoint < 0x80:
                    return codepoint
                return "?"


            def transliterate(text):
                out = []
                for char in text:
                    out.append(replacement(char))
                return "".join(out)
            """,
    }
    candidates = _candidates(
        project,
        files,
        "sequence item 0: expected str instance, int found",
        ("src/translit.py", 'return "".join(out)'),
        frames=[(TEST, "pass", "test_it"), ("src/translit.py", 'return "".join(out)', "transliterate")],
    )
    lines = [c.new_source.splitlines() for c in candidates[:3]]
    assert any("        return chr(codepoint)" in found for found in lines)


def test_it_encodes_a_str_made_by_a_call_written_over_several_lines_after_its_last_parenthesis(project):
    files = {
        "src/token.py": """
            import base64
            import json


            def b64(data: bytes) -> bytes:
                return base64.urlsafe_b64encode(data).replace(b"=", b"")


            def encode(header):
                json_header = json.dumps(
                    header, separators=(",", ":"), sort_keys=True
                )
                return b64(json_header)
            """,
    }
    candidates = _candidates(
        project,
        files,
        "a bytes-like object is required, not 'str'",
        ("src/token.py", "urlsafe_b64encode(data)"),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/token.py", "return b64(json_header)", "encode"),
            ("src/token.py", "urlsafe_b64encode(data)", "b64"),
        ],
    )
    source = textwrap.dedent(files["src/token.py"]).lstrip("\n").splitlines()
    closing = next(n for n, text in enumerate(source, start=1) if text.strip() == ")")
    fixed = [c for c in candidates if c.new_source.splitlines()[closing - 1].strip() == ").encode()"]
    assert fixed, [c.description for c in candidates]
    assert fixed[0].line == closing


def test_it_follows_an_unpacked_member_into_the_tuple_the_callee_returns(project):
    files = {
        "src/mime.py": """
            def _parse_header(line):
                parts = iter(line.split(';'))
                key = parts.__next__
                pdict = {}
                return key, pdict


            def parse_mime_type(mime_type):
                full_type, params = _parse_header(mime_type)
                if full_type == '*':
                    full_type = '*/*'
                return full_type.split('/') if '/' in full_type else None
            """,
    }
    candidates = _candidates(
        project,
        files,
        "argument of type 'method-wrapper' is not iterable",
        ("src/mime.py", "if '/' in full_type"),
        frames=[(TEST, "pass", "test_it"), ("src/mime.py", "if '/' in full_type", "parse_mime_type")],
    )
    assert candidates, "a hyphenated type name is still a type name"
    first = candidates[0]
    assert first.line == 3
    assert first.new_source.splitlines()[2] == "    key = parts.__next__()"


def test_it_writes_the_bytes_literal_a_caller_passed_as_an_empty_str(project):
    # webencodings: `decode('', final=True)` flushes a decoder that adds its bytes buffer to the
    # input: "can't concat str to bytes" is raised in the decoder, the '' is the caller's.
    candidates = _candidates(
        project,
        {
            "src/codec/decoder.py": """
                class Decoder:
                    def __init__(self):
                        self.buffer = b''

                    def decode(self, data, final=False):
                        data = self.buffer + data
                        return data.decode()
                """,
            "src/codec/stream.py": """
                def drain(decoder, chunks):
                    decode = decoder.decode
                    for chunk in chunks:
                        yield decode(chunk)
                    yield decode('', final=True)
                """,
        },
        "can't concat str to bytes",
        ("src/codec/decoder.py", "data = self.buffer + data"),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/codec/stream.py", "yield decode('', final=True)", "drain"),
            ("src/codec/decoder.py", "data = self.buffer + data", "decode"),
        ],
    )
    best = _first_edit_of(candidates, "src/codec/stream.py")
    assert "    yield decode(b'', final=True)\n" in best.new_source
    assert (best.line, best.description) == (5, "write the bytes literal b''")


def test_a_buffer_of_characters_passed_where_text_is_read_is_joined_in_the_caller(project):
    # write() tests `char in "return"`: the list came from the caller, which should have joined it.
    candidates = _candidates(
        project,
        {
            "src/mini.py": """
                def minify(text):
                    out = []

                    def write(char):
                        if char in "return":
                            out.append(char.upper())
                        else:
                            out.append(char)

                    buffer = []
                    for char in text:
                        buffer.append(char)
                        if char == '"':
                            write(buffer)
                            buffer = []
                    return "".join(out)
                """,
        },
        "'in <string>' requires string as left operand, not list",
        ("src/mini.py", 'if char in "return"'),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/mini.py", "write(buffer)", "minify"),
            ("src/mini.py", 'if char in "return"', "write"),
        ],
    )
    joined = [c for c in candidates if "write(''.join(buffer))" in c.new_source]
    assert joined, [c.description for c in candidates]
    assert joined[0].line == _line(joined[0].new_source, "write(''.join(buffer))")


def test_one_item_where_an_iterable_is_wanted_becomes_the_slice_from_it(project):
    candidates = _candidates(
        project,
        {
            "src/geo.py": """
                class Point:
                    def __init__(self, x):
                        self.x = x


                def length(points):
                    total = 0
                    for a, b in zip(points, points[1]):
                        total += abs(b.x - a.x)
                    return total
                """,
        },
        "'Point' object is not iterable",
        ("src/geo.py", "zip(points"),
    )
    assert "    for a, b in zip(points, points[1:]):\n" in candidates[0].new_source
    assert candidates[0].description == "take the items from 1 on, not one item"


def test_a_float_index_made_by_true_division_gets_floor_division_where_it_is_made(project):
    candidates = _candidates(
        project,
        {
            "src/bits.py": """
                def bitmap(fields):
                    out = bytearray(8)
                    for field in fields:
                        byte = (field - 1) / 8
                        bit = 7 - (field - 1) % 8
                        out[byte] |= 1 << bit
                    return out
                """,
        },
        "bytearray indices must be integers or slices, not float",
        ("src/bits.py", "out[byte] |="),
    )
    assert "        byte = (field - 1) // 8\n" in candidates[0].new_source
    assert candidates[0].line == 4
    assert candidates[0].description == "use floor division // where the value is made"


def test_it_takes_the_number_of_a_stored_object_whose_attribute_is_annotated_in_init(project):
    # The object is stored where its number was meant; the class says which attribute is a number
    # only through `self.first: int = first` in __init__ (an annotated attribute assignment).
    candidates = _candidates(
        project,
        {
            "src/sql/styles.py": """
                class Numbered:
                    def __init__(self, first: int, mark: str) -> None:
                        self.first: int = first
                        self.mark: str = mark
                """,
            "src/sql/convert.py": """
                from sql.styles import Numbered


                class Converter:
                    def __init__(self, style):
                        self._style: Numbered = style
                        self._start = self._style

                    def number(self, index):
                        return index + self._start
                """,
        },
        "unsupported operand type(s) for +: 'int' and 'Numbered'",
        ("src/sql/convert.py", "return index + self._start"),
        frames=[(TEST, "pass", "test_it"), ("src/sql/convert.py", "return index + self._start", "number")],
    )
    best = _first_edit_of(candidates, "src/sql/convert.py")
    # Where the object enters (line 6) or where it is stored (7): both take its number.
    assert (best.line, best.description) in ((6, "use style.first"), (7, "use self._style.first"))


def test_it_follows_a_loop_variable_into_the_generator_that_yields_a_none_for_a_str(project):
    # None + str at the crash; the None is written in a generator three frames away, reached
    # through `for prev, cur in pairs(word)` in the caller: the empty str was meant.
    candidates = _candidates(
        project,
        {
            "src/words/pairs.py": """
                def pairs(word):
                    it = iter(word)
                    prev, cur = None, next(it, "")
                    for nxt in it:
                        yield prev, cur
                        prev, cur = cur, nxt
                    yield prev, cur
                """,
            "src/words/spell.py": """
                from words import pairs


                def joined(prev, cur):
                    return prev + cur


                def spell(word):
                    out = []
                    for prev, cur in pairs.pairs(word):
                        out.append(joined(prev, cur))
                    return out
                """,
        },
        "unsupported operand type(s) for +: 'NoneType' and 'str'",
        ("src/words/spell.py", "return prev + cur"),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/words/spell.py", "out.append(joined(prev, cur))", "spell"),
            ("src/words/spell.py", "return prev + cur", "joined"),
        ],
    )
    fixes = [c for c in candidates if c.file == "src/words/pairs.py" and c.line == 3]
    assert fixes, [c.description for c in candidates]
    assert '    prev, cur = "", next(it, "")\n' in fixes[0].new_source
    assert fixes[0].description == 'start with "" instead of None'


def test_a_none_default_that_meets_a_str_becomes_the_empty_str(project):
    candidates = _candidates(
        project,
        {
            "src/names.py": """
                def label(name, title=None):
                    return title + " " + name


                def card(name):
                    return label(name).upper()
                """,
        },
        "unsupported operand type(s) for +: 'NoneType' and 'str'",
        ("src/names.py", "return title +"),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/names.py", "return label(name)", "card"),
            ("src/names.py", "return title +", "label"),
        ],
    )
    assert candidates[0].line == 1
    assert candidates[0].new_source.startswith('def label(name, title=""):\n')


def test_a_list_passed_where_its_items_were_meant_is_unpacked_in_the_caller(project):
    files = {
        "src/geo/degrees.py": """
            def to_decimal(d=0, m=0, s=0):
                if abs(d) > 180:
                    raise ValueError("out of range")
                return d + m / 60 + s / 3600
            """,
        "src/geo/parse.py": """
            import re

            from geo.degrees import to_decimal


            def parse(text):
                parts = [float(p) for p in re.findall(r"\\d+", text)]
                return to_decimal(parts)
            """,
    }
    candidates = _candidates(
        project,
        files,
        "bad operand type for abs(): 'list'",
        ("src/geo/degrees.py", "if abs(d)"),
        frames=[
            (TEST, "pass", "test_it"),
            ("src/geo/parse.py", "return to_decimal", "parse"),
            ("src/geo/degrees.py", "if abs(d)", "to_decimal"),
        ],
    )
    best = candidates[0]
    assert (best.file, best.line) == ("src/geo/parse.py", 8)
    assert "    return to_decimal(*parts)\n" in best.new_source
    assert best.description == "pass the items of parts as the arguments: *parts"


def test_a_str_method_passed_uncalled_to_a_str_function_is_called(project):
    files = {
        "src/feeds/links.py": """
            from urllib.parse import urljoin


            def absolute(base, url):
                return urljoin(base, url.strip)
            """,
    }
    candidates = _candidates(
        project,
        files,
        "Cannot mix str and non-str arguments",
        ("src/feeds/links.py", "return urljoin"),
        frames=[(TEST, "pass", "test_it"), ("src/feeds/links.py", "return urljoin", "absolute")],
    )
    best = candidates[0]
    assert "    return urljoin(base, url.strip())\n" in best.new_source
    assert best.description == "call url.strip() instead of using the method itself"


def test_the_function_a_dispatcher_picked_is_applied_where_it_is_used_not_changed_in_the_dispatcher(project):
    files = {
        "src/codec/encode.py": """
            class Encoder:
                @staticmethod
                def encoder(v):
                    if isinstance(v, str):
                        return Encoder.text
                    return Encoder.number

                @staticmethod
                def text(v):
                    return "'" + v + "'"

                @staticmethod
                def number(v):
                    return str(v)

                @staticmethod
                def encode(v):
                    encoder = Encoder.encoder(v)
                    return encoder(v)

                @staticmethod
                def items(values):
                    out = ["("]
                    for value in values:
                        encoded = Encoder.encoder(value)
                        out.append(encoded)
                    out.append(")")
                    return "".join(out)
            """,
    }
    candidates = _candidates(
        project,
        files,
        "sequence item 1: expected str instance, function found",
        ("src/codec/encode.py", 'return "".join(out)'),
        frames=[(TEST, "pass", "test_it"), ("src/codec/encode.py", 'return "".join(out)', "items")],
    )
    best = candidates[0]
    assert "            encoded = Encoder.encoder(value)(value)\n" in best.new_source
    assert (
        best.description == "call what Encoder.encoder(value) returns on value: Encoder.encoder(value)(value)"
    )
    # The dispatcher's returns are functions by design: never made calls.
    assert not any(c.line in (5, 6) for c in candidates), [(c.line, c.description) for c in candidates]


def test_a_number_added_to_a_list_that_reaches_a_join_through_extend_and_a_loop_is_converted_where_added(
    project,
):
    files = {
        "src/words/numbers.py": """
            def build(tokens):
                values = []
                total = 0
                for token in tokens:
                    if token == "and":
                        values.append(str(total))
                        total = 0
                        continue
                    total += len(token)
                values.append(total)
                return values


            def render(tokens):
                sentence = []
                current = []
                for token in tokens:
                    result = build([token])
                    for number in result:
                        current.extend([number, " "])
                sentence.extend(current)
                return "".join(sentence).strip()
            """,
    }
    candidates = _candidates(
        project,
        files,
        "sequence item 0: expected str instance, int found",
        ("src/words/numbers.py", 'return "".join(sentence)'),
        frames=[(TEST, "pass", "test_it"), ("src/words/numbers.py", 'return "".join(sentence)', "render")],
    )
    best = candidates[0]
    assert best.line == 10
    assert "    values.append(str(total))\n    return values\n" in best.new_source
    assert best.description == "convert total to str where it is made"


UNIQUE = """
    def unique(record, field):
        values = record.get(field)

        if isinstance(values, (list, tuple)):
            return

        seen = set()
        for value in values:
            if value in seen:
                raise ValueError(value)
            seen.add(value)
    """


def test_an_exit_guard_that_checks_the_crashing_values_type_the_wrong_way_is_negated_first(project):
    # pymutants (validictory's `if not isinstance(values, (list, tuple)): return` lost its `not`): the
    # check of the very value that crashed goes first, before a guard at the crash hides it.
    candidates = _candidates(
        project,
        {"src/app/check.py": UNIQUE},
        "'NoneType' object is not iterable",
        ("src/app/check.py", "for value in values"),
    )
    first = candidates[0]
    assert first.line == _line(UNIQUE.lstrip("\n"), "if isinstance")
    assert "if not isinstance(values, (list, tuple)):" in first.new_source
    assert first.description == "negate the type check of values"


def test_an_exit_guard_on_another_name_is_not_negated(project):
    module = UNIQUE.replace("isinstance(values,", "isinstance(field,")
    candidates = _candidates(
        project,
        {"src/app/check.py": module},
        "'int' object is not iterable",
        ("src/app/check.py", "for value in values"),
    )
    assert not any("type check" in c.description for c in candidates)


def test_it_writes_the_accumulators_empty_start_as_bytes_when_bytes_are_added_to_it(project):
    # Synthetic (not a dev case): a packet encoder whose buffer starts as "" while every piece is bytes.
    candidates = _candidates(
        project,
        {
            "src/wire/frame.py": """
                import struct


                def encode(fields):
                    packet = ''
                    for value in fields:
                        packet += struct.pack('>I', value)
                    return packet
                """
        },
        'can only concatenate str (not "bytes") to str',
        ("src/wire/frame.py", "packet += struct"),
    )
    assert "packet = b''" in candidates[0].new_source


def test_it_rounds_a_scaled_count_up_where_it_is_made_when_an_operand_of_a_range_bound_is_a_float(project):
    # Synthetic (not a dev case): a carousel shows a share of its slots, made by `slots * share`.
    candidates = _candidates(
        project,
        {
            "src/carousel/view.py": """
                import math


                class Carousel:
                    def __init__(self, items, slots, share):
                        self.items, self.slots, self.share = items, slots, share

                    def visible(self):
                        shown = min(len(self.items),
                                    self.slots * self.share)
                        return [self.items[i] for i in range(self.slots - shown, self.slots)]
                """
        },
        "'float' object cannot be interpreted as an integer",
        ("src/carousel/view.py", "for i in range(self.slots - shown"),
    )
    sources = [c.new_source for c in candidates]
    assert any("int(math.ceil(self.slots * self.share)))" in s for s in sources)
    assert any("int(self.slots * self.share))" in s for s in sources)
    assert not any("int(len(self.items))" in s for s in sources)


def test_it_converts_with_int_not_float_where_a_star_width_is_made_across_the_call(project):
    # Synthetic (not a dev case): a report's column widths scaled to a share of the page.
    files = {
        "src/report/layout.py": """
            def pad(text, width):
                return '%-*s|' % (width - 1, text)


            def columns(names, page):
                widths = {}
                for name in names:
                    widths[name] = 0
                for name in names:
                    widths[name] = float(
                        round(page / len(names)))
                return [pad(name, widths[name]) for name in names]
            """
    }
    candidates = _candidates(
        project,
        files,
        "* wants int",
        ("src/report/layout.py", "return '%-*s|'"),
        frames=[
            ("src/report/layout.py", "return [pad(name", "columns"),
            ("src/report/layout.py", "return '%-*s|'", "pad"),
        ],
    )
    assert "widths[name] = int(" in candidates[0].new_source
    assert not any("widths[name] = int(0)" in c.new_source for c in candidates)


def test_it_does_not_convert_a_text_accumulator_to_a_number_when_a_number_is_added_to_it(project):
    candidates = _candidates(
        project,
        {
            "src/tally/label.py": """
                def label(prefix, count):
                    text = prefix.upper()
                    text += count
                    return text
                """
        },
        'can only concatenate str (not "int") to str',
        ("src/tally/label.py", "text += count"),
    )
    assert not any("int(prefix.upper())" in c.new_source for c in candidates)
    assert any("text += str(count)" in c.new_source for c in candidates)


def test_it_puts_the_lost_property_above_a_call_at_a_read_kept_in_a_local(project):
    files = {
        "src/shelf.py": """
            class Shelf:
                def __init__(self, items):
                    self.items = items

                def count(self):
                    return len(self.items)


            def label(shelf):
                n = shelf.count
                return "empty" if n < 1 else "%d items" % n


            def full(shelf):
                return shelf.count > 9
            """,
    }
    candidates = _candidates(
        project,
        files,
        "'<' not supported between instances of 'method' and 'int'",
        ("src/shelf.py", "n < 1"),
        frames=[(TEST, "pass", "test_it"), ("src/shelf.py", "n < 1", "label")],
    )
    descriptions = [c.description for c in candidates]
    assert "call shelf.count() instead of using the method itself" in descriptions
    assert descriptions[0] == "make count a property: it is read as a value, not called"
    assert candidates[0].making_site


def test_it_calls_a_method_read_once_as_a_value_where_others_call_it(project):
    files = {
        "src/shelf.py": """
            class Shelf:
                def __init__(self, items):
                    self.items = items

                def count(self):
                    return len(self.items)


            def label(shelf):
                n = shelf.count
                return "empty" if n < 1 else "%d items" % n


            def full(shelf):
                return shelf.count() > 9
            """,
    }
    candidates = _candidates(
        project,
        files,
        "'<' not supported between instances of 'method' and 'int'",
        ("src/shelf.py", "n < 1"),
        frames=[(TEST, "pass", "test_it"), ("src/shelf.py", "n < 1", "label")],
    )
    assert candidates[0].description == "call shelf.count() instead of using the method itself"


@pytest.mark.parametrize(
    "use", ["max(shelves, key=Shelf.count)", "max(getattr(shelf, 'count')() for shelf in shelves)"]
)
def test_it_keeps_a_method_passed_as_a_callable_a_method(project, use):
    # `key=Shelf.count` hands the method to max() to call, `getattr(shelf, 'count')()` calls it: it
    # is used as a method, not a value, so the lost `()` at the crash's read stays first and no
    # property outranks it.
    files = {
        "src/shelf.py": """
            class Shelf:
                def __init__(self, items):
                    self.items = items

                def count(self):
                    return len(self.items)


            def label(shelf):
                n = shelf.count
                return "empty" if n < 1 else "%d items" % n


            def full(shelf):
                return shelf.count > 9


            def fullest(shelves):
                return USE
            """.replace("USE", use),
    }
    candidates = _candidates(
        project,
        files,
        "'<' not supported between instances of 'method' and 'int'",
        ("src/shelf.py", "n < 1"),
        frames=[(TEST, "pass", "test_it"), ("src/shelf.py", "n < 1", "label")],
    )
    assert candidates[0].description == "call shelf.count() instead of using the method itself"


def test_it_counts_no_read_of_another_classs_field_of_the_same_name_as_the_methods(project):
    # `self.count` of Tally is a number field: its reads say nothing of Shelf.count, read as a value
    # once, so the call at that read stays first (either mends a single read)
    files = {
        "src/shelf.py": """
            class Shelf:
                def __init__(self, items):
                    self.items = items

                def count(self):
                    return len(self.items)


            def label(shelf):
                n = shelf.count
                return "empty" if n < 1 else "%d items" % n


            class Tally:
                def __init__(self):
                    self.count = 0

                def bump(self):
                    self.count = self.count + 1
                    return self.count > 9
            """,
    }
    candidates = _candidates(
        project,
        files,
        "'<' not supported between instances of 'method' and 'int'",
        ("src/shelf.py", "n < 1"),
        frames=[(TEST, "pass", "test_it"), ("src/shelf.py", "n < 1", "label")],
    )
    assert candidates[0].description == "call shelf.count() instead of using the method itself"


def test_a_slice_bound_computed_from_a_true_division_lines_above_gets_floor_division_there(project) -> None:
    # The float is made by `bits / 8` two assignments before the slice that refuses it; `//` where
    # it is made mends the row size for every reader, where int() at the slice would mend one.
    candidates = _candidates(
        project,
        {
            "src/rows.py": """
                def rows(buf, width, height, bits, start):
                    row = width * (bits / 8)
                    out = []
                    for y in range(height):
                        base = start + y * row
                        out.append(buf[base : base + row])
                    return out
                """,
        },
        "slice indices must be integers or None or have an __index__ method",
        ("src/rows.py", "out.append(buf[base"),
    )
    assert "    row = width * (bits // 8)\n" in candidates[0].new_source
    assert candidates[0].making_site


def test_a_division_already_made_an_integer_gets_no_floor_division(project) -> None:
    # `math.ceil(width / 8)` is an int whatever the division gives: `//` inside it cannot mend the
    # float (made by `* scale`) and would round the row size down instead of up (round 56's review).
    candidates = _candidates(
        project,
        {
            "src/rows.py": """
                import math


                def rows(buf, width, height, scale, start):
                    row = math.ceil(width / 8) * scale
                    out = []
                    for y in range(height):
                        base = start + y * row
                        out.append(buf[base : base + row])
                    return out
                """,
        },
        "slice indices must be integers or None or have an __index__ method",
        ("src/rows.py", "out.append(buf[base"),
    )
    assert not any("width // 8" in c.new_source for c in candidates)


def test_a_slice_bound_without_a_division_gets_no_floor_division(project) -> None:
    # No `/` in the value's computation: nothing to make `//`, only conversions are offered.
    candidates = _candidates(
        project,
        {
            "src/rows.py": """
                def rows(buf, width, height, scale, start):
                    row = width * scale
                    out = []
                    for y in range(height):
                        base = start + y * row
                        out.append(buf[base : base + row])
                    return out
                """,
        },
        "slice indices must be integers or None or have an __index__ method",
        ("src/rows.py", "out.append(buf[base"),
    )
    assert not any("//" in c.new_source for c in candidates)
