"""npm LOGIC operator families: wrong function of the module, chained calls in the wrong order,
a running value started from the data instead of a constant."""

from __future__ import annotations

from dataclasses import replace

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.logic import goes_first, logic_candidates, repository_fields
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


def test_operators_grouped_wrongly_get_their_parentheses():
    text = "export function mid(range) {\n  const m = range[0] + range[1] / 2;\n  return a * b + c;\n}\n"
    assert (
        lines_at(text, 2)["compute (range[0] + range[1]) first"] == "  const m = (range[0] + range[1]) / 2;"
    )
    assert lines_at(text, 3)["compute (b + c) first"] == "  return a * (b + c);"


def test_a_rounded_whole_number_may_be_off_by_one():
    text = "export function roll(sides) {\n  return Math.floor(Math.random() * sides);\n}\n"
    assert lines_at(text, 2)["use Math.floor(Math.random() * sides) + 1"] == (
        "  return Math.floor(Math.random() * sides) + 1;"
    )
    text = "export const f = (n) => 2 * Math.ceil(n);\n"
    assert lines_at(text, 1)["use Math.ceil(n) - 1"] == "export const f = (n) => 2 * (Math.ceil(n) - 1);"


def test_two_alike_variables_trade_places_and_unalike_ones_do_not():
    text = "export function convert(amount, fromSize, toSize) {\n  return (amount * toSize) / fromSize;\n}\n"
    found = lines_at(text, 2)
    assert found["swap 'toSize' and 'fromSize'"] == "  return (amount * fromSize) / toSize;"
    assert not [d for d in found if d.startswith("swap 'amount'")]


def test_an_exponent_or_a_math_argument_may_miss_its_minus_sign():
    text = "export function pay(p, r, n) {\n  return p * r / (1 - Math.pow(1 + r, n));\n}\n"
    assert lines_at(text, 2)["negate n"] == "  return p * r / (1 - Math.pow(1 + r, -n));"
    text = "export const f = (x, n) => x ** n;\n"
    assert lines_at(text, 1)["negate n"] == "export const f = (x, n) => x ** -n;"


def test_a_constant_may_stand_where_a_destructured_parameter_was_meant():
    text = (
        "export function toc(items, { minLevel = 2, maxLevel = 3 } = {}) {\n"
        "  return items.map(({ level }) => '  '.repeat(level - 1));\n}\n"
    )
    found = lines_at(text, 2)
    assert (
        found["use 'minLevel' instead of 1"]
        == "  return items.map(({ level }) => '  '.repeat(level - minLevel));"
    )
    # The name spelt like the other operand comes before the other names in scope.
    order = [d for d in found if d.endswith("instead of 1") and d.startswith("use '")]
    assert order.index("use 'minLevel' instead of 1") < order.index("use 'items' instead of 1")


def test_object_assign_into_its_argument_may_be_meant_as_a_copy():
    text = "export const scale = (xs, k) => xs.map((x) => Object.assign(x, { amount: x.amount * k }));\n"
    found = lines_at(text, 1)
    assert found["assign into a new object, not into x"].endswith(
        "Object.assign({}, x, { amount: x.amount * k }));"
    )
    assert not [
        d for d in lines_at("export const f = (a) => Object.assign({}, a);\n", 1) if d.startswith("assign")
    ]


def test_the_base_of_a_logarithm_is_a_sibling_method():
    text = "export const bins = (n) => Math.ceil(Math.log(n)) + 1;\n"
    assert (
        lines_at(text, 1)["call 'log2' instead of 'log'"]
        == "export const bins = (n) => Math.ceil(Math.log2(n)) + 1;"
    )


def test_a_falsy_fallback_tries_nullish_coalescing_before_the_opposite_operator():
    text = "export const percent = (tip, rate) => tip || rate;\n"
    found = [c.description for c in logic_candidates(text, "a.js", line=1)]
    assert found.index("replace '||' with '??'") < found.index("replace '||' with '&&'")
    text = "export const percent = (tip, rate) => tip ?? rate;\n"
    found = [c.description for c in logic_candidates(text, "a.js", line=1)]
    assert found.index("replace '??' with '||'") < found.index("replace '??' with '&&'")


def test_a_map_a_loop_overwrites_per_key_may_be_meant_to_add_up():
    text = (
        "export function perDay(shifts) {\n  const days = new Map();\n  for (const s of shifts) {\n"
        "    days.set(s.date, minutes(s));\n  }\n  days.set('total', 0);\n  return days;\n}\n"
    )
    found = lines_at(text, 4)
    assert found["add minutes(s) to what days holds for the key"] == (
        "    days.set(s.date, (days.get(s.date) || 0) + minutes(s));"
    )
    assert not [d for d in lines_at(text, 6) if d.startswith("add ")]  # outside a loop: a plain store


def test_the_same_boundary_slip_in_both_comparisons_is_one_edit():
    text = "export const overlap = (a, b) => a.start <= b.end && b.start <= a.end;\n"
    found = [c for c in logic_candidates(text, "a.js", line=1)]
    both = next(c for c in found if c.description.endswith("in every comparison of the line"))
    assert both.text.split("\n")[0] == "export const overlap = (a, b) => a.start < b.end && b.start < a.end;"
    # The repair loop tries it with the single boundary flips, before the other edits of tied lines.
    from healer.engine.javascript.fixers.logic import is_boundary_flip

    assert is_boundary_flip(both)
    assert not [
        c for c in logic_candidates("export const f = (a, b) => a <= b;\n", "a.js", line=1)
        if c.description.endswith("in every comparison of the line")
    ]  # fmt: skip


def test_a_getters_result_passed_on_may_be_off_by_one():
    text = "export const inMonth = (months, d) => months.has(d.getUTCMonth());\n"
    found = lines_at(text, 1)
    assert (
        found["use d.getUTCMonth() + 1"]
        == "export const inMonth = (months, d) => months.has(d.getUTCMonth() + 1);"
    )
    # A call with arguments computes rather than reads: no ±1 on it.
    assert not [
        d for d in lines_at("export const f = (m, d) => m.has(d.at(0));\n", 1) if d.startswith("use d.at")
    ]


def test_two_calls_of_one_function_may_have_their_arguments_swapped():
    text = "export const convert = (d, per, unit) => (d * metres(per)) / metres(unit);\n"
    found = lines_at(text, 1)
    assert found["swap the arguments of the two calls of metres"] == (
        "export const convert = (d, per, unit) => (d * metres(unit)) / metres(per);"
    )
    assert not [d for d in lines_at("export const f = (a, b) => g(a) + h(b);\n", 1) if "two calls" in d]


def test_lines_split_on_a_bare_newline_may_need_the_carriage_return():
    text = "export const lines = (text) => text.split('\\n');\n"
    assert (
        lines_at(text, 1)["split on \\r\\n as well as \\n"]
        == "export const lines = (text) => text.split(/\\r?\\n/);"
    )
    assert not [d for d in lines_at("export const f = (t) => t.split(',');\n", 1) if d.startswith("split on")]


def test_the_lines_of_the_function_the_failed_check_compares_come_before_the_spectrums_top():
    from tests.engine.javascript.test_suspects import WEEK_FILES

    repo = Repository(files=set(WEEK_FILES), read=WEEK_FILES.get)
    frames = [{"file": "test/week.test.js", "line": 10, "function": ""}]
    logic = Failure(bug_type=BugType.LOGIC, file="src/week.js", line=2, message="", source="jest",
                    extra={"frames": frames})  # fmt: skip
    # `read` is run only by the failing tests, `week` by passing ones too: the spectrum puts `read` first.
    ranked = [("src/week.js", 2, 1.0), *[("src/week.js", n, 0.7) for n in (6, 7, 8, 10)]]
    found = candidates_for(logic, repo=repo, suspicious=ranked)
    assert found[0].description == "add 1 to what totals holds for the key"
    # Interleaved with the spectrum's top line: `week`'s lines take their turns with `read`'s.
    lines = [c.line for c in found]
    assert list(dict.fromkeys(lines)) == [8, 2, 7, 10]  # line 6 has no edit
    # Without the check's frame, the spectrum's order: every edit of `read` before `week`'s.
    plain = [c.line for c in candidates_for(replace(logic, extra={}), repo=repo, suspicious=ranked)]
    assert plain[: lines.count(2)] == [2] * lines.count(2)


def test_a_table_the_asserted_function_reads_gets_its_edits_though_no_spectrum_ranks_it():
    text = "const STEPS = [1, 2];\nfunction walk(at) {\n  return STEPS.map((s) => at + s);\n}\nmodule.exports = { walk };\n"
    tests = "const { walk } = require('../src/w');\ntest('walks', () => {\n  expect(walk(1)).toEqual([2, 4]);\n});\n"
    files = {"src/w.js": text, "test/w.test.js": tests}
    repo = Repository(files=set(files), read=files.get)
    frames = [{"file": "test/w.test.js", "line": 3, "function": ""}]
    logic = Failure(bug_type=BugType.LOGIC, file="src/w.js", line=3, message="", source="jest",
                    extra={"frames": frames})  # fmt: skip
    found = candidates_for(logic, repo=repo, suspicious=[("src/w.js", 3, 1.0)])
    assert "const STEPS = [1, 3];" in [c.text.split("\n")[0] for c in found]


def texts_at(text: str, line: int, path: str = "a.js") -> list[str]:
    return [c.text.split("\n")[line - 1] for c in logic_candidates(text, path, line=line)]


FLOOD = """\
function reveal(state, key) {
  if (state.lost || state.flags.has(key) || state.open.has(key)) {
    return 'ignored';
  }
  const queue = [key];
  while (queue.length > 0) {
    const here = queue.shift();
    if (state.open.has(here)) {
      continue;
    }
    state.open.add(here);
  }
}
"""


def test_a_condition_gets_a_clause_the_file_checks_beside_the_same_call_elsewhere():
    found = texts_at(FLOOD, 8)
    # The donor's argument (`key`) is put in for this call's (`here`).
    assert "    if (state.open.has(here) || state.flags.has(here)) {" in found
    assert "    if (state.open.has(here) || state.lost) {" in found


def test_two_constants_of_one_formula_are_swapped():
    text = "function kcal(n) {\n  return 4 * n.fat + 4 * n.carbs + 9 * n.protein;\n}\n"
    assert "  return 9 * n.fat + 4 * n.carbs + 4 * n.protein;" in texts_at(text, 2)


def test_a_factor_groups_the_next_term_of_a_longer_sum():
    text = "function girth(longest, a, b) {\n  return longest + 2 * a + b;\n}\n"
    assert "  return longest + 2 * (a + b);" in texts_at(text, 2)


def test_find_and_find_last_are_siblings():
    text = "function first(list, start) {\n  return list.findLast((e) => e.to === start);\n}\n"
    assert "  return list.find((e) => e.to === start);" in texts_at(text, 2)


def test_a_position_given_to_a_built_in_or_a_loop_start_is_off_by_one():
    text = "function cut(text, max) {\n  return text.slice(0, max) + '~';\n}\n"
    assert "  return text.slice(0, max - 1) + '~';" in texts_at(text, 2)
    loop = "function sum(xs, last, i) {\n  let t = 0;\n  for (let j = last; j <= i; j++) {\n    t += xs[j];\n  }\n  return t;\n}\n"
    assert "  for (let j = last + 1; j <= i; j++) {" in texts_at(loop, 3)


def test_a_clause_the_file_checks_everywhere_else_is_tried_with_the_boundary_flips():
    from healer.engine.javascript.fixers.logic import goes_first

    first = [c.text.split("\n")[7] for c in logic_candidates(FLOOD, "a.js", line=8) if goes_first(c)]
    assert "    if (state.open.has(here) || state.flags.has(here)) {" in first


def test_a_loops_start_off_by_one_is_tried_with_the_boundary_flips():
    from healer.engine.javascript.fixers.logic import goes_first

    loop = "function sum(xs, last, i) {\n  let t = 0;\n  for (let j = last; j <= i; j++) {\n    t += xs[j];\n  }\n}\n"
    first = [c.text.split("\n")[2] for c in logic_candidates(loop, "a.js", line=3) if goes_first(c)]
    assert "  for (let j = last + 1; j <= i; j++) {" in first
    # A position given to a built-in is not a loop's start: it keeps its family's turn.
    cut = "function cut(text, max) {\n  return text.slice(0, max);\n}\n"
    assert not [c for c in logic_candidates(cut, "a.js", line=2) if goes_first(c) and "max" in c.description]


def test_a_count_taken_modulo_is_off_by_one():
    text = "function plan(count, every) {\n  for (let i = 0; i < count; i++) {\n    const long = i % every === 0;\n  }\n}\n"
    assert "    const long = (i + 1) % every === 0;" in texts_at(text, 3)


def test_every_index_of_a_line_is_shifted_at_once():
    text = "function d(a, b, i, j) {\n  return a[i] === b[j] ? 0 : 1;\n}\n"
    assert "  return a[i - 1] === b[j - 1] ? 0 : 1;" in texts_at(text, 2)


def test_a_difference_with_a_remainder_is_kept_in_the_remainders_range():
    text = "function check(sum) {\n  return 10 - (sum % 10);\n}\n"
    assert "  return (10 - (sum % 10)) % 10;" in texts_at(text, 2)
    # Already wrapped: not again.
    wrapped = "function check(sum) {\n  return (10 - (sum % 10)) % 10;\n}\n"
    assert "  return ((10 - (sum % 10)) % 10) % 10;" not in texts_at(wrapped, 2)


def test_a_term_added_after_a_call_moves_into_its_last_argument():
    text = "function price(w, s, step) {\n  return Math.min(w.amount, s.amount) + step;\n}\n"
    assert "  return Math.min(w.amount, s.amount + step);" in texts_at(text, 2)


def test_a_reduce_without_its_start_gets_one():
    text = "function total(legs) {\n  return legs.reduce((sum, leg) => sum + leg.km);\n}\n"
    assert "  return legs.reduce((sum, leg) => sum + leg.km, 0);" in texts_at(text, 2)
    # With a start already: nothing added.
    started = "function total(legs) {\n  return legs.reduce((sum, leg) => sum + leg.km, 0);\n}\n"
    assert not [t for t in texts_at(started, 2) if "0, 0)" in t]


def test_a_field_may_be_another_field_of_the_records_the_file_builds():
    text = (
        "function best(entries, map) {\n"
        "  for (const e of entries) {\n"
        "    const score = e.kg * 2;\n"
        "    const current = map.get(e.name);\n"
        "    if (!current || score > current.kg) {\n"
        "      map.set(e.name, { name: e.name, kg: e.kg, score });\n"
        "    }\n"
        "  }\n"
        "}\n"
    )
    assert "    if (!current || score > current.score) {" in texts_at(text, 5)


def test_a_condition_gets_the_same_check_on_a_sibling_collection_of_the_file():
    text = (
        "function move(state, next, beyond) {\n"
        "  if (state.walls.has(next)) return false;\n"
        "  if (state.boxes.has(next)) {\n"
        "    if (state.walls.has(beyond)) return false;\n"
        "  }\n"
        "  return true;\n"
        "}\n"
    )
    assert "    if (state.walls.has(beyond) || state.boxes.has(beyond)) return false;" in texts_at(text, 4)


def test_a_getter_never_reads_itself():
    text = (
        "class Lot {\n"
        "  get validBids() {\n"
        "    return this.bids.filter((bid) => bid.amount >= this.reserve);\n"
        "  }\n"
        "  result() {\n"
        "    return this.validBids.length + this.bids.length;\n"
        "  }\n"
        "}\n"
    )
    assert not [t for t in texts_at(text, 3) if "this.validBids" in t]
    # Elsewhere the getter is a donor as before.
    assert "    return this.validBids.length + this.validBids.length;" in texts_at(text, 6)


def test_a_key_a_map_is_read_and_written_with_is_not_changed_on_one_side():
    text = (
        "function best(entries, map) {\n"
        "  for (const e of entries) {\n"
        "    const current = map.get(e.name);\n"
        "    if (!current) map.set(e.name, { name: e.name, date: e.date });\n"
        "  }\n"
        "}\n"
    )
    assert "    if (!current) map.set(e.date, { name: e.name, date: e.date });" not in texts_at(text, 4)
    assert "    const current = map.get(e.date);" not in texts_at(text, 3)
    # The record's own field stays a candidate.
    assert "    if (!current) map.set(e.name, { name: e.date, date: e.date });" in texts_at(text, 4)
    # Keys that differ may still be made to agree.
    apart = text.replace("map.get(e.name)", "map.get(e.date)")
    assert "    const current = map.get(e.name);" in texts_at(apart, 3)


def test_a_sort_comparator_returning_a_boolean_is_made_a_difference_first():
    text = "export function ascending(xs) {\n  return [...xs].sort((a, b) => a > b);\n}\n"
    found = logic_candidates(text, "a.js", line=2)
    edited = [c.text.split("\n")[1] for c in found]
    assert edited[0] == "  return [...xs].sort((a, b) => a - b);"
    assert "  return [...xs].sort((a, b) => b - a);" in edited
    assert found[0].description == "make the comparator return a number (a - b), not a boolean"
    # A comparator that already returns a number is left to the other families.
    numeric = text.replace("a > b", "a - b")
    assert not any("comparator" in c.description for c in logic_candidates(numeric, "a.js", line=2))


def test_a_disjunction_gets_the_value_next_to_one_it_checks():
    text = (
        "function visit(left, score, double) {\n"
        "  const now = left - score;\n"
        "  if (now < 0 || (now === 0 && !double)) return true;\n"
        "  return false;\n"
        "}\n"
    )
    found = texts_at(text, 3)
    assert "  if (now < 0 || now === 1 || (now === 0 && !double)) return true;" in found
    # -1 is held by `now < 0` already: no disjunct that adds nothing.
    assert not [t for t in found if "|| now === -1" in t]
    # A boundary slip as the flips are: tried with them, before the other edits of the tied lines.
    first = [c.text.split("\n")[2] for c in logic_candidates(text, "a.js", line=3) if goes_first(c)]
    assert "  if (now < 0 || now === 1 || (now === 0 && !double)) return true;" in first


def test_a_number_given_back_may_be_one_off():
    text = (
        "export function pointsFor(finish: number | string, entries: number): number {\n"
        "  return typeof finish === 'number' ? finish : entries;\n"
        "}\n"
    )
    found = texts_at(text, 2, path="a.ts")
    assert "  return typeof finish === 'number' ? finish : entries + 1;" in found
    # `finish` is not known to be a number (declared `number | string`, used in no arithmetic).
    assert not [t for t in found if "finish + 1" in t or "finish - 1" in t]


def test_a_collection_sorted_from_a_map_may_count_each_value_once():
    text = (
        "function current(checkins) {\n"
        "  return new Set(checkins.map(dayNumber)).size;\n"
        "}\n"
        "function longest(checkins) {\n"
        "  const days = checkins.map(dayNumber).sort((a, b) => a - b);\n"
        "  return days;\n"
        "}\n"
    )
    found = {c.text.split("\n")[4]: c.description for c in logic_candidates(text, "a.js", line=5)}
    wanted = "  const days = [...new Set(checkins.map(dayNumber))].sort((a, b) => a - b);"
    assert found[wanted] == "count each of checkins.map(dayNumber) once as the file does elsewhere"


def test_a_comparators_tie_break_may_order_the_other_way():
    text = "export const plan = (o) => o.sort((a, b) => a.arrive - b.arrive || a.depart - b.depart);\n"
    found = [c.text for c in logic_candidates(text, "a.js", line=1)]
    reversed_tie = (
        "export const plan = (o) => o.sort((a, b) => a.arrive - b.arrive || b.depart - a.depart);\n"
    )
    # Each key of the comparator swapped on its own, the tie-break first.
    assert found[0] == reversed_tie


def test_a_string_tie_break_compared_with_locale_compare_may_order_the_other_way():
    text = "export const top = (c) => [...c].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]));\n"
    found = [c.text for c in logic_candidates(text, "a.js", line=1)]
    assert (
        found[0]
        == "export const top = (c) => [...c].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));\n"
    )


def test_an_operand_in_another_unit_than_the_other_is_converted_and_tried_first():
    text = (
        "export function payback(costPounds: number, savingsPence: number): number {\n"
        "  return Math.ceil((costPounds / savingsPence) * 10) / 10;\n"
        "}\n"
    )
    found = [c for c in logic_candidates(text, "a.ts", line=2) if goes_first(c)]
    converted = "  return Math.ceil(((costPounds * 100) / savingsPence) * 10) / 10;"
    assert found[0].text.split("\n")[1] == converted
    # Names without a unit, or in one unit, get no conversion.
    plain = logic_candidates(text.replace("Pounds", "").replace("Pence", ""), "a.ts", line=2)
    assert not [c for c in plain if goes_first(c) and "unit" in c.description]
    # A side scaled by a number is converted already (to a unit no name says), and so is the fix.
    clock = "export const of = (hours, minutes) => hours * 60 + minutes;\n"
    fixed = text.replace("(costPounds /", "((costPounds * 100) /")
    assert not [c for c in [*logic_candidates(clock, "a.js", line=1), *logic_candidates(fixed, "a.ts", line=2)]
                if "unit" in c.description]  # fmt: skip


def test_an_argument_in_another_unit_than_the_callees_parameter_is_converted():
    text = (
        "const hours = (minutes: number): number => minutes / 60;\n"
        "export function overtime(total: number, regularHours: number): number {\n"
        "  return hours(total - regularHours);\n"
        "}\n"
    )
    found = [c for c in logic_candidates(text, "a.ts", line=3) if goes_first(c)]
    assert [c.text.split("\n")[2] for c in found] == ["  return hours((total - regularHours) * 60);"]


def test_a_term_taken_off_before_rounding_is_added_back():
    text = (
        "function castOn(width, { repeat = 1, edges = 0 } = {}) {\n"
        "  const stitches = Math.round(width * 2) - edges;\n"
        "  return Math.ceil(stitches / repeat) * repeat;\n"
        "}\n"
    )
    assert "  return Math.ceil(stitches / repeat) * repeat + edges;" in texts_at(text, 3)[:6]
    # A difference of two readings is the value itself: nothing was taken off it.
    readings = "function used(r, i) {\n  const kwh = r[i].kwh - r[i - 1].kwh;\n  return Math.round(kwh * 1000) / 1000;\n}\n"
    assert not [t for t in texts_at(readings, 3) if t.endswith("r[i - 1].kwh;")]


def test_a_share_and_its_complement_trade_places():
    text = "export function mix(value, share, tap) {\n  return value * share + tap * (1 - share);\n}\n"
    assert texts_at(text, 2)[:3].count("  return value * (1 - share) + tap * share;") == 1


def test_a_field_may_be_one_another_module_reads_from_an_object_of_the_same_name():
    text = "function spare(entry) {\n  return Math.max(0, entry.frames - 4);\n}\n"
    elsewhere = {
        "src/check.js": (
            "const queenless = (entry) => entry.queen === 'no';\n"
            "const full = (entry) => entry.frames - entry.brood - entry.capped <= 1;\n"
        )
    }
    found = [
        c.text.split("\n")[1]
        for c in logic_candidates(text, "a.js", line=2, fields=repository_fields(elsewhere))
    ]
    # Read in one expression with `frames` there, so of its kind: before `queen`, read first.
    assert found.index("  return Math.max(0, entry.capped - 4);") < found.index(
        "  return Math.max(0, entry.queen - 4);"
    )
    assert "  return Math.max(0, entry.capped - 4);" not in texts_at(text, 2)
    # The dispatch reads the other modules (not the tests) for them.
    files = {"src/spare.js": text, **elsewhere, "test/a.test.js": "expect(entry.wrong).toBe(1);\n"}
    repo = Repository(files=set(files), read=files.get)
    logic = Failure(bug_type=BugType.LOGIC, file="test/a.test.js", line=1, message="", source="jest")
    given = [
        c.text.split("\n")[1] for c in candidates_for(logic, repo=repo, suspicious=[("src/spare.js", 2, 1.0)])
    ]
    assert "  return Math.max(0, entry.capped - 4);" in given
    assert "  return Math.max(0, entry.wrong - 4);" not in given


def test_rounding_the_other_way_goes_first():
    text = "export const extra = (b) => Math.max(0, Math.round(b.length - FREE) * PER + b.count * EACH);\n"
    found = [c.text for c in logic_candidates(text, "a.js", line=1) if goes_first(c)]
    # With the boundary flips, before the other edits of every tied line: a started metre counted or not.
    assert found == [text.replace("round", other) for other in ("floor", "ceil", "trunc")]


def _operator_edits(text: str, line: int) -> list[str]:
    found = logic_candidates(text, "a.js", line=line)
    return [c.description for c in found if c.description.startswith("replace '")]


def test_it_tries_an_arithmetic_operators_inverse_first():
    text = "export function toKm(miles, rate) {\n  return miles / rate;\n}\n"
    assert _operator_edits(text, 2)[0] == "replace '/' with '*'"
    more = "export const add = (total, x) => total - x;\n"
    assert _operator_edits(more, 1)[0] == "replace '-' with '+'"


def test_it_interleaves_the_operators_of_one_line():
    # The comparison's five alternatives no longer all come before the division's nearest one.
    text = "export function toKm(unit, miles, rate) {\n  if (unit === 'mi') return miles / rate;\n}\n"
    edits = _operator_edits(text, 2)
    assert edits.index("replace '/' with '*'") == 1


TARIFF = """\
const BANDS = {
  small: { pence: 120, fragile: false },
  large: { pence: 340, fragile: true },
};
const LIMIT = { grams: 2000, fragile: true };

export function postage(size: string, grams: number): number {
  const band = BANDS[size];
  return band.fragile && grams > LIMIT.grams ? band.pence * 2 : band.pence;
}
"""


def test_it_leaves_one_record_of_a_constant_table_alone():
    assert lines_at(TARIFF, 3) == {}
    assert lines_at(TARIFF, 2) == {}


def test_it_still_mutates_a_single_constant_record_and_the_logic_that_reads_the_table():
    assert "use false instead of true" in lines_at(TARIFF, 5)
    assert lines_at(TARIFF, 9)
