"""Which failures the npm language fetches the sandbox Node's built-ins table for."""

from __future__ import annotations

from healer.engine.languages.javascript import _wants_builtins
from healer.engine.types import BugType, Failure


def failure(bug_type: BugType, message: str) -> Failure:
    return Failure(bug_type=bug_type, file="src/a.js", line=3, message=message, source="jest")


def test_it_fetches_the_builtins_for_a_logic_failure_too():
    # LOGIC's sibling methods come from the runtime's prototypes (logic_builtins.prototypes).
    assert _wants_builtins(failure(BugType.LOGIC, "expected 3 to equal 4"))
    assert _wants_builtins(failure(BugType.TYPE_ERROR, "seen.add is not a function"))
    assert not _wants_builtins(failure(BugType.TYPE_ERROR, "Cannot read properties of undefined"))
    assert not _wants_builtins(failure(BugType.SYNTAX, "Unexpected token"))
