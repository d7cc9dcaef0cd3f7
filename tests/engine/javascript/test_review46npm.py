"""Round 46's review of npm20's changes (node_buffers, commonjs_exports, tsc_implements, tsc_unions,
logic_arrays, syntax_foreign, weaker_programs, lint_meanings): each test fails on 99568838."""

from __future__ import annotations

from healer.engine.javascript.fixers.commonjs_exports import module_exports_candidates
from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.fixers.node_buffers import buffer_read_candidates
from healer.engine.javascript.fixers.weaker_programs import _changed, refuser
from healer.engine.javascript.lint import EslintMessage

from ..conftest import cpu_ratio


def test_the_refuser_on_a_30000_line_file_does_not_walk_it_whole_for_each_candidate():
    def run(n: int) -> list:
        big = "".join(f"const a{i} = [1]; const b{i} = a{i} + a{i};\n" for i in range(n))
        why = refuser(big, "src/a.js")
        why(big.replace("const b1 = a1 + a1;", "const b1 = a1 + a1 + 1;"))  # the original's counts, once
        return [
            why(big.replace(f"const b{k} = a{k} + a{k};", f"const b{k} = a{k} + a{k}; const c = a{k} + a0;"))
            for k in range(1000, 1004)
        ]

    reasons = run(30000)
    assert all(reason == "adds + between two arrays, which joins their texts" for reason in reasons)
    # Before: about 15 s a candidate (both trees walked whole twice, the ends compared a character at a
    # time). Linear told by a ratio of CPU times at 30,000 and 7,500 lines, not a wall clock.
    ratio = cpu_ratio(run, 7500, repeats=1)
    assert ratio < 10, ratio


def _scanned(old: str, new: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """_changed as 99568838 computed it, a character at a time."""
    head, limit = 0, min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    start, end = new.rfind("\n", 0, head) + 1, new.find("\n", len(new) - tail)
    first = new.count("\n", 0, head)
    rows = ((first, old.count("\n", 0, len(old) - tail)), (first, new.count("\n", 0, len(new) - tail)))
    return new[start : end if end >= 0 else len(new)], *rows


def test_changed_lines_found_by_halving_are_the_same_as_a_character_scan():
    old = "a\nbb\nccc\nd\n"
    for new in (old.replace("bb", "bXb"), old + "e\n", "z" + old, "", old[:3], "a\nbb\nbb\nccc\nd\n", "aa"):
        assert _changed(old, new) == _scanned(old, new)
        assert _changed(new, old) == _scanned(new, old)


# -- commonjs_exports -------------------------------------------------------------------------------
def test_exports_assigned_with_module_exports_is_the_idiom_and_not_rewritten():
    source = "function app() {}\nexports = module.exports = app;\nexports.version = '1';\n"
    found = module_exports_candidates({"src/a.js": source}, file="src/a.js", message="x is not a function")
    # Rewritten, `exports` would stay the first empty object and `version` would be lost.
    assert found == []


def test_a_module_assigning_exports_many_times_gives_a_bounded_number_of_candidates():
    source = "".join(f"exports = {{ a{i} }};\n" for i in range(2000))
    found = module_exports_candidates({"src/a.js": source}, file="src/a.js", message="x is not a function")
    assert 1 <= len(found) <= 8 and found[0].line == 1


# -- prefer-rest-params beside parameters ------------------------------------------------------------
def _lint(source: str, *, rule: str, line: int, column: int) -> list[str]:
    message = EslintMessage("src/a.js", rule, "", line, column)
    return [c.text for c in eslint_candidates(source, "src/a.js", message=message)]


def test_arguments_beside_parameters_counted_spread_or_stored_through_get_no_rest_parameter():
    # With fewer arguments passed, `[a, b, ...rest]` has undefined where the arguments object has none.
    for use in ("arguments.length", "g.apply(null, arguments)", "[...arguments]", "(arguments[0] = 2)"):
        source = f"function f(a, b) {{\n  return {use};\n}}\n"
        assert (
            _lint(
                source, rule="prefer-rest-params", line=2, column=source.split("\n")[1].index("arguments") + 1
            )
            == []
        )


def test_arguments_read_by_index_beside_parameters_are_the_parameter_or_the_rest():
    source = "function f(a, b) {\n  return [arguments[1], arguments[3]];\n}\n"
    wanted = "function f(a, b, ...args) {\n  return [b, args[1]];\n}\n"
    assert _lint(source, rule="prefer-rest-params", line=2, column=11) == [wanted]


# -- no-nested-ternary -------------------------------------------------------------------------------
def test_a_comma_expression_branch_keeps_its_parentheses_when_assigned():
    source = "function h(c) {\n  x = c > 1 ? (log(c), 'a') : c > 0 ? 'b' : (log(0), 'c');\n}\n"
    wanted = "function h(c) {\n  if (c > 1) x = (log(c), 'a'); else x = c > 0 ? 'b' : (log(0), 'c');\n}\n"
    assert _lint(source, rule="no-nested-ternary", line=2, column=7) == [wanted]
    only = "function h(c) {\n  x = c > 1 ? (c > 2 ? 'a' : 'b') : (log(0), 'c');\n}\n"
    assert _lint(only, rule="no-nested-ternary", line=2, column=7) == [
        "function h(c) {\n  if (c > 1) x = c > 2 ? 'a' : 'b'; else x = (log(0), 'c');\n}\n"
    ]


# -- node_buffers ------------------------------------------------------------------------------------
def test_a_16_kb_message_of_names_and_dots_is_read_in_well_under_a_second():
    source = "const fs = require('fs');\nconst text = fs.readFileSync(p);\ntext.split(',');\n"
    for message in ("a." * 8000, "a" * 16000, "TypeError: " + "a." * 8000 + "split is not a functio"):
        assert buffer_read_candidates(source, "src/a.js", line=3, message=message) == []
    # before: 10 to 17 s each; linear told by a ratio of CPU times at n and 4n, not a wall clock (review 48)
    for pattern in ("a.", "a", "TypeError: {}split is not a functio"):

        def run(n: int, pattern: str = pattern) -> None:
            text = pattern.format("a." * n) if "{}" in pattern else pattern * n
            buffer_read_candidates(source, "src/a.js", line=3, message=text)

        ratio = cpu_ratio(run, 4000)
        assert ratio < 10, (pattern, ratio)
    found = buffer_read_candidates(
        source, "src/a.js", line=3, message="TypeError: text.split is not a function"
    )
    assert [c.line for c in found] == [2]
