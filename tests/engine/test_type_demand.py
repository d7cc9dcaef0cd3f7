"""The TypeError message's demanded type, made where the value is made (fixers/type_demand.py, via the fallback)."""

from __future__ import annotations

import textwrap

from healer.engine.fixers import FIXERS
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_demand import Demand, demands
from healer.engine.fixers.type_fallback import TypeDemandFixer, TypeFallbackFixer
from healer.engine.types import BugType, CheckReport, Failure

from .conftest import cpu_ratio

APP = "src/loft/perches.py"
TEST = "tests/test_perches.py"


def _candidates(project, source: str, message: str, needle: str, *, caller: str | None = None, fixer=None):
    source = textwrap.dedent(source).lstrip("\n")
    ws = project({APP: source, TEST: "def test_it():\n    pass\n"})
    lines = split_lines(source)

    def at(text: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if text in line)

    frames = [{"file": APP, "line": at(caller), "function": "g"}] if caller else []
    frames.append({"file": APP, "line": at(needle), "function": "f"})
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=APP,
        line=at(needle),
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": frames},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return (fixer or TypeFallbackFixer()).candidates(failure, ctx)


def _rank(candidates, expected: str) -> int | None:
    return next((n for n, c in enumerate(candidates, 1) if expected in c.new_source), None)


def test_it_reads_the_demanded_type_from_cpythons_messages():
    assert demands(["'range' object does not support item assignment"]) == [
        Demand("container", "range", "list")
    ]
    assert demands(["list indices must be integers or slices, not str"]) == [
        Demand("container", "list", "dict"),
        Demand("index", "str", "int"),
    ]
    assert demands(["unsupported operand type(s) for +=: 'NoneType' and 'str'"]) == [
        Demand("operand", "NoneType", "str")
    ]
    assert demands(['can only concatenate str (not "NoneType") to str']) == [
        Demand("operand", "NoneType", "str")
    ]
    assert demands(["not all arguments converted during string formatting"]) == [
        Demand("format", "tuple", "fewer")
    ]
    # an index that is wrong, not the container: no container demand
    assert demands(["list indices must be integers or slices, not list"]) == []
    assert demands(["'int' object is not callable"]) == []


def test_it_makes_a_list_where_an_attribute_assigned_in_init_holds_a_range(project):
    # The write is far from where the attribute was made; the slice's nearest places crowd it out.
    source = """
        class Board:
            def __init__(self, pairs):
                self.slots = range(8)
                self.spare = list(range(8))
                if not pairs:
                    return
                for pair in pairs:
                    a = pair[0]
                    b = pair[1]
                    if a < 0 or b < 0:
                        raise ValueError(pair)
                    self.slots[a] = b
                    self.slots[b] = a
        """
    candidates = _candidates(
        project, source, "'range' object does not support item assignment", "self.slots[a] = b"
    )
    rank = _rank(candidates, "self.slots = list(range(8))")
    assert rank is not None and rank <= 3, [c.description for c in candidates[:8]]


def test_it_starts_a_mapping_where_a_list_is_indexed_by_a_string(project):
    source = """
        def kept(**kwargs):
            found = []
            for key, value in kwargs.items():
                if value is not None:
                    found[key] = value
            return found
        """
    candidates = _candidates(
        project, source, "list indices must be integers or slices, not str", "found[key] = value"
    )
    rank = _rank(candidates, "found = {}")
    assert rank is not None and rank <= 3, [c.description for c in candidates[:8]]


def test_it_gives_a_none_default_the_empty_value_of_the_type_it_is_added_to(project):
    source = """
        def label(name, prefix=None):
            prefix += name
            return prefix
        """
    candidates = _candidates(
        project, source, "unsupported operand type(s) for +=: 'NoneType' and 'str'", "prefix += name"
    )
    assert _rank(candidates, "def label(name, prefix=''):") is not None, [
        c.description for c in candidates[:8]
    ]


def test_it_converts_the_argument_the_callers_frame_passed(project):
    # The crash is in the callee; the value to change is the caller's argument, one frame out, and
    # it comes before any generic conversion at the crash line.
    source = """
        def fill(slots, first):
            slots[first] = 1
            return slots

        def board():
            return fill(range(3), first=0)
        """
    candidates = _candidates(
        project,
        source,
        "'range' object does not support item assignment",
        "slots[first] = 1",
        caller="return fill(",
    )
    assert _rank(candidates, "return fill(list(range(3)), first=0)") == 1, [
        c.description for c in candidates[:8]
    ]


def test_it_drops_the_format_argument_without_a_placeholder(project):
    source = """
        def complain(row):
            msg = "iterable expected, not %s" % (type(row).__name__, row)
            return msg
        """
    candidates = _candidates(
        project, source, "not all arguments converted during string formatting", "msg = "
    )
    rank = _rank(candidates, 'msg = "iterable expected, not %s" % type(row).__name__\n')
    assert rank is not None and rank <= 2, [c.description for c in candidates[:8]]


def test_it_follows_an_index_through_the_caller_and_its_loop_to_the_pairs_that_made_it(project):
    # Three steps back from the crash: the parameter, the caller's loop over `tree.roots`, and the
    # attribute __init__ made from a mapping's (key, value) pairs where its values were meant.
    source = """
        class Tree:
            def __init__(self, labels):
                roots = {}
                for i, label in enumerate(labels):
                    roots[label] = i
                self.roots = sorted(roots.items())

        def spans(tree, widths):
            def width(i):
                return widths[i] + 1

            total = 0
            for i in tree.roots:
                total += width(i)
            return total
        """
    candidates = _candidates(
        project,
        source,
        "list indices must be integers or slices, not tuple",
        "return widths[i] + 1",
        caller="total += width(i)",
    )
    rank = _rank(candidates, "self.roots = sorted(roots.values())")
    assert rank is not None and rank <= 5, [c.description for c in candidates[:8]]


def test_it_reads_the_right_operand_and_argument_demands():
    assert demands(["unsupported operand type(s) for |=: 'set' and 'Perch'"]) == [
        Demand("right", "Perch", "set")
    ]
    assert demands(['can only concatenate tuple (not "int") to tuple']) == [Demand("right", "int", "tuple")]
    assert demands(["replace() argument 2 must be str, not int"]) == [
        Demand("argument", "int", "str", call="replace", position=2)
    ]
    assert demands(["argument 2 must be a bytes-like object, not 'str'"]) == [
        Demand("argument", "str", "bytes", position=2)
    ]


def test_it_makes_a_one_element_set_for_a_set_operator(project):
    source = """
        def merge(seen, perch):
            seen |= perch
            return seen
        """
    candidates = _candidates(
        project, source, "unsupported operand type(s) for |=: 'set' and 'Perch'", "seen |= perch"
    )
    assert _rank(candidates, "seen |= {perch}") == 1, [c.description for c in candidates[:8]]


def test_it_makes_a_one_item_tuple_where_the_callee_returned_the_item(project):
    # The crash is in the caller; the value was made by the callee's return, another function.
    source = """
        def width(n):
            if n < 128:
                return n
            return (128, n)

        def header(tag, n):
            head = (tag,)
            head += width(n)
            return head
        """
    candidates = _candidates(
        project, source, 'can only concatenate tuple (not "int") to tuple', "head += width(n)"
    )
    rank = _rank(candidates, "        return (n,)\n")
    assert rank is not None and rank <= 3, [c.description for c in candidates[:8]]


def test_it_converts_the_argument_the_message_numbers(project):
    source = """
        def link(template, page):
            return template.replace("$page", page)
        """
    candidates = _candidates(
        project, source, "replace() argument 2 must be str, not int", 'template.replace("$page", page)'
    )
    assert _rank(candidates, 'template.replace("$page", str(page))') == 1, [
        c.description for c in candidates[:8]
    ]


def test_it_offers_the_demanded_types_in_the_regular_tier_not_behind_it(project):
    # A failure whose regular candidates use up its time share never reaches the fallback tier.
    registered = [f for f in FIXERS if isinstance(f, TypeDemandFixer)]
    assert len(registered) == 1 and registered[0].fallback is False
    assert all(not f.demands for f in FIXERS if isinstance(f, TypeFallbackFixer))
    source = """
        class Board:
            def __init__(self):
                self.slots = range(8)

            def wire(self, a, b):
                self.slots[a] = b
        """
    source = textwrap.dedent(source).lstrip("\n")
    ws = project({APP: source, TEST: "def test_it():\n    pass\n"})
    message = "'range' object does not support item assignment"
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=APP,
        line=6,
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": [{"file": APP, "line": 6}]},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    candidates = registered[0].candidates(failure, ctx)
    assert candidates and "self.slots = list(range(8))" in candidates[0].new_source
    # a correction of the container's kind, not a guard: tests that move on to the next bug count
    assert not candidates[0].guard


def test_it_keeps_a_none_made_empty_a_guard(project):
    source = """
        class Label:
            def __init__(self):
                self.name = None

            def grow(self, key):
                self.name += key
        """
    source = textwrap.dedent(source).lstrip("\n")
    ws = project({APP: source, TEST: "def test_it():\n    pass\n"})
    message = "unsupported operand type(s) for +=: 'NoneType' and 'str'"
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=APP,
        line=6,
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": [{"file": APP, "line": 6}]},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    candidates = TypeDemandFixer().candidates(failure, ctx)
    assert candidates and "self.name = ''" in candidates[0].new_source
    assert candidates[0].guard


def test_it_reads_a_comparison_with_none_as_a_number_or_text_demand():
    # Round 49 (cuttlepool r281, pyramid_ldap3 r286): an ordering comparison with None.
    message = "'<' not supported between instances of 'NoneType' and 'int'"
    assert demands([message]) == [Demand("operand", "NoneType", "int")]
    # Compared with a float, the None is given an int's zero, which compares alike.
    assert demands(["'>' not supported between instances of 'float' and 'NoneType'"]) == [
        Demand("operand", "NoneType", "int")
    ]
    assert demands(["'<' not supported between instances of 'dict' and 'dict'"]) == []


def test_it_follows_a_default_that_names_a_module_constant_to_its_binding(project):
    source = """
        _OVERFLOW = None


        class Pool:
            def __init__(self, overflow=_OVERFLOW):
                if overflow < 0:
                    raise ValueError(overflow)
                self.overflow = overflow
        """
    candidates = _candidates(
        project, source, "'<' not supported between instances of 'NoneType' and 'int'", "if overflow < 0:"
    )
    assert _rank(candidates, "_OVERFLOW = 0\n") is not None, [c.description for c in candidates[:8]]


def test_it_starts_an_attribute_compared_with_a_float_at_zero(project):
    source = """
        import time


        class Query:
            def __init__(self):
                self.last = None

            def stale(self):
                return time.time() > self.last
        """
    candidates = _candidates(
        project,
        source,
        "'>' not supported between instances of 'float' and 'NoneType'",
        "time.time() > self.last",
    )
    assert _rank(candidates, "self.last = 0\n") is not None, [c.description for c in candidates[:8]]


def test_a_long_quoted_message_is_read_in_linear_time():
    # Review 49: `'\S+' not supported` backtracked over every quote of a long repr with no space in it
    # (a 32 KB `['a','a',...]` in an assertion message took 1.6 s, four times the 16 KB one's).
    def run(n: int) -> None:
        demands(["[" + ",".join(["'a'"] * n) + "]"])

    assert cpu_ratio(run, 2_000) < 8
    assert demands(["x: '>=' not supported between instances of 'NoneType' and 'str'"]) == [
        Demand("operand", "NoneType", "str")
    ]


def test_it_does_not_make_a_number_literal_text_in_a_sum_with_text(project):
    # `patch + 1` on a str patch is an increment: str(1) would make '3' + '1' == '31', not 4.
    source = """
        def bump(major, patch):
            return f"{major}.{patch + 1}"
        """
    candidates = _candidates(project, source, 'can only concatenate str (not "int") to str', "patch + 1")
    assert not any("str(1)" in c.new_source for c in candidates), [c.description for c in candidates[:8]]


def test_it_still_makes_a_named_operand_text_in_a_sum_with_text(project):
    source = """
        def label(name, count):
            return name + count
        """
    candidates = _candidates(project, source, 'can only concatenate str (not "int") to str', "name + count")
    assert _rank(candidates, "name + str(count)") is not None, [c.description for c in candidates[:8]]


def test_it_reads_a_timedelta_met_by_a_number_as_a_duration_demand():
    assert demands(["'<' not supported between instances of 'datetime.timedelta' and 'int'"]) == [
        Demand("operand", "timedelta", "int")
    ]
    assert demands(["unsupported operand type(s) for +: 'int' and 'datetime.timedelta'"]) == [
        Demand("operand", "timedelta", "int")
    ]
    assert demands(["'<' not supported between instances of 'datetime.timedelta' and 'float'"]) == [
        Demand("operand", "timedelta", "float")
    ]
    # two durations, or a duration and a date, are not a number dropped
    assert demands(["'<' not supported between instances of 'datetime.timedelta' and 'datetime.date'"]) == []


def test_it_takes_the_days_where_the_timedelta_is_made_through_abs(project):
    # The crash compares abs(gap) with 7; the number was lost where gap was made, above the
    # comparisons with 0 and 1 that a `.days` at the crash would leave false.
    source = """
        def ago(d, today):
            gap = d - today
            if gap == 0:
                return "now"
            if gap == 1:
                return "soon"
            size = abs(gap)
            if size < 7:
                return "days"
            return "weeks"
        """
    candidates = _candidates(
        project, source, "'<' not supported between instances of 'datetime.timedelta' and 'int'", "size < 7"
    )
    rank = _rank(candidates, "gap = (d - today).days\n")
    assert rank is not None and rank <= 2, [c.description for c in candidates[:8]]
    assert not any("abs(gap).days" in c.new_source for c in candidates)


def test_it_takes_no_accessor_of_a_timedelta_met_by_a_date(project):
    source = """
        def due(start, today):
            gap = start - today
            return gap < today
        """
    candidates = _candidates(
        project,
        source,
        "'<' not supported between instances of 'datetime.timedelta' and 'datetime.date'",
        "gap < today",
    )
    assert not any(".days" in c.new_source for c in candidates)


def test_it_converts_a_number_kept_as_text_where_a_parallel_assignment_made_it(project):
    # `self.rev + 1` beside a written 1 is arithmetic: the text was made by the unpacking, not the 1
    source = """
        class Tag:
            def parse(self, m):
                self.major, self.rev = int(m[1]), m[2]

            def bump(self):
                return f"{self.major}.{self.rev + 1}"
        """
    candidates = _candidates(project, source, 'can only concatenate str (not "int") to str', "self.rev + 1")
    rank = _rank(candidates, "self.major, self.rev = int(m[1]), int(m[2])")
    assert rank is not None and rank <= 2, [c.description for c in candidates[:8]]


def test_it_reads_the_left_operand_only_beside_a_written_number(project):
    source = """
        class Tag:
            def parse(self, m):
                self.name, self.count = m[1], m[2]

            def label(self):
                return self.name + self.count
        """
    candidates = _candidates(
        project, source, 'can only concatenate str (not "int") to str', "self.name + self.count"
    )
    assert not any("int(m[1])" in c.new_source for c in candidates), [c.description for c in candidates[:8]]


def test_it_converts_the_characters_where_they_are_collected_for_an_index(project):
    # the digits index a table two lines below the list that collects them as characters
    source = """
        TABLE = [[0, 1], [1, 0]]

        def check(code):
            state = 0
            digits = list(reversed(code))
            for i, digit in enumerate(digits):
                state = TABLE[state][digit]
            return state == 0
        """
    candidates = _candidates(
        project, source, "list indices must be integers or slices, not str", "TABLE[state][digit]"
    )
    rank = _rank(candidates, "digits = list(map(int, reversed(code)))")
    assert rank is not None and rank <= 3, [c.description for c in candidates[:8]]
    # made two lines above the crash: preferred over a conversion at the index when both pass
    assert candidates[rank - 1].making_site


def test_it_converts_no_items_already_converted_or_not_collected(project):
    source = """
        TABLE = [[0, 1], [1, 0]]

        def check(code, names):
            digits = list(map(str, code))
            for digit in digits:
                TABLE[0][digit]
            for i, name in enumerate(names.split()):
                TABLE[0][name]
        """
    candidates = _candidates(
        project, source, "list indices must be integers or slices, not str", "TABLE[0][digit]"
    )
    assert not any("as it is collected" in c.description for c in candidates), [
        c.description for c in candidates[:8]
    ]


def test_it_swaps_a_records_fields_where_the_record_is_built(project):
    # the dataclass has no __init__ to follow: its field is made by the constructor call's argument
    source = """
        from dataclasses import dataclass

        @dataclass(frozen=True)
        class Perch:
            height: int
            marks: frozenset
            prefix: str

            def fits(self, code):
                return code.startswith(self.prefix)

        def perch(height, prefix, marks):
            return Perch(height, prefix, frozenset(marks))
        """
    candidates = _candidates(
        project,
        source,
        "startswith first arg must be str or a tuple of str, not frozenset",
        "code.startswith(self.prefix)",
    )
    rank = _rank(candidates, "return Perch(height, frozenset(marks), prefix)")
    assert rank is not None and rank <= 3, [c.description for c in candidates[:8]]


def test_it_swaps_no_arguments_of_a_class_that_is_no_record(project):
    source = """
        class Perch:
            prefix: str

            def __init__(self, height, prefix):
                self.height = height

            def fits(self, code):
                return code.startswith(self.prefix)

        def perch(height, prefix):
            return Perch(prefix, height)
        """
    candidates = _candidates(
        project,
        source,
        "startswith first arg must be str or a tuple of str, not int",
        "code.startswith(self.prefix)",
    )
    assert not any("declared order" in c.description for c in candidates), [
        c.description for c in candidates[:8]
    ]


def test_it_takes_the_seconds_first_of_a_timedelta_met_by_a_float(project):
    # `elapsed < 0.5`: a fractional bound counts a unit `.days` (a whole int) cannot reach; `.days` would
    # make every gap under a day pass the check, a program a test of one branch does not pin
    source = """
        def quick(start, end):
            elapsed = end - start
            return elapsed < 0.5
        """
    candidates = _candidates(
        project,
        source,
        "'<' not supported between instances of 'datetime.timedelta' and 'float'",
        "return elapsed",
    )
    seconds = _rank(candidates, "elapsed = (end - start).total_seconds()\n")
    days = _rank(candidates, "elapsed = (end - start).days\n")
    assert seconds is not None and (days is None or seconds < days), [c.description for c in candidates[:8]]


def test_it_still_takes_the_days_first_of_a_timedelta_met_by_an_int(project):
    source = """
        def soon(start, end):
            gap = end - start
            return gap < 7
        """
    candidates = _candidates(
        project, source, "'<' not supported between instances of 'datetime.timedelta' and 'int'", "return gap"
    )
    seconds = _rank(candidates, "gap = (end - start).total_seconds()\n")
    days = _rank(candidates, "gap = (end - start).days\n")
    assert days is not None and seconds is not None and days < seconds, [
        c.description for c in candidates[:8]
    ]


def test_it_counts_no_field_the_constructor_does_not_take_when_it_swaps_a_records_fields(project):
    # `seen` (init=False) is no constructor parameter: counted, `prefix` was read at `extra`'s place and
    # only `extra` and the frozenset were swapped
    source = """
        from dataclasses import dataclass, field

        @dataclass
        class Perch:
            height: int
            seen: int = field(init=False, default=0)
            marks: frozenset = frozenset()
            prefix: str = ""
            extra: str = ""

            def fits(self, code):
                return code.startswith(self.prefix)

        def perch(height, prefix, marks, extra):
            return Perch(height, prefix, frozenset(marks), extra)
        """
    candidates = _candidates(
        project,
        source,
        "startswith first arg must be str or a tuple of str, not frozenset",
        "code.startswith(self.prefix)",
    )
    assert _rank(candidates, "return Perch(height, frozenset(marks), prefix, extra)") is not None, [
        c.description for c in candidates[:8]
    ]


def test_it_swaps_no_fields_of_a_record_whose_inherited_fields_it_cannot_count(project):
    # the base's fields come first in the constructor, and the base is not in this file
    source = """
        from dataclasses import dataclass

        from .base import Named

        @dataclass
        class Perch(Named):
            marks: frozenset
            prefix: str

            def fits(self, code):
                return code.startswith(self.prefix)

        def perch(name, size, prefix, marks):
            return Perch(name, size, prefix, frozenset(marks))
        """
    candidates = _candidates(
        project,
        source,
        "startswith first arg must be str or a tuple of str, not frozenset",
        "code.startswith(self.prefix)",
    )
    assert not any("declared order" in c.description for c in candidates), [
        c.description for c in candidates[:8]
    ]


def test_it_finds_a_records_constructor_calls_in_linear_time():
    from healer.engine.fixers.lineedit import SourceFile
    from healer.engine.fixers.type_demand import field_arguments

    def run(n: int) -> None:
        parts = ["from dataclasses import dataclass\n"]
        for i in range(n):
            parts.append(
                f"@dataclass\nclass R{i}:\n    name: str\n    size: int\n\ndef make{i}(a, b):\n    return R{i}(a, b)\n"
            )
        sf = SourceFile.parse("m.py", "".join(parts))
        assert len(field_arguments(sf, "name")) == n

    assert cpu_ratio(run, 100) < 8


def test_it_swaps_the_refused_value_into_no_field_declared_of_another_kind(project):
    # the frozenset belongs to `marks`, declared frozenset: moved into `name`, declared str, the crash at
    # startswith goes away (prefix gets the name's text) while two fields hold each other's values
    source = """
        from dataclasses import dataclass

        @dataclass(frozen=True)
        class Perch:
            marks: frozenset
            prefix: str
            name: str

            def fits(self, code):
                return code.startswith(self.prefix)

        def perch(prefix, marks, name):
            return Perch(prefix, frozenset(marks), name)
        """
    candidates = _candidates(
        project,
        source,
        "startswith first arg must be str or a tuple of str, not frozenset",
        "code.startswith(self.prefix)",
    )
    assert _rank(candidates, "return Perch(frozenset(marks), prefix, name)") is not None, [
        c.description for c in candidates[:8]
    ]
    assert not any("return Perch(prefix, name, frozenset(marks))" in c.new_source for c in candidates), [
        c.description for c in candidates if "return Perch(prefix, name, frozenset(marks))" in c.new_source
    ]


def test_it_takes_the_one_item_of_a_tuple_a_call_made(project):
    source = """
        import struct

        LIMIT = 8

        def size(blob):
            length = struct.unpack(">I", blob[:4])
            if length > LIMIT:
                raise ValueError(length)
            pair = (1, 2)
            return pair > LIMIT
        """
    candidates = _candidates(
        project,
        source,
        "'>' not supported between instances of 'tuple' and 'int'",
        "if length > LIMIT",
        fixer=TypeDemandFixer(),
    )
    assert _rank(candidates, 'length = struct.unpack(">I", blob[:4])[0]') == 1, [
        c.description for c in candidates
    ]
    # a tuple written out was meant as one: never indexed
    other = _candidates(
        project, source, "'>' not supported between instances of 'tuple' and 'int'", "return pair >"
    )
    assert _rank(other, "pair = (1, 2)[0]") is None


TYPED = """
    class Checked:
        def __init__(self, kind, label, **limits):
            self.kind = kind
            self.label = label

        def check(self, value):
            return isinstance(value, self.kind)

    class Whole(Checked):
        def __init__(self, low=None):
            super().__init__("whole", int, low=low)

    class Text(Checked):
        def __init__(self):
            super().__init__(str, "text")
    """


def test_it_swaps_a_constructors_arguments_back_when_a_class_is_meant(project):
    # no frame shows the construction: the subclass's super().__init__ made the attribute
    message = "isinstance() arg 2 must be a type, a tuple of types, or a union"
    assert Demand("argument", "object", "type", call="isinstance", position=2) in demands([message])
    candidates = _candidates(project, TYPED, message, "isinstance(value, self.kind)", fixer=TypeDemandFixer())
    assert _rank(candidates, 'super().__init__(int, "whole", low=low)') == 1, [
        c.description for c in candidates
    ]
    # the sibling that passes its class first is left alone
    assert _rank(candidates, 'super().__init__("text", str)') is None


def test_it_does_not_swap_two_values_neither_of_which_is_a_class(project):
    source = TYPED.replace(
        'super().__init__("whole", int, low=low)', 'super().__init__("whole", "int", low=low)'
    )
    message = "isinstance() arg 2 must be a type, a tuple of types, or a union"
    candidates = _candidates(
        project, source, message, "isinstance(value, self.kind)", fixer=TypeDemandFixer()
    )
    assert _rank(candidates, 'super().__init__("int", "whole"') is None


def _two_module_failure(project, model: str, build: str, message: str):
    model, build = textwrap.dedent(model).lstrip("\n"), textwrap.dedent(build).lstrip("\n")
    files = {"src/loft/model.py": model, "src/loft/build.py": build, TEST: "def test_it():\n    pass\n"}
    ws = project(files)

    def at(source: str, text: str) -> int:
        return next(n for n, line in enumerate(split_lines(source), 1) if text in line)

    crash = at(model, "<= 0")
    frames = [
        {"file": "src/loft/build.py", "line": at(build, "return Loan("), "function": "loan"},
        {"file": "src/loft/model.py", "line": crash, "function": "__post_init__"},
    ]
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file="src/loft/model.py",
        line=crash,
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": frames},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return TypeDemandFixer().candidates(failure, ctx)


LOAN = """
    from dataclasses import dataclass

    @dataclass
    class Loan:
        principal: float
        rate: float
        payment: float | None = None

        def __post_init__(self):
            if self.payment is not None and self.payment <= 0:
                raise ValueError("payment")
    """

BUILD = """
    from loft.model import Loan

    def _number(value, name):
        return float(value)

    def loan(principal, rate, payment):
        return Loan(
            principal=_number(principal, "principal"),
            rate=_number(rate, "rate"),
            payment=payment,
        )
    """


def test_it_converts_a_field_as_its_sibling_arguments_are_where_the_record_is_built(project):
    message = "'<=' not supported between instances of 'str' and 'int'"
    candidates = _two_module_failure(project, LOAN, BUILD, message)
    assert _rank(candidates, 'payment=_number(payment, "payment"),') == 1, [c.description for c in candidates]


def test_it_does_not_copy_a_converter_only_one_sibling_uses(project):
    build = BUILD.replace('rate=_number(rate, "rate")', "rate=rate")
    message = "'<=' not supported between instances of 'str' and 'int'"
    candidates = _two_module_failure(project, LOAN, build, message)
    assert _rank(candidates, "payment=_number(") is None


GENERATED = """
    class Writer:
        def __init__(self):
            self.lines = []

        def source(self):
            head = ["def root():"]
            return head + self.lines

        def title(self):
            return "root"

    def build():
        text = Writer().source()
        code = compile(text, "<gen>", "exec")
        name = Writer().title()
        return compile(name, "<gen>", "exec")
    """


def test_it_joins_the_lines_a_helper_returns_where_compile_needs_one_text(project):
    message = "compile() arg 1 must be a string, bytes or AST object"
    assert Demand("argument", "object", "str", call="compile", position=1) in demands([message])
    candidates = _candidates(project, GENERATED, message, "code = compile(", fixer=TypeDemandFixer())
    assert _rank(candidates, 'return "\\n".join(head + self.lines)') == 1, [c.description for c in candidates]


def test_it_does_not_join_what_is_not_made_a_list(project):
    message = "compile() arg 1 must be a string, bytes or AST object"
    candidates = _candidates(project, GENERATED, message, "return compile(name", fixer=TypeDemandFixer())
    assert not [c for c in candidates if ".join(" in c.description]


def test_it_takes_no_first_item_of_a_tuple_known_to_hold_several(project):
    # round 54's review: `[0]` of a 2-tuple silences the TypeError and drops the other item
    source = """
        import struct

        LIMIT = 8

        def size(blob, n):
            length = divmod(n, 60)
            pair = struct.unpack(">HH", blob[:4])
            own = helper(n)
            head = blob.partition(b":")
            if head > LIMIT:
                raise ValueError(head)
            if length > LIMIT:
                raise ValueError(length)
            if pair > LIMIT:
                raise ValueError(length)
            return own > LIMIT

        def helper(n):
            return n, n + 1
        """
    message = "'>' not supported between instances of 'tuple' and 'int'"
    for needle, dropped in (
        ("if length >", "divmod(n, 60)[0]"),
        ("if pair >", 'struct.unpack(">HH", blob[:4])[0]'),
        ("return own >", "helper(n)[0]"),
        ("if head >", 'blob.partition(b":")[0]'),
    ):
        candidates = _candidates(project, source, message, needle, fixer=TypeDemandFixer())
        assert _rank(candidates, dropped) is None, [c.description for c in candidates]
