"""A generated project of ~500 tests with hand-written bugs, healed one scenario at a time.

The project: a package `shop/` of 25 modules (each ~10 small functions using a shared
`shop/common.py`), 20 tests per module under `tests/`. The bugs are written by hand here,
each the kind of slip a person makes (an off-by-one, a wrong operator, a missing import, a
missing colon ...); none is taken from the engine's candidate lists. Each scenario is
healed from a fresh copy; the figures are the time per healed bug and the whole-suite runs
per accepted fix (the target: exactly one).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import EngineStats, Sandbox
from healer.engine.workspace import Workspace

MODULES = 25

PYPROJECT = """\
[project]
name = "shop"
version = "1.0"

[tool.pytest.ini_options]
testpaths = ["tests"]

[tool.ruff.lint]
select = ["F"]
"""

COMMON = '''\
"""Helpers shared by every module."""


def clamp(value, low, high):
    return max(low, min(value, high))


def normalise_name(name):
    return " ".join(part.capitalize() for part in name.split())


def pairs(items):
    return list(zip(items, items[1:]))
'''

MODULE = '''\
"""Module {k}: pricing and inventory helpers."""

from shop.common import clamp, normalise_name, pairs

RATE = {k}


def scale(values, factor=RATE):
    return [value * factor for value in values]


def best_window(values, size):
    best = 0
    for start in range(len(values) - size + 1):
        best = max(best, sum(values[start:start + size]))
    return best


def label(name, count):
    return normalise_name(name) + ": " + str(count)


def bounded(value):
    return clamp(value, 0, 100 + RATE)


def average(values):
    if not values:
        return 0.0
    return sum(values) / len(values)


def word_counts(text):
    counts = {{}}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def last_items(items, n):
    return items[-n:] if n > 0 else []


def is_even_total(values):
    return sum(values) % 2 == 0


def rising(values):
    return all(a < b for a, b in pairs(values))


def discount(price, percent):
    if percent < 0 or percent > 100:
        raise ValueError("percent out of range")
    return round(price * (100 - percent) / 100, 2)
'''

TESTS = """\
import pytest

from shop.mod{k} import (
    RATE,
    average,
    best_window,
    bounded,
    discount,
    is_even_total,
    label,
    last_items,
    rising,
    scale,
    word_counts,
)


def test_scale():
    assert scale([1, 2]) == [RATE, 2 * RATE]


def test_scale_factor():
    assert scale([3], factor=2) == [6]


def test_best_window():
    assert best_window([1, 3, 2, 5], 2) == 7


def test_best_window_whole():
    assert best_window([4, 1], 2) == 5


def test_label():
    assert label("blue  widget", {k}) == "Blue Widget: {k}"


def test_bounded_low():
    assert bounded(-5) == 0


def test_bounded_high():
    assert bounded(1000) == 100 + RATE


def test_bounded_inside():
    assert bounded(50) == 50


def test_average():
    assert average([1, 2, 3, 4]) == 2.5


def test_average_empty():
    assert average([]) == 0.0


def test_word_counts():
    assert word_counts("a b a") == {{"a": 2, "b": 1}}


def test_word_counts_empty():
    assert word_counts("") == {{}}


def test_last_items():
    assert last_items([1, 2, 3], 2) == [2, 3]


def test_last_items_none():
    assert last_items([1, 2, 3], 0) == []


def test_is_even_total():
    assert is_even_total([1, 3])


def test_is_odd_total():
    assert not is_even_total([1, 2])


def test_rising():
    assert rising([1, 2, 5])


def test_not_rising():
    assert not rising([1, 1, 2])


def test_discount():
    assert discount(80.0, 25) == 60.0


def test_discount_refuses_bad_percent():
    with pytest.raises(ValueError):
        discount(10.0, 120)
"""


def project_files() -> dict[str, str]:
    files = {"pyproject.toml": PYPROJECT, "shop/__init__.py": "", "shop/common.py": COMMON}
    files["tests/__init__.py"] = ""
    for k in range(MODULES):
        files[f"shop/mod{k}.py"] = MODULE.format(k=k)
        files[f"tests/test_mod{k}.py"] = TESTS.format(k=k)
    return files


@dataclass(frozen=True)
class Injection:
    file: str
    old: str
    new: str


@dataclass(frozen=True)
class Scenario:
    name: str
    bugs: tuple[Injection, ...]


# One scenario per bug kind, plus two with bugs hiding bugs. Written by hand.
SCENARIOS = (
    Scenario(
        "logic-off-by-one", (Injection("shop/mod3.py", "len(values) - size + 1", "len(values) - size"),)
    ),
    Scenario("logic-operator", (Injection("shop/mod7.py", "% 2 == 0", "% 2 == 1"),)),
    Scenario("logic-comparison", (Injection("shop/mod11.py", "a < b for", "a <= b for"),)),
    Scenario("type-error", (Injection("shop/mod5.py", '": " + str(count)', '": " + count'),)),
    Scenario(
        "import-missing",
        (
            Injection(
                "shop/mod9.py",
                "from shop.common import clamp, normalise_name, pairs",
                "from shop.common import normalise_name, pairs",
            ),
        ),
    ),
    Scenario("syntax-colon", (Injection("shop/mod13.py", "def average(values):", "def average(values)"),)),
    Scenario("indentation", (Injection("shop/mod15.py", "    return best\n", "      return best\n"),)),
    Scenario(
        "logic-shared-helper",
        (Injection("shop/common.py", "max(low, min(value, high))", "max(low, min(value, high - 1))"),),
    ),
    Scenario(
        "masked-syntax-then-logic",
        (
            Injection("shop/mod17.py", "def discount(price, percent):", "def discount(price, percent)"),
            Injection("shop/mod17.py", "(100 - percent) / 100", "(100 + percent) / 100"),
        ),
    ),
    Scenario(
        "masked-import-type-logic",
        (
            Injection(
                "shop/mod19.py",
                "from shop.common import clamp, normalise_name, pairs",
                "from shop.common import clamp, normalise_name, pair",
            ),
            Injection("shop/mod19.py", '": " + str(count)', '": " + count'),
            Injection("shop/mod21.py", "items[-n:]", "items[-n + 1:]"),
        ),
    ),
)


def write_scenario(root: Path, scenario: Scenario) -> None:
    for relpath, text in project_files().items():
        for bug in scenario.bugs:
            if bug.file == relpath:
                if bug.old not in text:
                    raise ValueError(f"{scenario.name}: {bug.old!r} is not in {relpath}")
                text = text.replace(bug.old, bug.new, 1)
        target = root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)


@dataclass
class Result:
    scenario: str
    bugs: int
    fixed: int
    passed: bool
    seconds: float
    stats: EngineStats = field(default_factory=EngineStats)


SandboxFactory = Callable[[Workspace, str], AbstractContextManager[Sandbox]]


def heal(scenario: Scenario, open_sandbox: SandboxFactory, *, iterations: int = 5) -> Result:
    """Heal one scenario the way a run does: check, repair, check ... until it passes."""
    root = Path(tempfile.mkdtemp(prefix=f"healer-large-{scenario.name}-"))
    try:
        write_scenario(root, scenario)
        workspace = Workspace(root)
        started = time.monotonic()
        fixed = 0
        with open_sandbox(workspace, scenario.name) as sandbox:
            engine = Engine(workspace=workspace, sandbox=sandbox, config=EngineConfig(test_timeout=30))
            engine.discover()
            for _ in range(iterations):
                report = engine.check()
                if report.ok:
                    break
                outcomes = list(engine.repair(report))
                fixed += len(outcomes)
                if not outcomes:
                    break
            passed = engine.check().ok
        return Result(
            scenario.name, len(scenario.bugs), fixed, passed, time.monotonic() - started, engine.stats
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(open_sandbox: SandboxFactory, scenarios: tuple[Scenario, ...] = SCENARIOS) -> Iterator[Result]:
    for scenario in scenarios:
        yield heal(scenario, open_sandbox)


def report_lines(results: list[Result]) -> list[str]:
    lines = [
        f"{'scenario':<28} {'bugs':>4} {'fixed':>5} {'pass':>5} {'time':>7} {'per bug':>8} {'suite/fix':>9} {'tried':>6}"
    ]
    per_bug = []
    for r in results:
        per = r.seconds / r.fixed if r.fixed else None
        if r.passed and per is not None:
            per_bug.append(per)
        ratio = r.stats.suite_runs_per_fix
        lines.append(
            f"{r.scenario:<28} {r.bugs:>4} {r.fixed:>5} {'yes' if r.passed else 'no':>5} {r.seconds:>6.1f}s "
            f"{(f'{per:.1f}s' if per is not None else '-'):>8} {(f'{ratio:.2f}' if ratio is not None else '-'):>9} "
            f"{r.stats.candidates_tried:>6}"
        )
    fixes = sum(r.stats.fixes_accepted for r in results)
    suite = sum(r.stats.suite_runs_for_fixes for r in results)
    healed = sum(1 for r in results if r.passed)
    lines.append(
        f"healed {healed}/{len(results)} scenarios; median time per healed bug "
        f"{statistics.median(per_bug):.1f}s (target <= 30s); whole-suite runs per accepted fix "
        f"{suite}/{fixes} = {suite / fixes if fixes else 0:.2f} (target 1)"
        if per_bug
        else f"healed {healed}/{len(results)} scenarios"
    )
    return lines
