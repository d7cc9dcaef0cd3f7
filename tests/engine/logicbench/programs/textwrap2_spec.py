from textwrap2 import center, justify, wrap


def test_wrap():
    assert wrap("the quick brown fox jumps over the lazy dog", 10) == [
        "the quick",
        "brown fox",
        "jumps over",
        "the lazy",
        "dog",
    ]


def test_wrap_exact_width_and_long_words():
    assert wrap("aaaa bbbb", 9) == ["aaaa bbbb"]
    assert wrap("enormousword a", 5) == ["enormousword", "a"]
    assert wrap("", 5) == []


def test_justify():
    assert justify(["this", "is", "an"], 16) == "this    is    an"
    assert justify(["a", "b", "c"], 8) == "a   b  c"
    assert justify(["solo"], 6) == "solo  "


def test_center():
    assert center("ab", 6, "*") == "**ab**"
    assert center("abc", 6, "-") == "-abc--"
    assert center("toolong", 3) == "toolong"
