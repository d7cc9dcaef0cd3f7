"""Round 53 (npm27): a line break before an arrow's `=>` (syntax.early_error_candidates)."""

from healer.engine.javascript.fixers.syntax import syntax_candidates

ARROW = "const sum = (a, b)\n  => a + b;\n\nmodule.exports = { sum };\n"


def test_it_joins_the_arrow_to_the_line_of_its_parameters():
    for line in (1, 2):
        first = syntax_candidates(ARROW, "m.js", line=line)[0]
        assert first.text.splitlines()[0] == "const sum = (a, b) => a + b;"


def test_it_leaves_an_arrow_whose_break_comes_after_the_arrow_alone():
    text = "const sum = (a, b) =>\n  a + b;\n\nmodule.exports = { sum };\n"
    assert syntax_candidates(text, "m.js", line=2) == []


def test_it_does_not_touch_an_arrow_elsewhere_in_the_file():
    text = "const one = 1;\nconst sum = (a, b)\n  => a + b;\n"
    assert syntax_candidates(text, "m.js", line=1) == []
