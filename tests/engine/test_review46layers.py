"""Round 46's review of pylayers20 (syntax_foreign.py, fallout.py, the withdrawal, the import rules):
each test failed on the merge 71322506 and passes with its fix."""

from __future__ import annotations

from healer.engine.fixers.syntax_foreign import bitwise_of_conditions, foreign_repairs
from healer.engine.localise import compile_error

# A form feed (`^L` between a module's sections, as GNU-style and older Python sources have) ends
# a line for str.splitlines() but not for the tokenizer: the compiler's line number is one less.
FORM_FEED = "x = 1\n\x0c\ndef f(a, b):\n    if a == 1 || b == 0:\n        return 1\n"


def test_a_form_feed_above_the_error_line_does_not_move_the_foreign_rewrite():
    error = compile_error(FORM_FEED)
    assert error is not None and error.line == 4
    found = [new for new, _ in foreign_repairs(FORM_FEED, error.line, error.message)]
    assert found and found[0] == FORM_FEED.replace("||", "or")
    compile(found[0], "m.py", "exec")


def test_a_form_feed_above_the_error_line_does_not_hide_the_bitwise_form():
    assert bitwise_of_conditions(FORM_FEED, FORM_FEED.replace("||", "|"), 4)
