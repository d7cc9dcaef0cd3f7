"""TYPE_ERROR families read from the builtins' documented semantics (fixers/type_semantics.py).

Every example is synthetic (none is a dev case): keywords passed to positional-only builtins,
collections given to string methods, Enum members ordered, datetimes compared with dates,
defaultdict factories of the wrong kind, JSON encoders missing a sibling kind and text constants
where bytes are wanted."""

from __future__ import annotations

from .fixer_helpers import TYPE_TEST as TEST
from .fixer_helpers import type_error_candidates as _candidates


def test_it_passes_keywords_to_a_builtin_method_by_position(project):
    candidates = _candidates(
        project,
        {
            "conf/store.py": """
                class Store:
                    def __init__(self):
                        self.values = {}

                    def read(self, name):
                        return self.values.get(name, default=None)
                """
        },
        "dict.get() takes no keyword arguments",
        ("conf/store.py", "self.values.get("),
    )
    assert "return self.values.get(name, None)" in candidates[0].new_source
    assert candidates[0].line == 6


def test_it_joins_a_set_of_characters_given_to_strip(project):
    candidates = _candidates(
        project,
        {
            "words/trim.py": """
                SEPARATORS = frozenset('-_')

                def trim(word):
                    return word.rstrip(SEPARATORS)
                """
        },
        "rstrip arg must be None or str, not frozenset",
        ("words/trim.py", "rstrip("),
    )
    assert "return word.rstrip(''.join(SEPARATORS))" in candidates[0].new_source


def test_it_gives_startswith_a_tuple_of_a_list_of_prefixes(project):
    candidates = _candidates(
        project,
        {
            "urls/scheme.py": """
                SECURE = ['https:', 'wss:']

                def secure(url):
                    return url.startswith(SECURE)
                """
        },
        "startswith first arg must be str or a tuple of str, not list",
        ("urls/scheme.py", "startswith("),
    )
    assert "return url.startswith(tuple(SECURE))" in candidates[0].new_source


def test_it_takes_the_min_of_enum_members_by_value_and_rebuilds_the_member(project):
    candidates = _candidates(
        project,
        {
            "alerts/level.py": """
                from enum import Enum

                class Level(Enum):
                    LOW = 1
                    HIGH = 2

                def lowest(a, b):
                    return min(a, b)
                """
        },
        "'<' not supported between instances of 'Level' and 'Level'",
        ("alerts/level.py", "min(a, b)"),
    )
    assert "return Level(min(a.value, b.value))" in candidates[0].new_source


def test_it_compares_enum_members_by_value(project):
    candidates = _candidates(
        project,
        {
            "alerts/level.py": """
                import enum

                class Level(enum.Enum):
                    LOW = 1
                    HIGH = 2

                def worse(a, b):
                    return a > b
                """
        },
        "'>' not supported between instances of 'Level' and 'Level'",
        ("alerts/level.py", "a > b"),
    )
    assert "return a.value > b.value" in candidates[0].new_source


def test_it_does_not_reorder_members_of_a_class_that_is_no_enum(project):
    candidates = _candidates(
        project,
        {
            "alerts/level.py": """
                class Level:
                    def __init__(self, n):
                        self.n = n

                def lowest(a, b):
                    return min(a, b)
                """
        },
        "'<' not supported between instances of 'Level' and 'Level'",
        ("alerts/level.py", "min(a, b)"),
    )
    assert not any(".value" in c.new_source for c in candidates)


def test_it_takes_the_date_of_a_datetime_where_the_compared_name_is_bound(project):
    candidates = _candidates(
        project,
        {
            "diary/days.py": """
                def next_day(stamp, day):
                    seen = stamp
                    if seen < day:
                        return day
                    return seen
                """
        },
        "can't compare datetime.datetime to datetime.date",
        ("diary/days.py", "if seen < day"),
    )
    assert candidates[0].line == 2
    assert "    seen = stamp.date()\n" in candidates[0].new_source
    assert any("if seen.date() < day:" in c.new_source for c in candidates[1:])


def test_it_makes_a_defaultdict_of_lists_count_from_zero_where_a_number_is_added(project):
    candidates = _candidates(
        project,
        {
            "cache/sizes.py": """
                from collections import defaultdict

                class Sizes:
                    def __init__(self):
                        self.totals = defaultdict(list)

                    def add(self, key, blob):
                        self.totals[key] += len(blob)
                """
        },
        "'int' object is not iterable",
        ("cache/sizes.py", "+= len(blob)"),
    )
    assert candidates[0].line == 5
    assert "self.totals = defaultdict(int)" in candidates[0].new_source


def test_it_makes_a_defaultdict_of_ints_collect_lists_where_lists_are_added(project):
    candidates = _candidates(
        project,
        {
            "cache/groups.py": """
                from collections import defaultdict

                def group(pairs):
                    found = defaultdict(int)
                    for key, value in pairs:
                        found[key] += [value]
                    return found
                """
        },
        "unsupported operand type(s) for +=: 'int' and 'list'",
        ("cache/groups.py", "+= [value]"),
    )
    assert "found = defaultdict(list)" in candidates[0].new_source


def test_it_widens_a_json_encoders_check_to_the_sibling_kind_the_message_names(project):
    candidates = _candidates(
        project,
        {
            "out/encode.py": """
                import json

                class Encoder(json.JSONEncoder):
                    def default(self, o):
                        if isinstance(o, bytearray):
                            return o.decode()
                        return json.JSONEncoder.default(self, o)

                def dump(value):
                    return json.dumps(value, cls=Encoder)
                """
        },
        "Object of type bytes is not JSON serializable",
        ("out/encode.py", "json.dumps("),
    )
    assert candidates[0].line == 5
    assert "if isinstance(o, (bytes, bytearray)):" in candidates[0].new_source


def test_it_makes_a_text_table_built_from_code_points_bytes_where_it_is_built(project):
    candidates = _candidates(
        project,
        {
            "sniff/binary.py": """
                _TEXT = ''.join([chr(x)
                                 for x in range(32, 127)])

                def is_binary(data):
                    return bool(data.translate(None, _TEXT))
                """
        },
        "a bytes-like object is required, not 'str'",
        ("sniff/binary.py", "translate("),
    )
    assert candidates[0].line == 1
    assert candidates[0].new_source.startswith("_TEXT = bytes([x\n")
    namespace: dict = {}
    exec(candidates[0].new_source, namespace)
    assert namespace["is_binary"](b"abc") is False
    assert namespace["is_binary"](b"ab\x00") is True


def test_it_makes_a_text_literal_constant_bytes_where_it_is_bound(project):
    candidates = _candidates(
        project,
        {
            "wire/frame.py": """
                MARK = '--'

                def framed(body):
                    return body.startswith(MARK)
                """,
            TEST: "def test_it():\n    pass\n",
        },
        "a bytes-like object is required, not 'str'",
        ("wire/frame.py", "startswith("),
    )
    assert "MARK = b'--'" in candidates[0].new_source


def test_it_reads_a_datetime_compared_with_a_date_through_their_subclasses_too(project):
    # A test clock (a `FakeDatetime` subclass) words the same comparison with its own class names.
    candidates = _candidates(
        project,
        {
            "diary/days.py": """
                def same_day(stamp, day):
                    seen = stamp
                    return seen <= day
                """
        },
        "can't compare FakeDatetime to FakeDate",
        ("diary/days.py", "seen <= day"),
    )
    assert "    seen = stamp.date()\n" in candidates[0].new_source


def test_it_reads_the_newer_wording_of_a_datetime_ordered_against_a_date(project):
    candidates = _candidates(
        project,
        {
            "diary/days.py": """
                def before(stamp, day):
                    seen = stamp
                    return seen < day
                """
        },
        "'<' not supported between instances of 'datetime.datetime' and 'datetime.date'",
        ("diary/days.py", "seen < day"),
    )
    assert "    seen = stamp.date()\n" in candidates[0].new_source
