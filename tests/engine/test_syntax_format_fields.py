"""One-character edits of a `.format` string in the field grammar's alphabet (fixers/syntax_format_fields.py)."""

from __future__ import annotations

from healer.engine.fixers.linting import format_string_repairs
from healer.engine.fixers.syntax_format_fields import (
    CONVERSIONS,
    field_edits,
    meaning_lost,
    rank_format_repairs,
)


def test_it_reads_the_conversions_from_str_format_itself():
    assert sorted(CONVERSIONS) == ["a", "r", "s"]


def test_it_gives_a_bare_conversion_mark_its_conversion_the_file_uses():
    assert field_edits('"not {mode!}."', supplied=1)[0][0] == '"not {mode!r}."'
    assert field_edits('"not {mode!}."', supplied=1, source='f"{x!s}"')[0][0] == '"not {mode!s}."'


def test_it_replaces_a_bracket_typed_for_the_closing_brace():
    assert field_edits('"<{0}: {1]>"', supplied=2)[0][0] == '"<{0}: {1}>"'


def test_it_keeps_only_edits_with_one_field_per_argument():
    assert all(new.count("{") == 2 for new, _ in field_edits('"<{0}: {1]>"', supplied=2))


def test_it_offers_nothing_for_a_string_that_formats():
    assert field_edits('"{0} and {1}"', supplied=2) == []


def test_it_scores_a_repair_that_turns_a_field_name_into_text_as_losing_meaning():
    assert meaning_lost("<{0}: {1]>", "<{0}: {1]>}") == (1, 1)
    assert meaning_lost("<{0}: {1]>", "<{0}: {1}]>") == (0, 1)
    assert meaning_lost("<{0}: {1]>", "<{0}: {1}>") == (0, 0)


def test_it_ranks_the_templates_after_edits_that_keep_the_field_names():
    options = [('"<{0}: {1]>}"', "close"), ('"<{0}: {1}>"', "replace")]
    assert rank_format_repairs('"<{0}: {1]>"', options)[0][1] == "replace"


def test_it_puts_the_field_grammar_edit_first_among_f521_repairs():
    source = 'def r(a, b):\n    return "<{0}: {1]>".format(a, b)\n'
    new, _ = format_string_repairs(source, 2, "F521")[0]
    assert '"<{0}: {1}>"' in new
