"""Where each failing test failed: the place a fix must make the failure leave.

A candidate fixes its target only if what it targets is gone. A targeted test that
still fails after the candidate may do so because the fix uncovered a bug the first
one hid (a masked bug): then it fails at another place, further on. If it fails at
the same place — the same line raising, whatever the exception now is — or at the
same statement of the test, the candidate did not fix it.
"""

from __future__ import annotations

from dataclasses import dataclass

from healer.engine.analysis.classify import primary_exception, syntax_info
from healer.engine.checks import CollectError, PytestRun, TestResult


@dataclass(frozen=True)
class Place:
    file: str  # where it was raised: the innermost repository frame, or the syntax error's file
    line: int
    test_line: int  # the statement of the test where it surfaced (0 when not known)
    kind: str  # exception type
    message: str = ""  # the exception's message, values included
    # Every repository frame (file, line) of the traceback, outermost first: the statements
    # that were still running when it was raised.
    stack: tuple[tuple[str, int], ...] = ()
    # For an error raised while handling another (`except ValueError: raise ValueError(...)`):
    # the stack of the one it handled, in the same numbering (the handler's caller frames, then
    # the frames from the handling function down to where that one was raised).
    handled: tuple[tuple[str, int], ...] = ()
    # The function of each frame of `stack` (same order): lines of two functions are not ordered.
    functions: tuple[str, ...] = ()


def place_of(item: CollectError | TestResult) -> Place | None:
    exc = primary_exception(item.exception)
    if exc is None:
        return None
    syntax = syntax_info(item.exception)
    if syntax is not None:
        info = syntax["syntax"]
        return Place(
            info.get("filename") or "",
            int(info.get("lineno") or 0),
            0,
            syntax.get("type") or "",
            info.get("msg") or "",
        )
    frames = exc.get("frames") or []
    test_file = item.nodeid.split("::", 1)[0]
    test_line = next((line for file, line, _ in frames if file == test_file), 0)
    if frames:
        file, line, _ = frames[-1]
    else:
        file, line = test_file, 0
    stack = tuple((name, number) for name, number, _ in frames)
    functions = tuple(str(function or "") for _, _, function in frames)
    return Place(
        file,
        line,
        test_line,
        exc.get("type") or "",
        exc.get("message") or "",
        stack,
        _handled(exc, stack),
        functions,
    )


def _handled(exc: dict, stack: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    """The full stack of the exception `exc` was raised while handling, when its handler is the
    function `exc` was raised in (a traceback starts at the frame that caught it)."""
    cause = exc.get("cause") or {}
    caught = [tuple(frame) for frame in cause.get("frames") or []]
    raised = [tuple(frame) for frame in exc.get("frames") or []]
    # The handler's frame is the innermost of `exc` (same file and function); a cause whose
    # outer frames were trimmed from the report does not say where it was caught.
    if not stack or not caught or not raised or caught[0][0::2] != raised[-1][0::2]:
        return ()
    return (*stack[:-1], *((frame[0], frame[1]) for frame in caught))


def failing_places(run: PytestRun) -> dict[str, Place | None]:
    """nodeid -> place, for every failing test and collection error of a run."""
    places: dict[str, Place | None] = {}
    for error in run.collect_errors:
        places[error.nodeid] = place_of(error)
    for test in run.tests.values():
        if test.failed:
            places[test.nodeid] = place_of(test)
    return places
