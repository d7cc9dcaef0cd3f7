"""A paused search whose list is made afresh after another fix skips what it tried, not the new top."""

from __future__ import annotations

from healer.engine.fixers.base import Candidate
from healer.engine.repair import Engine, _tried_first
from healer.engine.workspace import Workspace


def _candidate(line: int, description: str, text: str = "") -> Candidate:
    return Candidate("pkg/sender.py", text or f"# {line} {description}\n", description, line)


def test_it_skips_the_candidates_tried_before_and_keeps_the_new_order_for_the_rest():
    # Ranked afresh under the new state: the key (line 206) rose to the top, ahead of edits tried.
    fresh = [
        _candidate(206, "use sent == 0 instead of sent == -1"),
        _candidate(192, "negate the condition"),
        _candidate(150, "use + instead of -"),
        _candidate(192, "use or instead of and"),
    ]
    tried = {("pkg/sender.py", 192, "negate the condition"), ("pkg/sender.py", 192, "use or instead of and")}
    ordered, skip = _tried_first(fresh, tried)
    assert skip == 2
    assert [c.description for c in ordered[skip:]] == [
        "use sent == 0 instead of sent == -1",
        "use + instead of -",
    ]
    assert {(c.file, c.line, c.description) for c in ordered[:skip]} == tried


def test_a_tried_candidate_the_new_list_lacks_is_not_counted():
    fresh = [_candidate(206, "use sent == 0 instead of sent == -1")]
    ordered, skip = _tried_first(fresh, {("pkg/sender.py", 9, "gone")})
    assert skip == 0 and ordered == fresh


def test_forgetting_the_searches_keeps_what_each_paused_one_tried(tmp_path):
    engine = Engine(workspace=Workspace(tmp_path), sandbox=None, fixers=[])
    paused, finished = ("paused",), ("untouched",)
    listed = [_candidate(line, f"edit {line}") for line in (1, 2, 3)]
    engine._generated = {paused: listed, finished: listed}
    engine._resume = {paused: 2}
    engine._forget_searches()
    assert engine._generated == {}
    assert engine._tried_before == {paused: {("pkg/sender.py", 1, "edit 1"), ("pkg/sender.py", 2, "edit 2")}}


def test_a_fix_that_shifts_the_file_s_lines_does_not_skip_an_untried_edit_now_at_a_tried_line(tmp_path):
    # The paused search tried "negate the condition" on line 4 only. Another failure's fix then
    # puts two imports at the top of the same file: the untried edit of line 2 is on line 4 now,
    # and the tried one on line 6. Keyed by the current line, the untried one was skipped.
    original = (
        "def f(a, b):\n    if a < b:\n        return a\n    if a > b:\n        return b\n    return 0\n"
    )
    shifted = "import os\nimport sys\n" + original
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "sender.py").write_text(original)
    engine = Engine(workspace=Workspace(tmp_path), sandbox=None, fixers=[])
    engine._original("pkg/sender.py")
    paused = ("paused",)
    engine._generated = {
        paused: [_candidate(4, "negate the condition", "a"), _candidate(2, "negate the condition", "b")]
    }
    engine._resume = {paused: 1}
    engine._forget_searches()  # before the fix is written, as Engine._accept does
    (tmp_path / "pkg" / "sender.py").write_text(shifted)
    fresh = [_candidate(4, "negate the condition", "untried"), _candidate(6, "negate the condition", "tried")]
    ordered, skip = engine._resumed_order(paused, fresh)
    assert skip == 1
    assert [c.new_source for c in ordered[skip:]] == ["untried"]
