"""Kind edits where a TypeError's value was made (fixers/type_kinds.py).

Every example is synthetic (none is a dev case): a class returned where an instance was meant, a
module imported where its namesake function was, a method called where it was to be kept, an
in-place method's None returned, a file opened in the wrong mode, and a dunder whose signature the
protocol that calls it does not fit."""

from __future__ import annotations

from healer.engine.fixers.type_kinds import refused_kinds

from .fixer_helpers import type_error_candidates
from .test_type_provenance import _candidates, _rank


def test_it_reads_the_kind_of_the_refused_value_from_the_message():
    assert refused_kinds(["unbound method dict.keys() needs an argument"]) == {"class": "dict"}
    assert refused_kinds(["'type' object is not iterable"]) == {"class": ""}
    assert refused_kinds(["'module' object is not callable"]) == {"module": ""}
    assert refused_kinds(["'str' object is not callable"]) == {"result": ""}
    assert refused_kinds(["'NoneType' object is not iterable"]) == {"none": ""}
    assert refused_kinds(['can only concatenate str (not "int") to str']) == {}


def test_it_calls_a_class_a_factory_hook_returned_where_an_instance_was_meant(project):
    source = """
        from collections import defaultdict


        class Tally:
            def __init__(self):
                self.counts = self._make()

            def _make(self):
                return defaultdict

            def keys(self):
                return sorted(self.counts.keys())
        """
    found = _candidates(
        project,
        source,
        "unbound method defaultdict.keys() needs an argument",
        "return sorted(self.counts.keys())",
    )
    assert _rank(found, "return defaultdict()") == 1


def test_it_leaves_a_called_class_and_a_constant_alone(project):
    source = """
        LIMITS = (1, 2)


        def pairs():
            return dict(LIMITS)


        def show():
            for k in pairs():
                print(k)
        """
    found = _candidates(project, source, "'type' object is not iterable", "for k in pairs()")
    assert not any("dict()(" in c.new_source or "LIMITS()" in c.new_source for c in found)


def test_it_imports_the_function_a_bare_module_name_was_meant_to_be(project):
    source = """
        import glob


        def sources(root):
            return glob(root + '/*.py')
        """
    found = _candidates(project, source, "'module' object is not callable", "return glob(root")
    assert _rank(found, "from glob import glob") == 1


def test_it_keeps_a_module_read_as_an_attribute_base(project):
    source = """
        import glob


        def sources(root, pick):
            return pick(glob.glob(root))
        """
    found = _candidates(project, source, "'module' object is not callable", "return pick(")
    assert not any("from glob import glob" in c.new_source for c in found)


def test_it_keeps_the_bound_method_a_call_with_no_arguments_consumed(project):
    source = """
        def pump(source, sink):
            total, take = 0, source.recv()
            while True:
                chunk = take(1024)
                if not chunk:
                    return total
                sink.append(chunk)
                total += len(chunk)
        """
    found = _candidates(project, source, "'bytes' object is not callable", "chunk = take(1024)")
    assert _rank(found, "total, take = 0, source.recv\n") == 1


def test_it_returns_the_receiver_of_an_in_place_method(project):
    source = """
        def names(rows):
            found = [r.strip() for r in rows]
            return found.reverse()


        def index(rows):
            return set(names(rows))
        """
    found = _candidates(project, source, "'NoneType' object is not iterable", "return set(names(rows))")
    assert _rank(found, "    return found\n") == 1
    assert not any("sorted(found)" in c.new_source for c in found)  # sorted() is sort()'s copy only


def test_it_opens_the_file_in_binary_mode_when_bytes_are_written_to_it(project):
    source = """
        def save(path, text):
            with open(path, 'w') as out:
                out.write(text.encode('utf-8'))
        """
    found = _candidates(project, source, "write() argument must be str, not bytes", "out.write(")
    assert _rank(found, "open(path, 'wb')") == 1


def test_it_drops_the_binary_mode_when_a_str_is_written(project):
    source = """
        def save(path, text):
            with open(path, mode="ab") as out:
                out.write(text.upper())
        """
    found = _candidates(project, source, "a bytes-like object is required, not 'str'", "out.write(")
    assert _rank(found, 'open(path, mode="a")') is not None


def test_it_makes_a_dunders_last_parameter_variadic_for_the_protocol_that_calls_it(project):
    candidates = type_error_candidates(
        project,
        {
            "lab/clock.py": """
                class Clock:
                    def __enter__(self):
                        return self

                    def __exit__(self, exc):
                        return None


                def timed(work):
                    with Clock():
                        return work()
                """,
        },
        "Clock.__exit__() takes 2 positional arguments but 4 were given",
        ("lab/clock.py", "with Clock()"),
    )
    fixed = [c for c in candidates if "def __exit__(self, *exc):" in c.new_source]
    assert fixed and candidates.index(fixed[0]) == 0


def test_it_offers_a_variadic_parameter_only_to_a_signature_without_defaults(project):
    candidates = type_error_candidates(
        project,
        {
            "lab/clock.py": """
                def tick(a, b):
                    return a + b


                def run():
                    return tick(1, 2, 3)
                """,
        },
        "tick() takes 2 positional arguments but 3 were given",
        ("lab/clock.py", "return tick(1, 2, 3)"),
    )
    assert any("*b" in c.new_source for c in candidates)
    candidates = type_error_candidates(
        project,
        {"lab/clock.py": "def tick(a, b=1):\n    return a + b\n\n\ndef run():\n    return tick(1, 2, 3)\n"},
        "tick() takes from 1 to 2 positional arguments but 3 were given",
        ("lab/clock.py", "return tick(1, 2, 3)"),
    )
    assert not any("*b" in c.new_source for c in candidates)  # a default: not the protocol's shape


def test_it_calls_a_method_kept_bare_with_the_arguments_its_file_agrees_on(project):
    source = """
        def pack(text, out):
            data = text.encode
            out.append(len(data))
            out.append(data)


        def label(name):
            return name.encode('ascii')
        """
    found = _candidates(
        project, source, "object of type 'builtin_function_or_method' has no len()", "out.append(len(data))"
    )
    assert _rank(found, "data = text.encode('ascii')") == 1
    assert _rank(found, "data = text.encode()") == 2


def test_it_drops_the_parameters_a_dunders_protocol_does_not_pass(project):
    candidates = type_error_candidates(
        project,
        {
            "lab/grid.py": """
                class Grid:
                    def __init__(self, cells):
                        self.cells = cells

                    def __getitem__(self, key, default):
                        return self.cells.get(key, default)


                def corner(grid):
                    return grid[0, 0]
                """,
        },
        "Grid.__getitem__() missing 1 required positional argument: 'default'",
        ("lab/grid.py", "return grid[0, 0]"),
    )
    assert any("def __getitem__(self, key):" in c.new_source for c in candidates)


def test_it_leaves_an_ordinary_functions_signature_to_its_callers(project):
    candidates = type_error_candidates(
        project,
        {
            "lab/grid.py": "def cell(grid, key, default):\n    return grid.get(key, default)\n\n\ndef corner(g):\n    return cell(g, 0)\n"
        },
        "cell() missing 1 required positional argument: 'default'",
        ("lab/grid.py", "return cell(g, 0)"),
    )
    assert not any("def cell(grid, key):" in c.new_source for c in candidates)


def test_it_keeps_a_list_of_a_mapping_view_stored_without_its_call(project):
    source = """
        TABLE = {"a": 1, "b": 2}
        NAMES = TABLE.keys


        def first():
            return NAMES[0]
        """
    found = _candidates(
        project, source, "'builtin_function_or_method' object is not subscriptable", "return NAMES[0]"
    )
    assert _rank(found, "NAMES = list(TABLE.keys())\n") is not None
    assert _rank(found, "NAMES = TABLE.keys()\n") is not None


def test_it_lists_only_a_mapping_view_not_any_bound_method(project):
    source = """
        class Box:
            def __init__(self, reader):
                self.data = reader.read

            def head(self):
                return self.data[0]
        """
    found = _candidates(project, source, "'method' object is not subscriptable", "return self.data[0]")
    assert _rank(found, "self.data = reader.read()\n") is not None
    assert not any("list(reader.read())" in c.new_source for c in found)
