"""The uncalled-method family: a method read but not called one step earlier in the chain (fixers/uncalled.py)."""

from __future__ import annotations

from healer.engine.javascript.fixers.uncalled import prototype_methods, uncalled_method_candidates

TABLE = {
    "Array": {"static": {"isArray": 1}, "prototype": {"pop": 0, "length": None, "constructor": 1}},
    "String": {"static": {}, "prototype": {"trimEnd": 0, "toUpperCase": 0, "at": 1, "length": None}},
    "Date": {"static": {}, "prototype": {"getTime": 0}},
}


def test_it_calls_the_method_read_before_the_missing_one():
    source = "function key(row) {\n  return row.code.trimEnd.toUpperCase();\n}\n"
    found = uncalled_method_candidates(
        source, "src/a.js", line=2, message="row.code.trimEnd.toUpperCase is not a function", table=TABLE
    )
    assert [c.text.split("\n")[1] for c in found] == ["  return row.code.trimEnd().toUpperCase();"]


def test_it_calls_only_a_member_that_is_a_function():
    source = "const width = items.length.toFixed(1);\n"
    message = "items.length.toFixed is not a function"
    assert uncalled_method_candidates(source, "src/a.js", line=1, message=message, table=TABLE) == []
    # A field named like a method of another type (a record's `at`, a Date): not called.
    field = "const ms = b.at.getTime();\n"
    message = "b.at.getTime is not a function"
    assert uncalled_method_candidates(field, "src/a.js", line=1, message=message, table=TABLE) == []
    declared = uncalled_method_candidates(
        "const due = plan.next.getTime();\n", "src/a.js", line=1, message="plan.next.getTime is not a function",
        table=TABLE, methods=("next",),
    )  # fmt: skip
    assert [c.text for c in declared] == ["const due = plan.next().getTime();\n"]


def test_it_reads_function_members_from_the_sandbox_table():
    assert prototype_methods(TABLE) == (
        frozenset({"pop"}), frozenset({"trimEnd", "toUpperCase", "at"}), frozenset({"getTime"}),
    )  # fmt: skip


def test_it_pairs_string_methods_without_the_table():
    source = "const slug = (s) => s.trim.toLowerCase();\n"
    found = uncalled_method_candidates(
        source, "src/a.js", line=1, message="s.trim.toLowerCase is not a function", table=None
    )
    assert [c.text for c in found] == ["const slug = (s) => s.trim().toLowerCase();\n"]


def test_it_goes_before_the_renames_of_the_missing_method():
    from healer.engine.javascript.fixers.dispatch import candidates_for
    from tests.engine.javascript.test_fixers import failure_at, repo_of

    text = "export const tag = (label) => label.trimStart.toUpperCase();\n"
    found = candidates_for(failure_at("src/t.js", 1, "TypeError: label.trimStart.toUpperCase is not a function"),
                           repo=repo_of({"src/t.js": text}))  # fmt: skip
    assert found[0].text == "export const tag = (label) => label.trimStart().toUpperCase();\n"
