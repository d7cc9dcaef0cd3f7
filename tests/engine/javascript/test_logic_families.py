"""npm LOGIC operator families: wrong function of the module, chained calls in the wrong order,
a running value started from the data instead of a constant."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.logic import logic_candidates
from healer.engine.types import BugType, Failure


def lines_at(text: str, line: int) -> dict[str, str]:
    """description -> the edited line, for each candidate at `line`."""
    return {c.description: c.text.split("\n")[line - 1] for c in logic_candidates(text, "a.ts", line=line)}


SHAPES = """\
export function total(items: number[]): number {
  return items.reduce((a, b) => a + b, 0);
}
export const mean = (items: number[]): number => total(items) / items.length;
export function spread(low: number, high: number): number {
  return high - low;
}
export function report(items: number[]): number {
  const middle = total(items);
  return middle;
}
"""


def test_a_call_may_be_of_another_function_of_the_module_that_takes_as_many_arguments():
    found = lines_at(SHAPES, 9)
    assert found["call 'mean' instead of 'total'"] == "  const middle = mean(items);"
    # `spread` takes two arguments, `report` is the function the call is in: neither is a donor.
    assert not [d for d in found if d.startswith("call 'spread'") or d.startswith("call 'report'")]


def test_a_call_may_be_of_an_imported_function_spelt_alike():
    text = "import { signedArea, perimeter } from './measure';\nexport const f = (p) => area(p);\n"
    found = [c.description for c in logic_candidates(text, "a.js", line=2)]
    assert "call 'signedArea' instead of 'area'" in found
    assert "call 'perimeter' instead of 'area'" not in found  # not alike, and its arity is unknown here


def test_two_chained_calls_trade_places():
    text = "export function unescape(token) {\n  return token.replace(/~0/g, '~').replace(/~1/g, '/');\n}\n"
    edited = [c.text.split("\n")[1] for c in logic_candidates(text, "a.js", line=2)]
    assert "  return token.replace(/~1/g, '/').replace(/~0/g, '~');" in edited


def test_a_reassigned_running_value_may_start_from_a_constant():
    text = "function runs(row) {\n  let current = row[0];\n  const first = row[0];\n  current = 1;\n  return [current, first];\n}\n"
    assert lines_at(text, 2)["start from 0 instead of row[0]"] == "  let current = 0;"
    assert not [d for d in lines_at(text, 3) if d.startswith("start from")]  # a const is no running value


def test_each_familys_first_edit_comes_before_another_familys_second():
    text = "export const byWeight = (a, b) => a.weight - b.weight || a.word.localeCompare(b.word);\n"
    found = [c.description for c in logic_candidates(text, "a.js", line=1)]
    # The one swap of the line is not kept behind every other operator of `-` and `||`.
    assert found.index("swap the operands") < found.index("replace '-' with '*'")


def test_a_line_a_little_less_suspicious_is_interleaved_with_the_best_ones():
    text = "function f(a, b) {\n  const c = a + 1;\n  const d = c * b;\n  return d - a;\n}\n"
    files = {"src/a.js": text}
    repo = Repository(files=set(files), read=files.get)
    logic = Failure(bug_type=BugType.LOGIC, file="test/a.test.js", line=1, message="", source="jest")
    # Line 3 a near tie (V8 counted it as run by a passing test that threw before it), line 4 not.
    ranked = [("src/a.js", 2, 0.7746), ("src/a.js", 3, 0.7071), ("src/a.js", 4, 0.5)]
    found = candidates_for(logic, repo=repo, suspicious=ranked)
    assert [c.line for c in found[:4]] == [2, 3, 2, 3]
    assert {c.line for c in found[-3:]} == {4}


def test_a_condition_that_repeats_its_loops_gets_its_edits_tried_first():
    text = (
        "function units(code) {\n"
        "  let units = 0;\n"
        "  for (let i = 0; i < code.length; i++) {\n"
        "    units += 1;\n"
        "    if (i < code.length) {\n"
        "      units += 1;\n"
        "    }\n"
        "  }\n"
        "  return units;\n"
        "}\n"
    )
    files = {"src/a.js": text}
    repo = Repository(files=set(files), read=files.get)
    logic = Failure(bug_type=BugType.LOGIC, file="test/a.test.js", line=1, message="", source="jest")
    tied = [("src/a.js", line, 1.0) for line in (2, 4, 5)]
    found = [(c.line, c.description) for c in candidates_for(logic, repo=repo, suspicious=tied)]
    fix = (5, "compare with code.length - 1 instead of code.length")
    start = (2, "use -1 instead of 0")  # an equivalent patch at another line, not the fault
    assert found.index(fix) < found.index(start)


def test_among_tied_lines_those_of_the_best_lines_function_are_kept_and_come_first():
    helper = "".join(f"  const v{n} = n + {n};\n" for n in range(30))  # lines 2-31
    text = f"function helper(n) {{\n{helper}  return n;\n}}\nfunction record(a, b) {{\n  const e = f(b, a);\n  return e + 1;\n}}\n"
    files = {"src/a.js": text}
    repo = Repository(files=set(files), read=files.get)
    logic = Failure(bug_type=BugType.LOGIC, file="test/a.test.js", line=1, message="", source="jest")
    ranked = [
        ("src/a.js", 36, 0.77),
        *[("src/a.js", n, 0.707) for n in range(2, 32)],
        ("src/a.js", 35, 0.707),
    ]
    found = candidates_for(logic, repo=repo, suspicious=ranked)
    assert [c.line for c in found[:2]] == [36, 35]
    assert "swap the two arguments" in [c.description for c in found if c.line == 35]
