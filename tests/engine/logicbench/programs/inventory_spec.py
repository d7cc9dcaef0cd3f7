import pytest

from inventory import Inventory


def make():
    inv = Inventory()
    inv.add("apple", 10, price=2)
    inv.add("pear", 3, price=5)
    inv.add("plum", 1, price=1)
    return inv


def test_add_accumulates():
    inv = make()
    inv.add("apple", 5)
    assert inv.stock["apple"] == 15
    assert inv.prices["apple"] == 2
    with pytest.raises(ValueError):
        inv.add("apple", 0)


def test_remove():
    inv = make()
    inv.remove("apple", 4)
    assert inv.stock["apple"] == 6
    inv.remove("plum", 1)
    assert "plum" not in inv.stock
    with pytest.raises(ValueError):
        inv.remove("pear", 4)


def test_total_value():
    assert make().total_value() == 36


def test_low_stock():
    assert make().low_stock(4) == ["pear", "plum"]
    assert make().low_stock(3) == ["plum"]


def test_most_valuable():
    assert make().most_valuable() == "apple"
    assert Inventory().most_valuable() is None


def test_restock_order():
    inv = make()
    inv.remove("plum", 1)
    assert inv.restock_order(5) == {"pear": 2, "plum": 5}
