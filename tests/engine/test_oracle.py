"""The failed comparison's differing values as localisation evidence (analysis/oracle.py).

A table literal whose lines the same tests all run ties them on the spectrum; the value the
assertion shows as different names the line that makes it.
"""

from __future__ import annotations

from healer.engine.analysis import analyse
from healer.engine.analysis.oracle import differing_numbers, differing_strings, oracle_lines, scaled_constants
from healer.engine.analysis.raised import SUSPICIOUS_KEEP
from healer.engine.checks import LintRun, PytestRun, TestResult
from healer.engine.discovery import CheckPlan
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.logic import LogicFixer
from healer.engine.types import BugType, CheckReport, Failure

UNITTEST_LISTS = (
    "Lists differ: ['3dn[31 chars]m', 'mca', 'xsave'] != ['3dn[31 chars]m', 'lm', 'mca', 'xsave']\n\n"
    "First differing element 4:\n'mca'\n'lm'\n\n"
    "Second list contains 1 additional elements.\nFirst extra element 11:\n'xsave'\n\n"
    "  ['3dnow',\n   'lahf_lm',\n+  'lm',\n   'mca',\n   'xsave']"
)
PYTEST_LISTS = (
    "assert ['a', 'lm'] == ['a', 'mca']\n  At index 1 diff: 'lm' != 'mca'\n"
    "  Full diff:\n  - ['a', 'mca']\n  + ['a', 'lm']"
)


def test_it_reads_the_values_a_failed_comparison_shows_as_different():
    # The first differing pair and the ndiff's one-sided lines; not the extra tail, not shared items.
    assert differing_strings(UNITTEST_LISTS) == {"mca", "lm"}
    # pytest: the index diff, and what one side of a one-line full diff spells and the other does not.
    assert differing_strings(PYTEST_LISTS) == {"mca", "lm"}
    assert differing_strings("Extra items in the left set:\n'lm'\nUse -v to get more diff") == {"lm"}
    assert differing_strings(
        "Omitting 3 identical items\nDiffering items:\n{'lm': True} != {'lm': False}"
    ) == {"lm"}
    assert differing_strings("30 != 29") == frozenset()
    assert differing_strings("assert 'ab' in text") == frozenset()


def test_a_value_many_lines_spell_names_none_of_them():
    table = "".join(f"T{n} = {{'x{n}': {n}, 'lm': {n}}}\n" for n in range(5))
    ran = [("pkg/t.py", n) for n in range(1, 6)]
    assert oracle_lines(terms=frozenset({"lm"}), ran=ran, read_source={"pkg/t.py": table}.get) == []
    assert oracle_lines(terms=frozenset({"x3"}), ran=ran, read_source={"pkg/t.py": table}.get) == [
        ("pkg/t.py", 4)
    ]
    # Only lines the failing tests ran.
    assert oracle_lines(terms=frozenset({"x3"}), ran=ran[:2], read_source={"pkg/t.py": table}.get) == []


def _table(entries: int, faulty: int) -> str:
    """A table of `entries` flags, every line run by the same tests; 'f{faulty}' reads the next bit."""
    return (
        "def flags(bits):\n"
        "    found = {\n"
        + "".join(f"        'f{n}': _bit(bits, {n + 1 if n == faulty else n}),\n" for n in range(entries))
        + "    }\n"
        "    return sorted(k for k, v in found.items() if v)\n\n\n"
        "def _bit(bits, n):\n"
        "    return bool(bits >> n & 1)\n"
    )


ENTRIES = 210  # more tied lines than the localiser keeps
FAULTY = 205
TABLE = _table(ENTRIES, FAULTY)
FAULTY_LINE = 3 + FAULTY
MESSAGE = "Lists differ: ['f1', 'f3'] != ['f1', 'f205', 'f3']\n\nFirst differing element 1:\n'f3'\n'f205'\n"


def _tests(message: str) -> PytestRun:
    covered = {"pkg/flags.py": list(range(1, ENTRIES + 8))}
    return PytestRun(
        tests={
            "tests/test_it.py::test_flags": TestResult(
                "tests/test_it.py::test_flags",
                "failed",
                exception={
                    "type": "AssertionError",
                    "message": message,
                    "frames": [["tests/test_it.py", 5, "test_flags"]],
                },
                covered=covered,
            ),
            "tests/test_it.py::test_other": TestResult(
                "tests/test_it.py::test_other", "passed", covered=covered
            ),
        }
    )


def test_the_analysis_keeps_a_line_the_oracle_names_past_the_spectrum_cut():
    plan = CheckPlan(
        test_modules=("tests/test_it.py",),
        test_files=frozenset({"tests/test_it.py"}),
        source_files=("pkg/flags.py",),
    )
    (failure,) = analyse(
        plan=plan, tests=_tests(MESSAGE), lint=LintRun(), read_source={"pkg/flags.py": TABLE}.get
    ).failures
    assert failure.bug_type is BugType.LOGIC
    # Both values of the first difference: the one computed wrongly and its neighbour.
    assert failure.extra["oracle"] == [("pkg/flags.py", 3 + 3), ("pkg/flags.py", FAULTY_LINE)]
    kept = [(f, n) for f, n, _ in failure.extra["suspicious"]]
    assert ("pkg/flags.py", FAULTY_LINE) in kept[SUSPICIOUS_KEEP:]  # tied lines past the cap are dropped


def test_the_logic_fixer_tries_the_line_the_oracle_names_first(project):
    table = _table(100, 90)
    ws = project({"pkg/flags.py": table, "tests/test_it.py": ""})
    suspicious = [("pkg/flags.py", n, 0.7) for n in range(3, 103)]  # all tied
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=suspicious,
        test_files=frozenset({"tests/test_it.py"}),
        source_files=("pkg/flags.py",),
    )
    failure = Failure(
        bug_type=BugType.LOGIC,
        file="pkg/flags.py",
        line=3,
        message="AssertionError: Lists differ",
        source="pytest",
        code="AssertionError",
        test_ids=("tests/test_it.py::test_flags",),
        extra={"oracle": [["pkg/flags.py", 3 + 90]], "suspicious": suspicious},
    )
    fixed = table.replace("'f90': _bit(bits, 91)", "'f90': _bit(bits, 90)")
    candidates = LogicFixer().candidates(failure, ctx)
    assert fixed in [c.new_source for c in candidates[:5]]


def test_a_constant_one_off_in_a_product_is_read_from_the_two_numbers():
    # number-parser's `"mil": 999` for 1000: 999 * 10**6 for 1000 * 10**6.
    assert {999, 1000} <= scaled_constants("assert 999000000 == 1000000000\n +  where ...")
    assert 999 in scaled_constants("AssertionError: 1000000000 != 999000000")
    assert scaled_constants("assert 3 == 4") == frozenset()  # a small literal is spelled everywhere
    assert scaled_constants("assert 2145483164 == 2147483647") == frozenset()
    assert scaled_constants("assert 'a' == 'b'") == frozenset()


def test_the_analysis_names_a_table_entry_no_test_covers_from_the_two_numbers():
    # The table is built at import time: no test's coverage holds its lines, the failed product names one.
    data = (
        "WORDS = {\n" + "".join(f"    'w{n}': {n * 7 + 100},\n" for n in range(40)) + "    'mil': 999,\n}\n"
    )
    code = "from pkg.data import WORDS\n\n\ndef value(word, scale):\n    return WORDS[word] * scale\n"
    plan = CheckPlan(
        test_modules=("tests/test_it.py",),
        test_files=frozenset({"tests/test_it.py"}),
        source_files=("pkg/data.py", "pkg/code.py"),
    )
    tests = PytestRun(
        tests={
            "tests/test_it.py::test_mil": TestResult(
                "tests/test_it.py::test_mil",
                "failed",
                exception={
                    "type": "AssertionError",
                    "message": "assert 999000000 == 1000000000",
                    "frames": [["tests/test_it.py", 5, "test_mil"]],
                },
                covered={"pkg/code.py": [5]},
            ),
            "tests/test_it.py::test_other": TestResult(
                "tests/test_it.py::test_other", "passed", covered={"pkg/code.py": [5]}
            ),
        }
    )
    sources = {"pkg/data.py": data, "pkg/code.py": code}
    (failure,) = analyse(plan=plan, tests=tests, lint=LintRun(), read_source=sources.get).failures
    assert failure.extra["oracle"] == [("pkg/data.py", 42)]


# unittest's assertEqual of two dicts (ajsonrpc's MethodNotFound given InvalidRequest's code).
UNITTEST_DICTS = (
    "{'id': '1', 'error': {'code': -32600, 'mess[21 chars]nd'}} != {'error': {'code': -32601, 'me[31 chars] '1'}\n"
    "- {'error': {'code': -32600, 'message': 'Method 404 not found'},\n?                         ^\n\n"
    "+ {'error': {'code': -32601, 'message': 'Method 404 not found'},\n?                         ^\n\n"
    "   'id': '1'}"
)


def test_it_reads_the_whole_numbers_a_diff_shows_on_one_side_only():
    assert differing_numbers(UNITTEST_DICTS) == {-32600, -32601}  # not 404: inside a string, on both sides
    assert differing_numbers("assert [1, 2] == [1, 3]\n  Full diff:\n  - [1, 3]\n  + [1, 2]") == frozenset()
    assert differing_numbers("assert 1.5 == 2.5") == frozenset()


def test_the_analysis_names_a_class_constant_from_the_numbers_a_dict_diff_shows():
    # Error classes set their codes at import time: no test's coverage holds those lines.
    errors = (
        "class Error(Exception):\n    CODE = -32000\n\n\n"
        "class InvalidRequest(Error):\n    CODE = -32600\n\n\n"
        "class MethodNotFound(Error):\n    CODE = -32600\n"
    )
    code = "def reply(error):\n    return {'error': {'code': error.CODE}}\n"
    plan = CheckPlan(
        test_modules=("tests/test_it.py",),
        test_files=frozenset({"tests/test_it.py"}),
        source_files=("pkg/errors.py", "pkg/code.py"),
    )
    tests = PytestRun(
        tests={
            "tests/test_it.py::test_missing": TestResult(
                "tests/test_it.py::test_missing",
                "failed",
                exception={
                    "type": "AssertionError",
                    "message": UNITTEST_DICTS,
                    "frames": [["tests/test_it.py", 5, "test_missing"]],
                },
                covered={"pkg/code.py": [2]},
            ),
            "tests/test_it.py::test_other": TestResult(
                "tests/test_it.py::test_other", "passed", covered={"pkg/code.py": [2]}
            ),
        }
    )
    sources = {"pkg/errors.py": errors, "pkg/code.py": code}
    (failure,) = analyse(plan=plan, tests=tests, lint=LintRun(), read_source=sources.get).failures
    assert failure.extra["oracle"] == [("pkg/errors.py", 6), ("pkg/errors.py", 10)]
