import pytest

from baseconv import digit_sum, from_base, to_base


def test_to_base():
    assert to_base(255, 16) == "ff"
    assert to_base(5, 2) == "101"
    assert to_base(0, 7) == "0"
    assert to_base(-35, 36) == "-z"


def test_to_base_range():
    with pytest.raises(ValueError):
        to_base(3, 1)
    assert to_base(36, 36) == "10"


def test_from_base():
    assert from_base("ff", 16) == 255
    assert from_base(" 101 ", 2) == 5
    assert from_base("-z", 36) == -35


def test_from_base_rejects_bad_digits():
    with pytest.raises(ValueError):
        from_base("129", 8)


def test_round_trip():
    for n in [1, 7, 64, 1000, 123456]:
        for base in (2, 3, 10, 16):
            assert from_base(to_base(n, base), base) == n


def test_digit_sum():
    assert digit_sum(1234) == 10
    assert digit_sum(-99) == 18
    assert digit_sum(255, 16) == 30
