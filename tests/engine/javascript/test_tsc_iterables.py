"""Round 54 (npm28): a possibly missing value taken apart as an iterable (fixers/tsc_iterables.py)."""

from healer.engine.javascript.fixers.tsc_types import tsc_type_candidates

NULLABLE = "Type 'RegExpMatchArray | null' must have a '[Symbol.iterator]()' method that returns an iterator."


def _lines(text: str, *, line: int, column: int, message: str = NULLABLE) -> list[list[str]]:
    found = tsc_type_candidates(text, "src/clock.ts", line=line, column=column, message=message)
    return [c.text.splitlines() for c in found]


def test_it_checks_the_value_before_destructuring_it_then_defaults_it():
    text = "export function clock(s: string) {\n  const [, h, m] = s.match(/(\\d+):(\\d+)/);\n  return h + m;\n}\n"
    found = _lines(text, line=2, column=9)
    assert found[0][1:4] == [
        "  const match = s.match(/(\\d+):(\\d+)/);",
        "  if (match === null) throw new Error(`s.match(/(d+):(d+)/) found nothing`);",
        "  const [, h, m] = match;",
    ]
    assert found[1][1] == "  const [, h, m] = s.match(/(\\d+):(\\d+)/) ?? [];"


def test_it_defaults_a_spread_value_to_an_empty_array():
    text = "export function codes(s: string) {\n  return [...s.match(/\\d/g)];\n}\n"
    found = _lines(text, line=2, column=14)
    assert found[0][1] == "  return [...s.match(/\\d/g) ?? []];"


def test_it_leaves_a_value_that_is_never_missing_alone():
    text = "export function pair(n: number) {\n  const [a, b] = n;\n  return a + b;\n}\n"
    message = "Type 'number' must have a '[Symbol.iterator]()' method that returns an iterator."
    assert _lines(text, line=2, column=9, message=message) == []


def test_it_answers_v8s_null_is_not_iterable_at_the_lines_destructuring():
    from healer.engine.javascript.fixers.tsc_iterables import runtime_not_iterable_candidates

    text = "export function clock(s) {\n  const [, h] = /(\\d+)/.exec(s);\n  return h;\n}\n"
    message = "TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))"
    found = runtime_not_iterable_candidates(text, "src/clock.js", line=2, message=message)
    assert [c.text.splitlines()[2] for c in found][:1] == [
        "  if (match === null) throw new Error(`/(d+)/.exec(s) found nothing`);"
    ]
    assert (
        runtime_not_iterable_candidates(
            text, "src/clock.js", line=2, message="TypeError: x is not a function"
        )
        == []
    )


def test_it_leaves_a_spread_the_value_only_sits_inside_a_callback_of():
    # Round 54's review: the search for the declaration or spread went on past the `for...of` statement
    # and its callback to the enclosing spread, defaulting `keys.map(...)`, which is never missing.
    text = (
        "export function totals(m: Map<string, number[]>, keys: string[]): number[] {\n"
        "  return [...keys.map((k) => { let s = 0; for (const v of m.get(k)) s += v; return s; })];\n"
        "}\n"
    )
    message = NULLABLE.replace("RegExpMatchArray | null", "number[] | undefined")
    assert all("?? []" not in lines[1] for lines in _lines(text, line=2, column=59, message=message))


def test_it_keeps_a_crlf_files_line_endings():
    # Round 54's review: the check's lines were joined with "\n" inside a file written with "\r\n".
    text = "export function clock(s: string) {\r\n  const [, h] = s.match(/(\\d+)/);\r\n  return h;\r\n}\r\n"
    found = tsc_type_candidates(text, "src/clock.ts", line=2, column=9, message=NULLABLE)
    checked = [c.text for c in found if "throw" in c.text]
    assert checked and all(t.count("\n") == t.count("\r\n") for t in checked)
