"""Round 48's review of pylayers22: hostile input for the version-file step and the meaning checks."""

from __future__ import annotations

import time

from healer.engine.fixers.syntax_meaning import lost_defaults


def test_lost_defaults_is_linear_in_the_edited_parameter_list():
    lines = ["def f(\n"]
    lines += [", ".join(f"b{i}_{k}=1" for k in range(300)) + ",\n" for i in range(19)]
    old = "".join([*lines, "):\n", "    pass\n"])
    new = old.replace("b3_7=1", "b3_7: 1")
    started = time.monotonic()
    assert lost_defaults(old, new) == ("b3_7",)
    assert time.monotonic() - started < 2
