from anagrams import group_anagrams, is_anagram, is_pangram, longest_word, most_common_letter


def test_is_anagram():
    assert is_anagram("Listen", "Silent")
    assert is_anagram("dormitory", "dirty room")
    assert not is_anagram("abc", "abd")
    assert not is_anagram("aab", "ab")


def test_group_anagrams():
    assert group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]) == [
        ["ate", "eat", "tea"],
        ["bat"],
        ["nat", "tan"],
    ]


def test_most_common_letter():
    assert most_common_letter("Hello World") == "l"
    assert most_common_letter("abab") == "a"
    assert most_common_letter("123") is None


def test_pangram():
    assert is_pangram("The quick brown fox jumps over the lazy dog")
    assert not is_pangram("The quick brown fox")


def test_longest_word():
    assert longest_word("I love programming, truly.") == "programming"
    assert longest_word("tie tie") == "tie"
    assert longest_word("") == ""
