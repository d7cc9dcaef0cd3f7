"""Ignored-value families (fixers/logic_ignored.py): an uncalled function, a source returned for its derived value, a
variable read where its unpacked partner was meant."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_ignored import (
    derived_return_rewrites,
    misused_partner_rewrites,
    uncalled_rewrites,
)
from healer.engine.fixers.logic_templates import Splicer

# `keep` is a predicate the module passes to filter(); the second lambda tests the function object itself.
SHELF = textwrap.dedent(
    """
    def build(limit):
        def keep(item):
            return item < limit
        return keep


    def kept(items, limit):
        keep = build(limit)
        return list(filter(keep, items))


    def dropped(items, limit):
        keep = build(limit)
        return list(filter(lambda item: not keep, items))


    def dropped_listed(items, limit):
        keep = build(limit)
        return [item for item in items if not keep]


    def dropped_on_purpose(items, limit):
        keep = build(limit)
        return [1 for _ in items if not keep]


    def counted(items, limit):
        keep = build(limit)
        return list(filter(lambda item: keep(item) and item, items))


    def ready():
        return True


    def status(items):
        if ready:
            return len(items)
        return 0


    def then(source, step):
        value = step(source.result())
        if value is None:
            raise ValueError(value)
        return source.result()


    def copied(source):
        value = source.result()
        return source.result()
    """
).lstrip("\n")


def _line(needle: str) -> int:
    return next(i for i, text in enumerate(SHELF.splitlines(), start=1) if needle in text)


def _edited(rewrites, line: int) -> list[str]:
    sf = SourceFile.parse("shelf.py", SHELF)
    sp = Splicer(sf)
    return [sp.apply(r).splitlines()[line - 1].strip() for r in rewrites]


def _sf() -> SourceFile:
    sf = SourceFile.parse("shelf.py", SHELF)
    assert sf is not None
    return sf


def test_it_calls_a_function_its_lambda_tests_instead_of_its_own_variable():
    line = _line("lambda item: not keep,")
    assert _edited(uncalled_rewrites(_sf(), line), line) == [
        "return list(filter(lambda item: not keep(item), items))"
    ]


def test_it_calls_a_function_a_comprehension_condition_tests_instead_of_its_variable():
    line = _line("if not keep]")
    assert "return [item for item in items if not keep(item)]" in _edited(
        uncalled_rewrites(_sf(), line), line
    )


def test_it_leaves_a_variable_named_as_ignored_on_purpose():
    line = _line("[1 for _ in items")
    assert uncalled_rewrites(_sf(), line) == []


def test_it_leaves_a_lambda_that_reads_its_own_variable():
    assert uncalled_rewrites(_sf(), _line("keep(item) and item")) == []


def test_it_leaves_a_function_passed_on_as_a_function():
    assert uncalled_rewrites(_sf(), _line("filter(keep, items)")) == []


def test_it_calls_a_function_tested_for_truth_with_no_arguments_when_the_module_does():
    line = _line("if ready:")
    assert _edited(uncalled_rewrites(_sf(), line), line) == ["if ready():"]


def test_it_returns_the_local_computed_from_the_returned_expression():
    line = _line("return source.result()")
    rewrites = derived_return_rewrites(_sf(), line)
    assert _edited(rewrites, line) == ["return value"]
    assert rewrites[0].kind == "return"


def test_it_does_not_return_a_plain_copy_of_the_returned_expression():
    # `value = source.result()` is the same value, not one derived from it: nothing to prefer.
    lines = [i for i, text in enumerate(SHELF.splitlines(), start=1) if "return source.result()" in text]
    assert derived_return_rewrites(_sf(), lines[-1]) == []


def test_it_adds_both_families_to_the_logic_fixers_candidates_of_the_line():
    line = _line("return source.result()")
    descriptions = [description for _, _, description, _ in _scored_sources(_sf(), line, "AssertionError")]
    assert any(d.startswith("return value (computed from") for d in descriptions)
    line = _line("lambda item: not keep,")
    descriptions = [description for _, _, description, _ in _scored_sources(_sf(), line, "AssertionError")]
    assert "call keep(item) instead of reading the function keep" in descriptions


# Each comprehension unpacks a pair; only `shown` reads one half twice and ignores the other.
PAIRS = textwrap.dedent(
    """
    def shown(errors):
        return ", ".join(f"{k}: {k}" for k, v in errors.items())


    def keys_only(errors):
        return [k for k, v in errors.items()]


    def filtered(errors):
        return [k for k, v in errors.items() if k]


    def discarded(errors):
        return [f"{k}: {k}" for k, _ in errors.items()]


    def both_read(errors):
        return [f"{k}: {v} ({k})" for k, v in errors.items()]


    def squared(points):
        return {x: x for x, y, z in points}
    """
).lstrip("\n")


def _pair_edits(needle: str) -> list[tuple[str, float]]:
    sf = SourceFile.parse("pairs.py", PAIRS)
    assert sf is not None
    line = PAIRS.splitlines().index(next(row for row in PAIRS.splitlines() if needle in row)) + 1
    sp = Splicer(sf)
    found = []
    for rewrite in misused_partner_rewrites(sf, line):
        new_source = sp.apply(rewrite)
        assert new_source is not None
        found.append((new_source.splitlines()[line - 1].strip(), rewrite.prior))
    return found


def test_it_reads_the_ignored_partner_at_the_doubled_names_later_read_first() -> None:
    # The copy-paste slip `f"{k}: {k}"`: the later read is the partner's position, so it ranks first.
    edits = sorted(_pair_edits('f"{k}: {k}" for k, v'), key=lambda e: -e[1])
    assert [text for text, _prior in edits] == [
        'return ", ".join(f"{k}: {v}" for k, v in errors.items())',
        'return ", ".join(f"{v}: {k}" for k, v in errors.items())',
    ]


def test_it_leaves_a_partner_unused_when_the_other_is_read_once() -> None:
    # `[k for k, v in ...]` only drops the value: nothing is read twice, so no name looks misread.
    assert _pair_edits("return [k for k, v in errors.items()]") == []
    # A filter reading the key is no second read of the element.
    assert _pair_edits("if k]") == []


def test_it_leaves_a_partner_ignored_on_purpose_or_read() -> None:
    assert _pair_edits("for k, _ in") == []  # `_` says it is ignored on purpose
    assert _pair_edits("({k})") == []  # both halves are read: no ignored partner


def test_it_leaves_a_comprehension_ignoring_several_names() -> None:
    # Two names ignored: no single partner to read instead.
    assert _pair_edits("{x: x for x, y, z") == []


def test_it_adds_the_partner_edit_to_the_logic_fixers_candidates() -> None:
    sf = SourceFile.parse("pairs.py", PAIRS)
    assert sf is not None
    found = _scored_sources(sf, 2, "AssertionError")
    assert any('f"{k}: {v}"' in source.splitlines()[1] for _prior, source, _d, _k in found)
