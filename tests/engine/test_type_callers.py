"""TypeErrors whose value was made in a method or module the traceback does not show (round 45, pytypes19).

Round 44's held-out half raised nine TypeErrors away from where the value was made: arguments swapped
into a writer's helper, a descriptor's arguments swapped, `json.loads` imported under an alias and
given an open file, two arguments swapped on the caller frame's line. The walk now follows a parameter
of a function no traceback frame runs to the calls to it by name (a constructor's by its class's
name), the items appended to an attribute in another method, a called `self` attribute as a value,
and a string function's import alias; swaps at a call are ranked by the parameters' names.
"""

from __future__ import annotations

from .test_type_making_sites import APP, _candidates, _rank


def test_a_helper_called_with_its_arguments_swapped_before_the_joining_property(project):
    # `_add_value(value, "d")` in one method; the formats are joined in a property read later: no
    # traceback frame calls `_add_value`, its calls by name are where `fmt` was made.
    source = """
        class Writer:
            def __init__(self, order):
                self._fmts = []
                self._values = []
                self._order = order

            def _add_value(self, fmt, value):
                self._fmts.append(fmt)
                self._values.append(value)

            def add_char(self, value):
                self._add_value("B", value)

            def add_double(self, value):
                self._add_value(value, "d")

            @property
            def data(self):
                return self._order + "".join(self._fmts)
        """
    found = _candidates(
        project,
        {APP: source},
        "sequence item 1: expected str instance, float found",
        (APP, 'return self._order + "".join(self._fmts)'),
    )
    rank = _rank(found, 'self._add_value("d", value)')
    assert rank is not None and rank <= 2, [c.description for c in found]
    assert next(c for c in found if 'self._add_value("d", value)' in c.new_source).making_site


def test_a_constructor_given_its_arguments_swapped_and_a_stored_callable_called_later(project):
    # `Variable(default, type_)`: the constructor stores the default as the type, which the
    # `value` property calls: "'ellipsis' object is not callable" names one type only.
    source = """
        class Variable:
            def __init__(self, type_=str, default_value=...):
                self._type = type_
                self._default = default_value

            @property
            def value(self):
                return self._type("12")


        def build(namespace):
            for key, type_ in namespace.items():
                namespace[key] = Variable(namespace.get(key, ...), type_)
            return namespace
        """
    found = _candidates(
        project, {APP: source}, "'ellipsis' object is not callable", (APP, 'return self._type("12")')
    )
    assert _rank(found, "Variable(type_, namespace.get(key, ...))") == 1, [c.description for c in found]


def test_two_arguments_swapped_on_the_caller_frames_line_are_ranked_by_the_parameters_names(project):
    source = """
        def finalize(header, addressed, entries, contents_count):
            header["count"] = len(entries)
            return header


        class Writer:
            def finish(self, header):
                return finalize(header, self.addressed, len(self.offsets), self.entries)
        """
    found = _candidates(
        project,
        {APP: source},
        "object of type 'int' has no len()",
        (APP, 'header["count"] = len(entries)'),
        callers=[(APP, "return finalize(")],
    )
    assert _rank(found, "finalize(header, self.addressed, self.entries, len(self.offsets))") == 1, [
        c.description for c in found
    ]


def test_a_string_function_imported_under_an_alias_and_given_an_open_file(project):
    source = """
        from json import loads as _load

        with open("table.json") as f:
            TABLE = _load(f)
        """
    found = _candidates(
        project,
        {APP: source},
        "the JSON object must be str, bytes or bytearray, not TextIOWrapper",
        (APP, "TABLE = _load(f)"),
    )
    assert _rank(found, "from json import load as _load") == 1, [c.description for c in found]
    assert found[0].making_site
    # a message that refuses no file object re-points nothing
    other = _candidates(project, {APP: source}, "unhashable type: 'list'", (APP, "TABLE = _load(f)"))
    assert _rank(other, "from json import load as _load") is None


def test_a_pair_drawn_in_a_comprehension_is_followed_without_a_crash(project):
    # `_pairs` read the loop's line from `loop.lineno`, which a comprehension has not: the walk
    # (now reaching more values) raised AttributeError and the fixer offered nothing.
    source = """
        def bump():
            table = {'a': '1', 'b': 2}
            return [value + 1 for key, value in table.items()]
        """
    found = _candidates(
        project,
        {APP: source},
        'can only concatenate str (not "int") to str',
        (APP, "return [value + 1 for key, value in table.items()]"),
    )
    assert found, "the walk raised or found nothing"


def test_a_standard_module_with_import_side_effects_is_never_imported_by_the_engine():
    # Review of round 45: `_sibling` imported any standard module a file names, in the engine's
    # own process: `from this import ...` printed the Zen, `antigravity` opens a browser and
    # `unittest.__main__` runs unittest's main and raises SystemExit (not an Exception: the heal
    # died). Only the string/file pairs' modules are imported; others only read when loaded.
    import sys

    from healer.engine.fixers.lineedit import SourceFile
    from healer.engine.fixers.type_aliases import sibling_function_edits

    sys.modules.pop("this", None)
    sf = SourceFile.parse("app.py", "from this import keys\n\nwith open('t') as f:\n    T = keys(f)\n")
    assert sf is not None
    edits = sibling_function_edits(sf, [4], ["a bytes-like object is required, not '_io.TextIOWrapper'"])
    assert "this" not in sys.modules
    assert edits == []
    sf = SourceFile.parse(
        "app.py", "from pickle import loads as read\n\nwith open('t', 'rb') as f:\n    T = read(f)\n"
    )
    assert sf is not None
    edits = sibling_function_edits(sf, [4], ["a bytes-like object is required, not '_io.BufferedReader'"])
    assert [e.spans[0][2] for e in edits] == ["load"]


def test_a_string_function_imported_without_an_alias_is_not_renamed_at_its_import():
    # Review of round 45: `from json import loads` re-pointed at `load` unbound the name the file
    # calls (`loads(f)`: NameError), a candidate that could never pass, offered first among the
    # making sites at prior 0.9. Only an alias (`loads as _load`) keeps its bound name.
    from healer.engine.fixers.lineedit import SourceFile
    from healer.engine.fixers.type_aliases import sibling_function_edits

    sf = SourceFile.parse("app.py", "from json import loads\n\nwith open('t') as f:\n    T = loads(f)\n")
    assert sf is not None
    message = "the JSON object must be str, bytes or bytearray, not TextIOWrapper"
    assert sibling_function_edits(sf, [4], [message]) == []
