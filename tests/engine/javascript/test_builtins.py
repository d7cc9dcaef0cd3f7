"""A method a built-in receiver lacks: the members come from Node's own table, ranked by name and arity."""

from __future__ import annotations

import json

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.builtins import (
    JSON_MARK,
    builtin_member_candidates,
    builtins_parse,
    tsc_receiver,
)
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure

# What BUILTINS_SCRIPT prints, cut down to the globals these tests use (lengths as Node 20 has them).
PRINTED = JSON_MARK + json.dumps(
    {
        "node": "v20.19.2",
        "types": {
            "Map": {
                "static": {"length": None, "name": None, "prototype": None, "groupBy": 2},
                "prototype": {"constructor": 0, "get": 1, "set": 2, "has": 1, "delete": 1, "clear": 0,
                              "entries": 0, "forEach": 1, "keys": 0, "size": None, "values": 0},
            },
            "Set": {"static": {"length": None}, "prototype": {"add": 1, "has": 1, "delete": 1, "clear": 0}},
            "Number": {
                "static": {"isFinite": 1, "isInteger": 1, "isNaN": 1, "isSafeInteger": 1, "parseFloat": 1,
                           "parseInt": 2, "EPSILON": None},
                "prototype": {"toExponential": 1, "toFixed": 1, "toPrecision": 1, "toString": 1, "valueOf": 0},
            },
            "String": {"static": {"fromCharCode": 1, "raw": 1},
                       "prototype": {"repeat": 1, "padStart": 2, "trim": 0, "toUpperCase": 0}},
            "Math": {"static": {"max": 2, "min": 2, "floor": 1, "PI": None}, "prototype": {}},
        },
    }
)  # fmt: skip
TABLE = builtins_parse("node noise\n" + PRINTED + "\n")


def lines(candidates, line: int) -> list[str]:
    return [c.text.splitlines()[line - 1].strip() for c in candidates]


def test_the_table_is_read_from_what_nodes_script_printed():
    assert (
        TABLE is not None
        and TABLE["Map"]["prototype"]["set"] == 2
        and TABLE["Map"]["prototype"]["size"] is None
    )
    assert builtins_parse("no table here") is None


def test_a_map_method_that_does_not_exist_becomes_the_one_taking_as_many_arguments():
    text = "const seen = new Map();\nfor (const [k, v] of pairs) {\n  seen.add(k, v);\n}\n"
    found = builtin_member_candidates(text, "a.js", line=3, message="seen.add is not a function", table=TABLE)
    # `set` is the Map method of two parameters; Set's `add` takes one, so no receiver swap.
    assert lines(found, 3)[0] == "seen.set(k, v);"
    assert "k.add(seen, v);" not in lines(found, 3)


def test_a_static_of_a_global_is_taken_from_the_globals_own_members():
    text = "function octet(part) {\n  return Number.parseInteger(part, 10);\n}\n"
    found = builtin_member_candidates(text, "a.js", line=2, message="Number.parseInteger is not a function",
                                      table=TABLE)  # fmt: skip
    assert lines(found, 2)[0] == "return Number.parseInt(part, 10);"


def test_a_method_of_another_type_swaps_the_receiver_and_the_argument_first():
    text = "const count = Number(digits);\nout += count.repeat(ch);\n"
    found = builtin_member_candidates(
        text, "a.js", line=2, message="count.repeat is not a function", table=TABLE
    )
    assert lines(found, 2)[0] == "out += ch.repeat(count);"


def test_an_unknown_receiver_or_a_method_the_type_has_gives_nothing_here():
    text = "function f(x) {\n  return x.add(1);\n}\n"
    assert (
        builtin_member_candidates(text, "a.js", line=2, message="x.add is not a function", table=TABLE) == []
    )
    text = "const m = new Map();\nm.get(1);\n"
    assert (
        builtin_member_candidates(text, "a.js", line=2, message="m.get is not a function", table=TABLE) == []
    )
    assert (
        builtin_member_candidates(text, "a.js", line=2, message="m.get is not a function", table=None) == []
    )


def test_tscs_type_names_the_receiver():
    assert tsc_receiver("Map<string, number>", TABLE) == ("Map", "prototype")
    assert tsc_receiver("NumberConstructor", TABLE) == ("Number", "static")
    assert tsc_receiver("Math", TABLE) == ("Math", "static")
    assert tsc_receiver("'abc'", TABLE) == ("String", "prototype")
    assert tsc_receiver("Widget", TABLE) is None
    text = "const m: Map<string, string> = new Map();\nm.add('a', 'b');\n"
    found = builtin_member_candidates(
        text,
        "a.ts",
        line=2,
        message="Property 'add' does not exist on type 'Map<string, string>'.",
        table=TABLE,
    )
    assert lines(found, 2)[0] == "m.set('a', 'b');"


def test_the_dispatch_hands_the_failures_table_to_the_template():
    text = "const index = new Map();\nclass Store {\n  constructor() {\n    this.items = new Map();\n  }\n" \
           "  put(k, v) {\n    this.items.add(k, v);\n  }\n}\n"  # fmt: skip
    repo = Repository(files=["src/store.js"], read={"src/store.js": text}.get)
    failure = Failure(bug_type=BugType.TYPE_ERROR, file="src/store.js", line=7, source="jest",
                      message="TypeError: this.items.add is not a function", extra={"builtins": TABLE})  # fmt: skip
    assert lines(candidates_for(failure, repo=repo), 7)[0] == "this.items.set(k, v);"
    failure.extra = {}
    assert "this.items.set(k, v);" not in lines(candidates_for(failure, repo=repo), 7)


def test_a_map_lookup_on_a_record_is_indexed_before_object_prototypes_look_alikes():
    # Node lists Object.prototype's Annex B accessors too; `__lookupGetter__` "fixed" d65's
    # `LETTERS.get(piece)` (the test got further) and is never the call that was meant.
    table = {
        **(TABLE or {}),
        "Object": {
            "static": {"keys": 1},
            "prototype": {"__lookupGetter__": 1, "hasOwnProperty": 1, "toString": 0},
        },
    }
    text = (
        "const LETTERS = { king: 'K' };\nexport function letter(piece) {\n  return LETTERS.get(piece);\n}\n"
    )
    repo = Repository(files=["src/n.js"], read={"src/n.js": text}.get)
    failure = Failure(bug_type=BugType.TYPE_ERROR, file="src/n.js", line=3, source="vitest",
                      message="TypeError: LETTERS.get is not a function", extra={"builtins": table})  # fmt: skip
    candidates = candidates_for(failure, repo=repo)
    # Round 56 (npm30): a table asked only with Map methods is first made a Map where it is
    # declared (d401's key); at the use, indexing still comes before any look-alike.
    assert candidates[0].line == 1 and "new Map([['king', 'K']])" in candidates[0].text
    found = lines(candidates[1:], 3)
    assert found[0] == "return LETTERS[piece];"
    assert not any("__lookupGetter__" in line for line in found)


def test_an_array_method_on_another_iterable_spreads_it_into_an_array_first():
    table = {
        **TABLE,
        "Set": {"static": {}, "prototype": {"add": 1, "has": 1, "values": 0, "forEach": 1}},
        "Array": {"static": {"from": 1}, "prototype": {"filter": 1, "map": 1, "fill": 1}},
    }
    text = "export const words = (t) => new Set(t).filter(Boolean);\n"
    found = builtin_member_candidates(
        text, "a.js", line=1, message="(intermediate value).filter is not a function", table=table
    )
    assert lines(found, 1)[0] == "export const words = (t) => [...new Set(t)].filter(Boolean);"
