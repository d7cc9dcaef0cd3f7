"""LOGIC families of a whole window, a walk's end, a mask's count, a key's form and a flip's minus one
(round 51, fixers/logic_windows.py)."""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, walk_own_scope
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_templates import Splicer
from healer.engine.fixers.logic_windows import window_rewrites


def _texts(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    sp = Splicer(sf)
    return [sp.apply(r) for r in window_rewrites(sf, line)]


def _depth(source: str, line: int, fixed: str) -> int | None:
    """1-based rank of `fixed` among the line's distinct LOGIC edits, by prior (as logic_space ranks)."""
    sf = SourceFile.parse("m.py", source)
    want = ast.dump(ast.parse(fixed))
    ranked = sorted(_scored_sources(sf, line, "AssertionError"), key=lambda item: -item[0])
    seen: list[str] = []
    for _, new, _, _ in ranked:
        if new in seen:
            continue
        seen.append(new)
        if ast.dump(ast.parse(new)) == want:
            return len(seen)
    return None


WINDOW = """def split(word, i):
    pair = word[i] + word[i + 1]
    return pair
"""


def test_it_shifts_a_whole_window_one_place_later_and_earlier():
    later = WINDOW.replace("word[i] + word[i + 1]", "word[i + 1] + word[i + 2]")
    earlier = WINDOW.replace("word[i] + word[i + 1]", "word[i - 1] + word[i]")
    texts = _texts(WINDOW, 2)
    assert later in texts and earlier in texts
    # among the line's first edits, ahead of the single-index offsets that tear the window
    depth = _depth(WINDOW, 2, later)
    assert depth is not None and depth <= 3


def test_it_does_not_shift_a_lone_index_or_the_same_place_twice():
    assert _texts("def f(word, i):\n    return word[i]\n", 2) == []
    assert _texts("def f(word, i):\n    return word[i] + word[i]\n", 2) == []
    # two sequences, one subscript each: no window
    assert _texts("def f(a, b, i):\n    return a[i] + b[i + 1]\n", 2) == []


WALK = """class Node:
    def top(self):
        p = self
        while p.parent is not None:
            p = p.parent
        return p
"""


def test_it_stops_a_pointer_walk_one_step_earlier():
    fixed = WALK.replace(
        "while p.parent is not None:", "while p.parent is not None and p.parent.parent is not None:"
    )
    assert fixed in _texts(WALK, 4)
    assert _depth(WALK, 4, fixed) is not None
    truthy = WALK.replace(" is not None:", ":")
    assert truthy.replace("while p.parent:", "while p.parent and p.parent.parent:") in _texts(truthy, 4)


def test_it_does_not_touch_a_loop_that_does_not_step_along_its_test():
    other = WALK.replace("p = p.parent", "p = p.next")
    assert _texts(other, 4) == []
    counted = "def f(n):\n    while n is not None:\n        n = n - 1\n"
    assert _texts(counted, 2) == []
    # a step spelt with a space has no text to extend: no candidate that repeats the test
    spaced = WALK.replace("while p.parent is not None:", "while p .parent is not None:")
    assert _texts(spaced, 4) == []


MASK = """def select(key, length):
    indices = [x for x, y in zip(range(length), key) if y]
    return indices, len(key)
"""


def test_it_counts_a_mask_by_its_true_entries():
    fixed = MASK.replace("len(key)", "sum(key)")
    assert fixed in _texts(MASK, 3)
    depth = _depth(MASK, 3, fixed)
    assert depth is not None and depth <= 3
    dtype = "def n(key):\n    if key.dtype == bool:\n        return len(key)\n"
    assert dtype.replace("len(key)", "sum(key)") in _texts(dtype, 3)


def test_it_does_not_sum_a_collection_that_is_not_a_mask():
    plain = (
        "def select(key, length):\n    indices = [x for x in key if x > 0]\n    return indices, len(key)\n"
    )
    assert _texts(plain, 3) == []
    unfiltered = "def f(key):\n    out = [y for y in key]\n    return len(key)\n"
    assert _texts(unfiltered, 3) == []


def test_it_does_not_sum_values_kept_for_their_truth():
    # `[s for s in names if s]` drops the empty names: a list of values, not a mask (`sum(names)` of strings
    # is a TypeError, of counts a different number); a mask's flag selects other values, it is not kept
    kept = "def f(names):\n    kept = [s for s in names if s]\n    return len(kept) / len(names)\n"
    assert _texts(kept, 3) == []
    paired = (
        "def f(xs, counts):\n    kept = [(x, c) for x, c in zip(xs, counts) if c]\n    return len(counts)\n"
    )
    assert _texts(paired, 3) == []
    # a flag that only selects is still a mask, drawn directly or zipped
    counted = "def f(flags):\n    hits = sum(1 for f in flags if f)\n    return hits, len(flags)\n"
    assert counted.replace("len(flags)", "sum(flags)") in _texts(counted, 3)


KEYED = """def bind(slot, seen, value):
    if slot in seen:
        return seen[slot.num] == value
    seen[slot.num] = value
    return True
"""


def test_it_keys_a_lookup_as_the_mappings_other_uses_do():
    fixed = KEYED.replace("if slot in seen:", "if slot.num in seen:")
    assert fixed in _texts(KEYED, 2)
    depth = _depth(KEYED, 2, fixed)
    assert depth is not None and depth <= 3
    # and back: an attribute where every other use keys by the object itself
    bare = KEYED.replace("slot.num", "slot").replace("if slot in seen:", "if slot.num in seen:")
    assert KEYED.replace("slot.num", "slot") in _texts(bare, 2)


def test_it_does_not_rekey_when_the_other_uses_agree_with_the_line_or_disagree():
    agreed = KEYED.replace("slot.num", "slot")
    assert _texts(agreed, 2) == []
    mixed = KEYED.replace("seen[slot.num] = value", "seen[slot] = value")
    assert _texts(mixed, 2) == []


def test_it_does_not_trade_one_field_of_the_key_for_another():
    # an undirected graph keys its adjacency by both ends: one field for the other is no object-for-its-number
    graph = "def link(adj, e):\n    adj[e.src].append(e.dst)\n    adj[e.dst].append(e.src)\n"
    assert _texts(graph, 3) == []


FLIP = """def read(size, y):
    return size[1] - y - 1


def write(size, y, names):
    return names[size[1] - y]
"""


def test_it_completes_a_flip_with_the_minus_one_the_file_uses_elsewhere():
    fixed = FLIP.replace("names[size[1] - y]", "names[size[1] - y - 1]")
    assert fixed in _texts(FLIP, 6)
    # another family already makes the edit, twelfth on the line: the file's own flip moves it up
    depth = _depth(FLIP, 6, fixed)
    assert depth is not None and depth <= 6


def test_it_does_not_add_a_minus_one_the_file_never_writes():
    alone = "def write(size, y, names):\n    return names[size[1] - y]\n"
    assert _texts(alone, 2) == []
    # the line's flip already has its step
    assert _texts(FLIP, 2) == []


def test_it_walks_a_function_once_for_all_its_lines(monkeypatch):
    # the engine asks about many lines of one function: one walk of its scope per line (and per `len` on it)
    # is quadratic in the function's size; counted, not timed
    from healer.engine.fixers import logic_windows

    walks = []

    def counted(func):
        walks.append(func)
        return walk_own_scope(func)

    monkeypatch.setattr(logic_windows, "walk_own_scope", counted)
    body = "".join(f"    t{j} = len(mask) + seen[k] + len(mask)\n" for j in range(40))
    source = (
        "def f(mask, seen, k, xs):\n    ys = [x for x, y in zip(xs, mask) if y]\n" + body + "    return ys\n"
    )
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    for line in range(1, 44):
        window_rewrites(sf, line)
    assert len(walks) == 1
