"""Tokenizer-level repairs and closed-set names (fixers/syntax_tokenizer.py), alone and through SyntaxFixer."""

from __future__ import annotations
import __future__

from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.fixers.syntax_search import generic_repairs
from healer.engine.fixers.syntax_tokenizer import (
    ascii_counterpart,
    call_target_repairs,
    character_repairs,
    continuation_repairs,
    dropped_words,
    fstring_field_repairs,
    future_repairs,
    nearest,
)
from healer.engine.localise import compile_error

from .fixer_helpers import compile_failure, context


def _best(project, text: str) -> str:
    ws = project({"m.py": text})
    candidates = SyntaxFixer().candidates(compile_failure(ws, "m.py"), context(ws))
    assert candidates, "expected a candidate"
    return min(candidates, key=lambda c: c.priority).new_source


def _repairs(family, text: str) -> list[str]:
    error = compile_error(text)
    assert error is not None, "the sample must not compile"
    return [new for new, _ in family(source=text, line=error.line, message=error.message)]


def test_it_drops_the_blanks_after_a_continuation_backslash(project):
    text = "from os.path import join, \\ \n    split\n"
    assert _best(project, text) == "from os.path import join, \\\n    split\n"


def test_it_drops_a_comment_after_a_continuation_backslash():
    text = "total = 1 + \\  # carry on\n    2\n"
    assert _repairs(continuation_repairs, text)[0] == "total = 1 + \\\n    2\n"


def test_it_removes_a_stray_backslash_followed_by_code():
    text = "x = 1 \\ + 2\n"
    assert _repairs(continuation_repairs, text) == ["x = 1 + 2\n"]


def test_it_leaves_a_backslash_inside_a_string_alone():
    assert list(continuation_repairs(source="s = 'a\\ b' \\ x\n", line=1, message="other")) == []
    assert _repairs(continuation_repairs, "s = 'a\\ b' \\ x\n") == ["s = 'a\\ b' x\n"]


def test_it_maps_typographic_characters_to_ascii_from_their_unicode_names():
    assert ascii_counterpart("\u201c") == '"'
    assert ascii_counterpart("\u2019") == "'"
    assert ascii_counterpart("\u2013") == "-"
    assert ascii_counterpart("\u00a0") == " "
    assert ascii_counterpart("\u200b") is None


def test_it_replaces_every_typographic_quote_of_the_line(project):
    text = "name = \u201cvalue\u201d\n"
    assert _best(project, text) == 'name = "value"\n'


def test_it_leaves_the_characters_inside_a_real_string_alone():
    text = 'x = \u201cvalue\u201d + "a \u2013 b"\n'
    assert _repairs(character_repairs, text)[0] == 'x = "value" + "a \u2013 b"\n'


def test_it_deletes_a_zero_width_character():
    # After a name, not a digit: Python 3.11.2 (CI's interpreter) reports "1\u200b" as an invalid
    # decimal literal, and only later 3.11 releases name the non-printable character there.
    text = "x = y\u200b + 2\n"
    assert _repairs(character_repairs, text) == ["x = y + 2\n"]


def test_it_spells_a_future_feature_from_the_running_pythons_own_list(project):
    text = "from __future__ import annotation\n\nx: int = 1\n"
    assert "annotations" in __future__.all_feature_names
    assert _best(project, text) == text.replace("annotation\n", "annotations\n")


def test_it_offers_no_feature_far_from_the_misspelt_one():
    assert _repairs(future_repairs, "from __future__ import braces_and_more\n") == []
    assert nearest("divison", ["division", "generators"], limit=2) == ["division"]


def test_it_closes_an_fstring_fields_bracket_before_the_fields_brace():
    text = 'def f(p):\n    return (\n        f"P {[x for x in p}"\n    )\n'
    repairs = _repairs(fstring_field_repairs, text)
    assert repairs[0] == text.replace("p}", "p]}")


def test_it_closes_a_parenthesis_before_a_closer_of_another_kind():
    text = 'v = f"{len([1, 2)}"\n'
    assert _repairs(fstring_field_repairs, text) == [text.replace("2)", "2])")]


def test_it_counts_the_words_a_repair_deletes_not_those_it_replaces():
    assert dropped_words("a\nx = f'{p} {q'\nb\n", "a\n\nb\n") == 3
    assert dropped_words("print(x y)\n", "print(x, y)\n") == 0
    assert dropped_words("x = f'{a'\n", "x = '{a'\n") == 0
    assert dropped_words("pirnt(x)\n", "print(x)\n") == 0
    # A copy deleted (a repeated import) loses no word the file still holds.
    assert dropped_words("import re\nimport re\nX = re.I\n", "import re\nX = re.I\n") == 0


def test_it_ranks_a_repair_that_deletes_words_after_one_that_keeps_them():
    # By edit cost alone `delete a` came second, before `insert in`.
    text = "if a b:\n    pass\n"
    repairs = [r for r in generic_repairs(source=text, column=5) if r.compiles]
    assert repairs, "the search must find a compiling repair"
    assert dropped_words(text, repairs[0].source) == 0
    kept = [dropped_words(text, r.source) == 0 for r in repairs]
    assert kept == sorted(kept, reverse=True)


def test_it_makes_an_assigned_method_call_a_subscript_of_its_receiver(project):
    text = "def put(self, key, value):\n    self.items.get(key) = value.strip()\n"
    assert _best(project, text) == text.replace("self.items.get(key)", "self.items[key]")


def test_it_makes_a_deleted_call_a_subscript():
    text = "def drop(self, key):\n    del self.items.get(key)\n"
    assert _repairs(call_target_repairs, text) == [
        text.replace(".get(key)", "[key]"),
        text.replace(".get(key)", ".get[key]"),
    ]


def test_a_message_naming_a_code_point_past_unicode_gives_no_repair_and_raises_nothing():
    # The message is read with a pattern, not from the compiler's own object: six hex digits reach
    # past U+10FFFF, where chr() raises, and the tokenizer families come first in SyntaxFixer's
    # chain, so one raise there lost every other family's repairs too.
    assert list(character_repairs(source="x = 1\n", line=1, message="invalid character (U+FFFFFF)")) == []
