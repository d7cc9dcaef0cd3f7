"""Class-body early errors and accessor slips (fixers/syntax_early.py), reached through syntax_candidates."""

from __future__ import annotations

from healer.engine.javascript.fixers.syntax import syntax_candidates


def _class(member: str) -> str:
    return f"class Ledger {{\n  #entries = [];\n  #total = 0;\n  {member}\n}}\n"


def _member_lines(member: str) -> list[str]:
    return [c.text.split("\n")[3] for c in syntax_candidates(_class(member), "src/ledger.js", line=4)]


def test_it_respells_an_undeclared_private_name_as_the_nearest_declared_one():
    found = _member_lines("count() { return this.#entrys.length; }")
    assert found[0] == "  count() { return this.#entries.length; }"


def test_it_reads_a_public_member_when_the_hash_was_added_by_mistake():
    source = "class Tap {\n  flow = 1;\n  rate() { return this.#flow * 2; }\n}\n"
    found = [c.text.split("\n")[2] for c in syntax_candidates(source, "src/tap.js", line=3)]
    assert "  rate() { return this.flow * 2; }" in found


def test_it_offers_nothing_for_a_private_name_the_class_declares():
    assert _member_lines("count() { return this.#entries.length; }") == []


def test_it_makes_a_getter_that_reads_its_parameter_a_method_first():
    assert _member_lines("get entryAt(index) { return this.#entries[index]; }")[:2] == [
        "  entryAt(index) { return this.#entries[index]; }",
        "  get entryAt() { return this.#entries[index]; }",
    ]


def test_it_drops_a_getter_parameter_nobody_reads_first():
    assert _member_lines("get size(unused) { return this.#entries.length; }")[0] == (
        "  get size() { return this.#entries.length; }"
    )


def test_it_gives_a_setter_its_one_parameter():
    assert _member_lines("set total() { this.#total = 0; }")[0] == "  set total(value) { this.#total = 0; }"
    assert _member_lines("set total(v, w) { this.#total = v; }")[0] == "  set total(v) { this.#total = v; }"


def test_it_gives_an_accessor_without_a_parameter_list_its_own_list():
    assert _member_lines("get sum { return this.#total; }")[0] == "  get sum() { return this.#total; }"
    assert _member_lines("set sum { this.#total = 1; }")[0] == "  set sum(value) { this.#total = 1; }"


def test_it_drops_a_repeated_or_unknown_regular_expression_flag():
    source = "export const words = (s) => s.match(/\\w+/gg);\nexport const any = /x/q;\n"
    first = syntax_candidates(source, "src/words.js", line=1)
    assert first[0].text.split("\n")[0] == "export const words = (s) => s.match(/\\w+/g);"
    second = syntax_candidates(source, "src/words.js", line=2)
    assert second[0].text.split("\n")[1] == "export const any = /x/;"


def test_it_names_a_repeated_parameter_after_a_name_the_body_reads_but_nothing_binds():
    source = "export const area = (w, w) => w * h;\nexport function mix(a, a = 2) {\n  return a + b + Math.max(a, c);\n}\n"
    first = [c.text.split("\n")[0] for c in syntax_candidates(source, "src/a.js", line=1)]
    assert first == ["export const area = (w, h) => w * h;"]
    second = [c.text.split("\n")[1] for c in syntax_candidates(source, "src/a.js", line=2)]
    assert second == ["export function mix(a, b = 2) {", "export function mix(a, c = 2) {"]
