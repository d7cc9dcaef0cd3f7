from linkedlist import Node, from_list, has_cycle, middle, remove_value, reverse, to_list


def test_round_trip():
    assert to_list(from_list([1, 2, 3])) == [1, 2, 3]
    assert to_list(from_list([])) == []


def test_reverse():
    assert to_list(reverse(from_list([1, 2, 3, 4]))) == [4, 3, 2, 1]
    assert to_list(reverse(from_list([9]))) == [9]
    assert reverse(None) is None


def test_middle():
    assert middle(from_list([1, 2, 3, 4, 5])) == 3
    assert middle(from_list([1, 2, 3, 4])) == 3
    assert middle(None) is None


def test_cycle():
    a, b, c = Node("a"), Node("b"), Node("c")
    a.next, b.next, c.next = b, c, a
    assert has_cycle(a)
    assert not has_cycle(from_list([1, 2, 3]))
    assert not has_cycle(None)


def test_remove_value():
    assert to_list(remove_value(from_list([1, 2, 1, 3, 1]), 1)) == [2, 3]
    assert to_list(remove_value(from_list([4, 5]), 7)) == [4, 5]
