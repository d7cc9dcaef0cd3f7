"""A generated project of ~500 tests and hand-written bugs in it (no engine imports here).

The project: a package `shop/` of 25 modules (each ~10 small functions using a shared
`shop/common.py`), 20 tests per module under `tests/`. The bugs are written by hand here,
each the kind of slip a person makes (an off-by-one, a wrong operator, a missing import, a
missing colon ...); none is taken from the engine's candidate lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
