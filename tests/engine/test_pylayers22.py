"""Round 48, pylayers22: compile and import repairs that change what the program means."""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import random
import time
from pathlib import Path

from healer.engine.checks import PytestRun, TestResult
from healer.engine.discovery import scm_version_files
from healer.engine.edits import line_opcodes, map_line_back
from healer.engine.fallout import changed_names, fallout
from healer.engine.fixers.imports import ImportFixer
from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.fixers.syntax_meaning import changes_meaning, lost_defaults, lost_string_kinds
from healer.engine.repair import Engine, EngineConfig
from healer.engine.workspace import Workspace

from .fixer_helpers import compile_failure, context, runtime_failure

HEADER = (
    "class Mapped:\n"
    "    def __init__(self, data, tmpfile==None, prefix='tmp_',\n"
    "                 suffix='.npy'):\n"
    "        self.data = data\n"
    "        self.tmpfile = tmpfile\n"
)
FIELD = (
    'def warn(end, filename):\n    print(\n        f"line: {end is larger than file: {filename} "\n    )\n'
)


def _candidates(tmp_path: Path, text: str, fixer=None, message: str | None = None, line: int | None = None):
    path = tmp_path / "pkg" / "m.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    ws = Workspace(tmp_path)
    failure = compile_failure(ws, "pkg/m.py")
    if message is not None:
        failure = dataclasses.replace(
            failure, line=line or failure.line, message=message, extra={**failure.extra, "msg": message}
        )
    return sorted((fixer or SyntaxFixer()).candidates(failure, context(ws)), key=lambda c: c.priority)


# -- (1a) a parameter's default made an annotation ---------------------------------------------------


def test_the_template_that_keeps_the_default_ranks_first(tmp_path):
    found = _candidates(tmp_path, HEADER)
    assert found[0].new_source == HEADER.replace("tmpfile==None", "tmpfile=None")
    # The annotation made from the default's value is still offered, after it.
    assert any("tmpfile:None" in c.new_source for c in found[1:])


def test_lost_defaults_names_the_parameter_an_annotation_or_a_run_together_name_loses():
    assert lost_defaults(HEADER, HEADER.replace("tmpfile==None", "tmpfile: None")) == ("tmpfile",)
    assert lost_defaults(HEADER, HEADER.replace("tmpfile==None", "tmpfileNone")) == ("tmpfile",)
    assert lost_defaults(HEADER, HEADER.replace("data, tmpfile==None", "data: tmpfile==None")) == ("tmpfile",)
    assert lost_defaults(HEADER, HEADER.replace("tmpfile==None", "tmpfile=None")) == ()
    annotated = "def f(a, b: int==1):\n    pass\n"
    assert lost_defaults(annotated, annotated.replace("==", "=")) == ()
    assert lost_defaults(annotated, annotated.replace("int==1", "int")) == ("b",)
    # On a continuation line of the parameter list too.
    wrapped = HEADER.replace("                 suffix='.npy'", "                 suffix=='.npy'")
    assert lost_defaults(wrapped, wrapped.replace("suffix=='.npy'", "suffix: '.npy'")) == ("suffix",)


def test_a_comparison_outside_a_parameter_list_loses_no_default():
    body = "def f(x):\n    y = 1\n    if x == None:\n        return y\n"
    broken = body.replace("if x == None:", "if x == None")
    assert lost_defaults(broken, body) == ()
    assert lost_defaults(body, body.replace("y = 1", "y: 1")) == ()  # a statement, not a parameter list


def test_the_fallout_reads_the_parameter_that_lost_its_default():
    new = HEADER.replace("tmpfile==None", "tmpfile: None")
    assert "tmpfile" in changed_names(HEADER, new)
    message = "Mapped.__init__() missing 1 required positional argument: 'tmpfile'"
    before = PytestRun()
    after = PytestRun()
    after.tests["t::a"] = TestResult(
        nodeid="t::a", outcome="failed", exception={"type": "TypeError", "message": message, "frames": []}
    )
    found = fallout(file="pkg/m.py", old=HEADER, new=new, before=before, after=after, read=lambda _p: None)
    assert found.implicated == 1


# -- (1b) a string literal's kind changed ---------------------------------------------------------


def test_an_f_prefix_dropped_is_a_changed_kind_and_a_closed_field_is_not():
    dropped = FIELD.replace('f"line', '"line')
    assert lost_string_kinds(FIELD, dropped) == 1
    assert changes_meaning(FIELD, dropped)
    closed = FIELD.replace("{end is", "{end} is")
    assert lost_string_kinds(FIELD, closed) == 0
    assert lost_string_kinds("x = u'a'\n", "x = 'a'\n") == 0  # `u` means nothing in Python 3
    # A field's `!r` conversion before the closing quote is no prefix.
    assert lost_string_kinds('x = f"{n!r"\n', 'x = f"{n!r}"\n') == 0
    assert lost_string_kinds("x = 'a\\N'\n", "x = r'a\\N'\n") == 0  # a prefix added


def test_the_field_closes_after_the_name_not_after_the_words_or_a_blank(tmp_path):
    found = _candidates(tmp_path, FIELD)
    assert found[0].new_source == FIELD.replace("{end is", "{end} is")
    assert not any("{end }" in c.new_source for c in found)


def test_python_312s_message_for_a_field_left_open_above_the_calls_parenthesis(tmp_path):
    message = "closing parenthesis ')' does not match opening parenthesis '{' on line 3"
    found = _candidates(tmp_path, FIELD, message=message, line=4)
    assert found and found[0].new_source == FIELD.replace("{end is", "{end} is")


# -- (1c) another module aliased to the name of a module the code reads ----------------------------


def test_a_module_the_code_reads_is_imported_not_aliased(project):
    files = {
        "loop.py": "import os\nimport selectors\n\n\ndef poll(r, w, e, timeout):\n"
        "    return select.select(r, w, e, timeout), os.sep\n"
    }
    ws = project(files)
    failure = runtime_failure("loop.py", 6, "NameError", "name 'select' is not defined", name="select")
    found = ImportFixer().candidates(failure, context(ws))
    sources = [c.new_source for c in found]
    assert not any("import selectors as select" in s for s in sources)
    assert sources[0] == files["loop.py"].replace("import selectors\n", "import select\n")


def test_an_abbreviation_that_is_no_module_keeps_its_alias(project):
    files = {"calc.py": "import operator\n\nOPS = {1: op.add}\n"}
    ws = project(files)
    failure = runtime_failure("calc.py", 3, "NameError", "name 'op' is not defined", name="op")
    found = ImportFixer().candidates(failure, context(ws))
    assert found[0].new_source == files["calc.py"].replace("import operator\n", "import operator as op\n")


# -- hostile input ----------------------------------------------------------------------------------


def test_hostile_input_stays_fast():
    huge = "def f(" + ", ".join(f"a{n}==None" for n in range(5000)) + "):\n    pass\n"
    fixed = huge.replace("==", "=")
    start = time.monotonic()
    assert lost_defaults(huge, fixed) == ()  # a 60 KB line is not read for defaults
    long_file = "".join(f"x{n} = f'{{v{n}}}'\n" for n in range(30000))
    broken = long_file.replace("x15000 = f'{v15000}'", "x15000 = f'{v15000'")
    assert lost_string_kinds(broken, broken.replace("f'{v15000'", "'{v15000'")) == 1
    assert lost_defaults(broken, long_file) == ()
    assert lost_string_kinds("s = f'é\x0c{é}'\n", "s = 'é\x0c{é}'\n") == 1
    header = "def f(\n" + "".join(f"    a{n},\n" for n in range(40)) + "    é==1,\n):\n    pass\n"
    assert lost_defaults(header, header.replace("é==1", "é: 1")) == ()  # past MAX_HEADER_LINES: not read
    assert time.monotonic() - start < 5


# -- (2) pyvo: the version module the build writes, missing from a checkout -------------------------

SCM_SETUP = (
    "import os\nfrom setuptools import setup\n\n"
    "setup(use_scm_version={'write_to': os.path.join('pkg', 'version.py'),\n"
    "                       'write_to_template': TEMPLATE})\n"
)


def test_discovery_finds_the_version_module_setuptools_scm_writes(project):
    ws = project({"setup.py": SCM_SETUP, "PKG-INFO": "Name: pkg\nVersion: 1.10.0\n", "pkg/__init__.py": ""})
    ((path, text),) = scm_version_files(ws)
    assert path == "pkg/version.py"
    namespace: dict = {}
    exec(compile(text, path, "exec"), namespace)
    assert namespace["version"] == "1.10.0" and namespace["version_tuple"] == (1, 10, 0)
    toml = '[tool.setuptools_scm]\nversion_file = "src/pkg/_version.py"\n'
    assert [p for p, _ in scm_version_files(project({"pyproject.toml": toml}, name="b"))] == [
        "src/pkg/_version.py"
    ]
    # Present, or outside the repository: nothing to write.
    assert (
        scm_version_files(project({"setup.py": SCM_SETUP, "pkg/version.py": "version = '1'\n"}, name="c"))
        == ()
    )
    escape = "[tool.setuptools_scm]\nwrite_to = '../../etc/x.py'\n"
    assert scm_version_files(project({"pyproject.toml": escape}, name="d")) == ()


def test_the_tests_run_with_the_version_module_and_the_repository_never_holds_it(project, local_sandbox):
    ws = project(
        {
            "setup.py": SCM_SETUP,
            "pkg/__init__.py": "from .version import version\n",
            "tests/test_pkg.py": "import pkg\n\n\ndef test_version():\n    assert pkg.version == '0.0.0'\n",
        }
    )
    engine = Engine(workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=20, coverage=False))
    engine.discover()
    report = engine.check()
    assert report.passed == 1 and report.failed == 0
    assert not ws.is_file("pkg/version.py")


# -- (3) the compile repairs' line alignment on a 30,000-line module -------------------------------


def test_line_opcodes_match_difflib_on_local_edits_and_stay_linear():
    rng = random.Random(48)
    for _ in range(200):
        a = [rng.choice("abcde") for _ in range(rng.randint(0, 30))]
        b = list(a)
        at = rng.randint(0, len(b))
        b[at : at + rng.randint(0, 3)] = [rng.choice("abcdef") for _ in range(rng.randint(0, 3))]
        edited = line_opcodes(a, b)
        ours = [op for op in edited if op[0] != "equal"]
        # Every line is accounted for, in order, on both sides.
        assert not edited or edited[0][1] == edited[0][3] == 0
        assert not edited or (edited[-1][2], edited[-1][4]) == (len(a), len(b))
        assert all(x[2] == y[1] and x[4] == y[3] for x, y in itertools.pairwise(edited))
        changed_a = sum(i2 - i1 for _, i1, i2, _, _ in ours)
        theirs = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
        assert changed_a <= sum(i2 - i1 for tag, i1, i2, _, _ in theirs if tag != "equal") + 3
    body = [
        f"def f{n}(x):\n" if n % 3 == 0 else ("    return g(x)\n" if n % 3 == 1 else "\n")
        for n in range(30000)
    ]
    edited = list(body)
    edited[15001] = "    return g(x\n"
    start = time.monotonic()
    assert [op for op in line_opcodes(body, edited) if op[0] != "equal"] == [
        ("replace", 15001, 15002, 15001, 15002)
    ]
    assert map_line_back("".join(body), "".join(edited[:100] + edited[101:]), 20000) == 20001
    far = list(body)
    far[10], far[29990] = "x = 1\n", "y = 2\n"
    assert len([op for op in line_opcodes(body, far) if op[0] != "equal"]) == 2  # compared line by line
    assert time.monotonic() - start < 5
