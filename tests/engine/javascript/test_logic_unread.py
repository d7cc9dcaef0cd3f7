"""Round 54 (npm28): a comparison that lost a term the module declares and never reads (fixers/logic_unread.py)."""

import gc
import time

from healer.engine.javascript.fixers.logic import goes_first, logic_candidates
from healer.engine.javascript.fixers.logic_unread import unread_terms
from healer.engine.javascript.syntax import encode, parse, walk

HEAD = "export const MARGIN_CM = 5;\n"
BODY = "export function fits(height, door) {\n  return height <= door;\n}\n"


def _edits(text: str, line: int = 3) -> list[tuple[str, bool]]:
    return [
        (c.text.splitlines()[line - 1].strip(), goes_first(c))
        for c in logic_candidates(text, "src/door.js", line=line)
    ]


def test_it_adds_the_unread_constant_to_the_comparison_right_after_the_flip():
    found = _edits(HEAD + BODY)
    # Right after the boundary flip, which keeps its place as the line's first edit.
    assert [edit for edit, _ in found[:2]] == ["return height < door;", "return height <= door + MARGIN_CM;"]
    assert ("return height + MARGIN_CM <= door;", False) in found


def test_it_leaves_a_constant_the_module_reads_and_an_equality_alone():
    read = HEAD + BODY + "export const spare = (door) => door - MARGIN_CM;\n"
    assert all(
        "+ MARGIN_CM" not in edit and not evidenced for edit, evidenced in _edits(read) if "MARGIN" in edit
    )
    equal = HEAD + BODY.replace("<=", "===")
    assert all("+ MARGIN_CM" not in edit for edit, _ in _edits(equal))


def test_it_keeps_a_shifted_or_compared_side_whole():
    # `rows << 1 + MARGIN_CM` would shift by 1 + MARGIN_CM (`+` binds tighter than `<<`).
    shifted = HEAD + BODY.replace("height <= door", "height << 1 <= door")
    edits = [edit for edit, _ in _edits(shifted)]
    assert "return (height << 1) + MARGIN_CM <= door;" in edits
    assert "return height << 1 + MARGIN_CM <= door;" not in edits


def _cpu_seconds(constants: int) -> float:
    text = (
        "".join(f"const LIMIT_{i} = {i};\n" for i in range(constants))
        + "export const fits = (a, b) => a <= b;\n"
    )
    tree = parse(text, "src/limits.js")
    nodes = [n for n in walk(tree.root_node) if n.start_point.row == constants]
    best = float("inf")
    gc.collect()
    gc.disable()  # a collection landing in one measurement only would skew the ratio
    try:
        for _ in range(3):
            started = time.process_time()
            list(unread_terms(encode(text), nodes, text, "src/limits.js"))
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def test_it_counts_the_reads_in_time_linear_in_the_modules_length():
    # Round 54's review: a regular-expression search of the whole file per constant (quadratic: x14 at
    # 4x the constants, x4 when linear); CPU time of the same call at n and 4n.
    small, large = _cpu_seconds(500), _cpu_seconds(2000)
    assert large / small < 8, (small, large)
