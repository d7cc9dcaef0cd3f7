"""TypeErrors whose value was made wrong earlier, repaired where it is made (fixers/made_values.py)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.made_values import made_value_candidates
from healer.engine.types import BugType, Failure

CURVE = """class Curve {
  [Symbol.iterator]() {
    const steps = [1, 2, 3];
    let i = 0;
    return {
      next: () => (i < steps.length ? steps[i++] : { value: undefined, done: true }),
    };
  }
}
module.exports = { Curve };
"""


def test_it_wraps_the_bare_results_of_an_iterators_next_found_from_the_test_that_consumed_it():
    sources = {"src/curve.js": CURVE, "test/curve.test.js": "const [a] = new Curve();\n"}
    repo = Repository(files=sorted(sources), read=sources.get)
    failure = Failure(
        BugType.TYPE_ERROR, "test/curve.test.js", 1, "TypeError: Iterator result 1 is not an object", "test"
    )
    found = candidates_for(failure, repo=repo)
    assert found[0].file == "src/curve.js"
    assert "? { value: steps[i++], done: false } : { value: undefined, done: true }" in found[0].text
    # A next() that already returns results is left alone.
    fixed = found[0].text
    assert made_value_candidates(fixed, "src/curve.js", line=6, message=failure.message, sources={}) == []


ORDERS = """function summary(orders) {
  const byWood = {};
  for (const order of orders) {
    byWood[order.wood] ??= 0;
    byWood[order.wood].casks += 1;
    byWood[order.wood].staves += order.staves;
    byWood[order.wood].last = order;
  }
  return byWood;
}
"""


def test_it_makes_a_primitive_the_object_whose_properties_the_next_lines_write():
    message = "Cannot create property 'casks' on number '0'"
    found = made_value_candidates(ORDERS, "src/orders.js", line=5, message=message, sources={})
    assert [c.text.split("\n")[3].strip() for c in found] == [
        "byWood[order.wood] ??= { casks: 0, staves: 0, last: undefined };"
    ]
    assert found[0].line == 4
    # A property no later line writes: no evidence of the object meant.
    other = "Cannot create property 'count' on number '0'"
    assert made_value_candidates(ORDERS, "src/orders.js", line=5, message=other, sources={}) == []


LOADS = """export const DEFAULT_CABIN = { seats: 8, emptyKg: 640 };
export type Cabin = typeof DEFAULT_CABIN;

export function loadKg(cabin: DEFAULT_CABIN, riders: number): number {
  return cabin.emptyKg + riders * 80;
}
"""


def test_it_types_a_value_used_as_a_type_with_the_alias_the_module_declares_for_it_then_typeof():
    message = "'DEFAULT_CABIN' refers to a value, but is being used as a type here. Did you mean 'typeof DEFAULT_CABIN'?"
    found = made_value_candidates(LOADS, "src/loads.ts", line=4, message=message, sources={})
    assert [c.text.split("\n")[3] for c in found] == [
        "export function loadKg(cabin: Cabin, riders: number): number {",
        "export function loadKg(cabin: typeof DEFAULT_CABIN, riders: number): number {",
    ]


PANS = """class Pan {
  #litres;
  constructor(litres) {
    this.#litres = litres;
  }
  get litres() {
    return this.#litres;
  }
  same(other) {
    return this.#litres === other.#litres;
  }
}
"""


def test_it_reads_another_objects_private_member_through_the_public_one_of_the_same_name():
    message = "Cannot read private member #litres from an object whose class did not declare it"
    found = made_value_candidates(PANS, "src/pans.js", line=10, message=message, sources={})
    assert [c.text.split("\n")[9].strip() for c in found] == ["return this.#litres === other.litres;"]
    # No public member of that name: nothing to read instead.
    hidden = PANS.replace("get litres()", "get volume()")
    assert made_value_candidates(hidden, "src/pans.js", line=10, message=message, sources={}) == []


# -- round 50, npm24: one element found where all were meant --------------------------------------
def test_it_filters_where_a_find_made_what_an_array_method_is_called_on():
    source = (
        "function total(order) {\n  const items = order.lines.find((l) => l.kind === order.kind);\n"
        "  return items.reduce((s, l) => s + l.price, 0);\n}\n"
    )
    found = made_value_candidates(
        source, "src/a.js", line=3, message="TypeError: items.reduce is not a function", sources={}
    )
    assert [(c.line, c.text) for c in found] == [(2, source.replace(".find(", ".filter("))]


def test_it_leaves_a_find_in_another_function_and_a_method_arrays_lack():
    source = (
        "function pick(xs) {\n  const items = xs.find((x) => x.ok);\n  return items;\n}\n"
        "function use(items) {\n  return items.reduce((s, x) => s + x, 0);\n}\n"
    )
    message = "TypeError: items.reduce is not a function"
    assert made_value_candidates(source, "src/a.js", line=6, message=message, sources={}) == []
    source = "function f(xs) {\n  const item = xs.find((x) => x.ok);\n  return item.total();\n}\n"
    message = "TypeError: item.total is not a function"
    assert made_value_candidates(source, "src/a.js", line=3, message=message, sources={}) == []
