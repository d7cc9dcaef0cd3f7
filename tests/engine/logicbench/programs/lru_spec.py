import pytest

from lru import LRUCache


def test_get_and_put():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1
    assert cache.get("zzz", "none") == "none"


def test_least_recently_used_is_evicted():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    assert cache.keys() == ["a", "c"]


def test_update_refreshes():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 10)
    cache.put("c", 3)
    assert cache.get("a") == 10
    assert cache.get("b") is None


def test_capacity_one():
    cache = LRUCache(1)
    cache.put("x", 1)
    cache.put("y", 2)
    assert cache.keys() == ["y"]
    with pytest.raises(ValueError):
        LRUCache(0)


def test_hit_rate():
    cache = LRUCache(3)
    assert cache.hit_rate() == 0.0
    cache.put("k", 1)
    cache.get("k")
    cache.get("k")
    cache.get("q")
    assert cache.hit_rate() == pytest.approx(2 / 3)
