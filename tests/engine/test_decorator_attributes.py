"""Putting back a removed decorator from the attribute reads and registrations it leaves behind
(fixers/decorator_attributes.py)."""

from __future__ import annotations

import ast
import textwrap

from healer.engine.fixers import FIXERS
from healer.engine.fixers.decorator_attributes import DecoratorAttributeFixer
from tests.engine.fixer_helpers import context, runtime_failure

TEST = "tests/test_app.py"
CONNECTION = """
    import typing

    from .compat import singledispatchmethod


    class Auth:
        pass


    class Command:
        pass


    RequestType = typing.Union[Auth, Command]


    class Connection:
        def __init__(self):
            self.sent = []

        @singledispatchmethod
        def send(self, request: RequestType) -> None:
            raise NotImplementedError()

        @send.register(Auth)
        def _auth(self, request: Auth) -> None:
            self.sent.append("auth")

        @send.register(Command)
        def _command(self, request: Auth) -> None:
            self.sent.append("command")
    """


def _files(source: str) -> dict[str, str]:
    return {
        "proto.py": textwrap.dedent(source).lstrip("\n"),
        "compat.py": "from functools import singledispatchmethod\n",
        TEST: "def test_it():\n    pass\n",
    }


def _run(project, files, failure):
    ws = project(files)
    return DecoratorAttributeFixer().candidates(failure, context(ws, tests=frozenset({TEST})))


def _same(a: str, b: str) -> bool:
    return ast.dump(ast.parse(a)) == ast.dump(ast.parse(b))


def test_it_is_registered():
    assert any(isinstance(f, DecoratorAttributeFixer) for f in FIXERS)


def test_it_puts_back_the_decorator_a_plain_function_read_for_its_attribute_lost(project):
    # socksio: `@singledispatchmethod` removed from `send`; the class body's `@send.register(...)`
    # then fails, and the module's import of singledispatchmethod is left unused.
    released = _files(CONNECTION)
    broken = dict(released, **{"proto.py": released["proto.py"].replace("    @singledispatchmethod\n", "")})
    line = broken["proto.py"].splitlines().index("    @send.register(Auth)") + 1
    failure = runtime_failure(
        "proto.py",
        line,
        "AttributeError",
        "'function' object has no attribute 'register'",
        frames=[{"file": "proto.py", "line": line, "function": "Connection"}],
    )
    candidates = _run(project, broken, failure)
    assert _same(candidates[0].new_source, released["proto.py"])
    assert candidates[0].description == "add the @singledispatchmethod decorator to send"
    # the standard library's decorators with a `.register` come after the module's own unused import
    assert any("from functools import singledispatchmethod" in c.new_source for c in candidates[1:])


def test_it_registers_an_implementation_that_lost_its_registration(project):
    released = _files(CONNECTION)
    broken = dict(released, **{"proto.py": released["proto.py"].replace("    @send.register(Auth)\n", "")})
    line = broken["proto.py"].splitlines().index("        raise NotImplementedError()") + 1
    failure = runtime_failure(
        "proto.py",
        line,
        "NotImplementedError",
        "",
        frames=[
            {"file": TEST, "line": 3, "function": "test_it"},
            {"file": "proto.py", "line": line, "function": "send"},
        ],
    )
    candidates = _run(project, broken, failure)
    assert _same(candidates[0].new_source, released["proto.py"])
    assert candidates[0].description == "add the @send.register(Auth) decorator to _auth"


def test_it_reads_the_dispatchers_union_when_the_implementations_annotation_is_wrong(project):
    # `_command` is annotated `Auth` but was registered for `Command`: the dispatcher's Union
    # names the type no sibling registers any more.
    released = _files(CONNECTION)
    broken = dict(released, **{"proto.py": released["proto.py"].replace("    @send.register(Command)\n", "")})
    line = broken["proto.py"].splitlines().index("        raise NotImplementedError()") + 1
    failure = runtime_failure(
        "proto.py",
        line,
        "NotImplementedError",
        "",
        frames=[{"file": "proto.py", "line": line, "function": "send"}],
    )
    candidates = _run(project, broken, failure)
    assert [c.description for c in candidates] == ["add the @send.register(Command) decorator to _command"]
    assert _same(candidates[0].new_source, released["proto.py"])


def test_it_proposes_nothing_when_the_failure_was_not_raised_in_a_dispatcher(project):
    released = _files(CONNECTION)
    broken = dict(released, **{"proto.py": released["proto.py"].replace("    @send.register(Auth)\n", "")})
    line = broken["proto.py"].splitlines().index('        self.sent.append("command")') + 1
    failure = runtime_failure(
        "proto.py",
        line,
        "ValueError",
        "bad",
        frames=[{"file": "proto.py", "line": line, "function": "_command"}],
    )
    assert _run(project, broken, failure) == []


def test_a_referenced_function_is_not_taken_for_an_unregistered_one(project):
    source = CONNECTION.replace(
        'self.sent.append("auth")', 'self.sent.append("auth")\n            self._log()'
    )
    source += "\n        def _log(self) -> None:\n            pass\n"
    released = _files(source)
    broken = dict(released, **{"proto.py": released["proto.py"].replace("    @send.register(Auth)\n", "")})
    line = broken["proto.py"].splitlines().index("        raise NotImplementedError()") + 1
    failure = runtime_failure(
        "proto.py",
        line,
        "NotImplementedError",
        "",
        frames=[{"file": "proto.py", "line": line, "function": "send"}],
    )
    described = [c.description for c in _run(project, broken, failure)]
    assert described[0] == "add the @send.register(Auth) decorator to _auth"
    assert not any("_log" in d for d in described)


def test_a_method_read_as_a_value_gets_its_property_back(project):
    # socksio: `@property` removed from `packed_addr`; `b"".join([..., self.packed_addr, ...])` then
    # joins a bound method.
    released = {
        "req.py": textwrap.dedent(
            """
            class Request:
                def __init__(self, addr: bytes):
                    self.addr = addr

                def dumps(self) -> bytes:
                    return b"".join(
                        [
                            b"\\x05",
                            self.packed_addr,
                        ]
                    )

                @property
                def packed_addr(self) -> bytes:
                    return self.addr

                def other(self, value):
                    return value
            """
        ).lstrip("\n"),
        TEST: "def test_it():\n    pass\n",
    }
    broken = dict(released, **{"req.py": released["req.py"].replace("    @property\n", "")})
    line = broken["req.py"].splitlines().index('        return b"".join(') + 1
    failure = runtime_failure(
        "req.py",
        line,
        "TypeError",
        "sequence item 1: expected a bytes-like object, method found",
        frames=[{"file": "req.py", "line": line, "function": "dumps"}],
    )
    candidates = _run(project, broken, failure)
    assert [c.description for c in candidates] == ["add the @property decorator to packed_addr"]
    assert _same(candidates[0].new_source, released["req.py"])
