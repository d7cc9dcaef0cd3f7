"""LOGIC edits read from Python's documented semantics (fixers/logic_semantics.py), on synthetic code."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_semantics import semantic_rewrites
from healer.engine.fixers.logic_templates import applied


def _edits(source: str, needle: str) -> dict[str, str]:
    """description -> new source of every semantic rewrite of the first line holding `needle`."""
    source = textwrap.dedent(source).lstrip("\n")
    sf = SourceFile.parse("m.py", source)
    line = next(n for n, text in enumerate(source.splitlines(), 1) if needle in text)
    return {rewrite.description: new for rewrite, new in applied(sf, semantic_rewrites(sf, line))}


def _run(source: str, call: str):
    namespace: dict = {}
    exec(source, namespace)
    return eval(call, namespace)


GENERATOR = """
def clean(text, pairs):
    rules = ((a, b) for a, b in pairs) if pairs else ()
    for a, b in rules:
        text = text.replace(a, b)
    text = text.lower()
    for a, b in rules:
        text = text.replace(a, b)
    return text
"""


def test_it_materialises_a_generator_that_two_loops_read():
    found = _edits(GENERATOR, "rules = ")
    (new,) = found.values()
    assert "rules = tuple((a, b) for a, b in pairs) if pairs else ()" in new
    assert _run(textwrap.dedent(GENERATOR), "clean('X', [('x', 'y')])") == "x"  # the second loop saw nothing
    assert _run(new, "clean('X', [('x', 'y')])") == "y"


def test_it_leaves_a_generator_read_once_alone():
    source = """
    def total(xs):
        items = (x * 2 for x in xs)
        return sum(items)
    """
    assert _edits(source, "items = ") == {}


CONTINUED = """
def join(lines):
    out = []
    it = iter(lines)
    for line in it:
        if line.endswith('\\\\'):
            line = line[:-1] + next(it)
        out.append(line)
    return out
"""


def test_it_makes_an_if_whose_body_changes_its_condition_a_while():
    found = _edits(CONTINUED, "if line.endswith")
    (new,) = found.values()
    assert "        while line.endswith('\\\\'):\n" in new
    assert _run(new, "join(['a\\\\', 'b\\\\', 'c', 'd'])") == ["abc", "d"]


def test_it_does_not_loop_an_if_whose_body_leaves_its_condition_alone():
    source = """
    def f(x, out):
        if x > 0:
            out.append(x)
        return out
    """
    assert _edits(source, "if x > 0") == {}


NESTED = """
class Lister:
    def __init__(self):
        self.depth = 0

    def render(self, items):
        out = ''
        for item in items:
            if isinstance(item, list):
                self.depth += 1
                out += self.render(item)
                self.depth = 0
            else:
                out += '  ' * self.depth + item + '\\n'
        return out
"""


def test_it_steps_a_counter_back_instead_of_resetting_it():
    found = _edits(NESTED, "                self.depth = 0")
    (new,) = found.values()
    assert "                self.depth -= 1\n" in new
    assert _run(new, "Lister().render(['a', ['b', ['c'], 'd']])") == "a\n  b\n    c\n  d\n"


APPENDER = """
class Store:
    def append(self, path, data):
        with open(path, 'wb') as f:
            f.write(data)
"""


def test_it_opens_for_appending_where_the_function_appends_and_ranks_it_first_on_its_line():
    found = _edits(APPENDER, "open(path")
    (new,) = found.values()
    assert "with open(path, 'ab') as f:" in new
    sf = SourceFile.parse("m.py", textwrap.dedent(APPENDER).lstrip("\n"))
    ranked = sorted(_scored_sources(sf, 3, "AssertionError"), key=lambda item: -item[0])
    assert ranked[0][1] == new


def test_it_ranks_a_mode_swap_low_where_the_function_does_not_append():
    source = """
    def save(path, data):
        with open(path, 'w') as f:
            f.write(data)
    """
    sf_source = textwrap.dedent(source).lstrip("\n")
    sf = SourceFile.parse("m.py", sf_source)
    (rewrite,) = semantic_rewrites(sf, 2)
    assert rewrite.prior < 0.5


def test_it_materialises_the_generator_at_its_binding_from_the_loop_that_reads_it_empty():
    # The spectrum ranks the second loop (where the tests see nothing) above the binding.
    source = textwrap.dedent(GENERATOR).lstrip("\n")
    sf = SourceFile.parse("m.py", source)
    loop = [n for n, text in enumerate(source.splitlines(), 1) if "for a, b in rules" in text][1]
    ((rewrite, new),) = applied(sf, semantic_rewrites(sf, loop))
    assert rewrite.line == 2
    assert "rules = tuple((a, b) for a, b in pairs) if pairs else ()" in new


def test_the_logic_fixer_names_the_binding_it_edits_not_the_loop_it_was_asked_about(project):
    from healer.engine.fixers.base import RepairContext
    from healer.engine.fixers.logic import LogicFixer
    from healer.engine.types import BugType, CheckReport, Failure

    source = textwrap.dedent(GENERATOR).lstrip("\n")
    ws = project({"m.py": source})
    loop = [n for n, text in enumerate(source.splitlines(), 1) if "for a, b in rules" in text][1]
    ctx = RepairContext(
        workspace=ws, report=CheckReport(), source_files=("m.py",), suspicious=[("m.py", loop, 1.0)]
    )
    failure = Failure(bug_type=BugType.LOGIC, file="m.py", line=loop, message="m", source="pytest")
    materialised = next(c for c in LogicFixer().candidates(failure, ctx) if "tuple((a, b)" in c.new_source)
    assert materialised.line == 2
