"""A literal widened by an unannotated variable (fixers/tsc_widening.py), through the tsc TYPE_ERROR dispatch."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.tsc_widening import widened_literal_candidates
from healer.engine.types import BugType, Failure

SOURCE = """type Mode = 'walk' | 'run';
interface Step { mode: Mode; km: number }

export function step(km: number): Step {
  const made = { mode: km > 5 ? 'run' : 'walk', km };
  return made;
}
"""


def test_it_types_the_variable_a_returned_literal_was_widened_in():
    failure = Failure(
        BugType.TYPE_ERROR, "src/step.ts", 6, "Type '{ mode: string; km: number; }' is not assignable to type 'Step'.",
        "tsc", "TS2322", extra={"column": 3},
    )  # fmt: skip
    files = {"src/step.ts": SOURCE}
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert (found[0].line, found[0].text) == (5, SOURCE.replace("const made = {", "const made: Step = {"))


def test_it_types_an_argument_variable_and_leaves_annotated_ones_and_javascript_alone():
    source = "declare function go(m: 'walk' | 'run'): void;\nlet pace = 'walk';\ngo(pace);\n"
    message = "Argument of type 'string' is not assignable to parameter of type '\"walk\" | \"run\"'."
    found = widened_literal_candidates(source, "src/go.ts", line=3, message=message)
    assert found[0].text == source.replace("let pace = ", 'let pace: "walk" | "run" = ')
    typed = source.replace("let pace = ", "let pace: string = ")
    assert widened_literal_candidates(typed, "src/go.ts", line=3, message=message) == []
    assert widened_literal_candidates(source, "src/go.js", line=3, message=message) == []
