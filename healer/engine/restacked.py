"""A second edit on a line this run already changed, weighed as ONE edit of the original line.

The repair loop accepts one edit at a time. When an accepted edit made a failing test pass but
was not the bug's fix (`i = 15 - off` -> `i = 15 + off`, where the bug was `15` for `16`), a later
failure's search may build on it (`15 + off` -> `16 + off`) and pass as well: two edits, the
first of them wrong, where one edit of the original line (`16 - off`) was the fix. Program
repair prefers the smaller patch among those that pass (the minimality bias of GenProg's
minimisation and of Prophet/TBar-style ranking: a fix is one mutation of the code as written),
so when a candidate that passed its targeted tests rewrites a line the run's last accepted fix of
that file changed, the candidate that undoes that first change and applies only the second to the
ORIGINAL line is tried first (Engine._one_edit_instead); it is taken when it passes the failure's
targeted tests and the whole suite confirms it (the first fix's own tests must still pass: the
confirmation refuses any test that passed before and fails under it).

Bounded: at most one such candidate per passing trial, built by a common-prefix/suffix scan of
three lines (linear in the line's length); nothing is made when the two changes overlap on the
line (the second edit then rewrote the first, and there is no one edit of the original to try).
"""

from __future__ import annotations

from dataclasses import replace

from healer.engine.fixers.base import Candidate
from healer.engine.fixers.lineedit import changed_region, shorten, split_lines
from healer.engine.minimise import AcceptedEdit
from healer.engine.types import BugType

# Value-level edits only: compile repairs that touch a line twice are reported as completing the
# first (chains.amended_fix), and their texts need not parse one edit at a time.
RESTACKABLE = frozenset({BugType.LOGIC, BugType.TYPE_ERROR})


def _span(a: str, b: str) -> tuple[int, int, int]:
    """(start, end in a, end in b) of the one changed span between a and b (common prefix/suffix)."""
    limit = min(len(a), len(b))
    start = 0
    while start < limit and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    return start, end_a, end_b


def _one_line_change(before: str, after: str) -> tuple[int, str, str] | None:
    """(0-based index, line before, line after, both without their endings) when `after` is `before`
    with exactly one line changed (lineedit.changed_region: the common head and tail cut off)."""
    old, new, first = changed_region(before, after)
    if len(old) != 1 or len(new) != 1:
        return None
    return first - 1, old[0], new[0]


def second_edit_on_original(original: str, first: str, second: str) -> str | None:
    """The original line with only the second edit's change applied, or None.

    `first` is `original` with the accepted (first) edit; `second` is `first` with the new edit.
    The second change is moved onto the original line when it lies wholly before or wholly after
    the first change's span (then the text around it is the same on both lines).
    """
    o_start, o_end, f_end = _span(
        original, first
    )  # the first change: original[o_start:o_end] -> first[o_start:f_end]
    s_start, s_end, n_end = _span(
        first, second
    )  # the second change: first[s_start:s_end] -> second[s_start:n_end]
    if s_start == s_end == n_end:
        return None
    replacement = second[s_start:n_end]
    if s_end <= o_start:
        moved = original[:s_start] + replacement + original[s_end:]
    elif s_start >= f_end:
        shift = (o_end - o_start) - (f_end - o_start)  # the original line is longer by this much
        moved = original[: s_start + shift] + replacement + original[s_end + shift :]
    else:
        return None
    if moved in (original, first, second):
        return None
    return moved


def one_edit_instead(accepted: list[AcceptedEdit], candidate: Candidate, current: str) -> Candidate | None:
    """The candidate that applies `candidate`'s change of a line to that line as it was before the
    run's last accepted fix of the file changed it, or None when `candidate` does not re-edit such a line.

    `current` is the file's text now. Only the last accepted fix of the file counts, and only while
    the file is still exactly as that fix left it (its line numbers are then the candidate's).
    """
    last = next((edit for edit in reversed(accepted) if edit.outcome.file == candidate.file), None)
    if last is None or last.after != current or last.outcome.bug_type not in RESTACKABLE:
        return None
    if candidate.bug_type is not None and candidate.bug_type not in RESTACKABLE:
        return None
    first = _one_line_change(last.before, last.after)
    second = _one_line_change(current, candidate.new_source)
    if first is None or second is None or first[0] != second[0]:
        return None
    index, original_line, first_line = first
    moved = second_edit_on_original(original_line, first_line, second[2])
    if moved is None:
        return None
    lines = split_lines(current)
    # split_lines keeps each line's ending: the moved line keeps the current one's.
    ending = lines[index][len(lines[index].rstrip("\r\n")) :]
    lines[index] = moved.rstrip("\r\n") + ending
    return replace(
        candidate,
        new_source="".join(lines),
        description=(
            f"write `{shorten(moved.strip(), 60)}` on line {index + 1}, one edit of the line as it was written "
            f"(in place of '{last.outcome.description}' and then '{candidate.description}')"
        ),
        making_site=False,
        avoids=False,
        wraps=False,
    )
