"""TS2339 on a property the type does not store: computed by a visible function that names it."""

from __future__ import annotations

from healer.engine.javascript.fixers.tsc_types import tsc_type_candidates
from healer.engine.javascript.syntax import parses

TYPES = "export interface Order {\n  id: string;\n  placedAt: string;\n  totalCents: number;\n}\n"
SOURCE = (
    "import type { Order } from './types';\n"
    "\n"
    "export function ageOf(placedAt: string): number {\n"
    "  return Date.now() - Date.parse(placedAt);\n"
    "}\n"
    "\n"
    "export function isStale(order: Order): boolean {\n"
    "  return order.age > 86400000;\n"
    "}\n"
)


def candidates(source: str, *, message: str, line: int, column: int) -> list[str]:
    found = tsc_type_candidates(source, "src/orders.ts", line=line, column=column, message=message,
                                sources={"src/types.ts": TYPES, "src/orders.ts": source})  # fmt: skip
    assert all(parses(c.text, c.file) for c in found)
    return [c.text for c in found]


def test_it_computes_a_missing_property_from_the_stored_member_the_function_takes():
    found = candidates(SOURCE, message="Property 'age' does not exist on type 'Order'.", line=8, column=16)
    assert found[0] == SOURCE.replace("order.age >", "ageOf(order.placedAt) >")


def test_it_passes_the_whole_object_when_the_function_takes_the_owner_type():
    source = SOURCE.replace("ageOf(placedAt: string)", "ageOf(order: Order)").replace(
        "Date.parse(placedAt)", "Date.parse(order.placedAt)"
    )
    found = candidates(source, message="Property 'age' does not exist on type 'Order'.", line=8, column=16)
    assert found[0] == source.replace("order.age >", "ageOf(order) >")


def test_it_leaves_functions_that_do_not_name_the_property_alone():
    source = SOURCE.replace("ageOf", "elapsed")
    found = candidates(source, message="Property 'age' does not exist on type 'Order'.", line=8, column=16)
    assert not any("elapsed(order" in text for text in found)


def test_it_keeps_only_stored_members_of_the_computed_type_when_a_function_computes_the_property():
    found = candidates(SOURCE, message="Property 'age' does not exist on type 'Order'.", line=8, column=16)
    renamed = [line for text in found if "ageOf(order" not in (line := text.splitlines()[7])]
    # ageOf returns a number: the number member stays a candidate, the string members do not.
    assert renamed == ["  return order.totalCents > 86400000;"]
