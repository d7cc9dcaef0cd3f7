from dynprog import edit_distance, lcs_length, longest_increasing_subsequence, max_subarray_sum


def test_lcs():
    assert lcs_length("ABCBDAB", "BDCABA") == 4
    assert lcs_length("", "abc") == 0
    assert lcs_length("same", "same") == 4


def test_edit_distance():
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3
    assert edit_distance("flaw", "lawn") == 2
    assert edit_distance("abc", "abc") == 0


def test_lis():
    assert longest_increasing_subsequence([10, 9, 2, 5, 3, 7, 101, 18]) == 4
    assert longest_increasing_subsequence([]) == 0
    assert longest_increasing_subsequence([5, 5, 5]) == 1


def test_max_subarray():
    assert max_subarray_sum([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == 6
    assert max_subarray_sum([-3, -1, -2]) == -1
    assert max_subarray_sum([5]) == 5
