"""Round 52 (npm26): a property given to a for...in key of an array (v8_types._for_in_keys), through the
dispatch. The sources are synthetic."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure

HIVES = """export function inspect(hives, day) {
  for (const hive in hives) {
    hive.lastSeen = day;
  }
  return hives;
}
"""


def _found(text: str, line: int, message: str):
    files = {"src/hives.js": text}
    failure = Failure(BugType.TYPE_ERROR, "src/hives.js", line, f"TypeError: {message}", "mocha", "TypeError")
    return candidates_for(failure, repo=Repository(files=set(files), read=files.get), module_type="module")


def test_it_walks_the_elements_when_a_key_of_an_array_is_given_a_property():
    found = _found(HIVES, 3, "Cannot create property 'lastSeen' on string '0'")
    assert found[0].text == HIVES.replace("const hive in hives", "const hive of hives")
    assert found[0].line == 2


def test_it_does_not_fire_for_an_object_key_or_another_name():
    keyed = _found(HIVES, 3, "Cannot create property 'lastSeen' on string 'north'")
    assert HIVES.replace(" in ", " of ") not in [c.text for c in keyed]
    other = HIVES.replace("hive.lastSeen = day;", "const hive2 = 'x';\n    hive2.lastSeen = day;")
    found = _found(other, 4, "Cannot create property 'lastSeen' on string '0'")
    assert other.replace(" in ", " of ") not in [c.text for c in found]
