"""IMPORT failures under an inverted Python-version gate (fixers/logic_gates.py): the gate negated."""

from __future__ import annotations

from healer.engine.fixers import FIXERS
from healer.engine.fixers.logic_gates import VersionGateFixer

from .fixer_helpers import context, runtime_failure

GATED = (
    "import sys\n"
    "\n"
    "if sys.version_info < (3, 99):\n"
    "    import annotationlib_of_the_future as annotations\n"
    "else:\n"
    "    annotations = None\n"
)


def _sources(project, source, line):
    ws = project({"pkg/__init__.py": "", "pkg/compat.py": source})
    failure = runtime_failure(
        "pkg/compat.py", line, "ModuleNotFoundError", "No module named 'annotationlib_of_the_future'"
    )
    return [c.new_source for c in VersionGateFixer().candidates(failure, context(ws))]


def test_it_is_registered_in_the_regular_tier():
    assert not VersionGateFixer.fallback
    assert any(isinstance(f, VersionGateFixer) for f in FIXERS)


def test_it_negates_the_version_gate_of_the_failing_import(project):
    assert _sources(project, GATED, 4) == [GATED.replace("< (3, 99)", ">= (3, 99)")]


def test_it_drops_a_not_added_to_the_gate(project):
    source = GATED.replace("if sys.version_info < (3, 99):", "if not sys.version_info >= (3, 99):")
    assert _sources(project, source, 4) == [source.replace("if not sys.version_info", "if sys.version_info")]


def test_it_leaves_imports_outside_a_version_gate_alone(project):
    # A failing import under an ordinary condition, or after the gate, is an import problem, not a gate's.
    source = GATED.replace("sys.version_info < (3, 99)", "sys.platform == 'win32'")
    assert _sources(project, source, 4) == []
    assert _sources(project, GATED + "import missing_module\n", 7) == []


def test_it_reads_only_the_interpreters_version_not_a_name_that_mentions_it(project):
    # A library's own `version_info`, a setting named after it or the words in a string are no Python-version
    # gate: negating them flips what the project decides, and the failing import is still an import problem.
    for test in ("lib.version_info < (2, 0)", "settings.show_version_info", "'sys.version' in banner"):
        source = "import lib\n\n" + GATED.replace("sys.version_info < (3, 99)", test)
        assert _sources(project, source, 6) == []
    # The interpreter's version however it is imported still gates (`from sys import version_info`, an alias).
    aliased = GATED.replace("import sys\n", "import sys as _sys\n").replace(
        "sys.version_info", "_sys.version_info"
    )
    assert len(_sources(project, aliased, 4)) == 1
    named = GATED.replace("import sys\n", "from sys import version_info\n").replace(
        "sys.version_info", "version_info"
    )
    assert len(_sources(project, named.replace("version_info <", "version_info.minor <"), 4)) == 1


def test_it_negates_no_gate_around_a_name_error(project):
    # A NameError (classified IMPORT) in a gated definition is a misspelt name: negating the gate swaps in
    # the other interpreter's definition, which tests may accept, and reports a fix it did not make.
    source = (
        "import sys\n"
        "\n"
        "if sys.version_info >= (3, 8):\n"
        "    def cached(fn):\n"
        "        return functols.lru_cache(fn)\n"
        "else:\n"
        "    def cached(fn):\n"
        "        return fn\n"
    )
    ws = project({"pkg/__init__.py": "", "pkg/compat.py": source})
    failure = runtime_failure("pkg/compat.py", 5, "NameError", "name 'functols' is not defined")
    assert VersionGateFixer().candidates(failure, context(ws)) == []
    missing = runtime_failure(
        "pkg/compat.py", 5, "AttributeError", "module 'functools' has no attribute 'cache'"
    )
    assert len(VersionGateFixer().candidates(missing, context(ws))) == 1
