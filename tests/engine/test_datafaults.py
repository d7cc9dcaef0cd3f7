"""Data-fault localisation: module- and class-level values read by failing tests, found statically.

Per-test coverage never sees code that runs at import time, so these lines must come from the data
the failure reads. Also the edits that go with them: a global flag fixed where it is made, the
conditions that lead to a crash marked as guards, and unary operator replacement.
"""

from __future__ import annotations

import textwrap
from dataclasses import replace

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.datafaults import data_origins
from healer.engine.fixers.generic import GenericFixer
from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import LogicFixer, target_lines
from healer.engine.fixers.logic_templates import template_rewrites
from healer.engine.types import BugType, CheckReport, Failure


def _files(files: dict[str, str]) -> dict[str, str]:
    return {path: textwrap.dedent(text) for path, text in files.items()}


def _origins(files: dict[str, str], reads: list[tuple[str, int]]) -> list[tuple[str, int, int]]:
    files = _files(files)
    sources = [f for f in files if "tests/" not in f]
    return data_origins(reads=reads, files=sources, source=lambda path: files[path])


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(textwrap.dedent(text).splitlines(), start=1) if needle in line)


FLAGS = """\
    try:
        import json
        HAVE_JSON = False
    except ImportError:
        HAVE_JSON = False
    """


def test_it_finds_a_module_constant_that_a_test_reads_through_a_function_level_import():
    test = """\
        def test_it():
            import pkg.flags as flags
            assert flags.HAVE_JSON
        """
    found = _origins(
        {"pkg/__init__.py": "", "pkg/flags.py": FLAGS, "tests/test_flags.py": test},
        [("tests/test_flags.py", 3)],
    )
    assert [(f, n) for f, n, _ in found] == [("pkg/flags.py", 3), ("pkg/flags.py", 5)]


def test_it_follows_a_module_level_table_back_through_the_loop_that_fills_it():
    module = """\
        from pathlib import Path
        TABLE = {}
        for path in sorted(Path('.').iterdir()):
            name = path.name[5:not 4]
            TABLE[name] = path
        LOWER = {name.lower(): name for name in TABLE}

        def lookup(language):
            return LOWER.get(language)
        """
    found = _origins({"pkg/__init__.py": module}, [("pkg/__init__.py", _line(module, "return LOWER"))])
    hops = {n: h for _, n, h in found}
    assert hops[_line(module, "LOWER = {")] == 1
    assert hops[_line(module, "TABLE[name] = path")] == 2
    assert hops[_line(module, "name = path.name")] == 3


def test_it_follows_a_name_imported_from_a_sibling_module():
    user = """\
        from .flags import HAVE_JSON

        def dump(value):
            if HAVE_JSON:
                return value
            raise RuntimeError('no json')
        """
    found = _origins({"pkg/__init__.py": "", "pkg/flags.py": FLAGS, "pkg/use.py": user}, [("pkg/use.py", 4)])
    assert ("pkg/flags.py", 3, 1) in found


def test_it_leaves_parameters_and_locals_alone_even_when_a_global_has_their_name():
    module = """\
        LIMIT = 3

        def clip(values, LIMIT):
            return values[:LIMIT]

        def head(values):
            LIMIT = 2
            return values[:LIMIT]
        """
    reads = [("pkg/m.py", _line(module, "values[:LIMIT]")), ("pkg/m.py", 8)]
    assert _origins({"pkg/m.py": module}, reads) == []


def test_it_follows_a_test_local_to_the_star_imported_module_constant_it_was_assigned_from():
    # pymutants: `parser = octal` then `parser.parse(...)` failing, octal built at import time from
    # `number(9, ...)`: the slice goes through the test's local and its `from pkg import *`.
    module = """\
        def number(base):
            return lambda text: int(text, base)

        octal_number = number(9)
        octal = octal_number
        """
    test = """\
        from pkg import *

        def test_octal():
            parser = octal
            assert parser('10') == 8
        """
    found = _origins({"pkg/__init__.py": module, "tests/test_it.py": test}, [("tests/test_it.py", 5)])
    assert ("pkg/__init__.py", 5, 1) in found
    assert ("pkg/__init__.py", 4, 2) in found


def test_it_resolves_a_class_attribute_read_through_self():
    module = """\
        class Parser:
            SEPARATOR = ';'

            def split(self, text):
                return text.split(self.SEPARATOR)
        """
    found = _origins({"pkg/m.py": module}, [("pkg/m.py", _line(module, "self.SEPARATOR"))])
    assert found == [("pkg/m.py", 2, 1)]


def _ctx(ws, *, tests=("tests/test_it.py",), suspicious=()):
    sources = tuple(f for f in ws.iter_files() if f.endswith(".py") and f not in tests)
    return RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=list(suspicious),
        test_files=frozenset(tests),
        source_files=sources,
    )


def _failure(file: str, line: int, kind: str, frames: list[tuple[str, int]]) -> Failure:
    return Failure(
        bug_type=BugType.LOGIC,
        file=file,
        line=line,
        message=f"{kind}: boom",
        source="pytest",
        code=kind,
        test_ids=("tests/test_it.py::test_it",),
        extra={
            "exception": {"type": kind, "message": "boom"},
            "frames": [{"file": f, "line": n, "function": "f"} for f, n in frames],
        },
    )


def test_it_repairs_a_module_constant_that_no_test_coverage_can_see(project):
    test = "def test_it():\n    import pkg.flags as flags\n    assert flags.HAVE_JSON\n"
    ws = project({"pkg/__init__.py": "", "pkg/flags.py": textwrap.dedent(FLAGS), "tests/test_it.py": test})
    failure = _failure("tests/test_it.py", 3, "AssertionError", [("tests/test_it.py", 3)])
    candidates = LogicFixer().candidates(failure, _ctx(ws))
    assert candidates, "the failing test's own line names the constant"
    first = candidates[0]
    assert (first.file, first.line) == ("pkg/flags.py", 3)
    assert "HAVE_JSON = True" in first.new_source.splitlines()[2]


USE = """\
    from .flags import HAVE_JSON


    def dump(value, secure):
        if secure > 0:
            if HAVE_JSON:
                return value
            else:
                raise RuntimeError('no json')
        return None
    """


def test_it_fixes_a_global_flag_where_it_is_made_before_negating_a_use(project):
    ws = project(
        {
            "pkg/__init__.py": "",
            "pkg/flags.py": textwrap.dedent(FLAGS),
            "pkg/use.py": textwrap.dedent(USE),
            "tests/test_it.py": "",
        }
    )
    crash = _line(USE, "raise RuntimeError")
    failure = _failure("pkg/use.py", crash, "RuntimeError", [("tests/test_it.py", 2), ("pkg/use.py", crash)])
    candidates = LogicFixer().candidates(failure, _ctx(ws))
    order = [(c.file, c.line, c.description) for c in candidates]
    flip = order.index(("pkg/flags.py", 3, "use True instead of False"))
    negate = next(i for i, item in enumerate(order) if item[2] == "negate the condition HAVE_JSON")
    assert flip < negate


def test_it_marks_edits_of_the_conditions_that_lead_to_a_crash_as_guards(project):
    ws = project(
        {
            "pkg/__init__.py": "",
            "pkg/flags.py": textwrap.dedent(FLAGS),
            "pkg/use.py": textwrap.dedent(USE),
            "tests/test_it.py": "",
        }
    )
    crash = _line(USE, "raise RuntimeError")
    failure = _failure("pkg/use.py", crash, "RuntimeError", [("tests/test_it.py", 2), ("pkg/use.py", crash)])
    ctx = _ctx(ws)
    for fixer in (LogicFixer(), GenericFixer()):
        candidates = fixer.candidates(failure, ctx)
        steering = [c for c in candidates if c.file == "pkg/use.py" and c.line in (5, 6)]
        assert steering, f"{type(fixer).__name__} has edits of the conditions"
        assert all(c.guard for c in steering)
        assert not any(c.guard for c in candidates if c.file == "pkg/flags.py")


def test_it_offers_a_sign_for_a_not_on_a_number_literal(project):
    source = "def stem(name):\n    return name[5:not 4]\n"
    ws = project({"pkg/m.py": source, "tests/test_it.py": ""})
    failure = _failure("pkg/m.py", 2, "AssertionError", [("tests/test_it.py", 1)])
    ctx = _ctx(ws, suspicious=[("pkg/m.py", 2, 1.0)])
    found = {c.new_source.splitlines()[1].strip() for c in GenericFixer().candidates(failure, ctx)}
    assert "return name[5:-4]" in found


def test_it_never_deletes_a_module_level_binding():
    source = "LIMIT = 3\n\ndef f(values):\n    total = 0\n    total = sum(values)\n    return total\n"
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    assert not [r for r in template_rewrites(sf, 1, exception="AssertionError") if r.kind == "delete"]
    assert [r for r in template_rewrites(sf, 4, exception="AssertionError") if r.kind == "delete"]


def test_it_offers_the_sign_for_a_not_on_a_number_among_the_first_logic_edits(project):
    source = "def stem(name):\n    return name[5:not 4]\n"
    ws = project({"pkg/m.py": source, "tests/test_it.py": ""})
    failure = _failure("pkg/m.py", 2, "AssertionError", [("tests/test_it.py", 1)])
    ctx = _ctx(ws, suspicious=[("pkg/m.py", 2, 1.0)])
    lines = [c.new_source.splitlines()[1].strip() for c in LogicFixer().candidates(failure, ctx)]
    assert "return name[5:-4]" in lines[:3]  # beside the slice's own bounds moved by one


ERRORS = """\
    class DecodeError(Exception):
        pass


    class HeaderError(DecodeError):
        pass
    """

DECODE = """\
    from .errors import HeaderError


    def decode(token, detached=None):
        header = token.get("header", {})
        if detached is not None and header.get("b64", False) is not False:
            raise HeaderError("detached payload needs b64 false")
        if token.get("bad"):
            raise ValueError("bad")
        return token
    """


def test_it_targets_the_conditions_of_the_raises_a_test_expected_in_vain(project):
    ws = project(
        {
            "pkg/__init__.py": "",
            "pkg/errors.py": textwrap.dedent(ERRORS),
            "pkg/decode.py": textwrap.dedent(DECODE),
            "tests/test_it.py": "",
        }
    )
    condition = _line(DECODE, 'header.get("b64"')
    failure = _failure("pkg/decode.py", 5, "Failed", [("tests/test_it.py", 3), ("pkg/decode.py", 5)])
    failure.message = "Failed: DID NOT RAISE <class 'pkg.errors.DecodeError'>"
    ran = [("pkg/decode.py", n, 0.5) for n in (5, condition, _line(DECODE, 'if token.get("bad")'), 10)]
    ctx = _ctx(ws, suspicious=ran)
    order = [(f, n) for f, n, _ in target_lines(failure, ctx, max_lines=40)]
    assert order[0] == ("pkg/decode.py", condition)
    assert ("pkg/decode.py", _line(DECODE, 'if token.get("bad")')) in order[1:]  # ranked, but not raised for
    candidates = LogicFixer().candidates(failure, ctx)
    at = [c.description for c in candidates if c.line == condition]
    assert "use True instead of False" in at
    # Negating the whole raise condition would raise for every input: after the edits of its parts.
    assert at.index("use True instead of False") < at.index(
        next(d for d in at if d.startswith("negate the condition"))
    )


CALLS = """\
    def _preserve(css, pattern, remove_ws):
        token = css.strip()
        if remove_ws:
            token = token.replace(" ", "")
        return token


    def compress(css):
        css = _preserve(css, "url", remove_ws=True)
        css = _preserve(css, "hsl", remove_ws=False)
        return css
    """


def test_it_targets_the_arguments_callers_pass_for_a_parameter_a_suspicious_line_reads(project):
    ws = project({"pkg/css.py": textwrap.dedent(CALLS), "tests/test_it.py": ""})
    branch = _line(CALLS, "if remove_ws:")
    calls = [_line(CALLS, '"url"'), _line(CALLS, '"hsl"')]
    ran = [("pkg/css.py", branch, 1.0), *[("pkg/css.py", n, 0.3) for n in [2, 5, *calls, 11]]]
    failure = _failure("pkg/css.py", branch, "AssertionError", [("tests/test_it.py", 3)])
    ctx = _ctx(ws, suspicious=ran)
    lines = {(f, n): w for f, n, w in target_lines(failure, ctx, max_lines=40)}
    assert all(lines[("pkg/css.py", n)] > 0.3 for n in calls)
    flips = [c.line for c in LogicFixer().candidates(failure, ctx) if "pass remove_ws=True" in c.description]
    assert calls[1] in flips


def test_it_marks_the_condition_of_a_branch_that_made_the_crashing_value_as_a_guard(project):
    source = textwrap.dedent(
        """\
        def parse(kind):
            if kind == '*':
                kind = '*/*'
            return kind.split('/') if '/' in kind else None
        """
    )
    ws = project({"pkg/m.py": source, "tests/test_it.py": ""})
    failure = _failure("pkg/m.py", 4, "TypeError", [("tests/test_it.py", 1), ("pkg/m.py", 4)])
    ctx = _ctx(ws, suspicious=[("pkg/m.py", 4, 1.0), ("pkg/m.py", 2, 0.9)])
    at_condition = [c for c in GenericFixer().candidates(failure, ctx) if c.line == 2]
    assert at_condition and all(c.guard for c in at_condition)


TABLES = """\
    class Base:
        width = 8
        check = 0

        @classmethod
        def selftest(cls):
            if cls.compute() != cls.check:
                raise ValueError(f"{cls.__name__}: expected {cls.check}")

        @classmethod
        def compute(cls):
            return cls.width * 2


    class Crc16(Base):
        width = 16
        check = 32


    class Crc32(Base):
        width = 31
        check = 64
    """


def test_it_targets_the_body_of_the_class_the_failure_message_names(project):
    # The values a base class's method reads through `cls.` belong to the subclass the message names;
    # the slice from the raising line alone finds only the base class's defaults.
    ws = project({"pkg/crc.py": textwrap.dedent(TABLES), "tests/test_it.py": ""})
    raising = _line(TABLES, "raise ValueError")
    failure = _failure(
        "pkg/crc.py", raising, "ValueError", [("tests/test_it.py", 3), ("pkg/crc.py", raising)]
    )
    failure.message = "ValueError: Crc32: expected 64"
    ran = [
        ("pkg/crc.py", n, 1.0)
        for n in (_line(TABLES, "if cls.compute"), raising, _line(TABLES, "return cls"))
    ]
    lines = {(f, n): w for f, n, w in target_lines(failure, _ctx(ws, suspicious=ran), max_lines=40)}
    assert lines.get(("pkg/crc.py", _line(TABLES, "width = 31"))) == 1.0
    assert ("pkg/crc.py", _line(TABLES, "width = 16")) not in lines


def test_it_targets_the_import_time_literal_that_spells_a_compared_number_many_steps_back(project):
    # pymutants (parsec's `octal_number = number(8, ...)` mutated to 9, the test failing `9 != 8`
    # through `integer`, built five steps away at import time): the slice's line spelling 9 goes first.
    module = textwrap.dedent(
        """\
        def number(base):
            return lambda text: int(text, base)

        octal_number = number(9)
        octal = octal_number
        zero = octal
        natural = zero
        signed = natural
        integer = signed
        """
    )
    test = "from pkg import *\n\ndef test_it():\n    parser = integer\n    assert parser('10') == 8\n"
    ws = project({"pkg/__init__.py": module, "tests/test_it.py": test})
    failure = _failure("tests/test_it.py", 5, "AssertionError", [("tests/test_it.py", 5)])
    exception = {"type": "AssertionError", "message": "9 != 8"}
    failure = replace(
        failure, message="AssertionError: 9 != 8", extra={**failure.extra, "exception": exception}
    )
    candidates = LogicFixer().candidates(failure, _ctx(ws))
    assert next(i for i, c in enumerate(candidates) if "number(8)" in c.new_source) < 3
