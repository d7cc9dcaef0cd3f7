import pytest

from rpn import calculate, evaluate_rpn, to_rpn


def test_evaluate():
    assert evaluate_rpn(["3", "4", "+", "2", "*"]) == 14
    assert evaluate_rpn(["10", "4", "-"]) == 6
    assert evaluate_rpn(["8", "2", "/"]) == 4


def test_malformed():
    with pytest.raises(ValueError):
        evaluate_rpn(["1", "2"])


def test_to_rpn_precedence():
    assert to_rpn("3 + 4 * 2".split()) == ["3", "4", "2", "*", "+"]


def test_to_rpn_left_associative():
    assert to_rpn("8 - 3 - 2".split()) == ["8", "3", "-", "2", "-"]


def test_to_rpn_parentheses():
    assert to_rpn("( 1 + 2 ) * 3".split()) == ["1", "2", "+", "3", "*"]


def test_calculate():
    assert calculate("2 * ( 3 + 4 ) - 10 / 5") == 12
    assert calculate("7") == 7
