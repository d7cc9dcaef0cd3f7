from wordstats import average_word_length, histogram, top_words, word_counts, words


def test_words():
    assert words("It's a Dog's life!") == ["it's", "a", "dog's", "life"]


def test_counts():
    assert word_counts("a b a c a b") == {"a": 3, "b": 2, "c": 1}


def test_top_words():
    text = "the cat sat on the mat the end on"
    assert top_words(text, 2) == ["the", "on"]
    assert top_words(text, 2, stop=["the"]) == ["on", "cat"]


def test_histogram():
    assert histogram({"bb": 2, "a": 4}, width=4) == ["a       ####", "bb      ##"]
    assert histogram({"x": 1, "y": 100}, width=10)[0] == "x       #"
    assert histogram({}) == []


def test_average_word_length():
    assert average_word_length("ab abcd") == 3.0
    assert average_word_length("!!!") == 0.0
