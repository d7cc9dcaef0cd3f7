"""Round 54 (npm28): a shared constant's definition is edited only after its uses (logic_constants)."""

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.fixers.logic_constants import shared_constant_rows, shared_definitions_last

SHARED = (
    "export const SEATS_PER_BOAT = 6;\n"
    "export function boats(people) {\n"
    "  return Math.floor(people / SEATS_PER_BOAT) + 1;\n"
    "}\n"
)
PRIVATE = "const SEATS_PER_BOAT = 6;\nexport function boats(people) {\n  return Math.floor(people / SEATS_PER_BOAT) + 1;\n}\n"


def _edits(text: str) -> list[Candidate]:
    at_definition = Candidate("src/boats.js", text.replace("= 6;", "= 7;"), 1, "the constant")
    at_use = Candidate("src/boats.js", text.replace("Math.floor(", "Math.round("), 3, "the use")
    return [at_definition, at_use]


def test_it_moves_an_exported_constants_definition_edit_after_the_uses_edit():
    ordered = shared_definitions_last(_edits(SHARED), {"src/boats.js": SHARED}.get)
    assert [c.description for c in ordered] == ["the use", "the constant"]


def test_it_counts_a_constant_read_twice_as_shared():
    text = "const RATE = 2;\nexport const a = (x) => x * RATE;\nexport const b = (x) => x / RATE;\n"
    assert shared_constant_rows(text, "src/rates.js") == {0}


def test_it_leaves_a_once_read_private_constant_and_a_computed_one_in_place():
    ordered = shared_definitions_last(_edits(PRIVATE), {"src/boats.js": PRIVATE}.get)
    assert [c.description for c in ordered] == ["the constant", "the use"]
    assert shared_constant_rows("export const LIMIT = base * 2;\n", "src/limits.js") == set()


def test_it_does_not_count_a_local_of_the_same_name_as_a_read():
    # Round 54's review: a function's own `RATE` (or a parameter so named) was counted as reads of
    # the module's, so a once-read constant's definition edit went last.
    text = (
        "const RATE = 2;\n"
        "export const a = (x) => x * RATE;\n"
        "export function b(x) {\n  const RATE = 3;\n  return x / RATE;\n}\n"
        "export const c = (RATE) => RATE + 1;\n"
    )
    assert shared_constant_rows(text, "src/rates.js") == set()
    assert shared_constant_rows(text + "export const d = () => RATE;\n", "src/rates.js") == {0}
