import pytest

from strings import caesar, is_palindrome, reverse_words, run_length_decode, run_length_encode


@pytest.mark.parametrize("text", ["", "a", "abba", "Racecar", "A man, a plan, a canal: Panama!", "12321"])
def test_palindromes(text):
    assert is_palindrome(text)


@pytest.mark.parametrize("text", ["ab", "abca", "palindrome", "12 3"])
def test_not_palindromes(text):
    assert not is_palindrome(text)


def test_reverse_words():
    assert reverse_words("the quick  brown fox") == "fox brown quick the"
    assert reverse_words("") == ""


def test_caesar():
    assert caesar("Hello, World!", 3) == "Khoor, Zruog!"
    assert caesar("xyz", 3) == "abc"
    assert caesar(caesar("Round Trip", 11), -11) == "Round Trip"


def test_run_length_encode():
    assert run_length_encode("aaabccdddd") == "3a1b2c4d"
    assert run_length_encode("") == ""
    assert run_length_encode("z") == "1z"


def test_run_length_decode():
    assert run_length_decode("3a1b2c4d") == "aaabccdddd"
    assert run_length_decode("12x") == "x" * 12
