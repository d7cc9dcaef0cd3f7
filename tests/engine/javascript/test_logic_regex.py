"""logic_regex's families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.fixers.logic import logic_candidates


def lines(text: str, line: int, path: str = "a.js") -> list[str]:
    """The edited line of each candidate at `line`, in the order generated."""
    return [c.text.split("\n")[line - 1] for c in logic_candidates(text, path, line=line)]


# --- '|' binds loosest


def test_it_groups_alternatives_an_anchor_binds_only_one_of():
    text = "const COLOUR = /^red|green|blue$/;\nexport const isColour = (s) => COLOUR.test(s);\n"
    found = lines(text, 1)
    assert "const COLOUR = /^(red|green|blue)$/;" in found
    assert "const COLOUR = /^(?:red|green|blue)$/;" in found
    # before the weaker flag edit of the same pattern
    assert found.index("const COLOUR = /^(red|green|blue)$/;") < found.index(
        "const COLOUR = /^red|green|blue$/m;"
    )


def test_it_leaves_a_grouped_or_global_alternation_alone():
    grouped = "const COLOUR = /^(red|green)$/;\n"
    trim = "export const trim = (s) => s.replace(/^\\s+|\\s+$/g, '');\n"
    assert not [line for line in lines(grouped, 1) if "((" in line or "(?:(" in line]
    assert not [line for line in lines(trim, 1) if "(?:" in line or "^(" in line]


def test_it_ignores_a_bar_inside_a_class_or_escaped():
    text = "const PIPE = /^[|]x\\|y$/;\n"
    assert not [line for line in lines(text, 1) if "^(" in line or "^(?:" in line]


# --- split returns what groups capture


def test_it_makes_a_split_patterns_groups_non_capturing():
    text = "export const fields = (row) => row.split(/\\s*(,|;)\\s*/);\n"
    assert "export const fields = (row) => row.split(/\\s*(?:,|;)\\s*/);" in lines(text, 1)


def test_it_leaves_groups_alone_outside_split():
    text = "export const pair = (row) => row.match(/(a|b)-(c)/);\n"
    assert not [line for line in lines(text, 1) if "(?:" in line]


# --- missing flags, after every other edit of the line


def test_it_adds_the_dotall_flag_to_a_pattern_with_a_dot_last():
    text = "export const body = (s) => s.match(/BEGIN(.*)END/)[1];\n"
    found = lines(text, 1)
    wanted = "export const body = (s) => s.match(/BEGIN(.*)END/s)[1];"
    # the pattern has no anchor, so the dotall flag is the one flag edit, and the last edit of the line
    assert found[-1] == wanted


def test_it_adds_the_multiline_flag_only_to_an_anchored_pattern():
    anchored = "export const note = (s) => s.match(/^note: (\\w+)$/);\n"
    plain = "export const word = (s) => s.match(/note: (\\w+)/);\n"
    assert "export const note = (s) => s.match(/^note: (\\w+)$/m);" in lines(anchored, 1)
    assert not [line for line in lines(plain, 1) if "/m)" in line]


def test_it_adds_no_dotall_flag_for_a_dot_in_a_class_or_escaped():
    text = "export const dotted = (s) => /^[.]\\.x$/.test(s);\n"
    assert not [line for line in lines(text, 1) if "/s.test" in line or "/ms.test" in line]


# --- logic_library's greedy-run edit and a group's closing parenthesis


def test_it_offers_no_character_class_for_a_group_close_after_a_greedy_run():
    text = "export const body = (s) => s.match(/BEGIN(.*)END/)[1];\n"
    assert not [line for line in lines(text, 1) if "[^)]" in line]


def test_it_still_stops_a_greedy_run_at_an_escaped_parenthesis():
    text = "export const inner = (s) => s.replace(/\\(.*\\)/g, '');\n"
    assert "export const inner = (s) => s.replace(/\\([^)]*\\)/g, '');" in lines(text, 1)
