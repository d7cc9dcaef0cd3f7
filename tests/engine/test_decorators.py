"""Restoring a missing decorator (fixers/decorators.py), driven by the failure's message or line."""

from __future__ import annotations

import textwrap

from healer.engine.fixers import FIXERS
from healer.engine.fixers.decorators import DecoratorFixer
from healer.engine.types import BugType, Failure
from tests.engine.fixer_helpers import context, runtime_failure

TEST = "tests/test_app.py"


def _run(project, files, failure):
    files = {k: textwrap.dedent(v).lstrip("\n") for k, v in files.items()}
    ws = project(files)
    return DecoratorFixer().candidates(failure, context(ws, tests=frozenset({TEST})))


def test_it_is_registered():
    assert any(isinstance(f, DecoratorFixer) for f in FIXERS)


def test_a_method_called_on_its_class_with_one_argument_too_few_becomes_a_classmethod_again(project):
    files = {
        "lazy.py": """
            class lazy:
                def invalidate(cls, inst, name):
                    del inst.__dict__[name]
            """,
        TEST: "def test_it():\n    pass\n",
    }
    failure = runtime_failure(
        "lazy.py", 2, "TypeError", "lazy.invalidate() missing 1 required positional argument: 'name'"
    )
    best = _run(project, files, failure)[0]
    assert best.new_source == (
        "class lazy:\n    @classmethod\n    def invalidate(cls, inst, name):\n        del inst.__dict__[name]\n"
    )
    assert (best.file, best.line, best.description) == (
        "lazy.py",
        2,
        "add the @classmethod decorator to invalidate",
    )


def test_the_restored_decorator_goes_above_the_other_decorators_and_the_fix_names_that_line(project):
    # A mutant that drops the outer one of two decorators leaves the other on the line it had:
    # the edit (and so the fix line) is there, not at the `def` below.
    files = {
        "calc.py": """
            import functools


            class Calc:
                @functools.lru_cache(maxsize=None)
                def add(a, b):
                    return a + b

                def total(self, items):
                    return self.add(items[0], items[1])
            """,
    }
    failure = runtime_failure(
        "calc.py", 10, "TypeError", "Calc.add() takes 2 positional arguments but 3 were given"
    )
    best = _run(project, files, failure)[0]
    assert best.description == "add the @staticmethod decorator to add"
    assert best.line == 5
    assert best.new_source.splitlines()[4:7] == [
        "    @staticmethod",
        "    @functools.lru_cache(maxsize=None)",
        "    def add(a, b):",
    ]


def test_a_method_without_self_given_one_argument_too_many_becomes_a_staticmethod_again(project):
    files = {
        "calc.py": """
            class Calc:
                def add(a, b):
                    return a + b

                def total(self, items):
                    return self.add(items[0], items[1])
            """,
    }
    failure = runtime_failure(
        "calc.py", 6, "TypeError", "Calc.add() takes 2 positional arguments but 3 were given"
    )
    [best] = _run(project, files, failure)
    assert "    @staticmethod\n    def add(a, b):\n" in best.new_source


def test_a_generator_used_in_a_with_statement_becomes_a_context_manager_again(project):
    files = {
        "app/printer.py": """
            import sys


            class Printer:
                def loading(self, text):
                    print(text)
                    yield
                    sys.stdout.flush()
            """,
        TEST: """
            from app.printer import Printer


            def test_it():
                with Printer().loading("x"):
                    pass
            """,
    }
    failure = runtime_failure(
        TEST, 5, "TypeError", "'generator' object does not support the context manager protocol"
    )
    [best] = _run(project, files, failure)
    assert best.file == "app/printer.py"
    assert best.new_source.startswith("import sys\nfrom contextlib import contextmanager\n")
    assert "    @contextmanager\n    def loading(self, text):\n" in best.new_source


def test_a_bound_method_compared_as_a_value_becomes_a_property_again(project):
    files = {
        "shape.py": """
            class Square:
                def __init__(self, side):
                    self.side = side

                def area(self):
                    return self.side**2
            """,
    }
    failure = runtime_failure(
        TEST, 3, "AssertionError", "assert <bound method Square.area of <shape.Square object at 0x7f>> == 4"
    )
    [best] = _run(project, files, failure)
    assert "    @property\n    def area(self):\n" in best.new_source


def test_it_makes_a_method_pytest_shows_by_its_bare_name_a_property_again(project):
    # pytest's assertion rewriting shows a bound method by its name, and the object by its own
    # repr: the message names the method, not its class.
    files = {
        "ledger.py": """
            class Ledger:
                def __init__(self, rows):
                    self.rows = rows

                def __repr__(self):
                    return repr(self.rows)

                def is_empty(self):
                    return not self.rows
            """,
    }
    failure = runtime_failure(
        TEST, 3, "AssertionError", "assert is_empty is True\n +  where is_empty = [].is_empty"
    )
    [best] = _run(project, files, failure)
    assert "    @property\n    def is_empty(self):\n" in best.new_source
    assert (best.file, best.line) == ("ledger.py", 8)


def test_it_leaves_a_method_pytest_shows_by_name_alone_when_it_takes_arguments(project):
    files = {
        "ledger.py": """
            class Ledger:
                def total(self, currency):
                    return 0
            """,
    }
    failure = runtime_failure(TEST, 3, "AssertionError", "assert total == 0\n +  where total = [].total")
    assert _run(project, files, failure) == []


def test_a_class_of_annotated_fields_that_takes_no_arguments_becomes_a_dataclass_again(project):
    files = {"point.py": "from dataclasses import dataclass\n\n\nclass Point:\n    x: int\n    y: int\n"}
    failure = runtime_failure(TEST, 3, "TypeError", "Point() takes no arguments")
    [best] = _run(project, files, failure)
    assert (
        best.new_source
        == "from dataclasses import dataclass\n\n\n@dataclass\nclass Point:\n    x: int\n    y: int\n"
    )


def test_a_method_that_takes_self_is_left_alone(project):
    files = {"calc.py": "class Calc:\n    def add(self, a):\n        return a\n"}
    failure = runtime_failure(
        "calc.py", 2, "TypeError", "Calc.add() missing 1 required positional argument: 'a'"
    )
    assert _run(project, files, failure) == []


GAUGE = """
    class Gauge:
        __slots__ = ("_level",)

        def __init__(self):
            self._level = 0

        @property
        def level(self):
            return self._level

        def level(self, value):
            self._level = int(value)


    class Dial(Gauge):
        __slots__ = ()
    """
SETTER = (
    "    @property\n    def level(self):\n        return self._level\n\n"
    "    @level.setter\n    def level(self, value):\n"
)


def test_it_gives_a_property_its_setter_back_from_the_failed_assignment(project):
    files = {"gauge.py": GAUGE, TEST: "def test_it():\n    pass\n"}
    # Python 3.12 with __slots__ on a subclass: the message names the subclass, not the class body.
    failure = runtime_failure(TEST, 1, "AttributeError", "'Dial' object attribute 'level' is read-only")
    best = _run(project, files, failure)[0]
    assert SETTER in best.new_source and best.new_source.count("@level.setter") == 1
    assert (best.file, best.line, best.description) == (
        "gauge.py",
        11,
        "add the @level.setter decorator to level",
    )
    no_setter = runtime_failure(TEST, 1, "AttributeError", "property 'level' of 'Dial' object has no setter")
    assert SETTER in _run(project, files, no_setter)[0].new_source
    # A getter alone, or a setter already decorated: nothing to put back.
    plain = {
        "gauge.py": GAUGE.replace("        def level(self, value):\n", "        def other(self, value):\n")
    }
    assert _run(project, {**plain, TEST: "def test_it():\n    pass\n"}, failure) == []


def test_it_gives_a_property_its_setter_back_from_pyflakes_redefinition_finding(project):
    files = {"gauge.py": GAUGE, TEST: "def test_it():\n    pass\n"}
    finding = Failure(
        bug_type=BugType.LINTING,
        file="gauge.py",
        line=11,
        message="F811 redefinition of unused level from line 8: level redefined here",
        source="ruff",
        code="F811",
    )
    best = _run(project, files, finding)[0]
    assert SETTER in best.new_source
    # The same finding on another line names another definition: not this one.
    elsewhere = Failure(
        bug_type=BugType.LINTING, file="gauge.py", line=3, message=finding.message, source="ruff", code="F811"
    )
    assert _run(project, files, elsewhere) == []


def test_it_makes_a_static_method_whose_first_parameter_is_cls_a_classmethod(project):
    # The data model: a static method gets no implicit first argument, so `cls` takes the caller's
    # first one and the last parameter is missing at every call, far from the decorator.
    files = {
        "maker.py": """
            class Maker:
                @staticmethod
                def make(cls, root):
                    return cls(), root
            """,
        TEST: "def test_it():\n    pass\n",
    }
    failure = runtime_failure(
        "maker.py", 4, "TypeError", "Maker.make() missing 1 required positional argument: 'root'"
    )
    best = _run(project, files, failure)[0]
    assert best.new_source == (
        "class Maker:\n    @classmethod\n    def make(cls, root):\n        return cls(), root\n"
    )
    assert (best.line, best.description) == (2, "make make a classmethod (@staticmethod -> @classmethod)")


def test_it_drops_a_staticmethod_decorator_from_a_method_that_takes_self(project):
    files = {
        "shape.py": """
            class Shape:
                @staticmethod
                def area(self, scale):
                    return self.w * scale
            """,
        TEST: "def test_it():\n    pass\n",
    }
    failure = runtime_failure(
        "shape.py", 4, "TypeError", "Shape.area() missing 1 required positional argument: 'scale'"
    )
    best = _run(project, files, failure)[0]
    assert best.new_source == "class Shape:\n    def area(self, scale):\n        return self.w * scale\n"
    assert best.line == 2


def test_it_makes_a_classmethod_without_a_class_parameter_static(project):
    files = {
        "units.py": """
            class Units:
                @classmethod
                def double(value):
                    return value * 2
            """,
        TEST: "def test_it():\n    pass\n",
    }
    failure = runtime_failure(
        "units.py", 4, "TypeError", "Units.double() takes 1 positional argument but 2 were given"
    )
    best = _run(project, files, failure)[0]
    assert "@staticmethod\n    def double(value):" in best.new_source
    assert "@classmethod" not in best.new_source


def test_it_leaves_a_static_method_with_ordinary_parameters_alone(project):
    files = {
        "calc.py": """
            class Calc:
                @staticmethod
                def add(a, b):
                    return a + b
            """,
        TEST: "def test_it():\n    pass\n",
    }
    failure = runtime_failure(
        "calc.py", 4, "TypeError", "Calc.add() missing 1 required positional argument: 'b'"
    )
    assert _run(project, files, failure) == []
