"""Round 54 (npm28): a string used as a list, split where it is made (fixers/made_lists.py)."""

from healer.engine.javascript.fixers.made_lists import split_where_made_candidates

FORM = "export function toppingsOf(order) {\n  return order.toppings;\n}\n"
USE = (
    "import { toppingsOf } from './form.js';\n"
    "export function price(order) {\n"
    "  const toppings = toppingsOf(order);\n"
    "  return toppings.map((t) => t.length).reduce((a, b) => a + b, 0);\n"
    "}\n"
)
SOURCES = {"src/form.js": FORM, "src/price.js": USE}


def _found(message: str, text: str = USE):
    return split_where_made_candidates(text, "src/price.js", line=4, messages=[message], sources=SOURCES)


def test_it_splits_the_string_where_the_function_returns_it():
    found = _found("toppings.map is not a function")
    assert [(c.file, c.line, c.text.splitlines()[1]) for c in found] == [
        (
            "src/form.js",
            2,
            "  return order.toppings.split(',').map((part) => part.trim()).filter((part) => part !== '');",
        ),
        ("src/form.js", 2, "  return order.toppings.split(',');"),
    ]


def test_it_reads_tscs_property_missing_on_a_string_too():
    assert len(_found("Property 'map' does not exist on type 'string'.")) == 2


def test_it_leaves_a_method_strings_have_and_a_value_not_made_by_a_call_alone():
    assert _found("toppings.trim is not a function") == []
    literal = USE.replace("toppingsOf(order);", "order.toppings;")
    assert _found("toppings.map is not a function", literal) == []


def test_it_follows_only_a_binding_the_use_sees():
    # Another function's `toppings`, or one a parameter of the same name shadows, is another value.
    elsewhere = (
        "import { toppingsOf } from './form.js';\n"
        "export const count = (order) => { const toppings = toppingsOf(order); return toppings.length; };\n"
        "export function price(toppings) {\n"
        "  return toppings.map((t) => t.length).reduce((a, b) => a + b, 0);\n"
        "}\n"
    )
    assert _found("toppings.map is not a function", elsewhere) == []
    shadowed = (
        "import { toppingsOf } from './form.js';\n"
        "const toppings = toppingsOf({});\n"
        "export function price(toppings) {\n"
        "  return toppings.map((t) => t.length).reduce((a, b) => a + b, 0);\n"
        "}\n"
    )
    assert _found("toppings.map is not a function", shadowed) == []
    outer = shadowed.replace("price(toppings)", "price()")
    assert len(_found("toppings.map is not a function", outer)) == 2
