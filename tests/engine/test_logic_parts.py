"""Round 50 (pytypes24): a path's other part, a square for a doubled value, a comma lost between strings."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import line_edits


def _applied(source: str, line: int) -> list[tuple[str, float]]:
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    return [(sf.apply(e).splitlines()[line - 1].strip(), e.prior) for e in line_edits(sf, line)]


def test_it_reads_the_suffix_for_the_stem_of_a_path():
    source = "import pathlib\n\ndef is_doc(f):\n    return pathlib.Path(f).stem.lower() in {'.md', '.rst'}\n"
    texts = [t for t, _ in _applied(source, 4)]
    assert "return pathlib.Path(f).suffix.lower() in {'.md', '.rst'}" in texts


def test_it_does_not_swap_a_plain_name_field_or_a_method_of_that_name():
    source = "def label(user, p):\n    return user.name + p.stem()\n"
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    assert not [e for e in line_edits(sf, 2) if "the path's" in e.description]


def test_it_tries_the_square_of_a_value_doubled_by_the_literal_two():
    source = "def area(side):\n    return side * 2\n"
    ranked = sorted(_applied(source, 2), key=lambda i: -i[1])
    texts = [t for t, _ in ranked]
    assert texts.index("return side ** 2") <= 1


def test_it_keeps_the_power_rare_for_other_factors():
    source = "def scaled(side):\n    return side * 3\n"
    prior = dict(_applied(source, 2)).get("return side ** 3")
    assert prior is not None and prior < 0.5


def test_it_separates_two_strings_run_together_in_a_list():
    source = 'NAMES = {\n    "a": ["set_x" "get_x"],\n}\n'
    found = _applied(source, 2)
    assert ('"a": ["set_x", "get_x"],', 0.9) in found


def test_it_leaves_a_string_split_for_length_outside_a_display_alone():
    source = 'MESSAGE = ("first half "\n           "second half")\ntext = "one" "two"\n'
    texts = [t for t, _ in _applied(source, 3)]
    assert not any('"one", "two"' in t for t in texts)


def test_it_leaves_a_string_split_across_lines_inside_a_call_alone():
    # the intended implicit concatenation: one argument written over two lines for its length
    source = 'def f():\n    raise ValueError("first half "\n                     "second half")\n'
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    assert not [e for line in (2, 3) for e in line_edits(sf, line) if e.kind == "comma"]


def _swap_prior(source: str, line: int) -> float | None:
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    return next((e.prior for e in line_edits(sf, line) if e.description.startswith("divide ")), None)


def test_it_puts_a_ratio_read_backwards_by_its_names_first():
    source = "def grow(w_small, h_small, h_big):\n    w_big = w_small * (h_small / h_big)\n    return w_big\n"
    assert _swap_prior(source, 2) == 0.8


def test_it_leaves_a_ratio_whose_names_cancel_and_unrelated_names_at_the_plain_prior():
    right = "def grow(w_small, h_small, h_big):\n    w_big = w_small * (h_big / h_small)\n    return w_big\n"
    other = "def rate(total, done, left):\n    speed = total * (done / left)\n    return speed\n"
    assert _swap_prior(right, 2) == 0.5
    assert _swap_prior(other, 2) == 0.5
