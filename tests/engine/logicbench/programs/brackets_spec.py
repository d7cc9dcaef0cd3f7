import pytest

from brackets import is_balanced, longest_valid, matching_positions, max_depth


@pytest.mark.parametrize("text", ["", "()", "([]{})", "a(b[c]d)e", "{[()()]}"])
def test_balanced(text):
    assert is_balanced(text)


@pytest.mark.parametrize("text", ["(", ")", "(]", "([)]", "(()", "}{"])
def test_unbalanced(text):
    assert not is_balanced(text)


def test_max_depth():
    assert max_depth("(a(b)(c(d)))") == 3
    assert max_depth("none") == 0
    with pytest.raises(ValueError):
        max_depth("())")


def test_matching_positions():
    assert matching_positions("(a(b))") == {0: 5, 2: 4}
    assert matching_positions("()()") == {0: 1, 2: 3}


def test_longest_valid():
    assert longest_valid("(()") == 2
    assert longest_valid(")()())") == 4
    assert longest_valid("") == 0
    assert longest_valid("()(())") == 6
