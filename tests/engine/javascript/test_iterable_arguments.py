"""Built-ins that take one iterable, given something else (fixers/iterable_arguments.py), reached
through candidates_for as a run reaches them."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure


def _lines(path: str, text: str, *, line: int, message: str, source: str = "mocha") -> list[str]:
    files = {path: text}
    repo = Repository(files=list(files), read=files.get, test_files=())
    failure = Failure(bug_type=BugType.TYPE_ERROR, file=path, line=line, source=source, message=message)
    return [c.text.split("\n")[line - 1] for c in candidates_for(failure, repo=repo) if c.line == line]


LOAD = "export async function load(db) {\n  const [a, b] = await Promise.allSettled(db.users(), db.posts());\n  return { a, b };\n}\n"


def test_it_passes_a_promise_combinator_its_promises_in_one_array():
    found = _lines("src/load.ts", LOAD, line=2, message="Expected 1 arguments, but got 2.", source="tsc")
    assert found[0] == "  const [a, b] = await Promise.allSettled([db.users(), db.posts()]);"
    runtime = _lines("src/load.js", LOAD, line=2, message="TypeError: object is not iterable")
    assert runtime[0] == "  const [a, b] = await Promise.allSettled([db.users(), db.posts()]);"


def test_it_leaves_a_combinator_given_one_iterable_alone():
    text = LOAD.replace("(db.users(), db.posts())", "([db.users(), db.posts()])")
    found = _lines("src/load.js", text, line=2, message="TypeError: object is not iterable")
    assert "  const [a, b] = await Promise.allSettled([[db.users(), db.posts()]]);" not in found


SHELF = (
    "const KINDS = ['oak', 'ash'];\n\nclass Shelf {\n  constructor() {\n    this.count = new Map(KINDS);\n  }\n\n"
    "  add(kind, n) {\n    this.count.set(kind, this.count.get(kind) + n);\n  }\n}\n\nmodule.exports = { Shelf };\n"
)


def test_it_gives_a_map_entries_valued_as_the_module_uses_them():
    found = _lines(
        "src/shelf.js", SHELF, line=5, message="TypeError: Iterator value oak is not an entry object"
    )
    assert found[0] == "    this.count = new Map(KINDS.map((kind) => [kind, 0]));"
    assert "    this.count = new Map(KINDS.map((kind) => [kind, kind]));" in found


def test_it_keys_a_lookup_map_by_the_element_itself_first():
    text = (
        "const NAMES = ['a', 'b'];\nconst known = new Map(NAMES);\nexport const has = (n) => known.has(n);\n"
    )
    found = _lines("src/known.js", text, line=2, message="TypeError: Iterator value a is not an entry object")
    assert found[0] == "const known = new Map(NAMES.map((name) => [name, name]));"
    entries = "const known = Object.fromEntries(NAMES);\n"
    found = _lines("src/e.js", entries, line=1, message="TypeError: Iterator value a is not an entry object")
    assert found[0] == "const known = Object.fromEntries(NAMES.map((name) => [name, name]));"
