"""A class field declared without its value (fixers/field_initialisers.py), through the TYPE_ERROR
dispatch for tsc's TS2564 and the runner's read of undefined."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.field_initialisers import field_initialiser_candidates
from healer.engine.types import BugType, Failure

TYPED = """export class Ledger {
  private entries: Entry[];
  #totals: Map<string, number>;
  label: string;

  add(entry: Entry): void {
    this.entries.push(entry);
  }
}
"""

PLAIN = """export class Hive {
  #frames;
  #queens;

  constructor(queen) {
    this.#queens = [queen];
  }

  addFrame(frame) {
    this.#frames.set(frame.id, frame);
  }
}
"""


def _first(found) -> tuple[int, str]:
    assert found, "no candidate"
    return found[0].line, found[0].text.split("\n")[found[0].line - 1]


def test_it_gives_a_typed_field_the_empty_value_of_its_type_for_ts2564():
    for line, name, expected in (
        (2, "entries", "  private entries: Entry[] = [];"),
        (3, "#totals", "  #totals: Map<string, number> = new Map();"),
        (4, "label", "  label: string = '';"),
    ):
        message = f"Property '{name}' has no initializer and is not definitely assigned in the constructor."
        assert _first(field_initialiser_candidates(TYPED, "src/ledger.ts", line=line, message=message)) == (
            line,
            expected,
        )


def test_it_initialises_the_field_a_runtime_crash_read_first_among_the_candidates():
    failure = Failure(BugType.TYPE_ERROR, "src/ledger.ts", 7,
                      "TypeError: Cannot read properties of undefined (reading 'push')", "vitest", "TypeError")  # fmt: skip
    files = {"src/ledger.ts": TYPED}
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert _first(found) == (2, "  private entries: Entry[] = [];")


def test_it_infers_a_javascript_fields_collection_from_the_method_read_and_skips_assigned_fields():
    message = "TypeError: Cannot read properties of undefined (reading 'set')"
    assert _first(field_initialiser_candidates(PLAIN, "src/hive.js", line=10, message=message)) == (
        2,
        "  #frames = new Map();",
    )
    # #queens is assigned in the constructor: a crash on it is not the declaration's.
    assigned = PLAIN.replace("this.#frames.set(frame.id, frame)", "this.#queens.push(frame)")
    message = "TypeError: Cannot read properties of undefined (reading 'push')"
    assert field_initialiser_candidates(assigned, "src/hive.js", line=10, message=message) == []
