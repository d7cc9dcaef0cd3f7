"""A class's second constructor made the static factory its callers name (fixers/syntax_members.py),
through the early-error candidates of the SYNTAX dispatch."""

from __future__ import annotations

from healer.engine.javascript.fixers.syntax import syntax_candidates

DESCENT = """export class Descent {
  readonly abseils: number[];

  constructor(readonly canyon: string, abseils: number[]) {
    this.abseils = abseils;
  }

  constructor(canyon: string, topo: string) {
    return new Descent(canyon, topo.split('/').map(Number));
  }
}
"""
CALLER = "import { Descent } from '../src/descent';\nconst d = Descent.fromTopo('Gorgas', '12/30');\n"


def test_it_makes_a_second_constructor_the_static_factory_the_callers_use():
    sources = {"src/descent.ts": DESCENT, "test/descent.test.ts": CALLER}
    found = syntax_candidates(DESCENT, "src/descent.ts", line=8, sources=sources)
    assert found[0].text.split("\n")[7] == "  static fromTopo(canyon: string, topo: string): Descent {"
    # In JavaScript no return type is written.
    js = (
        DESCENT.replace("readonly abseils: number[];", "abseils;")
        .replace(": string", "")
        .replace(": number[]", "")
        .replace("readonly ", "")
    )
    found = syntax_candidates(js, "src/descent.js", line=8, sources={"test/d.test.js": CALLER})
    assert found[0].text.split("\n")[7] == "  static fromTopo(canyon, topo) {"


def test_it_leaves_a_second_constructor_no_caller_names_and_a_first_one_alone():
    sources = {"src/descent.ts": DESCENT, "test/descent.test.ts": "new Descent('a', [1]);\n"}
    found = syntax_candidates(DESCENT, "src/descent.ts", line=8, sources=sources)
    assert not any("static" in c.description for c in found)
    with_caller = {"src/descent.ts": DESCENT, "test/descent.test.ts": CALLER}
    found = syntax_candidates(DESCENT, "src/descent.ts", line=4, sources=with_caller)
    assert not any("static" in c.description for c in found)
