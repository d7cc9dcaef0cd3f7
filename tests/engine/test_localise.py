from __future__ import annotations

from healer.engine.localise import compile_error, deepest_frame, ochiai


def test_it_reports_cpythons_location_for_a_syntax_error():
    error = compile_error("def f():\n    if x\n        return 1\n")
    assert (error.kind, error.line) == ("SyntaxError", 2)
    assert "expected ':'" in error.message


def test_it_tells_indentation_and_tab_errors_apart():
    assert compile_error("def f():\nreturn 1\n").kind == "IndentationError"
    assert compile_error("if True:\n        a = 1\n\tb = 2\n").kind == "TabError"


def test_it_never_executes_the_source():
    assert compile_error("raise SystemExit('executed')\n") is None


def test_it_reports_null_bytes_as_a_syntax_error():
    assert compile_error("x = 1\x00\n").kind == "SyntaxError"


def test_deepest_frame_skips_tests_and_foreign_files():
    frames = [
        ("tests/test_a.py", 4, "test_a"),
        ("src/a.py", 10, "f"),
        ("src/b.py", 3, "g"),
        ("/usr/lib/x.py", 1, "h"),
    ]
    assert deepest_frame(frames, {"src/a.py", "src/b.py"}) == ("src/b.py", 3, "g")
    assert deepest_frame(frames, {"src/a.py"}) == ("src/a.py", 10, "f")
    assert deepest_frame(frames, set()) is None


def test_ochiai_ranks_the_line_only_failing_tests_run_first():
    failing = [{"m.py": [1, 2, 5]}, {"m.py": [1, 2, 5]}]
    passing = [{"m.py": [1, 2, 3]}, {"m.py": [1, 3]}]
    ranked = ochiai(failing=failing, passing=passing)
    assert ranked[0] == ("m.py", 5, 1.0)
    # Line 2: ef=2, ep=1 -> 2 / sqrt(2 * 3); line 1: ef=2, ep=2 -> 2 / sqrt(2 * 4)
    assert [line for _, line, _ in ranked] == [5, 2, 1]
    assert ranked[1][2] > ranked[2][2]


def test_ochiai_limits_to_the_given_files_and_needs_a_failing_test():
    assert ochiai(failing=[], passing=[{"m.py": [1]}]) == []
    ranked = ochiai(failing=[{"m.py": [1], "tests/t.py": [4]}], passing=[], files={"m.py"})
    assert ranked == [("m.py", 1, 1.0)]
