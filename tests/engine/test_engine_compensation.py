"""A second edit in a branch of the `if` whose test the base rewrote compensates the base (chains.compensates).

The twenty-fifth held-out half's syllapy (r218) was "fixed" by `== 0` -> `== 1` on a guard and
`+=` -> `-=` in its body, two lines above the real fault: each edit was needed, no single edit
passed, and the suite never reached that branch with a passing test. Engine._second_edits leaves
such second edits out, so the pair is never tried.
"""

from __future__ import annotations

from healer.engine.chains import compensates

SYLLABLES = """\
def syllables(word):
    count = 0
    for index, char in enumerate(word):
        if char in "aeiouy" and (index == 0 or word[index - 1] not in "aeiouy"):
            count += 1
    if count == 0:
        count += 1
    else:
        count = count
    return count


def numbers(word):
    return bool(NUMBERS.match(word))
"""
# Every line a LOGIC edit of the base (one-part bases), and the edit a LOGIC one.
LOGIC = {"logic_lines": set(range(1, 100)), "edit_logic": True}


def _edited(text: str, line: int, old: str, new: str) -> str:
    lines = text.splitlines(keepends=True)
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new)
    return "".join(lines)


def test_it_finds_an_edit_in_the_branch_of_a_rewritten_test():
    base = _edited(SYLLABLES, 6, "count == 0", "count == 1")
    assert compensates(**LOGIC, original=SYLLABLES, base_source=base, line=7)
    assert compensates(**LOGIC, original=SYLLABLES, base_source=base, line=9)  # the else branch too


def test_it_finds_a_rewritten_test_above_an_edited_branch():
    base = _edited(SYLLABLES, 7, "+=", "-=")
    assert compensates(**LOGIC, original=SYLLABLES, base_source=base, line=6)


def test_it_leaves_edits_outside_the_branches_alone():
    base = _edited(SYLLABLES, 6, "count == 0", "count == 1")
    assert not compensates(**LOGIC, original=SYLLABLES, base_source=base, line=14)  # the real fault's line
    assert not compensates(**LOGIC, original=SYLLABLES, base_source=base, line=10)  # after the if statement


def test_it_leaves_a_base_that_did_not_touch_a_test_alone():
    # A base inside the loop's `if` body and an edit in another statement: no condition was rewritten.
    base = _edited(SYLLABLES, 5, "+=", "-=")
    assert not compensates(**LOGIC, original=SYLLABLES, base_source=base, line=7)
    assert not compensates(**LOGIC, original=SYLLABLES, base_source=base, line=14)


def test_it_makes_no_claim_when_the_base_moved_lines_or_the_text_does_not_parse():
    grown = SYLLABLES.replace("    return count\n", "    count += 0\n    return count\n")
    assert not compensates(**LOGIC, original=SYLLABLES, base_source=grown, line=7)
    broken = "if x ==:\n    y = 1\n"
    assert not compensates(**LOGIC, original=broken, base_source=broken.replace("y = 1", "y = 2"), line=2)


def test_it_leaves_a_crash_fix_alone_on_either_side():
    # r40: `if octet_int > 256:` (LOGIC) above `raise ValueError("%d" % octet_str)` (TYPE_ERROR); r24:
    # `key in A + B` on frozensets (TYPE_ERROR) below an unpacking (LOGIC) that binds `key`.
    base = _edited(SYLLABLES, 6, "count == 0", "count == 1")
    assert not compensates(original=SYLLABLES, base_source=base, line=7, logic_lines={6}, edit_logic=False)
    assert not compensates(original=SYLLABLES, base_source=base, line=2, logic_lines=set(), edit_logic=True)
    # A chain whose LOGIC part is elsewhere and whose TYPE_ERROR part rewrote the test.
    both = _edited(base, 14, "match", "search")
    assert not compensates(original=SYLLABLES, base_source=both, line=7, logic_lines={14}, edit_logic=True)
    assert compensates(original=SYLLABLES, base_source=both, line=7, logic_lines={6, 14}, edit_logic=True)


def test_it_finds_an_edit_that_binds_what_the_rewritten_test_reads():
    # r218's second chain: `== 1` on the guard, then the loop header above it made `range(2, ...)`.
    base = _edited(SYLLABLES, 6, "count == 0", "count == 1")
    assert compensates(**LOGIC, original=SYLLABLES, base_source=base, line=3)  # the loop that counts
    assert compensates(**LOGIC, original=SYLLABLES, base_source=base, line=2)  # the count's start
    header = _edited(SYLLABLES, 3, "enumerate(word)", "enumerate(word[1:])")
    assert compensates(**LOGIC, original=SYLLABLES, base_source=header, line=6)  # the other order


def test_it_leaves_a_binding_in_another_function_alone():
    source = SYLLABLES + "\n\ndef other(count):\n    count = 2\n    return count\n"
    base = _edited(source, 6, "count == 0", "count == 1")
    assert not compensates(**LOGIC, original=source, base_source=base, line=18)
