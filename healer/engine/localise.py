"""Fault localisation: from a failure to the faulty line of non-test code.

- Compile errors: CPython's own location, from `compile()` of the file's TEXT on
  the host (never imported or executed here).
- Runtime errors: the deepest traceback frame inside the repository's non-test code.
- Assertion failures whose traceback ends in a test: spectrum-based fault
  localisation (Ochiai; Abreu et al., "On the accuracy of spectrum-based fault
  localization", 2007) over the per-test coverage of failing and passing tests.
"""

from __future__ import annotations

import math
import re
import sys
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


_VERSION_RE = re.compile(r"^(\d+)\.(\d+)")


def python_version(text: str) -> tuple[int, int] | None:
    """(major, minor) of a version string such as "3.13.1", None when it is not one."""
    match = _VERSION_RE.match(text or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def host_judges_syntax(sandbox_python: str, *, host: tuple[int, int] | None = None) -> bool:
    """Whether the host's compile() may veto source text that the sandbox's Python will run.

    A newer Python accepts syntax an older one rejects (`type X = int`, PEP 695 generics, ...),
    so when the sandbox runs a newer Python than the host, the host cannot judge a file; only
    the sandbox can. Unknown sandbox versions are taken to be the host's own.
    """
    sandbox = python_version(sandbox_python)
    return sandbox is None or sandbox <= (host or sys.version_info[:2])


def deepest_frame(
    frames: Sequence[tuple[str, int, str]], source_files: Iterable[str]
) -> tuple[str, int, str] | None:
    """The innermost frame that lies in the repository's non-test code."""
    sources = set(source_files)
    for frame in reversed(frames):
        if frame[0] in sources and frame[1] > 0:
            return frame
    return None


Coverage = Mapping[str, Sequence[int]]


class Spectrum:
    """How many passing tests execute each line, counted once for many rankings.

    Ranking one failing test (or one group of them) then costs only the lines
    those tests executed: analysing N failing tests is linear in their coverage,
    never N times the passing tests' coverage.
    """

    def __init__(self, passing: Iterable[Coverage], files: Iterable[str] | None = None) -> None:
        self.allowed = set(files) if files is not None else None
        self.ep: Counter[tuple[str, int]] = Counter()
        for coverage in passing:
            for file, lines in coverage.items():
                if self.allowed is None or file in self.allowed:
                    self.ep.update((file, n) for n in set(lines))

    def executed(self, coverage: Coverage) -> set[tuple[str, int]]:
        """The (file, line) pairs of one test's coverage that are ranked at all."""
        return {
            (file, n)
            for file, lines in coverage.items()
            if self.allowed is None or file in self.allowed
            for n in lines
        }

    def ochiai(self, failing: Sequence[Coverage]) -> list[tuple[str, int, float]]:
        """Rank lines by Ochiai suspiciousness: ef / sqrt(total_failed * (ef + ep)).

        Only lines executed by at least one failing test are ranked. Ties are broken
        by how few passing tests run the line, then by file and line so the order is
        deterministic.
        """
        total_failed = len(failing)
        if total_failed == 0:
            return []
        ef: Counter[tuple[str, int]] = Counter()
        for coverage in failing:
            ef.update(self.executed(coverage))
        ranked = []
        for key, failed_count in ef.items():
            passed_count = self.ep.get(key, 0)
            score = failed_count / math.sqrt(total_failed * (failed_count + passed_count))
            ranked.append((key[0], key[1], round(score, 6), passed_count))
        ranked.sort(key=lambda item: (-item[2], item[3], item[0], item[1]))
        return [(file, line, score) for file, line, score, _ in ranked]


def ochiai(
    *,
    failing: Sequence[Coverage],
    passing: Sequence[Coverage],
    files: Iterable[str] | None = None,
) -> list[tuple[str, int, float]]:
    """Ochiai ranking of one set of failing tests against the passing ones (see `Spectrum`)."""
    return Spectrum(passing, files).ochiai(failing)
