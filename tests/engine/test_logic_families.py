"""The LOGIC fixer's further edit families (fixers/logic_families.py), each on a small program of its own."""

from __future__ import annotations

import pytest

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_families import asserted_attribute_targets, family_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates

FAMILIES = [
    # (id, buggy source, needle of the suspicious line, old text, fixed text, max rank)
    (
        "digit-dropped",
        """
        def minutes_to_days(minutes):
            return minutes / 144
        """,
        "/ 144",
        "/ 144",
        "/ 1440",
        60,
    ),
    (
        "state-switch",
        """
        class Reader:
            def __init__(self):
                self.mode = "text"

            def feed(self, ch):
                if ch == "<":
                    self.mode = "text"
                elif ch == ">":
                    self.mode = "text"  # a tag closed
                return self.mode

            def close(self):
                self.mode = "tag"
        """,
        "a tag closed",
        'self.mode = "text"  # a tag closed',
        'self.mode = "tag"  # a tag closed',
        12,
    ),
    (
        "slice-mirror",
        """
        def unquote(text):
            if text[0] == text[-1] == "'":
                return text[1:]
            return text
        """,
        "return text[1:]",
        "text[1:]",
        "text[1:-1]",
        12,
    ),
    (
        "regex-group",
        """
        import re


        def words_and_gaps(text):
            return re.split(r"\\W", text)
        """,
        "re.split",
        'r"\\W"',
        'r"(\\W)"',
        12,
    ),
    (
        "regex-class-char",
        """
        import re


        def escape(text):
            def mark(match):
                return "!" + match.group(0)

            return re.sub(r"([\\'])", mark, text)
        """,
        "re.sub",
        "[\\']",
        "[\\'!]",
        12,
    ),
    (
        "regroup-factor",
        """
        def seconds(hours, minutes, secs):
            return hours * 60 + minutes * 60 + secs
        """,
        "return hours",
        "hours * 60 + minutes * 60",
        "(hours * 60 + minutes) * 60",
        60,
    ),
]


@pytest.mark.parametrize(
    ("source", "needle", "old", "new", "max_rank"),
    [pytest.param(*case[1:], id=case[0]) for case in FAMILIES],
)
def test_it_proposes_each_family_early_enough(project, source, needle, old, new, max_rank):
    source, candidates = _candidates(project, source, needle)
    assert source.count(old) == 1
    expected = source.replace(old, new)
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks, [c.description for c in candidates[:60]]
    assert ranks[0] <= max_rank, [(c.description, c.priority) for c in candidates[: ranks[0]]]


def _new_sources(source: str, line: int, kind: str = "") -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for rewrite, new in applied(sf, family_rewrites(sf, line)) if kind in rewrite.kind]


def test_it_leaves_flags_hex_and_free_text_alone():
    # 0/1 are the constant mutations' business; hex is not a typed run of digits; a name given
    # more than a handful of string values is free text, not a state.
    values = "\n".join(f"    x = {chr(97 + i)!r}" for i in range(8))
    source = f"def f(n):\n    y = n + 1 + 0x10\n{values}\n    return y\n"
    assert _new_sources(source, 2) == []
    assert _new_sources(source, 3) == []


def test_it_mirrors_only_a_one_sided_slice():
    assert _new_sources("def f(s):\n    return s[1:-1]\n", 2, "slice") == []
    assert _new_sources("def f(s):\n    return s[:-2]\n", 2, "slice") == ["def f(s):\n    return s[2:-2]\n"]


def test_it_groups_only_a_sum_whose_terms_both_carry_a_factor():
    assert _new_sources("def f(a, b, c):\n    return a + b * 60\n", 2, "grouping") == []


def test_it_tries_first_the_tied_line_that_reads_what_the_failed_assertion_reads(project):
    from healer.engine.fixers.base import RepairContext
    from healer.engine.fixers.logic import LogicFixer
    from healer.engine.types import BugType, CheckReport, Failure

    source = (
        "def names(cls):\n"
        "    found = [n for n in dir(cls) if n.startswith('_')]\n"
        "    return sorted(found)\n"
        "\n"
        "\n"
        "def inherit(method, base):\n"
        "    if method.__doc__:\n"  # the bug: `if not method.__doc__`
        "        method.__doc__ = base.__doc__\n"
        "    return method\n"
    )
    test = "from algo import inherit\n\n\ndef test_doc():\n    assert f.__doc__ == 'base'\n"
    ws = project({"src/algo.py": source, "tests/test_algo.py": test})
    tied = [("src/algo.py", line, 0.5) for line in (2, 3, 7, 9)]  # run while the test module was imported
    ctx = RepairContext(
        workspace=ws, report=CheckReport(), suspicious=tied, test_files=frozenset({"tests/test_algo.py"})
    )
    failure = Failure(
        bug_type=BugType.LOGIC,
        file="src/algo.py",
        line=2,
        message="AssertionError: None != 'base'",
        source="pytest",
        code="AssertionError",
        extra={
            "exception": {"type": "AssertionError", "message": "None != 'base'"},
            "frames": [{"file": "tests/test_algo.py", "line": 5, "function": "test_doc"}],
        },
    )
    candidates = LogicFixer().candidates(failure, ctx)
    assert candidates[0].description == "negate the condition method.__doc__", [
        c.description for c in candidates[:5]
    ]


def test_it_keeps_the_stores_of_an_asserted_attribute_read_all_over_the_code():
    # `shelf.slot_count` is read on five ran lines: too many to say which; its one store is the
    # reaching definition of the checked value.
    code = (
        "class Shelf:\n"
        "    def __init__(self, books, per_slot):\n"
        "        self.slot_count = len(books) // per_slot\n"  # 3: the store
        "        self.full = self.slot_count == 0\n"
        "        self.last = self.slot_count - 1\n"
        "        self.text = str(self.slot_count)\n"
        "        self.half = self.slot_count // 2\n"
        "        self.more = self.slot_count <= 4 or self.slot_count >= 9\n"
    )
    sources = {"shelf.py": code, "tests/test_shelf.py": "def test_it():\n    assert shelf.slot_count == 3\n"}
    found = asserted_attribute_targets(
        test_lines=[("tests/test_shelf.py", 2)],
        ran=[("shelf.py", line) for line in range(3, 9)],
        read_source=sources.get,
    )
    assert found == {("shelf.py", 3)}


def test_it_follows_an_asserted_store_one_step_back_to_the_stores_it_reads():
    # `last_slot` is computed from `slot_count`: the fault is in the store of `slot_count`, one step back.
    code = (
        "class Shelf:\n"
        "    def __init__(self, books, per_slot):\n"
        "        self.slot_count = len(books) // per_slot\n"  # 3: the store that feeds it
        "        self.last_slot = self.first + self.slot_count - 1\n"  # 4: the asserted store
        "        self.a = self.last_slot\n"
        "        self.b = self.last_slot - 1\n"
        "        self.c = str(self.last_slot)\n"
        "        self.d = self.last_slot == 0\n"
    )
    sources = {"shelf.py": code, "tests/test_shelf.py": "def test_it():\n    assert shelf.last_slot == 3\n"}
    found = asserted_attribute_targets(
        test_lines=[("tests/test_shelf.py", 2)],
        ran=[("shelf.py", line) for line in range(3, 9)],
        read_source=sources.get,
    )
    assert found == {("shelf.py", 4), ("shelf.py", 3)}
