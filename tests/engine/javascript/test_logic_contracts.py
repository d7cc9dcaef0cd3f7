"""logic_contracts' families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.logic import (
    contract_candidates,
    edited_line,
    goes_first,
    logic_candidates,
)
from healer.engine.types import BugType, Failure


def edited(text: str, line: int, path: str = "a.js") -> list[tuple[str, bool]]:
    """(the edited line, goes first) for each candidate at `line`, in the order generated."""
    found = logic_candidates(text, path, line=line)
    return [(c.text.split("\n")[line - 1], goes_first(c)) for c in found]


def test_it_asks_an_array_for_its_values_not_its_keys():
    text = (
        "const VOWELS = ['a', 'e', 'i', 'o', 'u'];\n"
        "export const count = (word) => [...word].filter((ch) => ch in VOWELS).length;\n"
    )
    found = edited(text, 2)
    assert found[0] == (
        "export const count = (word) => [...word].filter((ch) => VOWELS.includes(ch)).length;",
        True,
    )


def test_it_leaves_in_on_an_object_alone():
    text = "const LIMITS = { low: 1 };\nexport const known = (k) => (k in LIMITS ? 1 : 0);\n"
    assert not [line for line, _ in edited(text, 2) if "includes" in line]


def test_it_reads_an_index_in_a_condition_as_membership():
    text = (
        "export function tags(posts, banned) {\n"
        "  const kept = [];\n"
        "  for (const post of posts) {\n"
        "    if (banned.indexOf(post.author) && post.tags.length) kept.push(post);\n"
        "  }\n"
        "  return kept;\n"
        "}\n"
    )
    found = edited(text, 4)
    assert found[0] == ("    if (banned.includes(post.author) && post.tags.length) kept.push(post);", True)


def test_it_leaves_an_index_used_as_a_number_alone():
    text = "export const at = (xs, x) => {\n  const i = xs.indexOf(x);\n  return i;\n};\n"
    assert not [line for line, _ in edited(text, 2) if "includes" in line]


def test_it_maps_with_number_not_parse_int_on_a_chain_line():
    text = "export function ids(csv) {\n  return csv\n    .split(';')\n    .map(parseInt);\n}\n"
    found = edited(text, 4)
    assert found[0] == ("    .map(Number);", True)
    assert ("    .map((part) => parseInt(part, 10));", True) in found


def test_it_indexes_an_array_from_its_end():
    text = "export function last(readings) {\n  return readings[-1].value;\n}\n"
    found = edited(text, 2, path="a.ts")
    assert found[0] == ("  return readings[readings.length - 1].value;", True)
    assert ("  return readings.at(-1).value;", True) in found


def test_it_does_not_offer_at_for_a_written_negative_index():
    text = "export function set(xs, v) {\n  xs[-2] = v;\n}\n"
    lines = [line for line, _ in edited(text, 2)]
    assert "  xs[xs.length - 2] = v;" in lines
    assert not [line for line in lines if ".at(" in line]


def test_it_turns_split_parts_into_numbers_when_they_are_added():
    text = (
        "export function span(range) {\n"
        "  const [from, to] = range.split('-');\n"
        "  return to - from + 1 > 0 ? to + 1 : 0;\n"
        "}\n"
    )
    found = edited(text, 2)
    assert ("  const [from, to] = range.split('-').map(Number);", False) in found


def test_it_leaves_split_parts_only_joined_as_text_alone():
    text = "export function name(full) {\n  const [first, last] = full.split(' ');\n  return `${last}, ${first}`;\n}\n"
    assert not [line for line, _ in edited(text, 2) if "map(Number)" in line]


def test_it_rounds_the_result_not_the_operand():
    text = "export function boxes(items, perBox) {\n  return Math.floor(items.length) / perBox;\n}\n"
    lines = [line for line, _ in edited(text, 2)]
    assert "  return Math.floor(items.length / perBox);" in lines


def test_it_counts_a_written_month_from_zero():
    text = "export function stamp(y, m, d) {\n  return new Date(y, m, d).getTime();\n}\n"
    lines = [line for line, _ in edited(text, 2)]
    assert lines.index("  return new Date(y, m - 1, d).getTime();") < lines.index(
        "  return new Date(y, m + 1, d).getTime();"
    )


def test_it_takes_back_a_month_shift_already_written():
    text = "export const day = (p) => Date.UTC(p.year, p.month - 1, p.day);\n"
    assert "export const day = (p) => Date.UTC(p.year, p.month, p.day);" in [
        line for line, _ in edited(text, 1)
    ]


def test_it_rewrites_a_boolean_comparator_on_a_chain_line():
    text = (
        "export function ranked(players) {\n"
        "  return players\n"
        "    .filter((p) => p.active)\n"
        "    .sort((a, b) => a.rating < b.rating);\n"
        "}\n"
    )
    found = edited(text, 4)
    assert ("    .sort((a, b) => b.rating - a.rating);", True) in found


def test_it_reports_an_edit_on_the_line_it_makes():
    text = (
        "export function ranked(players) {\n  return players\n    .sort((a, b) => a.rating > b.rating);\n}\n"
    )
    found = [c for c in logic_candidates(text, "a.js", line=2) if "a.rating - b.rating" in c.text]
    assert found and found[0].line == 3


def test_it_keeps_the_localised_line_of_an_edit_on_it():
    old = "a\nb\nc\n"
    assert edited_line(old, "a\nB\nc\n", line=2) == 2
    assert edited_line(old, "a\nb\nC\n", line=2) == 3


def test_it_reads_a_parameter_typed_as_an_array_as_one():
    text = "export function allowed(role: string, roles: readonly string[]): boolean {\n  return role in roles;\n}\n"
    assert ("  return roles.includes(role);", True) in edited(text, 2, path="a.ts")


def test_it_leaves_in_on_a_parameter_typed_as_a_record_alone():
    text = "export function allowed(role: string, roles: Record<string, number>): boolean {\n  return role in roles;\n}\n"
    assert not [line for line, _ in edited(text, 2, path="a.ts") if "includes" in line]


def test_it_finds_a_contract_violation_anywhere_in_the_file_but_the_skipped_lines():
    text = (
        "const BLOCKED = ['root', 'admin'];\n"
        "export const blocked = (user) => user.name in BLOCKED;\n"
        "export const names = (users) => users.filter((u) => !blocked(u)).map((u) => u.name);\n"
    )
    found = contract_candidates(text, "a.js")
    assert [(c.line, c.text.split("\n")[1]) for c in found] == [
        (2, "export const blocked = (user) => BLOCKED.includes(user.name);")
    ]
    assert contract_candidates(text, "a.js", skip=frozenset({2})) == []


def test_it_tries_a_contract_edit_of_the_suspicious_module_before_the_lines_plain_mutations():
    files = {
        "src/a.js": (
            "const BLOCKED = ['root', 'admin'];\n"
            "export const blocked = (user) => user.name in BLOCKED;\n"
            "export function visible(users) {\n"
            "  return users.filter((u) => !blocked(u)).map((u) => u.name + 1);\n"
            "}\n"
        ),
        "test/a.test.js": "",
    }
    repo = Repository(files=set(files), read=files.get)
    failure = Failure(bug_type=BugType.LOGIC, file="src/a.js", line=4, message="", source="jest")
    found = candidates_for(failure, repo=repo, suspicious=[("src/a.js", 4, 1.0)])
    first = next(c for c in found if not goes_first(c) or c.line == 2)
    assert first.line == 2 and "BLOCKED.includes(user.name)" in first.text


def test_it_makes_a_month_split_from_text_a_contract_fix():
    text = (
        "export function dueOn(stamp) {\n"
        "  const [y, mo, d] = stamp.split('.').map(Number);\n"
        "  return new Date(y, mo, d);\n"
        "}\n"
    )
    found = contract_candidates(text, "a.js")
    assert [(c.line, c.text.split("\n")[2]) for c in found] == [(3, "  return new Date(y, mo - 1, d);")]


def test_it_leaves_the_end_of_month_idiom_alone_file_wide():
    text = (
        "export function lastOf(stamp) {\n"
        "  const [mo, y] = stamp.split('/').map(Number);\n"
        "  return Date.UTC(y, mo, 0);\n"
        "}\n"
    )
    assert contract_candidates(text, "a.js") == []
