"""TYPE_ERROR repairs of a call's shape and of values made away from the crash (issue 11, item 2).

Arguments swapped or a builtin's keyword-only parameter passed by position (fixers/call_shapes.py),
a converted copy already in scope, a dispatch table's entry that passes its argument through, and
a value stored into a container by subscript in another function (fixers/dataflow.py).
"""

from __future__ import annotations

from healer.engine.fixers.call_shapes import keyword_only
from healer.engine.fixers.generic import GenericFixer
from healer.engine.types import BugType, Failure
from tests.engine.fixer_helpers import context
from tests.engine.test_dataflow import _candidates

ESCAPE = """
    import re

    _special = re.compile(r"[\\n\\t]")
    _names = {"\\n": "\\\\n", "\\t": "\\\\t"}


    def escape(text, ignore=""):
        def _one(match):
            char = match.group(0)
            return char if char in ignore else _names[char]

        return _special.sub(text, _one)
    """


def test_it_swaps_the_argument_of_the_kind_the_message_names_into_its_slot(project):
    candidates = _candidates(
        project,
        {"src/lib/escaping.py": ESCAPE},
        "expected string or bytes-like object, got 'function'",
        ("src/lib/escaping.py", "return _special.sub("),
    )
    best = candidates[0]
    assert best.description == "swap the arguments _one and text of sub()"
    assert "    return _special.sub(_one, text)\n" in best.new_source


def test_it_leaves_the_arguments_alone_when_no_argument_is_of_the_kind_named(project):
    candidates = _candidates(
        project,
        {"src/lib/escaping.py": ESCAPE},
        "expected string or bytes-like object, got 'int'",
        ("src/lib/escaping.py", "return _special.sub("),
    )
    assert not [c for c in candidates if c.description.startswith("swap")]


SIGNATURE = """
    def trailing(params, hints):
        indices = [i for i, name in enumerate(params) if name in hints]
        return params[: max(indices, -1) + 1]
    """


def test_it_names_a_builtins_keyword_only_parameter_given_by_position(project):
    candidates = _candidates(
        project,
        {"src/lib/signature.py": SIGNATURE},
        "'>' not supported between instances of 'int' and 'list'",
        ("src/lib/signature.py", "max(indices"),
    )
    best = candidates[0]
    assert "    return params[: max(indices, default=-1) + 1]\n" in best.new_source
    assert best.description == "pass -1 as max()'s keyword-only default="
    # A number is never a key function.
    assert not [c for c in candidates if "key=-1" in c.new_source]


def test_a_function_given_by_position_to_sorted_becomes_its_key(project):
    candidates = _candidates(
        project,
        {"src/lib/words.py": "def by_length(words):\n    return sorted(words, len)\n"},
        "sorted expected 1 argument, got 2",
        ("src/lib/words.py", "sorted(words"),
    )
    assert "    return sorted(words, key=len)\n" in candidates[0].new_source


def test_keyword_only_parameters_come_from_the_running_pythons_builtins():
    assert keyword_only("max") == ("default", "key")  # read from max's docstring (no signature)
    assert keyword_only("sorted") == ("key", "reverse")
    assert keyword_only("sort") == ("key", "reverse")  # list.sort
    assert keyword_only("print") == ()  # print(a, b) prints both: no keyword given by position


def test_it_uses_the_converted_copy_the_function_already_made(project):
    candidates = _candidates(
        project,
        {
            "src/net/octets.py": """
                def parse_octet(text):
                    if not text.isdigit():
                        raise ValueError(text)
                    number = int(text, 10)
                    if text > 255 or (text[0] == "0" and len(text) > 1):
                        raise ValueError(text)
                    return number


                def parse(address):
                    return [parse_octet(part) for part in address.split(".")]
                """,
        },
        "'>' not supported between instances of 'str' and 'int'",
        ("src/net/octets.py", "if text > 255"),
        frames=[
            ("tests/test_app.py", "pass", "test_it"),
            ("src/net/octets.py", "return [parse_octet", "parse"),
            ("src/net/octets.py", "if text > 255", "parse_octet"),
        ],
    )
    best = candidates[0]
    assert best.description == "use number, the int() of text made above"
    assert '    if number > 255 or (text[0] == "0" and len(text) > 1):\n' in best.new_source


GENERATOR = """
    import random


    class Generator:
        def __init__(self):
            self._cases = {
                "literal": lambda x: x,
                "not_literal": lambda x: random.choice("abc".replace(chr(x), "")),
                "at": lambda x: "",
                "branch": lambda x: "".join(self._handle(i) for i in x),
            }

        def _handle(self, state):
            opcode, value = state
            return self._cases[opcode](value)

        def build(self, parsed):
            return "".join(self._handle(state) for state in parsed)
    """


def test_it_repairs_the_dispatch_table_entry_that_passes_its_argument_through(project):
    candidates = _candidates(
        project,
        {"src/gen/xeger.py": GENERATOR},
        "sequence item 0: expected str instance, int found",
        ("src/gen/xeger.py", 'return "".join(self._handle(state)'),
        frames=[
            ("tests/test_app.py", "pass", "test_it"),
            ("src/gen/xeger.py", 'return "".join(self._handle(state)', "build"),
        ],
    )
    best = candidates[0]
    # The sibling entry applies chr() to the same argument: the code point's character is meant.
    assert best.line == 7
    assert '            "literal": lambda x: chr(x),\n' in best.new_source
    assert any('"literal": lambda x: str(x),' in c.new_source for c in candidates)


FORMATTING = """
    import re

    FIELDS = ("fill", "width", "type")
    SPEC = re.compile(r"(?P<fill>[<>])?(?P<width>\\d+)?(?P<type>[kK])")


    def _convert(value, spec):
        prefix = "k" if value >= 1000 else ""
        if spec["width"] is not None:
            width = int(spec["width"])
            spec["width"] = width - len(prefix)
        return value / 1000, prefix, spec


    def render(value, format_spec):
        spec = SPEC.match(format_spec).groupdict()
        value, prefix, spec = _convert(value, spec)
        new_spec = "".join(spec[key] for key in FIELDS if spec[key] is not None)
        return format(value, new_spec[:-1]) + prefix
    """


def test_it_converts_the_value_stored_into_the_container_where_it_is_stored(project):
    candidates = _candidates(
        project,
        {"src/fmt/prefixed.py": FORMATTING},
        "sequence item 1: expected str instance, int found",
        ("src/fmt/prefixed.py", 'new_spec = "".join'),
        frames=[
            ("tests/test_app.py", "pass", "test_it"),
            ("src/fmt/prefixed.py", 'new_spec = "".join', "render"),
        ],
    )
    best = candidates[0]
    assert best.line == 11
    assert '        spec["width"] = str(width - len(prefix))\n' in best.new_source
    assert best.description == "convert width - len(prefix) to str where it is made"


def test_a_returned_value_replaced_by_none_is_a_guard(project):
    # `return self` -> `return None` in `__new__` skips the `__init__` that raised: that the tests
    # then fail further on must not accept it (round 24's multimethod "fix").
    source = "class Multi(dict):\n    def __new__(cls, func):\n        self = dict.__new__(cls)\n        return self\n"
    ws = project({"m.py": source, "tests/test_m.py": "def test_it():\n    pass\n"})
    failure = Failure(
        bug_type=BugType.TYPE_ERROR, file="m.py", line=4, message="TypeError: x", source="pytest"
    )
    candidates = GenericFixer().candidates(failure, context(ws, tests=frozenset({"tests/test_m.py"})))
    returned = [c for c in candidates if c.description == "return None"]
    assert returned and all(c.guard for c in returned)
    assert not any(c.guard for c in candidates if c.description != "return None")


def test_an_argument_too_many_goes_to_the_enclosing_call_before_it_is_dropped(project):
    candidates = _candidates(
        project,
        {
            "src/num/fpy.py": """
                def pyfloat(text):
                    return float(text.replace("d", "e"))


                def pycomplex(text):
                    v_re, v_im = text[1:-1].split(",")
                    return complex(pyfloat(v_re, v_im))
                """,
        },
        "pyfloat() takes 1 positional argument but 2 were given",
        ("src/num/fpy.py", "return complex("),
    )
    texts = [c.new_source.splitlines()[6].strip() for c in candidates]
    assert texts[:3] == [
        "return complex(pyfloat(v_re), pyfloat(v_im))",  # parallel parts: each converted
        "return complex(pyfloat(v_re), v_im)",  # the parenthesis one argument too late
        "return complex(pyfloat(v_re))",  # dropping loses the part: last
    ]
