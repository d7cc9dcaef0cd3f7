"""Round 54 (npm28): `Math.floor(x) + 1` for x rounded up, rounded the other way with the unit dropped (logic._roundings)."""

from healer.engine.javascript.fixers.logic import goes_first, logic_candidates


def _edits(body: str) -> list[tuple[str, bool]]:
    text = f"export function boats(people, seats) {{\n  {body}\n}}\n"
    return [
        (c.text.splitlines()[1].strip(), goes_first(c))
        for c in logic_candidates(text, "src/boats.js", line=2)
    ]


def test_it_rounds_up_instead_of_down_plus_one_among_the_edits_that_go_first():
    assert ("return Math.ceil(people / seats);", True) in _edits("return Math.floor(people / seats) + 1;")
    assert ("return Math.floor(people / seats);", True) in _edits("return Math.ceil(people / seats) - 1;")


def test_it_leaves_other_units_and_operators_alone():
    assert all(
        "ceil(people / seats);" not in edit for edit, _ in _edits("return Math.floor(people / seats) + 2;")
    )
    assert all(
        edit != "return Math.ceil(people / seats);"
        for edit, _ in _edits("return 1 + Math.floor(people / seats) * 2;")
    )
