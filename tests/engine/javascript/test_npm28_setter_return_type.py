"""Round 54 (npm28): TS1095, a set accessor with a return type annotation (syntax_early)."""

from healer.engine.javascript.fixers.syntax import syntax_candidates


def _heads(text: str, line: int) -> list[str]:
    return [c.text.splitlines()[line - 1] for c in syntax_candidates(text, "src/meter.ts", line=line)]


def test_it_drops_a_setters_return_type():
    text = "export class Meter {\n  #level = 0;\n  set level(value: number): void {\n    this.#level = value;\n  }\n}\n"
    assert _heads(text, 3)[0] == "  set level(value: number) {"


def test_it_leaves_a_getters_return_type_and_a_plain_setter_alone():
    text = (
        "export class Meter {\n  #level = 0;\n  get level(): number {\n    return this.#level;\n  }\n"
        "  set level(value: number) {\n    this.#level = value;\n  }\n}\n"
    )
    assert _heads(text, 3) == []
    assert _heads(text, 6) == []
