import pytest

from sequences import collatz_steps, fibonacci, look_and_say, pascal_row, triangular


def test_fibonacci():
    assert [fibonacci(n) for n in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]


def test_pascal():
    assert pascal_row(0) == [1]
    assert pascal_row(1) == [1, 1]
    assert pascal_row(4) == [1, 4, 6, 4, 1]


def test_collatz():
    assert collatz_steps(1) == 0
    assert collatz_steps(6) == 8
    assert collatz_steps(27) == 111
    with pytest.raises(ValueError):
        collatz_steps(0)


def test_triangular():
    assert [triangular(n) for n in range(6)] == [0, 1, 3, 6, 10, 15]


def test_look_and_say():
    assert look_and_say("1", 5) == "312211"
    assert look_and_say("3", 0) == "3"
