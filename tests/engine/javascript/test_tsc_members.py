"""tsc member diagnostics (fixers/tsc_members.py), reached through tsc_type_candidates."""

from __future__ import annotations

from healer.engine.javascript.fixers.tsc_types import tsc_type_candidates

SHAPES = "export interface Shape {\n  area(scale: number): number;\n  label(): string;\n}\n"
SQUARE = """import type { Shape } from './shape';

export class Square implements Shape {
  constructor(private side: number) {}

  area(scale: string): number {
    return this.side * this.side * Number(scale);
  }

  label(): string {
    return 'square';
  }
}
"""


def test_it_types_a_narrower_method_as_the_interface_declares_it():
    found = tsc_type_candidates(
        SQUARE, "src/square.ts", line=6, column=3, sources={"src/shape.ts": SHAPES, "src/square.ts": SQUARE},
        message="Property 'area' in type 'Square' is not assignable to the same property in base type 'Shape'.",
    )  # fmt: skip
    assert found[0].text.split("\n")[5] == "  area(scale: number): number {"


def test_it_offers_no_contract_edit_without_the_base_type():
    found = tsc_type_candidates(
        SQUARE, "src/square.ts", line=6, column=3, sources={"src/square.ts": SQUARE},
        message="Property 'area' in type 'Square' is not assignable to the same property in base type 'Shape'.",
    )  # fmt: skip
    assert not any("area(scale: number)" in c.text for c in found)


SHELF = """type Book = { pages: number };

export class Shelf {
  private books = new Map<string, Book>();

  pages(): number {
    let total = 0;
    for (const book of this.books) {
      total += book.pages;
    }
    return total;
  }
}
"""


def test_it_iterates_a_maps_values_when_the_loop_reads_a_value_property_off_a_pair():
    found = tsc_type_candidates(
        SHELF, "src/shelf.ts", line=9, column=21, sources={"src/shelf.ts": SHELF},
        message="Property 'pages' does not exist on type '[string, Book]'.",
    )  # fmt: skip
    assert found[0].text.split("\n")[7] == "    for (const book of this.books.values()) {"
    assert found[0].line == 8


def test_it_turns_object_entries_into_object_values():
    source = SHELF.replace("this.books)", "Object.entries(this.byTitle))")
    found = tsc_type_candidates(
        source, "src/shelf.ts", line=9, column=21, sources={"src/shelf.ts": source},
        message="Property 'pages' does not exist on type '[string, Book]'.",
    )  # fmt: skip
    assert found[0].text.split("\n")[7] == "    for (const book of Object.values(this.byTitle)) {"


def test_it_reads_a_static_member_through_its_class_as_tsc_suggests():
    source = "class Clock {\n  static tick = 5;\n  next(): number {\n    return this.tick + 1;\n  }\n}\n"
    found = tsc_type_candidates(
        source, "src/clock.ts", line=4, column=17, sources={"src/clock.ts": source},
        message="Property 'tick' does not exist on type 'Clock'. Did you mean to access the static member "
        "'Clock.tick' instead?",
    )  # fmt: skip
    assert found[0].text.split("\n")[3] == "    return Clock.tick + 1;"


GARAGE = """type Car = { readonly plate: string; readonly miles: number };

export class Garage {
  private cars = new Map<string, Car>();
  private queue: Car[] = [];

  find(plate: string): Car {
    const car = this.cars.get(plate);
    if (!car) throw new Error(plate);
    return car;
  }

  drive(plate: string, miles: number): void {
    const car = this.find(plate);
    car.miles += miles;
  }

  first(): void {
    const car = this.queue[0];
    car.miles = 0;
  }
}
"""
READ_ONLY = "Cannot assign to 'miles' because it is a read-only property."


def test_it_stores_a_new_record_where_a_lookup_method_read_it_from():
    found = tsc_type_candidates(
        GARAGE, "src/garage.ts", line=15, column=9, message=READ_ONLY, sources={"src/garage.ts": GARAGE}
    )
    assert found[0].text.split("\n")[14] == "    this.cars.set(plate, { ...car, miles: car.miles + miles });"


def test_it_stores_a_new_record_back_in_its_array_slot():
    found = tsc_type_candidates(
        GARAGE, "src/garage.ts", line=20, column=9, message=READ_ONLY, sources={"src/garage.ts": GARAGE}
    )
    assert found[0].text.split("\n")[19] == "    this.queue[0] = { ...car, miles: 0 };"


def test_it_offers_no_store_for_a_record_it_cannot_trace():
    source = GARAGE.replace("const car = this.queue[0];", "const car = pick();")
    found = tsc_type_candidates(
        source, "src/garage.ts", line=20, column=9, message=READ_ONLY, sources={"src/garage.ts": source}
    )
    assert not any("...car" in c.text for c in found)
