"""The bounded generic token-edit search for parse errors (fixers/token_search.py), alone and as the last
of syntax.py's SYNTAX candidates."""

from __future__ import annotations

from healer.engine.javascript.fixers import token_search
from healer.engine.javascript.fixers.syntax import syntax_candidates
from healer.engine.javascript.syntax import first_problem, parses

SWAPPED = """function widest(a, b) {
  const w = Math.max(a.width, b.width;)
  return w;
}
module.exports = { widest };
"""
SWAPPED_FIXED = SWAPPED.replace("b.width;)", "b.width);")
EARLY_CLOSE = """export function grade(score: number): string {
  if (score > 90) {
    return 'A';
  }
  }
  return 'B';
}
"""


def _texts(candidates) -> list[str]:
    return [c.text for c in candidates]


def test_it_swaps_two_adjacent_tokens_written_in_the_wrong_order():
    problem = first_problem(SWAPPED, "lib/w.js")
    found = token_search.token_search_candidates(SWAPPED, "lib/w.js", line=problem.line)
    assert SWAPPED_FIXED in _texts(found)


def test_it_edits_a_line_near_the_error_that_the_one_token_edits_did_not_search():
    problem = first_problem(EARLY_CLOSE, "src/grade.ts")
    found = token_search.token_search_candidates(
        EARLY_CLOSE, "src/grade.ts", line=problem.line, searched={problem.line}
    )
    assert all(parses(c.text, "src/grade.ts") and c.line != problem.line for c in found)
    # The parser stops at the last '}' (line 7); the slip is the '}' two lines up.
    assert "remove the '}' on line 5" in [c.description for c in found]


def test_it_moves_a_closer_to_the_end_of_another_line_of_the_window():
    rows = ["const pairs = [", "  [1, 2],", "  [3, 4", "]];", "module.exports = pairs;"]
    moves = list(token_search._moved_closers(rows, [4, 3]))
    assert any(new[2].endswith("4]") and new[3] == "];" for _, new, _ in moves)


def test_it_stops_at_its_budget_of_parse_checks():
    problem = first_problem(SWAPPED, "lib/w.js")
    assert token_search.token_search_candidates(SWAPPED, "lib/w.js", line=problem.line, budget=0) == []


def test_it_leaves_a_file_too_large_for_a_blind_search_alone():
    large = SWAPPED + "// padding\n" * (token_search.MAX_TEXT // 10)
    assert token_search.token_search_candidates(large, "lib/w.js", line=2) == []


def test_it_is_asked_by_the_syntax_candidates_of_a_parse_error():
    problem = first_problem(SWAPPED, "lib/w.js")
    every = _texts(syntax_candidates(SWAPPED, "lib/w.js", line=problem.line, column=problem.column))
    assert SWAPPED_FIXED in every


# Synthetic: a comparison written with a single '=' ("Invalid assignment target").
COMPARED = """function due(paid, owed) {
  if (paid + 10 = owed) return 'settled';
  return 'due';
}
module.exports = { due };
"""


def test_it_makes_an_assignment_a_comparison_where_the_parser_stops():
    problem = first_problem(COMPARED, "lib/due.js")
    found = token_search.token_search_candidates(COMPARED, "lib/due.js", line=problem.line)
    assert _texts(found)[0] == COMPARED.replace("10 = owed", "10 === owed")


# Synthetic: a date pattern whose inner '/' were not escaped: the literal ends at the first one.
SLASHED = """// Dates are written month/day on the forms.
const FORM_DATE = /^(\\d{2})/(\\d{2})$/;
module.exports = { FORM_DATE };
"""


def test_it_escapes_the_slashes_a_regular_expression_literal_holds():
    found = syntax_candidates(SLASHED, "lib/forms.js", line=2)
    assert found[0].text == SLASHED.replace("})/(", "})\\/(")


# Synthetic: an optional chain written as an assignment target (ECMAScript forbids it; tree-sitter parses it).
CHAINED = """export class Shelf {
  mark(id: string): void {
    this.books.get(id)?.lent = true;
  }
  tag(book?: { tag: string }): void {
    book?.tag = 'read';
  }
}
"""


def test_it_guards_an_assignment_through_an_optional_chain():
    found = [c.text for c in syntax_candidates(CHAINED, "src/shelf.ts", line=3)]
    assert "    const target = this.books.get(id);\n    if (target) target.lent = true;\n" in found[0]
    assert CHAINED.replace("get(id)?.lent", "get(id)!.lent") in found


def test_it_reads_a_simple_receiver_of_an_optional_assignment_once_in_its_guard():
    found = [c.text for c in syntax_candidates(CHAINED, "src/shelf.ts", line=6)]
    assert found[0] == CHAINED.replace("book?.tag = 'read';", "if (book) book.tag = 'read';")


def test_it_leaves_the_slashes_of_a_comment_after_the_literal_alone():
    text = SLASHED.replace("$/;", "$/; // read as mm/dd")
    found = syntax_candidates(text, "lib/forms.js", line=2)
    assert found[0].text == text.replace("})/(", "})\\/(")
    assert all("mm\\/dd" not in c.text for c in found)
