"""The deviant-exit family (fixers/logic_exits.py): an edit of the exit, and the exit as a target line."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import LogicFixer
from healer.engine.fixers.logic_exits import deviant_return_rewrites
from healer.engine.fixers.logic_templates import applied
from healer.engine.types import CheckReport
from tests.engine.test_logic_templates import SRC, _failure

CLEANER = textwrap.dedent(
    """
    def clean_path(path, roots):
        folded = path.strip().lower()
        folded = folded.replace("\\\\", "/")
        for root in roots:
            if folded.startswith(root):
                return folded
        if folded.startswith("./"):
            return path
        if folded.startswith("~"):
            return path
        return None


    def pad(text, width):
        padded = text
        while len(padded) < width:
            padded = padded + " "
        return padded
    """
).lstrip("\n")


def _line(needle: str) -> int:
    return next(i for i, text in enumerate(CLEANER.splitlines(), start=1) if needle in text)


def test_it_returns_the_parameter_the_other_exits_agree_on():
    sf = SourceFile.parse(SRC, CLEANER)
    news = [new for _, new in applied(sf, deviant_return_rewrites(sf, _line("return folded")))]
    assert news == [CLEANER.replace("return folded", "return path")]
    # `return padded`: no two other exits agree on a parameter, so no deviant exit.
    assert deviant_return_rewrites(sf, _line("return padded")) == []


def test_it_tries_a_deviant_exit_the_spectrum_ranks_low(project):
    # The failing test ran the loop's lines of `pad` more often than any passing test: the spectrum
    # ranks them first and the exit of `clean_path` last; the exit is still among the first edits.
    ws = project({SRC: CLEANER, "tests/test_algo.py": "def test_it():\n    assert True\n"})
    top = [_line("while len"), _line("padded = padded"), _line("padded = text"), _line("return padded")]
    suspicious = [(SRC, line, 1.0) for line in top] + [(SRC, _line("return folded"), 0.05)]
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=suspicious,
        test_files=frozenset({"tests/test_algo.py"}),
    )
    candidates = LogicFixer().candidates(_failure(top[0]), ctx)
    expected = CLEANER.replace("return folded", "return path")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 5, [ranks[0], *(c.description for c in candidates[:20])]
