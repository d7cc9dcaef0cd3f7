"""TypeErrors where the code breaks its own declarations (fixers/declared_contracts.py), reached
through candidates_for as a run reaches them."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure


def _found(files: dict[str, str], path: str, *, line: int, message: str, source: str) -> list:
    repo = Repository(files=list(files), read=files.get, test_files=())
    failure = Failure(bug_type=BugType.TYPE_ERROR, file=path, line=line, source=source, message=message)
    return candidates_for(failure, repo=repo)


TIMER = (
    "export interface TimerOptions {\n  onTick?: (n: number) => void;\n}\n\n"
    "export function count(n: number, options: TimerOptions) {\n  for (let i = 0; i < n; i += 1) {\n"
    "    options.onTick(i);\n  }\n  return n;\n}\n"
)


def test_it_calls_a_member_the_type_declares_optional_only_when_given():
    found = _found({"src/timer.ts": TIMER}, "src/timer.ts", line=7, source="mocha",
                   message="TypeError: options.onTick is not a function")  # fmt: skip
    assert found[0].text.split("\n")[6] == "    options.onTick?.(i);"


def test_it_calls_a_member_of_an_options_parameter_defaulting_to_empty_only_when_given():
    text = "function run(jobs, hooks = {}) {\n  hooks.before(jobs);\n  return jobs.length;\n}\n"
    found = _found({"src/run.js": text}, "src/run.js", line=2, source="jest",
                   message="TypeError: hooks.before is not a function")  # fmt: skip
    assert found[0].text.split("\n")[1] == "  hooks.before?.(jobs);"


def test_it_does_not_make_a_required_member_optional():
    required = TIMER.replace("onTick?:", "onTick:")
    found = _found({"src/timer.ts": required}, "src/timer.ts", line=7, source="mocha",
                   message="TypeError: options.onTick is not a function")  # fmt: skip
    assert not any("options.onTick?.(i);" in c.text for c in found)


SHAPES = (
    "export abstract class Shape {\n  abstract area(): number;\n}\n\n"
    "export class Square extends Shape {\n  constructor(readonly side: number) {\n    super();\n  }\n"
    "  area() {\n    return this.side ** 2;\n  }\n}\n"
)


def test_it_constructs_the_concrete_subclasses_of_an_abstract_class():
    use = "import { Shape, Square } from './shapes';\n\nexport const unit = () => new Shape(1);\n"
    files = {"src/shapes.ts": SHAPES, "src/unit.ts": use}
    found = _found(files, "src/unit.ts", line=3, source="tsc",
                   message="Cannot create an instance of an abstract class.")  # fmt: skip
    assert found[0].text.split("\n")[2] == "export const unit = () => new Square(1);"


def test_it_offers_no_subclass_the_module_cannot_see():
    use = "import { Shape } from './shapes';\n\nexport const unit = () => new Shape(1);\n"
    files = {"src/shapes.ts": SHAPES, "src/unit.ts": use}
    found = _found(files, "src/unit.ts", line=3, source="tsc",
                   message="Cannot create an instance of an abstract class.")  # fmt: skip
    assert not any("new Square" in c.text for c in found)


def test_it_returns_unconditionally_at_the_end_of_an_exhaustive_sequence():
    text = (
        "export function sign(n: number): 'neg' | 'zero' | 'pos' {\n  if (n < 0) return 'neg';\n"
        "  if (n === 0) return 'zero';\n  if (n > 0) return 'pos';\n}\n"
    )
    found = _found({"src/sign.ts": text}, "src/sign.ts", line=1, source="tsc", message=(
        "Function lacks ending return statement and return type does not include 'undefined'."))  # fmt: skip
    assert found[0].text.split("\n")[3] == "  return 'pos';"
    assert found[0].line == 4


def test_it_makes_the_last_else_if_of_a_chain_its_else():
    text = (
        "export function grade(p: number): string {\n  if (p >= 70) {\n    return 'A';\n"
        "  } else if (p < 70) {\n    return 'B';\n  }\n}\n"
    )
    found = _found({"src/grade.ts": text}, "src/grade.ts", line=1, source="tsc", message=(
        "Function lacks ending return statement and return type does not include 'undefined'."))  # fmt: skip
    assert found[0].text.split("\n")[3] == "  } else {"
