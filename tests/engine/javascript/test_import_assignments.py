"""An imported variable assigned by its importer, written through its owner's function
(fixers/import_assignments.py), alone and through the TYPE_ERROR dispatch."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.import_assignments import import_assignment_candidates
from healer.engine.types import BugType, Failure

YARD = """export const FIRST_HULL = 100;
export let nextHull = FIRST_HULL;
export function takeHullNumber(): number {
  nextHull += 1;
  return nextHull - 1;
}
export function resetTo(value: number): void {
  nextHull = value;
}
"""
HULLS = """import { FIRST_HULL, nextHull } from './yard';

export function layKeel(name: string) {
  const number = nextHull++;
  return { number, name, first: FIRST_HULL };
}
"""
MESSAGE = "Cannot assign to 'nextHull' because it is an import."


def test_it_writes_an_imported_variable_through_the_owners_argument_free_writer():
    sources = {"src/yard.ts": YARD, "src/hulls.ts": HULLS}
    found = import_assignment_candidates(HULLS, "src/hulls.ts", line=4, message=MESSAGE, sources=sources)
    # resetTo writes it too but needs an argument: only takeHullNumber is a candidate.
    assert [c.text.split("\n")[0] for c in found] == [
        "import { FIRST_HULL, nextHull, takeHullNumber } from './yard';"
    ]
    assert found[0].text.split("\n")[3].strip() == "const number = takeHullNumber();"


def test_it_proposes_nothing_when_the_owner_has_no_writer_or_the_name_is_no_import():
    sources = {"src/yard.ts": "export let nextHull = 1;\n", "src/hulls.ts": HULLS}
    assert import_assignment_candidates(HULLS, "src/hulls.ts", line=4, message=MESSAGE, sources=sources) == []
    local = HULLS.replace(
        "import { FIRST_HULL, nextHull } from './yard';", "let nextHull = 1;\nconst FIRST_HULL = 1;"
    )
    sources = {"src/yard.ts": YARD, "src/hulls.ts": local}
    assert import_assignment_candidates(local, "src/hulls.ts", line=5, message=MESSAGE, sources=sources) == []


def test_it_reaches_the_dispatch_for_tscs_diagnostic():
    sources = {"src/yard.ts": YARD, "src/hulls.ts": HULLS}
    repo = Repository(files=sorted(sources), read=sources.get)
    failure = Failure(BugType.TYPE_ERROR, "src/hulls.ts", 4, MESSAGE, "tsc")
    found = candidates_for(failure, repo=repo, module_type="module")
    assert found and found[0].text.split("\n")[3].strip() == "const number = takeHullNumber();"
