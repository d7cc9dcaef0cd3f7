"""Joined statements (E701-E704) put on lines of their own (linting_statements), checked by ruff."""

from __future__ import annotations

from healer.engine.checks import LintFinding
from healer.engine.fixers.linting import RuffFixer
from healer.engine.fixers.linting_statements import lambda_assignment_repairs, statement_split_repairs
from healer.engine.types import BugType, Failure

from .fixer_helpers import context


def _failure(line: int, code: str) -> Failure:
    finding = LintFinding(
        code=code, message="m", file="m.py", line=line, column=1, end_line=line, end_column=2
    )
    return Failure(
        bug_type=BugType.LINTING,
        file="m.py",
        line=line,
        message=f"{code} m",
        source="lint",
        code=code,
        extra={"finding": finding},
    )


def test_it_puts_each_semicolon_joined_statement_on_a_line_at_the_same_indentation():
    source = "def f(loader):\n    queue = loader.queue; loader.queue = []\n    return queue\n"
    [(new, _)] = statement_split_repairs(source, 2)
    assert new == "def f(loader):\n    queue = loader.queue\n    loader.queue = []\n    return queue\n"


def test_it_drops_a_trailing_semicolon_and_keeps_semicolons_inside_strings_and_brackets():
    source = "x = ';'.join(['a;b']);\n"
    [(new, _)] = statement_split_repairs(source, 1)
    assert new == "x = ';'.join(['a;b'])\n"


def test_it_moves_a_headers_inline_body_to_the_next_line_one_level_deeper():
    source = "def f(x):\n    if x: return 1; y = 2\n    return 0\n"
    [(new, _)] = statement_split_repairs(source, 2)
    assert new == "def f(x):\n    if x:\n        return 1\n        y = 2\n    return 0\n"
    assert statement_split_repairs("f = lambda x: x\n", 1) == []
    assert statement_split_repairs("d = {'a': 1}\n", 1) == []


def test_it_offers_the_split_as_a_lint_candidate_the_projects_ruff_accepts(project):
    ws = project({"m.py": "def f(a):\n    b = a; c = b\n    return c\n"})
    candidates = RuffFixer().candidates(_failure(2, "E702"), context(ws))
    assert [c.new_source for c in candidates] == ["def f(a):\n    b = a\n    c = b\n    return c\n"]


def test_it_binds_the_callee_of_a_lambda_that_only_forwards_its_parameters():
    source = "def collect(rows):\n    out = []\n    push = lambda row: out.append(row)\n    for r in rows:\n        push(r)\n    return out\n"
    ((new, description),) = lambda_assignment_repairs(source, 3)
    assert new == source.replace("lambda row: out.append(row)", "out.append")
    assert description == "bind out.append itself instead of a lambda that only calls it"
    two = "pair = lambda a, b: join(a, b)\n"
    assert lambda_assignment_repairs(two, 1)[0][0] == "pair = join\n"


def test_it_leaves_a_lambda_that_does_more_than_forward_its_parameters():
    for source in (
        "f = lambda a, b: join(b, a)\n",  # reordered
        "f = lambda a: join(a, 1)\n",  # an extra argument
        "f = lambda a: join(a, sep=1)\n",  # a keyword
        "f = lambda a=1: join(a)\n",  # a default
        "f = lambda *a: join(*a)\n",  # varargs
        "f = lambda a: a.strip()\n",  # the callee reads the parameter
        "f = lambda a: make()(a)\n",  # the callee is itself a call
        "f = lambda a: join(a) + 1\n",  # not a bare call
    ):
        assert lambda_assignment_repairs(source, 1) == [], source


def test_it_ranks_the_bound_callee_first_among_the_e731_candidates(project):
    ws = project({"m.py": "def f(out):\n    push = lambda row: out.append(row)\n    return push\n"})
    candidates = sorted(RuffFixer().candidates(_failure(2, "E731"), context(ws)), key=lambda c: c.priority)
    assert candidates[0].new_source == "def f(out):\n    push = out.append\n    return push\n"


def test_it_leaves_a_lambda_in_a_class_body_whose_callee_would_not_bind_the_instance():
    # As a class attribute the lambda is a method (the instance is its first argument); `len` or
    # a bound method is not rebound, so `size = len` makes `A().size()` call len() with nothing.
    for source in (
        "class A:\n    size = lambda self: len(self)\n",
        "class A:\n    push = lambda self: LOG.append(self)\n",
    ):
        assert lambda_assignment_repairs(source, 2) == [], source


def test_it_leaves_a_lambda_whose_callee_is_bound_after_it_or_rebound_later():
    # The lambda reads its callee when called, the bound callee is read once, where it stands.
    for source, line in (
        ("handle = lambda e: process(e)\n\n\ndef process(e):\n    return e\n", 1),  # defined below
        ("def f():\n    add = lambda x: out.append(x)\n    out = []\n    add(1)\n    return out\n", 2),
        ("out = []\nadd = lambda x: out.append(x)\nout = []\n", 2),  # rebound below
        ("out = []\nadd = lambda x: out.append(x)\n\n\ndef reset():\n    global out\n    out = []\n", 2),
        (
            "def f(rows):\n    fs = []\n    for r in rows:\n        fs.append(lambda: r.close())\n        g = lambda x: r.send(x)\n    return g\n",
            5,
        ),
        ("def f(self):\n    add = lambda x: self.items.append(x)\n    self.items = []\n    return add\n", 2),
        (
            "def outer():\n    out = []\n\n    def inner():\n        add = lambda x: out.append(x)\n        return add\n\n    out = [1]\n    return inner\n",
            5,
        ),
        ("out = []\n\n\ndef f():\n    add = lambda x: out.append(x)\n    return add\n\n\nout = [1]\n", 5),
    ):
        assert lambda_assignment_repairs(source, line) == [], source


def test_it_rewrites_the_line_ast_numbers_past_a_form_feed():
    # str.splitlines() also breaks at a form feed; ast does not, so the lambda's line is counted as ast counts it.
    source = "import os\n\x0c\nx = 1\nrm = lambda p: os.remove(p)\n"
    ((new, _),) = lambda_assignment_repairs(source, 4)
    assert new == "import os\n\x0c\nx = 1\nrm = os.remove\n"


def test_it_binds_the_callee_of_a_module_name_bound_only_above_the_function():
    # A star import, then the module's own import of the same name: both run before the def can.
    source = "from shapes import *\nimport math\n\n\ndef f():\n    root = lambda x: math.sqrt(x)\n    return root\n"
    ((new, _),) = lambda_assignment_repairs(source, 6)
    assert "    root = math.sqrt\n" in new
    assert lambda_assignment_repairs(source + "\n\nmath = None\n", 6) == []


def test_it_leaves_a_lambda_whose_callee_chain_another_function_assigns():
    # connect() sets self.client, maybe after __init__ ran: the lambda reads it at each send, the
    # bound `self.client.send` at construction (an AttributeError, or the old client for good).
    source = (
        "class Link:\n"
        "    def __init__(self):\n"
        "        self.send = lambda m: self.client.send(m)\n"
        "\n"
        "    def connect(self, client):\n"
        "        self.client = client\n"
    )
    assert lambda_assignment_repairs(source, 3) == []
