"""Round 56 (npm30): TYPE_ERROR families of the fortieth part — text used as a list split at the use
and never spread into characters (made_lists), and the other npm30 templates."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure

STAND = (
    "const PRICES = { cream: 0.8, jam: 0.6 };\n"
    "function total(order) {\n"
    "  const names = order.toppings.filter(Boolean);\n"
    "  return names.reduce((sum, name) => sum + PRICES[name], 0);\n"
    "}\n"
    "module.exports = { total };\n"
)
SPEC = "const { total } = require('../src/stand');\ntest('t', () => expect(total({ toppings: 'cream,jam' })).toBe(1.4));\n"


def _found(
    files: dict[str, str], file: str, line: int, message: str, *, source: str = "test"
) -> list[Candidate]:
    repo = Repository(
        files=sorted(files), read=files.get, test_files=tuple(f for f in files if f.startswith("test/"))
    )
    failure = Failure(BugType.TYPE_ERROR, file, line, message, source, "TypeError", extra={"column": 0})
    return candidates_for(failure, repo=repo, module_type="commonjs")


def _line(found: list[Candidate], row: int) -> list[str]:
    return [c.text.splitlines()[row - 1].strip() for c in found if c.line == row]


def test_it_splits_a_field_the_tests_fill_with_separated_text_and_never_spreads_it():
    # The till's 'cream,jam' spread is ['c', 'r', ...]: a wrong program a lenient test can accept.
    found = _found({"src/stand.js": STAND, "test/stand.test.js": SPEC}, "src/stand.js", 3,
                   "TypeError: order.toppings.filter is not a function")  # fmt: skip
    rows = _line(found, 3)
    assert rows[0] == "const names = order.toppings.split(',').filter(Boolean);"
    assert not any("[...order.toppings]" in row for row in rows)


def test_it_takes_the_separator_the_literals_show():
    spec = SPEC.replace("'cream,jam'", "'cream, jam'")
    found = _found({"src/stand.js": STAND, "test/stand.test.js": spec}, "src/stand.js", 3,
                   "TypeError: order.toppings.filter is not a function")  # fmt: skip
    assert _line(found, 3)[0] == "const names = order.toppings.split(', ').filter(Boolean);"


def test_it_keeps_the_spread_when_nothing_shows_the_field_is_text():
    # The field is a Set or an array somewhere: no split, the spread into an array stays a candidate.
    for spec in (SPEC.replace("'cream,jam'", "new Set(['cream'])"), SPEC.replace("'cream,jam'", "['cream']")):
        found = _found({"src/stand.js": STAND, "test/stand.test.js": spec}, "src/stand.js", 3,
                       "TypeError: order.toppings.filter is not a function")  # fmt: skip
        rows = _line(found, 3)
        assert not any(".split(" in row for row in rows)
        assert "const names = [...order.toppings].filter(Boolean);" in rows


def test_it_splits_a_name_bound_to_a_join_at_the_joins_separator():
    text = (
        "function tags(list) {\n"
        "  const joined = list.join('|');\n"
        "  return joined.map((t) => t.toUpperCase());\n"
        "}\n"
        "module.exports = { tags };\n"
    )
    found = _found({"src/tags.js": text}, "src/tags.js", 3, "TypeError: joined.map is not a function")
    rows = _line(found, 3)
    assert rows[0] == "return joined.split('|').map((t) => t.toUpperCase());"
    assert not any("[...joined]" in row for row in rows)


BLOCKS = (
    "const PRICES = { beaver: 90, 'wild rabbit': 38 };\n"
    "export function price(order) {\n"
    "  const felt = PRICES.get(order.felt);\n"
    "  return PRICES.has(order.felt) ? felt : 0;\n"
    "}\n"
)


def test_it_makes_a_table_asked_only_with_map_methods_a_map_where_it_is_declared():
    found = _found({"src/blocks.js": BLOCKS}, "src/blocks.js", 3, "TypeError: PRICES.get is not a function")
    assert found[0].line == 1
    assert found[0].text.startswith(
        "const PRICES = new Map([\n  ['beaver', 90],\n  ['wild rabbit', 38],\n]);\n"
    )


def test_it_leaves_a_table_used_another_way_or_exported_at_its_declaration():
    # Indexed elsewhere, exported, or reassignable: a Map would break the other uses.
    for text in (
        BLOCKS + "export const names = Object.keys(PRICES);\n",
        BLOCKS + "export const beaver = PRICES['beaver'];\n",
        BLOCKS.replace("const PRICES", "export const PRICES"),
        BLOCKS.replace("const PRICES", "let PRICES"),
    ):
        found = _found({"src/blocks.js": text}, "src/blocks.js", 3, "TypeError: PRICES.get is not a function")
        assert not any(c.line == 1 and "new Map" in c.text for c in found)


MENU = (
    "export interface Item { flavour: string; price: number }\n"
    "export function parse(line: string): Item {\n"
    "  const [flavour, price] = line.split(':');\n"
    "  return { flavour, price: price as unknown as number };\n"
    "}\n"
    "export function tag(item: Item): string {\n"
    "  return item.price.toFixed(2);\n"
    "}\n"
)


def test_it_converts_a_value_a_double_assertion_made_where_the_field_is_made():
    found = _found({"src/menu.ts": MENU}, "src/menu.ts", 7, "TypeError: item.price.toFixed is not a function")
    assert (found[0].line, found[0].text.splitlines()[3].strip()) == (
        4,
        "return { flavour, price: Number(price) };",
    )


def test_it_leaves_a_single_assertion_and_another_fields_cast():
    for text in (
        MENU.replace("as unknown as number", "as number"),
        MENU.replace("price: price as", "cost: price as"),
    ):
        found = _found(
            {"src/menu.ts": text}, "src/menu.ts", 7, "TypeError: item.price.toFixed is not a function"
        )
        assert not any("Number(price)" in c.text for c in found)


FERRY = (
    "interface Passenger { name: string }\n"
    "const SEATS = 6;\n"
    "function crossings(people: number, seats: number): number { return Math.ceil(people / seats); }\n"
    "export function plan(passengers: Passenger[]): number {\n"
    "  return crossings(passengers, SEATS);\n"
    "}\n"
)


def test_it_passes_the_arrays_length_first_and_never_annotates_a_literal_with_its_primitive():
    # `const SEATS: number` cannot help: the literal 6 is a number already (and it made the right
    # edit at the crash line a guard, being an edit elsewhere).
    found = _found({"src/ferry.ts": FERRY}, "src/ferry.ts", 5,
                   "Argument of type 'Passenger[]' is not assignable to parameter of type 'number'.", source="tsc")  # fmt: skip
    assert found[0].text.splitlines()[4].strip() == "return crossings(passengers.length, SEATS);"
    assert not found[0].guard
    assert not any("SEATS: number" in c.text for c in found)


def test_it_still_annotates_a_literal_where_a_literal_union_is_wanted():
    text = "type Rig = 'twin' | 'single';\nconst rig = 'twin';\nexport const r: Rig = rig;\n"
    found = _found({"src/rig.ts": text}, "src/rig.ts", 3,
                   "Type 'string' is not assignable to type 'Rig'.", source="tsc")  # fmt: skip
    assert any("const rig: Rig = 'twin';" in c.text for c in found)


def test_it_converts_a_tofixed_text_returned_as_a_number_first():
    text = "const HOLD = 1;\nexport function ribbon(reach: number): number {\n  return (reach + HOLD).toFixed(1);\n}\n"
    found = _found({"src/ribbons.ts": text}, "src/ribbons.ts", 3,
                   "Type 'string' is not assignable to type 'number'.", source="tsc")  # fmt: skip
    assert found[0].text.splitlines()[2].strip() == "return Number((reach + HOLD).toFixed(1));"
    assert not found[0].guard


def test_it_also_rounds_a_tofixed_text_as_a_number_and_leaves_other_values():
    # `Math.round(x * 10) / 10`: the number `toFixed(1)` spelt, without the trip through text.
    from healer.engine.javascript.fixers.type_errors import rounded

    assert rounded("(reach + HOLD).toFixed(1)") == "Math.round((reach + HOLD) * 10) / 10"
    assert rounded("total.toFixed(0)") == "Math.round(total)"
    assert rounded("total.toFixed(digits)") == ""
    assert rounded("Number(total)") == ""
    text = "const HOLD = 1;\nexport function ribbon(reach: number): number {\n  return (reach + HOLD).toFixed(1);\n}\n"
    found = _found({"src/ribbons.ts": text}, "src/ribbons.ts", 3,
                   "Type 'string' is not assignable to type 'number'.", source="tsc")  # fmt: skip
    assert "return Math.round((reach + HOLD) * 10) / 10;" in _line(found, 3)


def test_it_keeps_the_rounding_of_a_returned_tofixed_before_dropping_it():
    # With tsc's column the expression is known: `return (reach + HOLD)` alone would lose the rounding.
    text = "const HOLD = 1;\nexport function ribbon(reach: number): number {\n  return (reach + HOLD).toFixed(1);\n}\n"
    repo = Repository(files=["src/ribbons.ts"], read={"src/ribbons.ts": text}.get)
    failure = Failure(BugType.TYPE_ERROR, "src/ribbons.ts", 3, "Type 'string' is not assignable to type 'number'.",
                      "tsc", "TS2322", extra={"column": 3})  # fmt: skip
    rows = _line(candidates_for(failure, repo=repo, module_type="module"), 3)
    assert rows[:2] == [
        "return Number((reach + HOLD).toFixed(1));",
        "return Math.round((reach + HOLD) * 10) / 10;",
    ]
    # An argument is the callee's to format: the value itself still comes first there.
    text = "function show(n: number): string { return `${n}`; }\nconst tax = 2.5;\nexport const s = show(tax.toFixed(0));\n"
    repo = Repository(files=["src/tax.ts"], read={"src/tax.ts": text}.get)
    failure = Failure(BugType.TYPE_ERROR, "src/tax.ts", 3,
                      "Argument of type 'string' is not assignable to parameter of type 'number'.",
                      "tsc", "TS2345", extra={"column": 23})  # fmt: skip
    assert (
        _line(candidates_for(failure, repo=repo, module_type="module"), 3)[0] == "export const s = show(tax);"
    )


def test_it_passes_the_length_of_an_array_of_a_union_tsc_spells_out():
    # tsc expands an alias of a union (`("adult" | "child")[]`); unrecognised, a number in scope
    # (`hour`, passing the tests) came first in the sandbox: a wrong program.
    text = (
        "type Passenger = 'adult' | 'child';\n"
        "const SEATS = 6;\n"
        "function crossings(people: number, seats: number): number { return Math.ceil(people / seats); }\n"
        "export function plan(passengers: Passenger[], hour: number): number {\n"
        "  return hour > 6 ? crossings(passengers, SEATS) : 0;\n"
        "}\n"
    )
    repo = Repository(files=["src/ferry.ts"], read={"src/ferry.ts": text}.get)
    message = "Argument of type '(\"adult\" | \"child\")[]' is not assignable to parameter of type 'number'."
    column = text.splitlines()[4].index("passengers") + 1
    failure = Failure(
        BugType.TYPE_ERROR, "src/ferry.ts", 5, message, "tsc", "TS2345", extra={"column": column}
    )
    rows = _line(candidates_for(failure, repo=repo, module_type="module"), 5)
    assert rows[0] == "return hour > 6 ? crossings(passengers.length, SEATS) : 0;"


# -- round 56's review -------------------------------------------------------------------------------
def test_it_rounds_no_tofixed_whose_operand_binds_looser_than_the_product() -> None:
    # The regex's greedy operand took the whole text before `.toFixed`: `a + b.toFixed(1)` rounds only b,
    # and `Math.round(a + b * 10) / 10` computed another number (a wrong program the tests may pass).
    from healer.engine.javascript.fixers.type_errors import rounded

    assert rounded("base + extra.toFixed(1)") == ""
    assert rounded("ready ? total : rest.toFixed(2)") == ""
    assert rounded("cost || fee.toFixed(0)") == ""
    # A call, a subscript and a member still bind tighter than `*`.
    assert rounded("sum(a, b).toFixed(1)") == "Math.round(sum(a, b) * 10) / 10"
    assert rounded("rows[i].cost.toFixed(2)") == "Math.round(rows[i].cost * 100) / 100"


def test_it_keeps_the_spread_of_a_field_the_project_assigns_a_set() -> None:
    # One test writes the field as text, but the code itself stores a Set in it (`order.toppings = new
    # Set(...)`): the field is no text, and the spread (a Set's array) must stay a candidate.
    stand = STAND.replace(
        "function total(order) {\n", "function total(order) {\n  order.toppings = new Set(order.list);\n"
    )
    found = _found({"src/stand.js": stand, "test/stand.test.js": SPEC}, "src/stand.js", 4,
                   "TypeError: order.toppings.filter is not a function")  # fmt: skip
    rows = _line(found, 4)
    assert not any(".split(" in row for row in rows)
    assert "const names = [...order.toppings].filter(Boolean);" in rows
