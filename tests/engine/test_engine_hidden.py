"""A parse error no candidate fixes: the loop goes on with what it does not hide and says what it hides."""

from __future__ import annotations

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC

PROJECT = {
    "pyproject.toml": PYPROJECT_SRC,
    # Python 2's `except E, e:`: no fixer is given, so the parse error gets no candidate.
    "src/broken.py": "def parse(text):\n    try:\n        return int(text)\n    except ValueError, e:\n        return None\n",
    "src/fine.py": "def double(n):\n    return n + 2\n",
    "tests/test_broken.py": "from broken import parse\n\n\ndef test_parse():\n    assert parse('3') == 3\n",
    "tests/test_fine.py": "from fine import double\n\n\ndef test_double():\n    assert double(3) == 6\n",
}


def test_it_says_which_failing_tests_a_parse_error_without_a_fix_hides(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10, coverage=False),
        log=lines.append,
        fixers=[],
    )
    engine.discover()
    report = engine.check()
    assert list(engine.repair(report)) == []
    hidden = [line for line in lines if line.startswith("Not reached:")]
    assert len(hidden) == 1 and "src/broken.py:4" in hidden[0] and "1 failing test" in hidden[0]
    # Reported open, never fixed; the other module's failure is open too (it was tried on its own).
    outcomes = engine.unresolved(report)
    assert {(o.bug_type, o.file) for o in outcomes} >= {(BugType.SYNTAX, "src/broken.py")}
    assert all(o.status is FixStatus.FAILED for o in outcomes)
    assert any(line.startswith("No candidate fix for LOGIC tests/test_fine.py") for line in lines)


IMPORT_PROJECT = {
    "pyproject.toml": PYPROJECT_SRC,
    # A module-level import of a name the standard module lacks: no fixer is given.
    "src/broken.py": "from json import no_such_loader\n\n\ndef parse(text):\n    return no_such_loader(text)\n",
    "src/fine.py": "def double(n):\n    return n + 2\n",
    "tests/test_broken.py": "from broken import parse\n\n\ndef test_parse():\n    assert parse('3') == 3\n",
    "tests/test_fine.py": "from fine import double\n\n\ndef test_double():\n    assert double(3) == 6\n",
}


def test_it_goes_on_past_an_import_error_without_a_fix_and_says_what_it_hides(project, local_sandbox):
    ws = project(IMPORT_PROJECT)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10, coverage=False),
        log=lines.append,
        fixers=[],
    )
    engine.discover()
    report = engine.check()
    assert list(engine.repair(report)) == []
    hidden = [line for line in lines if line.startswith("Not reached:")]
    assert len(hidden) == 1 and "an import error" in hidden[0] and "src/broken.py:1" in hidden[0]
    outcomes = engine.unresolved(report)
    assert {(o.bug_type, o.file) for o in outcomes} >= {(BugType.IMPORT, "src/broken.py")}
    assert all(o.status is FixStatus.FAILED for o in outcomes)
    # The other module's failure was still worked on.
    assert any(line.startswith("No candidate fix for LOGIC tests/test_fine.py") for line in lines)


MANY_PROJECT = {
    "pyproject.toml": PYPROJECT_SRC,
    # Two modules that do not compile (one no fixer repairs: a parameter named twice; one a missing
    # indent the INDENTATION fixer repairs), one that does not import, and one with a TypeError.
    "src/doubled.py": "def call(f, *args, **args):\n    return f(*args)\n",
    "src/indented.py": "def reset(state):\n    try:\n        return state.pop()\n    finally:\n    state.clear()\n",
    "src/missing.py": "from json import no_such_loader\n\n\ndef parse(text):\n    return no_such_loader(text)\n",
    "src/labels.py": "def label(n):\n    return 'total: ' + n\n",
    "tests/test_doubled.py": "from doubled import call\n\n\ndef test_call():\n    assert call(abs, -2) == 2\n",
    "tests/test_indented.py": "from indented import reset\n\n\ndef test_reset():\n    assert reset([1]) == 1\n",
    "tests/test_missing.py": "from missing import parse\n\n\ndef test_parse():\n    assert parse('3') == 3\n",
    "tests/test_labels.py": "from labels import label\n\n\ndef test_label():\n    assert label(3) == 'total: 3'\n",
}


def test_it_works_on_every_module_a_compile_error_without_a_fix_does_not_hide(project, local_sandbox):
    # The first compile error gets no candidate: the other module's compile error, the import error
    # and the TypeError are each in modules it does not hide, and each is still worked on.
    ws = project(MANY_PROJECT)
    lines: list[str] = []
    engine = Engine(
        workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=10, coverage=False),
        log=lines.append,
    )  # fmt: skip
    engine.discover()
    report = engine.check()
    fixed = {(o.bug_type, o.file) for o in engine.repair(report) if o.status is FixStatus.FIXED}
    assert {(BugType.INDENTATION, "src/indented.py"), (BugType.TYPE_ERROR, "src/labels.py")} <= fixed, lines
    assert any(line.startswith("No candidate fix for IMPORT src/missing.py") for line in lines), lines
