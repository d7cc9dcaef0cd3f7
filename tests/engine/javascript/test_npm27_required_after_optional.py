"""Round 53 (npm27): TS1016, a required parameter after an optional one (syntax_early)."""

from healer.engine.javascript.fixers.syntax import syntax_candidates


def _heads(text: str, path: str, line: int) -> list[str]:
    return [c.text.splitlines()[line - 1] for c in syntax_candidates(text, path, line=line)]


def test_it_makes_the_earlier_optional_parameter_required_first():
    text = "export function area(width?: number, height: number): number {\n  return width * height;\n}\n"
    heads = _heads(text, "a.ts", 1)
    assert heads == ["export function area(width: number, height: number): number {"]


def test_it_makes_the_later_parameter_optional_only_when_the_body_tolerates_its_absence():
    text = "export function area(width?: number, height: number): number {\n  return (width ?? 1) * (height ?? 1);\n}\n"
    heads = _heads(text, "a.ts", 1)
    assert heads == [
        "export function area(width: number, height: number): number {",
        "export function area(width?: number, height?: number): number {",
    ]


def test_it_leaves_a_required_parameter_after_a_defaulted_one_alone():
    # `b = 2` before a required parameter is allowed (the caller passes undefined): no TS1016.
    text = "export function area(width = 2, height: number): number {\n  return width * height;\n}\n"
    assert _heads(text, "a.ts", 1) == []


def test_it_answers_only_at_the_first_required_parameter_after_the_optional_one():
    text = "export function f(a?: number, b: number, c: number): number {\n  return a + b + c;\n}\n"
    assert _heads(text, "a.ts", 1) == ["export function f(a: number, b: number, c: number): number {"]


def test_it_does_not_read_a_member_of_the_same_name_as_the_body_tolerating_the_parameter():
    # Round 53's review: `this.height ?? 0`, `box.height || 0` and `!height.valid` counted as the body
    # testing `height` for a missing value, so `height?` was offered where the body reads it bare.
    for body in ("return width * height + (this.height ?? 0);", "return width * height + (box.height || 0);",
                 "if (!height.valid) return 0;\n  return width * height.value;"):  # fmt: skip
        text = f"export function area(width?: number, height: number): number {{\n  {body}\n}}\n"
        assert _heads(text, "a.ts", 1) == ["export function area(width: number, height: number): number {"]
