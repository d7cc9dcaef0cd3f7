"""Round 49's review of npm23's engine changes: each test fails on 23ca0dca's engine."""

from __future__ import annotations

from healer.engine.javascript.fixers import lint_operators
from healer.engine.javascript.fixers.syntax import _assigned_block, indentation_candidates
from healer.engine.javascript.lint import EslintMessage

from ..conftest import cpu_ratio

AWAIT = "Async function 'f' has no 'await' expression."


def test_the_assigned_block_check_is_linear_on_a_long_line_of_function_words():
    # One pattern `[^;]*(?:=>|function\b[^;]*)\s*\{\s*$` backtracked: 76 s on a 23 KB line.
    def run(n: int) -> None:
        assert not _assigned_block("x = " + "function " * n + " " * (2 * n) + "a")

    assert cpu_ratio(run, 150) < 8


def test_the_assigned_block_check_keeps_its_answers():
    assert _assigned_block("  admit = (g) => {")
    assert _assigned_block("  private handler = (e: Event): void => {  ")
    assert _assigned_block("const f = function () {")
    assert not _assigned_block("if (x) {")
    assert not _assigned_block("x = a; b => {")
    assert not _assigned_block("x == y => {")
    assert not _assigned_block("x = function (a) { return 1 }")
    source = "class Gate {\n  admit = (g) => {\n    return g;\n\n  size() {\n    return 1;\n  }\n}\n"
    found = indentation_candidates(source, "src/gate.js")
    assert found and found[0].description.endswith("'};'")


def test_a_parenthesised_sequence_keeps_its_parentheses_in_math_trunc():
    # `(a, b) | 0` is `b | 0`; `Math.trunc(a, b)` would truncate `a`.
    source = "x = (a, b) | 0;\n"
    message = EslintMessage("src/a.js", "no-bitwise", "Unexpected use of '|'.", 1, 5)
    found = lint_operators.bitwise(source, "src/a.js", message)
    assert found and found[0].text == "x = Math.trunc((a, b));\n"
    plain = lint_operators.bitwise("x = (a / b) | 0;\n", "src/a.js", message)
    assert plain[0].text == "x = Math.trunc(a / b);\n"


def test_then_is_not_awaited_into_a_const_the_body_reads_before_it():
    # `const burns` in the body would put the earlier read of the outer `burns` in its dead zone.
    source = (
        "async function f(file) {\n  log(burns);\n  return load(file).then((burns) => burns.at(-1));\n}\n"
    )
    message = EslintMessage("src/a.js", "require-await", AWAIT, 1, 1)
    assert lint_operators.awaited_then(source, "src/a.js", message) == []
    fine = source.replace("  log(burns);\n", "  log(file);\n")
    found = lint_operators.awaited_then(fine, "src/a.js", message)
    assert found and "const burns = await load(file);" in found[0].text


def test_a_stated_constant_is_kept_whatever_line_the_candidate_names():
    from healer.engine.javascript.fixers.base import Candidate
    from healer.engine.javascript.fixers.logic_constants import keeping_stated

    source = (
        "// A batter of 1 in 6: each face leans in one unit for every six it rises.\n"
        "const BATTER = 1 / 6;\n"
        "\n"
        "function topWidth(baseM, heightM) {\n"
        "  return baseM - heightM * BATTER;\n"
        "}\n"
    )
    path = "src/batter.js"
    # The definition edited, the use's line named: still the definition moved against its comment.
    moved = Candidate(path, source.replace("1 / 6", "2 / 6"), 5, "use 2 instead of 1")
    use = Candidate(path, source.replace("heightM * BATTER", "2 * heightM * BATTER"), 5, "add a factor")
    assert keeping_stated([moved, use], {path: source}.get) == [use]
