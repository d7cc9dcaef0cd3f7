"""The message's actual type turned into its expected one where the value was made (fixers/type_sources.py)."""

from __future__ import annotations

from healer.engine.fixers.type_sources import Expect, expectations

from .test_type_provenance import _candidates, _rank


def test_it_reads_the_actual_and_the_expected_type_from_the_message():
    assert Expect("filter", "list") in expectations(["object of type 'filter' has no len()"])
    assert Expect("float", "int") in expectations(["'float' object cannot be interpreted as an integer"])
    assert Expect("float", "int") in expectations(
        ["slice indices must be integers or None or have an __index__ method"]
    )
    assert Expect("NoneType", "int") in expectations(
        ["unsupported operand type(s) for +=: 'NoneType' and 'int'"]
    )
    assert Expect("NoneType", "iterable") in expectations(["argument of type 'NoneType' is not iterable"])
    assert Expect("Token", "str") in expectations(["replace() argument 2 must be str, not Token"])
    assert expectations(["division by zero"]) == []


def test_it_writes_a_lambda_map_as_the_list_it_stands_for_when_its_length_is_taken(project):
    source = """
        def totals(rows):
            prices = map(lambda row: row.price, rows)
            if len(prices) != len(rows):
                raise ValueError(rows)
            return prices
        """
    found = _candidates(project, source, "object of type 'map' has no len()", "if len(prices)")
    assert _rank(found, "prices = [row.price for row in rows]") == 1
    assert _rank(found, "prices = list(map(lambda row: row.price, rows))") is not None


def test_it_materialises_an_iterator_kept_by_an_attribute_set_from_a_parameter(project):
    # The lazy value is made by the caller (a filter), stored as given by __init__, and only
    # indexed in another method: the definition to change is the attribute's assignment.
    source = """
        class Shelf:
            def __init__(self, items):
                self.items = items

            def first(self):
                return self.items[0]

            def only(self, kind):
                return Shelf(filter(lambda item: item.kind == kind, self.items))
        """
    found = _candidates(project, source, "'filter' object is not subscriptable", "return self.items[0]")
    assert _rank(found, "self.items = list(items)") is not None


def test_it_starts_a_counter_from_zero_instead_of_none_when_it_is_incremented(project):
    source = """
        class Ids:
            def __init__(self):
                self._last = None

            def take(self):
                self._last += 1
                return self._last
        """
    found = _candidates(
        project, source, "unsupported operand type(s) for +=: 'NoneType' and 'int'", "self._last += 1"
    )
    assert _rank(found, "self._last = 0") == 1


def test_it_starts_an_options_mapping_empty_instead_of_none_when_it_is_searched(project):
    source = """
        class Job:
            def __init__(self, run):
                self.run = run
                self.options = None

            @property
            def urgent(self):
                return "urgent" in self.options
        """
    found = _candidates(
        project, source, "argument of type 'NoneType' is not iterable", 'return "urgent" in self.options'
    )
    assert _rank(found, "self.options = {}") is not None


def test_it_makes_a_class_constant_an_int_and_a_division_floor_where_a_float_is_used_as_an_int(project):
    source = """
        class Blocks:
            SIZE: int = 4.0

            def chunks(self, data):
                count = len(data) / self.SIZE
                return [data[i] for i in range(count)]
        """
    found = _candidates(
        project, source, "'float' object cannot be interpreted as an integer", "for i in range(count)"
    )
    assert _rank(found, "SIZE: int = 4\n") is not None
    assert _rank(found, "count = len(data) // self.SIZE") is not None


def test_it_converts_a_mappings_keys_to_the_str_the_message_demands_where_they_are_made(project):
    source = """
        import uuid


        def render(template, names):
            marks = {uuid.uuid4(): name for name in names}
            for mark, name in marks.items():
                template = template.replace(name, mark)
            return template
        """
    found = _candidates(
        project, source, "replace() argument 2 must be str, not UUID", "template = template.replace("
    )
    assert _rank(found, "marks = {str(uuid.uuid4()): name") is not None


def test_it_swaps_the_arguments_a_caller_passed_in_each_others_places(project):
    source = """
        class Cache:
            def __init__(self, ttl):
                self.ttl = ttl

            def put(self, key, value):
                self._store(key, self.ttl, value)

            def _store(self, key, value, ttl):
                return (value, now() + ttl)
        """
    found = _candidates(
        project,
        source,
        "unsupported operand type(s) for +: 'float' and 'str'",
        "return (value, now() + ttl)",
        callers=("self._store(key, self.ttl, value)",),
    )
    right = _rank(found, "self._store(key, value, self.ttl)")
    assert right is not None
    # the swap that puts each argument where a parameter of its name is ranks above the others
    assert right < _rank(found, "self._store(value, self.ttl, key)")


def test_it_leaves_a_definition_that_already_makes_the_expected_type_alone(project):
    source = """
        def names(rows):
            found = [row.name for row in rows]
            return found[len(found)]
        """
    found = _candidates(project, source, "object of type 'filter' has no len()", "return found[len(found)]")
    assert _rank(found, "list([row.name") is None
