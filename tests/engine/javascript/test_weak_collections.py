"""A WeakMap/WeakSet given a primitive key (fixers/weak_collections.py), through the TYPE_ERROR dispatch."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.weak_collections import weak_collection_candidates
from healer.engine.types import BugType, Failure

SOURCE = """const cache = new WeakMap();

export function tally(votes) {
  const counts = new WeakMap();
  for (const vote of votes) {
    counts.set(vote.choice, (counts.get(vote.choice) ?? 0) + 1);
  }
  return counts;
}
"""


def test_it_makes_the_receivers_weak_map_a_map_first():
    failure = Failure(BugType.TYPE_ERROR, "src/tally.js", 6, "TypeError: Invalid value used as weak map key",
                      "jest", "TypeError")  # fmt: skip
    files = {"src/tally.js": SOURCE}
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert (found[0].line, found[0].text) == (
        4,
        SOURCE.replace("const counts = new WeakMap()", "const counts = new Map()"),
    )
    # The other construction, the module's cache, only after it.
    assert any(
        c.text == SOURCE.replace("const cache = new WeakMap()", "const cache = new Map()") for c in found[1:]
    )


def test_it_makes_a_typed_weak_set_field_a_set_and_ignores_other_messages():
    source = "class Seen {\n  #names = new WeakSet<string>();\n  mark(n: string) {\n    this.#names.add(n);\n  }\n}\n"
    found = weak_collection_candidates(
        source, "src/seen.ts", line=4, message="TypeError: Invalid value used in weak set"
    )
    assert [c.text for c in found] == [source.replace("new WeakSet<string>()", "new Set<string>()")]
    assert (
        weak_collection_candidates(source, "src/seen.ts", line=4, message="TypeError: x is not a function")
        == []
    )
