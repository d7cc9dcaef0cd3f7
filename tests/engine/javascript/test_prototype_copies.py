"""Copies that drop their value's prototype (fixers/prototype_copies.py), reached through candidates_for
from the TypeError at the method call and from ESLint's no-undef at structuredClone."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure

KETTLE = (
    "class Kettle {\n  constructor(litres) {\n    this.litres = litres;\n  }\n\n"
    "  isEmpty() {\n    return this.litres === 0;\n  }\n\n"
    "  duplicate() {\n    return new Kettle(this.litres);\n  }\n}\n\nmodule.exports = { Kettle };\n"
)


def _pour(copy: str) -> str:
    return (
        "function pour(kettle, cups) {\n"
        f"  const was = {copy};\n"
        "  kettle.litres -= cups * 0.25;\n"
        "  return { wasEmpty: was.isEmpty(), left: kettle.litres };\n}\n\nmodule.exports = { pour };\n"
    )


def _lines(copy: str, failure: Failure, *, kettle: str = KETTLE) -> list[str]:
    files = {"src/kettle.js": kettle, "src/pour.js": _pour(copy)}
    repo = Repository(files=list(files), read=files.get, test_files=())
    return [c.text.split("\n")[1] for c in candidates_for(failure, repo=repo) if c.line == 2]


def _type_error() -> Failure:
    return Failure(bug_type=BugType.TYPE_ERROR, file="src/pour.js", line=4, source="jest",
                   message="TypeError: was.isEmpty is not a function")  # fmt: skip


def test_it_copies_with_the_classs_own_copy_method_instead_of_structured_clone():
    found = _lines("structuredClone(kettle)", _type_error())
    assert found[0] == "  const was = kettle.duplicate();"
    assert found[1] == "  const was = Object.assign(Object.create(Object.getPrototypeOf(kettle)), kettle);"


def test_it_repairs_the_other_prototype_dropping_copies():
    copies = ("JSON.parse(JSON.stringify(kettle))", "{ ...kettle }", "Object.assign({}, kettle)",
              "globalThis.structuredClone(kettle)")  # fmt: skip
    for copy in copies:
        assert _lines(copy, _type_error())[0] == "  const was = kettle.duplicate();"


def test_it_keeps_the_prototype_by_hand_when_no_class_has_a_copy_method():
    plain = KETTLE.replace("duplicate() {\n    return new Kettle(this.litres);", "volume() {\n    return 1;")
    found = _lines("structuredClone(kettle)", _type_error(), kettle=plain)
    assert found[0] == "  const was = Object.assign(Object.create(Object.getPrototypeOf(kettle)), kettle);"


def test_it_repairs_the_copy_eslint_reports_as_an_undefined_structured_clone():
    failure = Failure(bug_type=BugType.IMPORT, file="src/pour.js", line=2, source="eslint",
                      message="'structuredClone' is not defined.")  # fmt: skip
    assert _lines("structuredClone(kettle)", failure)[0] == "  const was = kettle.duplicate();"


def test_it_leaves_a_copy_that_is_not_the_receiver_alone():
    failure = Failure(bug_type=BugType.TYPE_ERROR, file="src/pour.js", line=4, source="jest",
                      message="TypeError: kettle.isEmpty is not a function")  # fmt: skip
    assert not any("duplicate" in line for line in _lines("structuredClone(kettle)", failure))
