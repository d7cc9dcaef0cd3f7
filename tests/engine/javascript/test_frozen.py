"""Writes into a frozen object: located from V8's message alone, repaired by copy-on-write."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository, classify_error
from healer.engine.javascript.errors import JsError
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.frozen import copy_on_write_candidates
from healer.engine.javascript.syntax import parses
from healer.engine.types import BugType

CONFIG = (
    "const DEFAULT_HEADERS = Object.freeze({ accept: 'application/json' });\n"
    "\n"
    "export function client(extra = {}) {\n"
    "  const headers = Object.assign(DEFAULT_HEADERS, extra);\n"
    "  return { headers };\n"
    "}\n"
)
FILES = {
    "lib/config.js": CONFIG,
    "lib/index.js": "export { client } from './config.js';\n",
    "spec/client.spec.js": "import { client } from '../lib/index.js';\nconst c = client({ auth: 'x' });\n",
}


def repo() -> Repository:
    return Repository(files=set(FILES), read=FILES.get)


def test_it_locates_a_frameless_not_extensible_error_at_the_write_into_the_frozen_object():
    # vitest's report of a file whose top level threw: V8's message, no name, no stack.
    error = JsError(name="Error", message="Cannot add property auth, object is not extensible")
    failure = classify_error(error, repo=repo(), source="vitest", origins=["spec/client.spec.js"])
    assert failure is not None
    assert (failure.bug_type, failure.file, failure.line) == (BugType.TYPE_ERROR, "lib/config.js", 4)


def test_it_leaves_other_frameless_errors_to_the_older_rules():
    error = JsError(name="Error", message="Cannot add property auth, the server said no")
    failure = classify_error(error, repo=repo(), source="vitest", origins=["spec/client.spec.js"])
    assert failure is None or failure.bug_type is BugType.LOGIC


def test_it_assigns_into_a_copy_of_the_frozen_object_first_then_spreads_it():
    found = copy_on_write_candidates(CONFIG, "lib/config.js", line=4)
    assert all(parses(c.text, c.file) for c in found)
    assert [c.text.splitlines()[3] for c in found] == [
        "  const headers = Object.assign({}, DEFAULT_HEADERS, extra);",
        "  const headers = { ...DEFAULT_HEADERS, ...extra };",
    ]
    assert copy_on_write_candidates(CONFIG.replace("Object.freeze(", "("), "lib/config.js", line=4) == []


def test_it_offers_the_copy_for_a_located_type_error_through_the_dispatcher():
    error = JsError(name="Error", message="Cannot add property auth, object is not extensible")
    failure = classify_error(error, repo=repo(), source="vitest", origins=["spec/client.spec.js"])
    found = candidates_for(failure, repo=repo(), module_type="module")
    assert found and "Object.assign({}, DEFAULT_HEADERS, extra)" in found[0].text
