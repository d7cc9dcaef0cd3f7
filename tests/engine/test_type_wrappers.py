"""Round 50 (pytypes24): the conversion left out where a value is made (fixers/type_wrappers.py)."""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.type_wrappers import analogue_wrappers, datetime_made, wrapper_edits

from .conftest import cpu_ratio

WRAPPED = """\
def tidy(raw):
    code = as_text(raw)
    return code.strip()


def check(raw):
    code = as_text(raw)
    return code.isdigit()


def digits(raw):
    code = raw
    return [c for c in code if c.isdigit()]


def as_text(raw):
    return f"{raw}"
"""


def _parsed(source: str) -> SourceFile:
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    return sf


def _assigned(sf: SourceFile, line: int) -> ast.expr:
    node = next(n for n in sf.nodes_touching(line) if isinstance(n, ast.Assign))
    return node.value


def _lines(sf: SourceFile, edits) -> list[str]:
    return [sf.apply(e).splitlines()[e.line - 1].strip() for e in edits]


def test_it_applies_the_wrapper_the_file_gives_the_same_input_under_the_same_name():
    sf = _parsed(WRAPPED)
    edits = analogue_wrappers(sf, _assigned(sf, 12))
    assert _lines(sf, edits) == ["code = as_text(raw)"]
    assert edits[0].prior == 0.85


def test_it_copies_a_parser_applied_to_the_same_call_elsewhere():
    source = (
        "def header(r):\n"
        "    size = unpack(read(r, 8))\n"
        "    body = read(r, size)\n"
        "    count = read(r, 8)\n"
        "    return body, list(range(count))\n"
    )
    sf = _parsed(source)
    assert _lines(sf, analogue_wrappers(sf, _assigned(sf, 4))) == ["count = unpack(read(r, 8))"]


def test_it_offers_nothing_without_a_wrapped_copy_or_for_effects_and_tests():
    source = (
        "def run(items, log):\n"
        "    print(items)\n"
        "    log.append(items)\n"
        "    if isinstance(items, list):\n"
        "        n = len(items)\n"
        "    rows = items\n"
        "    return rows[0]\n"
    )
    sf = _parsed(source)
    assert analogue_wrappers(sf, _assigned(sf, 6)) == []


def test_it_does_not_wrap_the_argument_of_the_wrapper_itself():
    sf = _parsed(WRAPPED)
    assert analogue_wrappers(sf, _assigned(sf, 2).args[0]) == []


DATED = """\
import datetime


def stale(path, built):
    mtime = path.stat().st_mtime
    return mtime < built
"""


def test_it_makes_a_timestamp_compared_with_a_datetime_a_datetime():
    sf = _parsed(DATED)
    message = ["'<' not supported between instances of 'float' and 'datetime.datetime'"]
    edits = wrapper_edits(sf, _assigned(sf, 5), message)
    assert _lines(sf, edits) == ["mtime = datetime.datetime.fromtimestamp(path.stat().st_mtime)"]


def test_it_spells_the_class_as_imported_and_reads_text_as_iso():
    source = "from datetime import datetime as dt\n\ndef late(row, now):\n    when = row['at']\n    return now - when\n"
    sf = _parsed(source)
    message = ["unsupported operand type(s) for -: 'datetime.datetime' and 'str'"]
    assert _lines(sf, datetime_made(sf, _assigned(sf, 4), message)) == ["when = dt.fromisoformat(row['at'])"]


def test_it_leaves_a_datetime_alone_and_needs_the_module_imported():
    message = ["'<' not supported between instances of 'float' and 'datetime.datetime'"]
    sf = _parsed("import datetime\n\ndef f(t):\n    start = datetime.datetime.now()\n    return start < t\n")
    assert datetime_made(sf, _assigned(sf, 4), message) == []
    sf = _parsed("def f(p, t):\n    mtime = p.stat().st_mtime\n    return mtime < t\n")
    assert datetime_made(sf, _assigned(sf, 2), message) == []
    sf = _parsed(DATED)
    assert (
        datetime_made(sf, _assigned(sf, 5), ["'<' not supported between instances of 'str' and 'int'"]) == []
    )


def test_it_stays_linear_on_a_large_module():
    body = "".join(f"def f{i}(raw):\n    v{i} = conv(raw)\n    return v{i}\n\n" for i in range(5_000))
    sf = _parsed(body + "def g(raw):\n    v = raw\n    return v[0]\n")
    value = _assigned(sf, 20_002)
    found = []
    for _ in range(50):
        found = analogue_wrappers(sf, value)
    assert _lines(sf, found) == ["v = conv(raw)"]


def test_it_ranks_a_bare_name_wrapped_under_another_target_low():
    source = "def a(data):\n    keys = order(data)\n    return keys\n\n\ndef b(data):\n    rows = data\n    return rows[0]\n"
    sf = _parsed(source)
    edits = analogue_wrappers(sf, _assigned(sf, 7))
    assert [(line, e.prior) for line, e in zip(_lines(sf, edits), edits, strict=True)] == [
        ("rows = order(data)", 0.5)
    ]


def test_it_takes_no_predicate_tested_by_an_if_while_or_assert_for_a_conversion():
    source = (
        "def a(raw):\n"
        "    if is_valid(raw) and not empty(raw):\n"
        "        return 1\n"
        "    while more(raw):\n"
        "        pass\n"
        "    assert ok(raw)\n"
        "    v = conv(raw)\n"
        "    return v\n"
        "\n\n"
        "def b(raw):\n"
        "    rows = raw\n"
        "    return rows[0]\n"
    )
    sf = _parsed(source)
    assert _lines(sf, analogue_wrappers(sf, _assigned(sf, 12))) == ["rows = conv(raw)"]


def test_it_keeps_the_parentheses_of_a_callee_that_binds_looser_than_a_call():
    source = (
        "def a(raw):\n"
        "    v = (custom or str)(raw)\n"
        "    w = (lambda s: s.strip())(raw)\n"
        "    x = make(1)(raw)\n"
        "    return v, w, x\n"
        "\n\n"
        "def b(raw):\n"
        "    rows = raw\n"
        "    return rows[0]\n"
    )
    sf = _parsed(source)
    assert _lines(sf, analogue_wrappers(sf, _assigned(sf, 9))) == [
        "rows = (custom or str)(raw)",
        "rows = (lambda s: s.strip())(raw)",
        "rows = make(1)(raw)",
    ]


def test_it_makes_no_datetime_of_a_clock_that_counts_from_no_epoch():
    message = ["'<' not supported between instances of 'float' and 'datetime.datetime'"]
    source = (
        "import datetime\nimport time\n\n"
        "def f(deadline):\n"
        "    start = time.monotonic()\n"
        "    spent = time.perf_counter_ns()\n"
        "    made = time.time()\n"
        "    local = time.localtime()\n"
        "    return start < deadline\n"
    )
    sf = _parsed(source)
    assert datetime_made(sf, _assigned(sf, 5), message) == []
    assert datetime_made(sf, _assigned(sf, 6), message) == []
    assert [e.prior for e in datetime_made(sf, _assigned(sf, 7), message)] == [0.8]
    # the module's name `time` is no timestamp read: localtime() is a struct, kept at the weak prior
    assert [e.prior for e in datetime_made(sf, _assigned(sf, 8), message)] == [0.4]


def test_it_reads_a_timestamp_as_utc_first_where_the_module_keeps_naive_utc_datetimes():
    source = (
        "import datetime\n\n"
        "def stale(path):\n"
        "    mtime = path.stat().st_mtime\n"
        "    return mtime < datetime.datetime.utcnow()\n"
    )
    sf = _parsed(source)
    message = ["'<' not supported between instances of 'float' and 'datetime.datetime'"]
    edits = sorted(datetime_made(sf, _assigned(sf, 4), message), key=lambda e: -e.prior)
    assert _lines(sf, edits) == [
        "mtime = datetime.datetime.utcfromtimestamp(path.stat().st_mtime)",
        "mtime = datetime.datetime.fromtimestamp(path.stat().st_mtime)",
    ]


def test_it_makes_no_datetime_for_a_sum_where_two_datetimes_cannot_be_added():
    sf = _parsed(DATED)
    for message in (
        "unsupported operand type(s) for +: 'float' and 'datetime.datetime'",
        "unsupported operand type(s) for +=: 'datetime.datetime' and 'float'",
    ):
        assert datetime_made(sf, _assigned(sf, 5), [message]) == []
    difference = "unsupported operand type(s) for -: 'datetime.datetime' and 'float'"
    assert len(datetime_made(sf, _assigned(sf, 5), [difference])) == 1


def _chained(links: int) -> str:
    """A builder chain of `links` one-argument calls, then a function whose origin has a wrapped copy."""
    chain = "".join(f"\n        .where(c{i})" for i in range(links))
    return f"def f(raw):\n    q = (Query(){chain})\n    v = conv(raw)\n    return q, v\n\n\ndef g(raw):\n    rows = raw\n    return rows[0]\n"


def test_it_reads_a_long_call_chain_without_recursing_through_each_links_callee():
    source = _chained(400)
    sf = _parsed(source)
    assert _lines(sf, analogue_wrappers(sf, _assigned(sf, source.count("\n") - 1))) == ["rows = conv(raw)"]


def test_it_stays_linear_in_the_length_of_a_call_chain():
    def run(links: int) -> None:
        source = _chained(links)
        sf = _parsed(source)
        analogue_wrappers(sf, _assigned(sf, source.count("\n") - 1))

    assert cpu_ratio(run, 30) < 8


def test_it_offers_nothing_at_an_origin_of_a_long_one_line_chain_instead_of_recursing():
    source = "import datetime\n\ndef f(raw):\n    q = Query()" + "".join(f".where(c{i})" for i in range(300))
    sf = _parsed(source + "\n    return q < raw\n")
    message = ["'<' not supported between instances of 'float' and 'datetime.datetime'"]
    edits = wrapper_edits(sf, _assigned(sf, 4), message)
    assert not any("as the file does elsewhere" in e.description for e in edits)
