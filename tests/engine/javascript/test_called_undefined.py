"""Round 50, npm24: a crash on the `undefined` a call gave, answered in the callee whose last statement
drops its value (missing_returns.called_undefined_candidates). Synthetic sources."""

from __future__ import annotations

from healer.engine.javascript.fixers.missing_returns import called_undefined_candidates

DESTRUCTURED = "TypeError: Cannot destructure property 'size' of 'boxFor(...)' as it is undefined."


def test_it_returns_the_local_a_callee_in_another_module_leaves_at_its_end():
    callee = (
        "export function boxFor(boxes, id) {\n  const box = boxes.find((b) => b.id === id);\n"
        "  if (!box) throw new Error(id);\n  box;\n}\n"
    )
    caller = "import { boxFor } from './boxes.js';\nexport const size = (bs, id) => {\n  const { size } = boxFor(bs, id);\n  return size;\n};\n"
    found = called_undefined_candidates(
        caller,
        "src/use.js",
        line=3,
        message=DESTRUCTURED,
        sources={"src/boxes.js": callee, "src/use.js": caller},
    )
    assert [(c.file, c.line, c.text) for c in found] == [
        ("src/boxes.js", 4, callee.replace("  box;", "  return box;"))
    ]


def test_it_follows_a_property_read_to_the_call_on_the_crash_line():
    source = "const half = (n) => {\n  n / 2;\n};\nexport const f = (n) => half(n).toFixed(1);\n"
    message = "TypeError: Cannot read properties of undefined (reading 'toFixed')"
    found = called_undefined_candidates(source, "src/a.js", line=4, message=message, sources={})
    assert [c.text for c in found] == [source.replace("  n / 2;", "  return n / 2;")]


def test_it_leaves_a_callee_ending_in_a_name_it_does_not_bind_or_in_a_call():
    source = (
        "let last;\nfunction boxFor(id) {\n  lookup(id);\n  last;\n}\nfunction other(id) {\n  lookup(id);\n}\n"
        "const { size } = boxFor(1);\n"
    )
    assert called_undefined_candidates(source, "src/a.js", line=9, message=DESTRUCTURED, sources={}) == []
    message = DESTRUCTURED.replace("boxFor", "other")
    assert called_undefined_candidates(source, "src/a.js", line=9, message=message, sources={}) == []


# -- round 50's review -------------------------------------------------------------------------------
def test_it_does_not_take_a_nested_callbacks_parameter_for_the_callees_own_binding():
    # `last` is the module's: the arrow's parameter of that name binds only inside the arrow.
    source = (
        "let last = 0;\nfunction boxFor(ids) {\n  ids.forEach((last) => seen.add(last));\n  last;\n}\n"
        "const { size } = boxFor([1]);\n"
    )
    assert called_undefined_candidates(source, "src/a.js", line=6, message=DESTRUCTURED, sources={}) == []
