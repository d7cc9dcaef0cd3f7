"""The value's shape changed where it was made: a call, an attribute step or a sibling callable
(fixers/type_shapes.py), reached by the provenance walk (fixers/type_fallback.provenance_edits)."""

from __future__ import annotations

from healer.engine.fixers.type_shapes import Shape, shapes

from .test_type_provenance import _candidates, _rank


def test_it_reads_the_found_type_and_the_expected_protocol_from_the_message():
    assert Shape("tuple", "int") in shapes(["unsupported operand type(s) for -: 'tuple' and 'int'"])
    assert Shape("type", "iterable") in shapes(["'type' object is not iterable"])
    assert Shape("method", "subscriptable") in shapes(["'method' object is not subscriptable"])
    assert Shape("list", "hashable") in shapes(["unhashable type: 'list'"])
    assert Shape("list", "mapping") in shapes(["list indices must be integers or slices, not str"])
    assert Shape("sorted", "callable", 2) in shapes(["sorted expected 1 argument, got 2"])
    assert Shape("pick", "callable", 3) in shapes(["pick() takes 2 positional arguments but 3 were given"])
    # a float index is a conversion (type_sources), not a mapping
    assert shapes(["list indices must be integers or slices, not float"]) == []
    assert shapes(["division by zero"]) == []


def test_it_calls_a_factory_returned_uncalled_from_another_method(project):
    source = """
        class Slot:
            def __init__(self, factory):
                self.factory = factory

            def fresh(self):
                return self.factory


        def names(slot):
            return [n for n in slot.fresh()]
        """
    found = _candidates(project, source, "'type' object is not iterable", "return [n for n in slot.fresh()]")
    assert _rank(found, "return self.factory()") is not None


def test_it_takes_the_length_of_a_container_used_as_a_count(project):
    source = """
        def pairs(items):
            count = items
            return [i for i in range(count - 1)]
        """
    found = _candidates(
        project, source, "unsupported operand type(s) for -: 'list' and 'int'", "range(count - 1)"
    )
    assert _rank(found, "count = len(items)") is not None


def test_it_follows_a_generator_parameter_to_where_the_generator_was_called(project):
    # The traceback's caller frame is the line that ITERATES the generator; its argument was
    # passed on the line above, where the generator object was made.
    source = """
        def spans(total, parts):
            for i in range(1, total - parts + 1):
                yield i


        def layout(items, parts):
            sizes = spans(items, parts)
            return [s for s in sizes]
        """
    found = _candidates(
        project,
        source,
        "unsupported operand type(s) for -: 'list' and 'int'",
        "total - parts + 1",
        callers=("return [s for s in sizes]",),
    )
    assert _rank(found, "sizes = spans(len(items), parts)") is not None


def test_it_takes_a_member_of_a_standard_library_type_that_gives_the_wanted_protocol(project):
    source = """
        import datetime


        def year_of(text):
            moment = datetime.datetime.fromisoformat(text)
            return moment[0]
        """
    found = _candidates(
        project, source, "'datetime.datetime' object is not subscriptable", "return moment[0]"
    )
    assert _rank(found, "moment = datetime.datetime.fromisoformat(text).timetuple()") is not None
    # a member whose name or docstring says nothing of a sequence is not offered
    assert _rank(found, ".isoformat()") is None


def test_it_takes_a_member_of_a_repository_class_that_gives_the_wanted_protocol(project):
    source = """
        class Batch:
            def __init__(self, rows):
                self._rows = rows

            def as_list(self):
                return list(self._rows)

            def merge(self, other):
                return Batch(self._rows + other._rows)


        def first(rows):
            batch = Batch(rows)
            return batch[0]
        """
    found = _candidates(project, source, "'Batch' object is not subscriptable", "return batch[0]")
    assert _rank(found, "batch = Batch(rows).as_list()") is not None
    assert _rank(found, "Batch(rows).merge") is None  # takes an argument: not a zero-argument step


def test_it_makes_a_mapping_where_pairs_were_kept_as_a_list(project):
    source = """
        def lookup(keys, values, name):
            table = list(zip(keys, values))
            return table[name]
        """
    found = _candidates(
        project, source, "list indices must be integers or slices, not str", "return table[name]"
    )
    assert _rank(found, "table = dict(zip(keys, values))") is not None


def test_it_uses_a_classes_alternate_constructor_when_the_items_have_the_wrong_shape(project):
    source = """
        from itertools import chain


        def distinct(groups):
            flat = list(chain(groups))
            return set(flat)
        """
    found = _candidates(project, source, "unhashable type: 'list'", "return set(flat)")
    assert _rank(found, "flat = list(chain.from_iterable(groups))") is not None


def test_it_chooses_a_sibling_function_that_takes_the_arguments_a_callable_is_called_with(project):
    source = """
        def _sort_by_size(items, descending):
            return sorted(items, key=len, reverse=descending)


        def _unrelated(items, flag):
            return items


        def arrange(items, big_first):
            order = sorted
            return order(items, big_first)
        """
    found = _candidates(
        project, source, "sorted expected 1 argument, got 2", "return order(items, big_first)"
    )
    assert _rank(found, "order = _sort_by_size") is not None
    assert _rank(found, "order = _unrelated") is None  # no shared stem with the chosen callable


def test_it_keeps_a_callable_itself_where_its_result_was_stored_and_later_called(project):
    source = """
        def make_hook():
            print("made")


        class Runner:
            def __init__(self):
                self.hook = make_hook()

            def run(self, value):
                return self.hook(value)
        """
    found = _candidates(project, source, "'NoneType' object is not callable", "return self.hook(value)")
    assert _rank(found, "self.hook = make_hook\n") is not None
