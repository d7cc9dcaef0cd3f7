"""Round 53 (npm27): Object.values of a missing value read as empty (v8_types._absent_object)."""

from healer.engine.javascript.fixers.type_errors import type_error_candidates

TO_OBJECT = "TypeError: Cannot convert undefined or null to object"
TOTAL = "export function total(order) {\n  return Object.values(order.items).reduce((s, p) => s + p, 0);\n}\n"


def _empty(found) -> list[str]:
    return [c.text.splitlines()[1].strip() for c in found if c.description.startswith("read a missing")]


def test_it_reads_a_missing_object_as_empty_as_a_guard():
    found = type_error_candidates(TOTAL, "total.js", line=2, message=TO_OBJECT)
    assert _empty(found) == ["return Object.values(order.items ?? {}).reduce((s, p) => s + p, 0);"]
    assert all(c.guard for c in found if c.description.startswith("read a missing"))


def test_it_needs_the_to_object_message():
    other = "TypeError: Cannot read properties of undefined (reading 'reduce')"
    assert _empty(type_error_candidates(TOTAL, "total.js", line=2, message=other)) == []


def test_it_leaves_other_calls_alone():
    text = TOTAL.replace("Object.values(order.items)", "Array.from(order.items)")
    assert _empty(type_error_candidates(text, "total.js", line=2, message=TO_OBJECT)) == []


def test_it_guards_the_whole_argument_not_its_last_operand():
    # Round 53's review: `??` binds tighter than `=` and `?:`, so `o = load() ?? {}` stored the `{}`
    # (a change beyond the read) and `c ? a : b ?? {}` left the first branch unguarded.
    for argument, guarded in (
        ("order.items = load()", "(order.items = load()) ?? {}"),
        ("c ? a : b", "(c ? a : b) ?? {}"),
    ):
        text = TOTAL.replace("Object.values(order.items)", f"Object.values({argument})")
        assert _empty(type_error_candidates(text, "total.js", line=2, message=TO_OBJECT)) == [
            f"return Object.values({guarded}).reduce((s, p) => s + p, 0);"
        ]
