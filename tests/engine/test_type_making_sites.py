"""One wrong value made once and refused at its uses: the walk reaches where it was MADE (round 44, pytypes18).

A table entry of another kind than its siblings, an item appended to a list that is joined later, a
property's return compared with a number, an attribute made in another module than the one that
subscripts it: each is followed back (fixers/type_provenance.py) and changed there
(fixers/type_sources.py), not at the use.
"""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_fallback import TypeProvenanceFixer
from healer.engine.fixers.type_sources import Expect, expectations
from healer.engine.types import BugType, CheckReport, Failure

APP = "src/kiln/shelf.py"
TEST = "tests/test_shelf.py"


def _candidates(project, files: dict[str, str], message: str, crash: tuple[str, str], callers=()):
    """The provenance fixer's candidates for a TypeError raised at `crash` (file, text on the line),
    called from `callers` ((file, text), outermost first)."""
    sources = {path: textwrap.dedent(text).lstrip("\n") for path, text in files.items()}
    ws = project({**sources, TEST: "def test_it():\n    pass\n"})

    def at(path: str, text: str) -> int:
        return next(n for n, line in enumerate(split_lines(sources[path]), 1) if text in line)

    frames = [{"file": f, "line": at(f, t), "function": "g"} for f, t in callers]
    frames.append({"file": crash[0], "line": at(*crash), "function": "f"})
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=crash[0],
        line=at(*crash),
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": frames},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return TypeProvenanceFixer().candidates(failure, ctx)


def _rank(candidates, expected: str) -> int | None:
    return next((n for n, c in enumerate(candidates, 1) if expected in c.new_source), None)


def test_it_reads_a_mapping_wanted_from_a_key_used_as_a_list_index_and_both_sides_of_an_ordering():
    assert Expect("list", "dict") in expectations(["list indices must be integers or slices, not str"])
    assert Expect("tuple", "dict") in expectations(["tuple indices must be integers or slices, not str"])
    found = expectations(["'>=' not supported between instances of 'str' and 'int'"])
    assert Expect("str", "int") in found and Expect("int", "str") in found
    assert expectations(["'<' not supported between instances of 'dict' and 'dict'"]) == []


def test_it_re_spells_the_one_table_entry_unlike_its_siblings_wherever_it_stands(project):
    # The number is the sixth value of the table: a walk that follows a display's first four
    # entries never reaches it; the entry unlike its siblings is followed first.
    source = """
        def code_of(name):
            code = name[0]
            groups = {'BFPV': '1', 'CGJK': '2', 'DT': '3', 'L': '4', 'MN': '5', 'R': 6}
            for c in name[1:]:
                for letters, digit in groups.items():
                    if c in letters:
                        code += digit
            return code
        """
    found = _candidates(
        project, {APP: source}, 'can only concatenate str (not "int") to str', (APP, "code += digit")
    )
    assert _rank(found, "'R': '6'}") == 1
    # the table's edit is where the value is made; an edit on the crash line is not
    assert found[0].making_site
    assert not any(c.making_site and c.line == 7 for c in found)
    # a number refused beside text: no literal's bytes spelling is offered
    assert not any("b'1'" in c.new_source for c in found)


def test_it_writes_an_appended_pair_as_the_text_a_later_join_wanted(project):
    source = """
        def describe(parts):
            result = []
            for part in parts:
                result.append((part['value'], part['unit']))
            return ', '.join(result)
        """
    found = _candidates(
        project,
        {APP: source},
        "sequence item 0: expected str instance, tuple found",
        (APP, "return ', '.join(result)"),
    )
    assert _rank(found, "result.append(f\"{part['value']}{part['unit']}\")") == 1
    # a list instead of the tuple is refused by the join just the same: not offered
    assert _rank(found, "result.append([part['value'], part['unit']])") is None


def test_it_converts_what_a_property_returns_when_it_is_compared_with_a_number(project):
    source = """
        class IndexPart:
            def __init__(self, part):
                self.part = part

            @property
            def index(self):
                return self.part


        def pick(obj, part):
            if part.index >= len(obj):
                return None
            return obj[part.index]
        """
    found = _candidates(
        project,
        {APP: source},
        "'>=' not supported between instances of 'str' and 'int'",
        (APP, "if part.index >= len(obj)"),
    )
    assert _rank(found, "return int(self.part)") is not None


def test_it_follows_an_attribute_to_the_module_that_makes_it_when_the_crashing_one_does_not(project):
    # The request's parameters are made in the transport's constructor and set by key in the API
    # module, at many uses; the making site is in another file than every use.
    request = """
        class Request:
            def __init__(self, endpoint, params=None):
                self.endpoint = endpoint
                self.params = params or []
        """
    core = """
        def queue_get(transport, request, name):
            request.params['queue_name'] = name
            return transport.send(request)
        """
    found = _candidates(
        project,
        {"src/kiln/request.py": request, "src/kiln/core.py": core},
        "list indices must be integers or slices, not str",
        ("src/kiln/core.py", "request.params['queue_name'] = name"),
    )
    assert _rank(found, "self.params = params or {}") is not None


def test_it_converts_a_size_kept_as_the_bytes_that_spelled_it_where_it_was_made(project):
    # The length is read from a header line and kept as bytes; the stream's read() refuses it one
    # frame below, in the helper it is passed to.
    source = """
        class Parser:
            def __init__(self, stream):
                self.stream = stream

            def read_bytes(self, count):
                return self.stream.read(count)

            def data(self, line):
                rest = line[len(b"data "):]
                size = rest
                return self.read_bytes(size)
        """
    found = _candidates(
        project,
        {APP: source},
        "argument should be integer or None, not 'bytes'",
        (APP, "return self.stream.read(count)"),
        callers=((APP, "return self.read_bytes(size)"),),
    )
    assert _rank(found, "size = int(rest)") is not None
    # bytes refused where a number was wanted: no literal's str spelling is offered
    assert not any('len("data ")' in c.new_source for c in found)
