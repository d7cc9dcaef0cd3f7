"""Where a healing run's time went, read from its log: `manage.py enginebench breakdown --run ID`.

A run's log already tells each search ("Trying N candidate(s) for LABEL"), each rejected candidate
with its seconds ("rejected '...' (line L, 1.2s): reason"), each search the budget cut short
("Stopped LABEL after N candidate(s)") and, after every repair round, the engine's counters of
where the sandbox and fixer time went (EngineStats.time_line). This module turns that into two
ratio tables: the time by kind of run (checks, targeted, covering, candidates' whole suite, stacked
bases, lint, minimisation, fixers, analysis), and the time by search (candidates offered, rejected,
their seconds and mean). Ratios, not absolute times, are what compare across machines and loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from healer.engine.types import TIME_LINE, TIME_PARTS

TRYING = re.compile(r"^Trying (\d+) candidate\(s\) for (\S+ \S+?)(?: \(|$)")
REJECTED = re.compile(r"^\s+rejected '.*' \((?:line \d+, )?(\d+(?:\.\d+)?)s\): (.*)$")
STOPPED = re.compile(r"^Stopped (\S+ \S+) after (\d+) candidate\(s\)")
FIXED = re.compile(r"^Fixed: ")
DEPENDENCIES = re.compile(r"^Dependencies: installed in (\d+(?:\.\d+)?)s")
PART = re.compile(r"(\w+)=(\d+(?:\.\d+)?)s")
RUNS = re.compile(r"(\w+)=(\d+)(?=\s|$)")


@dataclass
class Search:
    """One failure's search over the whole run (its turns in every round added up)."""

    label: str
    turns: int = 0
    offered: int = 0
    rejected: int = 0
    seconds: float = 0.0  # the rejected candidates' validation time
    stopped: int = 0  # turns its share of a round's budget cut short
    fixed: bool = False

    @property
    def mean(self) -> float:
        return self.seconds / self.rejected if self.rejected else 0.0


@dataclass
class Breakdown:
    dependencies: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)  # the last time line's seconds per part
    runs: dict[str, int] = field(default_factory=dict)  # and its run counts
    searches: dict[str, Search] = field(default_factory=dict)


def breakdown_read(text: str) -> Breakdown:
    """The breakdown of one run's log text (the engine's and the run's lines, in order)."""
    result = Breakdown()
    current: Search | None = None
    for line in text.splitlines():
        if match := TRYING.match(line):
            label = match.group(2)
            current = result.searches.setdefault(label, Search(label))
            current.turns += 1
            current.offered += int(match.group(1))
        elif (match := REJECTED.match(line)) and current is not None:
            current.rejected += 1
            current.seconds += float(match.group(1))
        elif match := STOPPED.match(line):
            result.searches.setdefault(match.group(1), Search(match.group(1))).stopped += 1
        elif FIXED.match(line) and current is not None:
            current.fixed = True
        elif match := DEPENDENCIES.match(line):
            result.dependencies += float(match.group(1))
        elif line.startswith(TIME_LINE):
            seconds, _, runs = line[len(TIME_LINE) :].partition("runs:")
            result.parts = {name: float(value) for name, value in PART.findall(seconds)}
            result.runs = {name: int(value) for name, value in RUNS.findall(runs)}
    return result


def _share(part: float, whole: float) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def report_lines(result: Breakdown, *, wall: float | None = None) -> list[str]:
    """The two ratio tables; `wall` (the run's seconds, when known) adds what no part accounts for."""
    lines = []
    measured = sum(result.parts.get(name, 0.0) for name in TIME_PARTS) + result.dependencies
    whole = max(wall or 0.0, measured)
    lines.append(f"{'part':<14}{'seconds':>9}{'share':>8}")
    rows = [("dependencies", result.dependencies)]
    rows += [(name, result.parts.get(name, 0.0)) for name in TIME_PARTS]
    if wall:
        rows.append(("other", max(0.0, wall - measured)))
    for name, seconds in rows:
        lines.append(f"{name:<14}{seconds:>9.1f}{_share(seconds, whole):>8}")
    if result.runs:
        lines.append("runs: " + ", ".join(f"{name} {count}" for name, count in result.runs.items()))
    searched = sum(search.seconds for search in result.searches.values())
    lines.append("")
    lines.append(
        f"{'search':<48}{'turns':>6}{'offered':>8}{'rejected':>9}{'seconds':>9}{'mean':>7}{'share':>8}"
        f"{'cut':>5}  fixed"
    )
    for search in sorted(result.searches.values(), key=lambda s: -s.seconds):
        lines.append(
            f"{search.label[:47]:<48}{search.turns:>6}{search.offered:>8}{search.rejected:>9}"
            f"{search.seconds:>9.1f}{search.mean:>7.2f}{_share(search.seconds, searched):>8}"
            f"{search.stopped:>5}  {'yes' if search.fixed else 'no'}"
        )
    return lines
