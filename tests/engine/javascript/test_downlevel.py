"""A built-in newer than the sandbox's Node, rewritten as the older calls that specify it."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from healer.engine.javascript.fixers.downlevel import downlevel_candidates
from healer.engine.javascript.syntax import parses

SOURCE = (
    "const tasks = [{ who: 'ann', hours: 2 }, { who: 'bo', hours: 3 }, { who: 'ann', hours: 1 }];\n"
    "export function hoursOf(who) {\n"
    "  const byWho = Object.groupBy(tasks, (task) => task.who);\n"
    "  return (byWho[who] ?? []).reduce((sum, task) => sum + task.hours, 0);\n"
    "}\n"
)


def lowered(source: str, *, line: int, message: str) -> list[str]:
    found = downlevel_candidates(source, "src/tasks.mjs", line=line, message=message)
    assert all(parses(c.text, c.file) for c in found)
    return [c.text.splitlines()[line - 1].strip() for c in found]


def test_it_rewrites_object_group_by_as_a_reduce_into_a_null_prototype_object():
    found = lowered(SOURCE, line=3, message="TypeError: Object.groupBy is not a function")
    assert found == [
        "const byWho = Array.from(tasks).reduce((groups, item, index) => ((groups[((task) => task.who)(item, "
        "index)] ??= []).push(item), groups), Object.create(null));"
    ]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_it_lowers_to_code_that_computes_the_same_groups():
    (candidate,) = downlevel_candidates(
        SOURCE, "src/tasks.mjs", line=3, message="Object.groupBy is not a function"
    )
    script = (
        candidate.text.replace("export ", "") + "console.log(hoursOf('ann'), hoursOf('bo'), hoursOf('cy'));\n"
    )
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["3", "3", "0"]


def test_it_copies_before_the_mutating_twin_of_a_newer_array_method():
    source = "export const ranked = (xs) => xs.toSorted((a, b) => b - a).slice(0, 3);\n"
    assert lowered(source, line=1, message="TypeError: xs.toSorted is not a function") == [
        "export const ranked = (xs) => [...xs].sort((a, b) => b - a).slice(0, 3);"
    ]


def test_it_leaves_a_regexp_replace_all_and_other_methods_alone():
    source = "export const f = (s) => s.replaceAll(/a/g, 'b');\n"
    assert lowered(source, line=1, message="TypeError: s.replaceAll is not a function") == []
    assert lowered(SOURCE, line=3, message="TypeError: Object.frobnicate is not a function") == []


# -- round 50, npm24: ES2025's Set methods ----------------------------------------------------------
def test_it_lowers_a_set_intersection_of_names_in_place_and_of_expressions_through_one_call():
    source = "export const shared = (a, b) => a.intersection(b);\n"
    assert lowered(source, line=1, message="TypeError: a.intersection is not a function") == [
        "export const shared = (a, b) => new Set(b.size < a.size ? [...b.keys()].filter((v) => a.has(v))"
        " : [...a].filter((v) => b.has(v)));"
    ]
    source = "export const shared = (a, b) => [...new Set(a).difference(new Set(b))];\n"
    message = "TypeError: Set.difference is not a function or its return value is not iterable"
    assert lowered(source, line=1, message=message) == [
        "export const shared = (a, b) => [...((s, other) => new Set([...s].filter((v) => !other.has(v))))"
        "(new Set(a), new Set(b))];"
    ]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_it_lowers_every_set_method_to_what_the_specification_computes():
    # Each lowering, run on this Node, against the answers ES2025 specifies for a = {1, 2, 3}, b = {2, 3, 4}.
    expected = {
        "union": "[1,2,3,4]", "intersection": "[2,3]", "difference": "[1]", "symmetricDifference": "[1,4]",
        "isSubsetOf": "false", "isSupersetOf": "false", "isDisjointFrom": "false",
    }  # fmt: skip
    for method, answer in expected.items():
        source = f"const a = new Set([1, 2, 3]);\nconst b = new Set([2, 3, 4]);\nconst r = a.{method}(b);\n"
        (candidate,) = downlevel_candidates(
            source, "src/s.mjs", line=3, message=f"a.{method} is not a function"
        )
        script = candidate.text + "console.log(JSON.stringify(r instanceof Set ? [...r] : r));\n"
        out = subprocess.run(
            ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == answer, method


def test_it_leaves_a_set_method_called_with_other_than_one_argument():
    source = "export const f = (a) => a.union();\n"
    assert lowered(source, line=1, message="TypeError: a.union is not a function") == []


# -- round 50's review -------------------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_it_orders_an_intersection_by_the_smaller_set_as_the_specification_does():
    # ES2025 walks `other.keys()` when the receiver is the larger set: {1, 2, 3} ∩ {3, 2} is {3, 2}.
    source = "const a = new Set([1, 2, 3]);\nconst b = new Set([3, 2]);\nconst r = a.intersection(b);\n"
    (candidate,) = downlevel_candidates(
        source, "src/s.mjs", line=3, message="a.intersection is not a function"
    )
    script = candidate.text + "console.log(JSON.stringify([...r]));\n"
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[3,2]"


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_it_does_not_write_a_member_read_of_v_inside_the_callback_that_binds_v():
    # In place, `v.seen` would be read inside `(v) => ...`, where `v` is the element.
    source = (
        "const v = { seen: new Set([2]) };\nconst a = new Set([1, 2]);\nconst r = a.difference(v.seen);\n"
    )
    (candidate,) = downlevel_candidates(source, "src/s.mjs", line=3, message="a.difference is not a function")
    script = candidate.text + "console.log(JSON.stringify([...r]));\n"
    out = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True)
    assert out.stdout.strip() == "[1]", out.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_it_keeps_an_intersection_with_an_array_a_type_error():
    # An array is no set-like (ES2025 throws); walking its keys() would give its indices instead.
    source = "const a = new Set([0, 1, 2]);\nconst r = a.intersection([2]);\n"
    (candidate,) = downlevel_candidates(
        source, "src/s.mjs", line=2, message="a.intersection is not a function"
    )
    script = candidate.text + "console.log(JSON.stringify([...r]));\n"
    out = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True)
    assert "TypeError" in out.stderr, out.stdout
