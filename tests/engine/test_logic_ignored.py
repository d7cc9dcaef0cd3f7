"""Ignored-value families (fixers/logic_ignored.py): an uncalled function, a source returned for its derived value, a
variable read where its unpacked partner was meant."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_ignored import (
    derived_return_rewrites,
    uncalled_rewrites,
    unused_sibling_rewrites,
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
    for rewrite in unused_sibling_rewrites(sf, line):
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


ERRORS = textwrap.dedent(
    """
    class Invalid(Exception):
        def __init__(self, message, errors=None):
            self.message = message
            self.errors = errors or {}

        def __str__(self):
            details = ", ".join(f"{k}: {k}" for k, v in self.errors.items())
            return f"{self.message} ({details})"

        def lines(self):
            out = []
            for name, rule in self.errors.items():
                out.append("%s=%s" % (name, name))
            return out

        def keys(self):
            return ", ".join(f"{k}: {k}" for k, v in self.errors.items() if v)

        def pairs(self):
            return ", ".join(f"{k}: {k}" for k, _ in self.errors.items())
    """
).lstrip("\n")


def _errors_edited(needle: str) -> tuple[list[str], list]:
    from healer.engine.fixers.logic_ignored import unused_sibling_rewrites

    sf = SourceFile.parse("errors.py", ERRORS)
    line = next(i for i, text in enumerate(ERRORS.splitlines(), start=1) if needle in text)
    rewrites = unused_sibling_rewrites(sf, line)
    return [Splicer(sf).apply(r).splitlines()[line - 1].strip() for r in rewrites], rewrites


def test_it_gives_one_use_of_a_name_shown_twice_to_its_loop_sibling_never_read():
    # r371: `f"{k}: {k}" for k, v in ...` shows the key twice and never the value it unpacked
    edited, rewrites = _errors_edited('details = ", ".join(')
    assert edited[0] == 'details = ", ".join(f"{k}: {v}" for k, v in self.errors.items())', edited
    assert 'details = ", ".join(f"{v}: {k}" for k, v in self.errors.items())' in edited
    assert rewrites[0].kind == "name"
    # a for statement's tuple target and a %-message on a line of its body
    edited, _ = _errors_edited('out.append("%s=%s"')
    assert edited[0] == 'out.append("%s=%s" % (name, rule))', edited


def test_it_leaves_a_sibling_that_is_read_or_ignored_on_purpose():
    # `if v` reads the value: nothing is ignored; `_` says the value is ignored on purpose
    assert _errors_edited("if v)")[0] == []
    assert _errors_edited("for k, _ in")[0] == []


def test_it_ranks_the_unused_sibling_above_a_swapped_attribute_on_the_line():
    # the held-out run took `self.errors` for `self.message` on the next line; the anomaly outranks it
    sf = SourceFile.parse("errors.py", ERRORS)
    line = next(i for i, text in enumerate(ERRORS.splitlines(), start=1) if 'details = ", ".join(' in text)
    best = max(_scored_sources(sf, line, "AssertionError"), key=lambda found: found[0])
    assert best[2].startswith("use v, bound beside k"), best[2]
    below = _scored_sources(sf, line + 1, "AssertionError")
    assert all(prior < best[0] for prior, *_ in below)


def test_it_offers_each_program_of_a_doubled_read_once() -> None:
    # pylogic30's misused partner and pyguard56's unused sibling were two families for one anomaly: on
    # `f"{k}: {k}" for k, v` both offered `{k}: {v}` and `{v}: {k}`, so each program was tried twice.
    from healer.engine.fixers.logic_ignored import ignored_rewrites

    sf = SourceFile.parse("errors.py", ERRORS)
    assert sf is not None
    line = next(i for i, text in enumerate(ERRORS.splitlines(), start=1) if 'details = ", ".join(' in text)
    rewrites = ignored_rewrites(sf, line)
    programs = [rewrite.spans for rewrite in rewrites]
    assert len(programs) == len(set(programs)) == 2, [r.description for r in rewrites]
    # each offered once at the higher of its priors (the message's 0.9, not the partner's 0.55 / 0.3)
    assert all(rewrite.prior == 0.9 for rewrite in rewrites)
