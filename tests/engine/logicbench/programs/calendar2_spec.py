import pytest

from calendar2 import add_days, day_of_year, days_in_month, is_leap, weekday


def test_leap_years():
    assert is_leap(2024)
    assert is_leap(2000)
    assert not is_leap(1900)
    assert not is_leap(2023)


def test_days_in_month():
    assert days_in_month(2024, 2) == 29
    assert days_in_month(2023, 2) == 28
    assert days_in_month(2023, 12) == 31
    assert days_in_month(2023, 4) == 30
    with pytest.raises(ValueError):
        days_in_month(2023, 13)


def test_day_of_year():
    assert day_of_year(2023, 1, 1) == 1
    assert day_of_year(2023, 3, 1) == 60
    assert day_of_year(2024, 12, 31) == 366


def test_weekday():
    assert weekday(2024, 1, 1) == 0
    assert weekday(2000, 2, 29) == 1
    assert weekday(2023, 12, 31) == 6


def test_add_days():
    assert add_days(2023, 1, 30, 3) == (2023, 2, 2)
    assert add_days(2023, 12, 31, 1) == (2024, 1, 1)
    assert add_days(2024, 2, 28, 1) == (2024, 2, 29)
