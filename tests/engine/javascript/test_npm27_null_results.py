"""Round 53 (npm27): a guarded read a signature says is null when missing (type_errors._returned_as_null)."""

from healer.engine.javascript.fixers.type_errors import type_error_candidates

UNDEFINED = "TypeError: Cannot read properties of undefined (reading 'name')"
OWNER = (
    "export function ownerOf(pets: Pet[], id: number): string | null {\n"
    "  return pets.find((p) => p.id === id).name;\n}\n"
)


def _guards(text: str) -> list[str]:
    found = type_error_candidates(text, "pets.ts", line=2, message=UNDEFINED)
    return [c.text.splitlines()[1].strip() for c in found if "optional chaining" in c.description]


def test_it_makes_the_missing_value_null_where_the_signature_says_null():
    assert _guards(OWNER)[:2] == [
        "return pets.find((p) => p.id === id)?.name ?? null;",
        "return pets.find((p) => p.id === id)?.name;",
    ]


def test_it_keeps_undefined_where_the_signature_admits_it():
    text = OWNER.replace("string | null", "string | undefined")
    assert _guards(text) == ["return pets.find((p) => p.id === id)?.name;"]


def test_it_keeps_undefined_for_a_read_that_is_not_the_result():
    text = OWNER.replace(
        "  return pets.find((p) => p.id === id).name;", "  return log(pets.find((p) => p.id === id).name);"
    )
    assert all("?? null" not in row for row in _guards(text))
