"""TYPE_ERROR families whose wrong value is made away from the raising line (fixers/type_protocols.py).

Every example is synthetic (none is a dev case): protocol methods returning the wrong kind, methods
left uncalled, numbers written as text, pairs returned in the wrong order, paths joined with `+`,
unhashable arguments of cached functions and passthrough returns."""

from __future__ import annotations

from .fixer_helpers import TYPE_TEST as TEST
from .fixer_helpers import type_error_candidates as _candidates


def test_it_encodes_what_a_bytes_method_returns_when_the_test_calls_bytes(project):
    candidates = _candidates(
        project,
        {
            "shop/receipt.py": """
                class Receipt:
                    def __init__(self, total):
                        self.total = total

                    def __str__(self):
                        return 'total: %s' % self.total

                    def __bytes__(self):
                        return str(self)
                """,
            TEST: """
                from shop.receipt import Receipt

                def test_it():
                    assert bytes(Receipt(3)) == b'total: 3'
                """,
        },
        "__bytes__ returned non-bytes (type str)",
        (TEST, "bytes(Receipt"),
    )
    assert candidates[0].file == "shop/receipt.py"
    assert "return str(self).encode('utf-8')" in candidates[0].new_source


def test_it_converts_what_a_str_method_returns_to_text(project):
    candidates = _candidates(
        project,
        {
            "shelf/box.py": """
                class Box:
                    def __init__(self, items):
                        self.items = items

                    def __str__(self):
                        return len(self.items)
                """,
            TEST: """
                from shelf.box import Box

                def test_it():
                    assert str(Box([1])) == '1'
                """,
        },
        "__str__ returned non-string (type int)",
        (TEST, "str(Box"),
    )
    assert "return str(len(self.items))" in candidates[0].new_source


def test_it_converts_what_a_hash_method_returns_to_int_and_leaves_other_methods(project):
    candidates = _candidates(
        project,
        {
            "shelf/box.py": """
                class Box:
                    def __init__(self, key):
                        self.key = key

                    def __hash__(self):
                        return self.key

                    def __str__(self):
                        return self.key
                """,
            "shelf/use.py": """
                def seen(boxes):
                    return set(boxes)
                """,
        },
        "__hash__ method should return an integer",
        ("shelf/use.py", "set(boxes)"),
    )
    hashed = [c for c in candidates if "__hash__" in c.description]
    assert hashed and "return int(self.key)" in hashed[0].new_source
    assert not any("__str__" in c.description for c in candidates)


def test_it_calls_a_method_used_as_a_slice_bound(project):
    candidates = _candidates(
        project,
        {
            "lex/scan.py": """
                import re

                def rest(pattern, text):
                    found = re.match(pattern, text)
                    return text[found.end:]
                """
        },
        "slice indices must be integers or None or have an __index__ method",
        ("lex/scan.py", "text[found.end:]"),
    )
    assert "return text[found.end():]" in candidates[0].new_source


def test_it_binds_the_number_a_text_constant_spells_where_it_is_defined(project):
    candidates = _candidates(
        project,
        {
            "quota/limits.py": """
                CEILING = 'inf'
                """,
            "quota/check.py": """
                from quota.limits import CEILING

                def allowed(used):
                    return used < CEILING
                """,
        },
        "'<' not supported between instances of 'int' and 'str'",
        ("quota/check.py", "used < CEILING"),
    )
    best = candidates[0]
    assert best.file == "quota/limits.py"
    assert "CEILING = float('inf')" in best.new_source


def test_it_leaves_text_that_spells_no_number(project):
    candidates = _candidates(
        project,
        {
            "quota/check.py": """
                LABEL = 'many'

                def allowed(used):
                    return used < LABEL
                """,
        },
        "'<' not supported between instances of 'int' and 'str'",
        ("quota/check.py", "used < LABEL"),
    )
    assert not any("bind the number" in c.description for c in candidates)


def test_it_swaps_the_pair_a_function_returns_in_the_wrong_order(project):
    candidates = _candidates(
        project,
        {
            "stats/tally.py": """
                def _count_and_items(rows):
                    found = [r for r in rows if r]
                    return found, len(found)

                def tally(groups):
                    total = 0
                    for rows in groups:
                        count, items = _count_and_items(rows)
                        total = total + count
                    return total
                """
        },
        "unsupported operand type(s) for +: 'int' and 'list'",
        ("stats/tally.py", "total = total + count"),
    )
    assert "return len(found), found" in candidates[0].new_source
    assert any("items, count = _count_and_items" in c.new_source for c in candidates)


def test_it_joins_a_path_and_text_with_pathlibs_operator(project):
    candidates = _candidates(
        project,
        {
            "conf/where.py": """
                import os
                from pathlib import PurePath

                def sibling(path, name):
                    here = PurePath(path)
                    return here.parent + os.sep + name
                """
        },
        "unsupported operand type(s) for +: 'PurePosixPath' and 'str'",
        ("conf/where.py", "here.parent + os.sep"),
    )
    assert "return str(here.parent / name)" in candidates[0].new_source
    assert any("str(here.parent) + os.sep + name" in c.new_source for c in candidates)


def test_it_passes_a_tuple_to_a_cached_function(project):
    candidates = _candidates(
        project,
        {
            "paint/brush.py": """
                from functools import lru_cache

                class Brush:
                    def set_colour(self, rgb):
                        self.code = self._lookup(rgb)

                    @lru_cache(maxsize=64)
                    def _lookup(self, rgb):
                        return '#%02x%02x%02x' % tuple(rgb)
                """
        },
        "unhashable type: 'list'",
        ("paint/brush.py", "self.code = self._lookup"),
    )
    assert "self.code = self._lookup(tuple(rgb))" in candidates[0].new_source


def test_it_leaves_the_arguments_of_an_uncached_function(project):
    candidates = _candidates(
        project,
        {
            "paint/brush.py": """
                def lookup(table, rgb):
                    return table[rgb]

                def paint(table, rgb):
                    return lookup(table, rgb)
                """
        },
        "unhashable type: 'list'",
        ("paint/brush.py", "return lookup(table, rgb)"),
    )
    assert not any("cached" in c.description for c in candidates)


def test_it_converts_a_passthrough_return_in_the_producer_before_the_use_site(project):
    candidates = _candidates(
        project,
        {
            "ledger/text.py": """
                def as_text(value):
                    if value is None:
                        return ''
                    return value
                """,
            "ledger/line.py": """
                from ledger.text import as_text

                def render(amount, code):
                    cells = [as_text(amount), as_text(code)]
                    out = ''
                    for cell in cells:
                        out += ',' + cell
                    return out
                """,
        },
        'can only concatenate str (not "int") to str',
        ("ledger/line.py", "out += ',' + cell"),
    )
    assert candidates[0].file == "ledger/text.py"
    assert "    return str(value)" in candidates[0].new_source


def test_it_leaves_a_passthrough_whose_other_returns_are_not_text(project):
    candidates = _candidates(
        project,
        {
            "ledger/text.py": """
                def first(value):
                    if not value:
                        return None
                    return value
                """,
            "ledger/line.py": """
                from ledger.text import first

                def render(amount):
                    return ',' + first(amount)
                """,
        },
        'can only concatenate str (not "int") to str',
        ("ledger/line.py", "return ',' + first"),
    )
    assert not any(c.file == "ledger/text.py" for c in candidates)


def test_it_calls_no_plain_field_used_as_a_slice_bound(project):
    candidates = _candidates(
        project,
        {
            "lex/scan.py": """
                class Cursor:
                    def __init__(self, text, offset):
                        self.text = text
                        self.offset = offset

                    def rest(self):
                        return self.text[self.offset:]
                """
        },
        "slice indices must be integers or None or have an __index__ method",
        ("lex/scan.py", "self.text[self.offset:]"),
    )
    assert not any("self.offset()" in c.new_source for c in candidates)


def test_it_converts_what_a_len_method_returns_when_len_raises_in_a_test(project):
    candidates = _candidates(
        project,
        {
            "shelf/box.py": """
                class Box:
                    def __init__(self, items):
                        self.items = items

                    def __len__(self):
                        return '%d' % len(self.items)
                """,
            TEST: """
                from shelf.box import Box

                def test_it():
                    assert len(Box([1, 2])) == 2
                """,
        },
        "'str' object cannot be interpreted as an integer",
        (TEST, "len(Box"),
    )
    assert "return int('%d' % len(self.items))" in candidates[0].new_source


def test_it_makes_an_iter_method_return_an_iterator_when_iter_names_no_method(project):
    candidates = _candidates(
        project,
        {
            "shelf/tags.py": """
                class Tags:
                    def __init__(self, words):
                        self.words = words

                    def __iter__(self):
                        return {w: None for w in self.words}
                """,
            TEST: """
                from shelf.tags import Tags

                def test_it():
                    assert set(Tags(['a', 'a'])) == {'a'}
                """,
        },
        "iter() returned non-iterator of type 'dict'",
        (TEST, "set(Tags"),
    )
    assert "return iter({w: None for w in self.words})" in candidates[0].new_source
    assert candidates[0].making_site


def test_it_leaves_an_iter_method_that_is_a_generator(project):
    candidates = _candidates(
        project,
        {
            "shelf/tags.py": """
                class Tags:
                    def __init__(self, words):
                        self.words = words

                    def __iter__(self):
                        if not self.words:
                            return []
                        yield from self.words


                class Pairs:
                    def __iter__(self):
                        return [1, 2]
                """,
            TEST: """
                from shelf.tags import Pairs

                def test_it():
                    assert list(Pairs()) == [1, 2]
                """,
        },
        "iter() returned non-iterator of type 'list'",
        (TEST, "list(Pairs"),
    )
    protocol = [c for c in candidates if "__iter__ returns" in c.description]
    assert [c.line for c in protocol] == [13]  # Pairs only


def test_it_converts_a_returned_local_the_producer_does_arithmetic_on_beside_a_text_return(project):
    candidates = _candidates(
        project,
        {
            "paint/codes.py": """
                SHADES = {'red': 31, 'blue': 34}


                def shade_code(name, light):
                    if name.startswith('#'):
                        return f"38;2;{name[1:]}"
                    code = SHADES.get(name)
                    if code is None:
                        return None
                    if light:
                        code += 60
                    return code


                def sequence(names):
                    codes = [shade_code(n, False) for n in names]
                    return ';'.join(codes)
                """,
        },
        "sequence item 0: expected str instance, int found",
        ("paint/codes.py", "return ';'.join(codes)"),
    )
    converted = [c for c in candidates if "convert code to str" in c.description]
    assert converted and "    return str(code)\n" in converted[0].new_source
    assert converted[0].making_site


def test_it_leaves_a_returned_local_the_producer_only_extends_with_text(project):
    candidates = _candidates(
        project,
        {
            "paint/codes.py": """
                def shade_code(name, light):
                    if name.startswith('#'):
                        return f"38;2;{name[1:]}"
                    code = name.upper()
                    if light:
                        code += '!'
                    return code


                def sequence(names):
                    codes = [shade_code(n, False) for n in names]
                    return ';'.join(codes)
                """,
        },
        "sequence item 0: expected str instance, int found",
        ("paint/codes.py", "return ';'.join(codes)"),
    )
    assert not any("convert code to str" in c.description for c in candidates)


def test_it_converts_only_the_iter_methods_own_returns_not_a_nested_functions(project):
    # `key`'s return is the sort key of one word, not what __iter__ returns: iter() is not put there
    candidates = _candidates(
        project,
        {
            "shelf/tags.py": """
                class Tags:
                    def __init__(self, words):
                        self.words = words

                    def __iter__(self):
                        def key(word):
                            return word.lower()

                        return sorted(self.words, key=key)
                """,
            TEST: """
                from shelf.tags import Tags

                def test_it():
                    assert list(Tags(['b', 'A'])) == ['A', 'b']
                """,
        },
        "iter() returned non-iterator of type 'list'",
        (TEST, "list(Tags"),
    )
    assert "return iter(sorted(self.words, key=key))" in candidates[0].new_source
    assert not any("iter(word.lower())" in c.new_source for c in candidates)
