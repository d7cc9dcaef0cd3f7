"""The generic TypeError fallback (fixers/type_fallback.py): a bounded search over the crash's backward slice."""

from __future__ import annotations

import textwrap

from healer.engine.fixers import FIXERS
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_fallback import TypeFallbackFixer
from healer.engine.types import BugType, CheckReport, Failure

APP = "src/yard/crates.py"
TEST = "tests/test_crates.py"


def _candidates(project, source: str, message: str, needle: str, *, callers: tuple[str, ...] = ()):
    source = textwrap.dedent(source).lstrip("\n")
    ws = project({APP: source, TEST: "def test_it():\n    pass\n"})
    lines = split_lines(source)

    def at(text: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if text in line)

    frames = [{"file": APP, "line": at(text), "function": "f"} for text in callers]
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
    return TypeFallbackFixer().candidates(failure, ctx)


def _rank(candidates, expected: str) -> int | None:
    return next((n for n, c in enumerate(candidates, 1) if expected in c.new_source), None)


def test_it_is_registered_as_a_fallback_for_type_errors():
    fixers = [f for f in FIXERS if isinstance(f, TypeFallbackFixer)]
    assert len(fixers) == 1
    assert fixers[0].fallback is True
    assert BugType.TYPE_ERROR in fixers[0].bug_types


def test_it_counts_a_list_where_a_property_returns_what_another_method_stored(project):
    # The crash reads `self.size`, a property returning `self._crates`, which __init__ stored as the
    # list itself: the slice leads two steps back from the crash to the assignment.
    source = """
        class Yard:
            def __init__(self, names):
                self._crates = [name for name in names if name]

            @property
            def size(self):
                return self._crates

            def slots(self):
                return list(range(0, self.size))
        """
    candidates = _candidates(
        project, source, "'list' object cannot be interpreted as an integer", "range(0, self.size)"
    )
    rank = _rank(candidates, "self._crates = len([name for name in names if name])")
    assert rank is not None, [c.description for c in candidates]
    assert all(c.guard for c in candidates)


def test_it_takes_the_item_a_one_item_slice_was_meant_to_be(project):
    source = """
        def owned(key, label):
            prefix = key.split(":", 1)[:1]
            return label.startswith(prefix)
        """
    candidates = _candidates(
        project,
        source,
        "startswith first arg must be str or a tuple of str, not list",
        "return label.startswith(prefix)",
    )
    assert _rank(candidates, 'prefix = key.split(":", 1)[0]') is not None, [c.description for c in candidates]


def test_it_guards_an_optional_operand_when_the_message_names_none(project):
    source = """
        def tag(text, suffix=None):
            return text + suffix
        """
    candidates = _candidates(
        project, source, 'can only concatenate str (not "NoneType") to str', "return text + suffix"
    )
    rank = _rank(candidates, "return text + (suffix or '')")
    assert rank is not None and rank <= 5, [c.description for c in candidates]


def test_it_calls_a_sibling_method_of_the_same_class(project):
    source = """
        class Crate:
            def __init__(self, weight):
                self.weight = weight

            def heavy(self, limit):
                return self.weight > limit

            def grade(self, limit):
                return "heavy" if self.weight > limit else "light"

            def describe(self):
                return "crate " + self.heavy(10)
        """
    candidates = _candidates(
        project, source, 'can only concatenate str (not "bool") to str', 'return "crate " + self.heavy(10)'
    )
    assert _rank(candidates, 'return "crate " + self.grade(10)') is not None, [
        c.description for c in candidates
    ]
    assert not [c for c in candidates if "self.__init__" in c.new_source]  # a dunder is no sibling


def test_it_swaps_and_drops_a_call_s_arguments_in_the_caller(project):
    source = """
        def pad(text, width):
            return text.ljust(width)


        def row(text, width):
            return pad(width, text)
        """
    candidates = _candidates(
        project,
        source,
        "'int' object has no attribute 'ljust'",
        "return text.ljust(width)",
        callers=("return pad(width, text)",),
    )
    assert _rank(candidates, "return pad(text, width)") is not None, [c.description for c in candidates]


def test_it_never_offers_an_edit_to_a_test_file_or_one_that_does_not_compile(project):
    source = """
        def total(items):
            return sum(items, 0) + len(items)
        """
    candidates = _candidates(
        project, source, "unsupported operand type(s) for +: 'int' and 'str'", "return sum(items, 0)"
    )
    assert candidates
    for candidate in candidates:
        assert candidate.file == APP
        compile(candidate.new_source, candidate.file, "exec")


def test_it_converts_an_operand_on_a_later_line_of_the_statement_that_raised(project):
    # The traceback names the statement's first line; the view left unconverted is on its second.
    source = """
        def pairs(args, kwargs):
            return dict(
                list(args)
                + kwargs.items()
            )
        """
    candidates = _candidates(
        project, source, 'can only concatenate list (not "dict_items") to list', "        list(args)"
    )
    assert _rank(candidates, "+ list(kwargs.items())\n") is not None, [c.description for c in candidates]


def test_it_negates_the_condition_that_sent_the_value_down_the_wrong_branch(project):
    source = """
        def load(text, safe=True):
            if not safe:
                loader = None
            else:
                loader = str.upper
            return loader(text)
        """
    candidates = _candidates(project, source, "'NoneType' object is not callable", "return loader(text)")
    assert _rank(candidates, "    if safe:") is not None, [c.description for c in candidates]


def test_it_returns_one_item_as_a_tuple_where_a_tuple_is_unpacked(project):
    source = """
        def header(size):
            length = size * 2
            return length


        def frame(size):
            (length,) = header(size)
            return length
        """
    candidates = _candidates(
        project,
        source,
        "cannot unpack non-iterable int object",
        "(length,) = header(size)",
        callers=(),
    )
    assert _rank(candidates, "    return (length,)") is not None, [c.description for c in candidates]
