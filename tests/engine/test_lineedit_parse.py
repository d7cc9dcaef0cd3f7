"""SourceFile.parses_replacing: parsing only the def or class around an edit gives the whole file's verdict."""

import random
from pathlib import Path

import pytest

from healer.engine.fixers import lineedit
from healer.engine.fixers.lineedit import Edit, SourceFile, split_lines

SOURCE = '''import os


class Box:
    """A box.

Text of the docstring that sits left of the class body.
"""

    size = 3

    @property
    def area(self):
        if self.size > 0:
            return self.size * self.size
        return 0

    def grow(self, by):
        """Grow.

Left of the method."""
        def inner(x):
            return x + by
        self.size = inner(self.size)


def top(a, b):
    return (a +
            b)
'''


def full_parse(sf: SourceFile, first: int, last: int, new_lines: list[str]) -> bool:
    return lineedit._parses("".join([*sf.lines[: first - 1], *new_lines, *sf.lines[last:]]))


@pytest.mark.parametrize(
    ("line", "new", "parses"),
    [
        (15, "            return self.size + self.size\n", True),
        (15, "            return (self.size * self.size\n", False),
        (15, "    return self.size\n", False),  # left of the method: breaks the class, not the method alone
        (14, "        if self.size > 0\n", False),
        (23, "            return x - by\n", True),
        (24, "        self.size = inner(self.size))\n", False),
        (29, "            b\n", False),  # the closing parenthesis of a statement spread over two lines
        (10, "    size = 4\n", True),
    ],
)
def test_it_gives_the_whole_files_verdict(line, new, parses):
    sf = SourceFile.parse("box.py", SOURCE)
    assert sf.parses_replacing(first=line, last=line, new_lines=[new]) is parses
    assert full_parse(sf, line, line, [new]) is parses


def test_it_parses_only_the_function_around_the_edit(monkeypatch):
    sf = SourceFile.parse("box.py", SOURCE)
    seen = []
    real = lineedit._parses
    monkeypatch.setattr(lineedit, "_parses", lambda text: seen.append(text) or real(text))
    text = sf.apply(Edit(line=23, spans=((21, 22, "-"),), description="use -"))
    assert text is not None and "return x - by" in text
    assert seen == ["def inner(x):\n    return x - by\n"]


def test_it_parses_the_next_scope_out_when_a_string_line_sits_left_of_the_method(monkeypatch):
    sf = SourceFile.parse("box.py", SOURCE)
    seen = []
    real = lineedit._parses
    monkeypatch.setattr(lineedit, "_parses", lambda text: seen.append(text) or real(text))
    assert sf.parses_replacing(first=24, last=24, new_lines=["        self.size = inner(by)\n"])
    assert seen and seen[-1].startswith("class Box:") and "def top" not in seen[-1]


def test_it_agrees_with_a_whole_file_parse_on_random_edits_of_real_modules():
    # Random one-line damage (characters dropped, brackets and colons added, indentation moved) of
    # this project's own modules: the scoped verdict must equal the whole file's every time.
    rng = random.Random(7)
    root = Path(lineedit.__file__).resolve().parent
    checked = disagreements = 0
    for path in sorted(root.glob("*.py"))[:8]:
        sf = SourceFile.parse(path.name, path.read_text())
        for _ in range(60):
            line = rng.randrange(1, len(sf.lines) + 1)
            body = sf.line_text(line)
            ending = sf.lines[line - 1][len(body) :] or "\n"
            pos = rng.randrange(0, len(body) + 1)
            new = rng.choice(
                [
                    body[:pos] + body[pos + 1 :],
                    body[:pos] + rng.choice("():[],'\"") + body[pos:],
                    " " * rng.choice([2, 4]) + body,
                    body[rng.choice([2, 4]) :],
                ]
            )
            new_lines = split_lines(new + ending)
            checked += 1
            if sf.parses_replacing(first=line, last=line, new_lines=new_lines) != full_parse(
                sf, line, line, new_lines
            ):
                disagreements += 1
    assert checked == 480
    assert disagreements == 0


def test_it_judges_a_rewrite_across_lines_as_the_whole_file_does():
    # logic_templates' Splicer moves and deletes statements over several lines.
    from healer.engine.fixers.logic_templates import Rewrite, Splicer

    rng = random.Random(11)
    sf = SourceFile.parse("box.py", SOURCE)
    splicer = Splicer(sf)
    checked = 0
    for _ in range(300):
        low = rng.randrange(0, len(SOURCE))
        high = min(len(SOURCE), low + rng.randrange(0, 40))
        new = rng.choice(["", "\n", "(", ")", "    pass\n", ":", "x"])
        rewrite = Rewrite(line=1, spans=((low, high, new),), description="", prior=0.5, kind="")
        text = SOURCE[:low] + new + SOURCE[high:]
        if text == SOURCE:
            continue
        checked += 1
        assert (splicer.apply(rewrite) is not None) is lineedit._parses(text), (low, high, new)
    assert checked > 250


def test_it_judges_an_edit_that_adds_a_line_above_a_method():
    sf = SourceFile.parse("box.py", SOURCE)
    added = sf.apply(Edit(line=18, spans=((4, 4, "@staticmethod\n    "),), description="", adds_line=True))
    assert added is not None and "    @staticmethod\n    def grow(self, by):" in added
    broken = sf.apply(Edit(line=18, spans=((4, 4, "@staticmethod\n  "),), description="", adds_line=True))
    assert broken is None


def test_the_names_of_a_function_are_found_once_per_function_node(monkeypatch):
    """Every candidate line of a LOGIC search asks for its function's names: one walk per function."""
    sf = SourceFile.parse("m.py", "def f(a):\n    b = [c for c in a]\n    d = b\n    return d\n")
    func = sf.tree.body[0]
    walks = []
    real = lineedit.walk_own_scope
    monkeypatch.setattr(lineedit, "walk_own_scope", lambda node: walks.append(node) or real(node))
    first = lineedit.local_names(func)
    assert first == {"a": "param", "b": "local", "d": "local"}  # the comprehension's c is its own
    first["x"] = "local"  # a caller's change does not reach the next caller
    assert lineedit.local_names(func) == {"a": "param", "b": "local", "d": "local"}
    assert lineedit.local_names(func, before_line=3) == {"a": "param", "b": "local"}
    assert len(walks) == 2  # once without a line limit, once with it
    other = SourceFile.parse("m.py", "def f(a):\n    e = a\n").tree.body[0]
    assert lineedit.local_names(other) == {"a": "param", "e": "local"}
