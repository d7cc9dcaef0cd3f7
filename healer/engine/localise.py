"""Fault localisation: from a failure to the faulty line of non-test code.

- Compile errors: CPython's own location, from `compile()` of the file's TEXT on
  the host (never imported or executed here).
- Runtime errors: the deepest traceback frame inside the repository's non-test code.
- Assertion failures whose traceback ends in a test: spectrum-based fault
  localisation (Ochiai) over the per-test coverage of failing and passing tests.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CompileError:
    kind: str  # SyntaxError, IndentationError, TabError, ValueError
    line: int
    offset: int | None
    message: str
    end_line: int | None = None
    end_offset: int | None = None
    text: str = ""


def compile_error(source: str, filename: str = "<healer>") -> CompileError | None:
    """CPython's verdict on a source text; None when it compiles. Never executes anything."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. SyntaxWarning for invalid escapes
        try:
            compile(source, filename, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return CompileError(
                kind=type(exc).__name__,
                line=exc.lineno or 1,
                offset=exc.offset,
                message=exc.msg or str(exc),
                end_line=exc.end_lineno,
                end_offset=exc.end_offset,
                text=exc.text or "",
            )
        except (ValueError, MemoryError, RecursionError) as exc:
            return CompileError(kind="SyntaxError", line=1, offset=None, message=str(exc))
    return None


def deepest_frame(
    frames: Sequence[tuple[str, int, str]], source_files: Iterable[str]
) -> tuple[str, int, str] | None:
    """The innermost frame that lies in the repository's non-test code."""
    sources = set(source_files)
    for frame in reversed(frames):
        if frame[0] in sources and frame[1] > 0:
            return frame
    return None


def ochiai(
    *,
    failing: Sequence[Mapping[str, Sequence[int]]],
    passing: Sequence[Mapping[str, Sequence[int]]],
    files: Iterable[str] | None = None,
) -> list[tuple[str, int, float]]:
    """Rank lines by Ochiai suspiciousness: ef / sqrt(total_failed * (ef + ep)).

    `failing`/`passing` hold one coverage map (file -> executed lines) per test.
    Only lines executed by at least one failing test are ranked. Ties are broken
    by how few passing tests run the line, then by file and line so the order
    is deterministic.
    """
    allowed = set(files) if files is not None else None
    total_failed = len(failing)
    if total_failed == 0:
        return []
    ef: Counter[tuple[str, int]] = Counter()
    ep: Counter[tuple[str, int]] = Counter()
    for coverage in failing:
        for file, lines in coverage.items():
            if allowed is None or file in allowed:
                ef.update((file, n) for n in set(lines))
    for coverage in passing:
        for file, lines in coverage.items():
            if allowed is None or file in allowed:
                ep.update((file, n) for n in set(lines) if (file, n) in ef)
    ranked = []
    for key, failed_count in ef.items():
        score = failed_count / math.sqrt(total_failed * (failed_count + ep[key]))
        ranked.append((key[0], key[1], round(score, 6), ep[key]))
    ranked.sort(key=lambda item: (-item[2], item[3], item[0], item[1]))
    return [(file, line, score) for file, line, score, _ in ranked]
