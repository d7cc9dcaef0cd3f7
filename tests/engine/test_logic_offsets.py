"""The LOGIC fixer's off-by-one insertion family (fixers/logic_offsets.py), on small programs of its own."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_offsets import offset_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, offset_rewrites(sf, line))]


def test_it_shows_a_zero_based_position_one_based_in_a_message(project):
    # An error report numbers the bad entries from zero: the first bad entry is "entry 0".
    source, candidates = _candidates(
        project,
        """
        def report(problems):
            lines = []
            for problem in problems:
                lines.append("entry %d: %s" % (problem.index, problem.reason))
            return "; ".join(lines)
        """,
        "entry %d",
    )
    expected = source.replace("(problem.index, problem", "(problem.index + 1, problem")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 10, [c.description for c in candidates[:20]]


def test_it_shifts_a_counted_length_copied_before_its_terminator(project):
    # A length counted up to a separator, copied without the separator's own byte, then rounded up.
    source, candidates = _candidates(
        project,
        """
        def field_end(buf, at):
            n = 0
            while buf[at + n] != 59:
                n += 1
            width = n
            if width % 8:
                width += 8 - width % 8
            return at + width
        """,
        "width = n",
    )
    expected = source.replace("width = n\n", "width = n + 1\n")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 10, [c.description for c in candidates[:20]]


def test_it_shifts_positions_in_formats_copies_and_returns_only():
    source = (
        "def f(items, label):\n"
        "    start = len(items)\n"
        "    first = start\n"
        "    name = label\n"
        "    print(start)\n"
        "    text = '{}:{}'.format(start, label)\n"
        "    return f'{start}' if items else start\n"
    )
    # A copy of a length is shifted both ways; a copy of a text is not a position.
    assert sorted(_new_sources(source, 3)) == sorted(
        [
            source.replace("first = start", "first = start + 1"),
            source.replace("first = start", "first = start - 1"),
        ]
    )
    assert _new_sources(source, 4) == []
    # An ordinary call's argument is not where a convention changes hands.
    assert _new_sources(source, 5) == []
    assert len(_new_sources(source, 6)) == 2
    # The f-string's value; a branch of a conditional expression is not the returned value itself.
    assert len(_new_sources(source, 7)) == 2
    assert _new_sources("def g(xs):\n    i = 0\n    return i\n", 3) == [
        "def g(xs):\n    i = 0\n    return i + 1\n",
        "def g(xs):\n    i = 0\n    return i - 1\n",
    ]


def test_it_reads_position_words_in_attribute_names_only():
    source = "def f(token):\n    return '%s at %s' % (token.text, token.lineno)\n"
    assert _new_sources(source, 2) == [
        source.replace("token.lineno)", "token.lineno + 1)"),
        source.replace("token.lineno)", "token.lineno - 1)"),
    ]


def test_it_puts_the_sentinel_back_into_a_length_counted_up_to_it_first():
    source = (
        "def token_end(buf, at):\n"
        "    k = 0\n"
        "    while buf[at + k] != 32:\n"
        "        k += 1\n"
        "    size = k\n"
        "    return size\n"
    )
    sf = SourceFile.parse("m.py", source)
    priors = {r.spans[0][2]: r.prior for r in offset_rewrites(sf, 5)}
    assert priors["k + 1"] > priors["k - 1"]
    # The same copy with no loop stepping it: no side is preferred.
    plain = SourceFile.parse("m.py", "def f(k):\n    k = 0\n    size = k\n    return size\n")
    assert len({r.prior for r in offset_rewrites(plain, 3)}) == 1


def test_it_ranks_the_shift_first_when_every_number_of_the_message_is_one_off(project):
    # A summary that names each bad page by its zero-based position; the test expects page numbers.
    from healer.engine.fixers.base import RepairContext
    from healer.engine.fixers.logic import LogicFixer
    from healer.engine.types import CheckReport
    from tests.engine.test_logic_templates import _failure

    source = (
        "def summary(pages):\n"
        "    notes = []\n"
        "    for page in pages:\n"
        "        if page.missing:\n"
        "            notes.append('page %d: %s' % (page.number, page.title))\n"
        "    return ', '.join(notes)\n"
    )
    ws = project({"src/algo.py": source, "tests/test_algo.py": "def test_it():\n    assert True\n"})
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=[("src/algo.py", line, 1.0) for line in (5, 4, 3, 6)],
        test_files=frozenset({"tests/test_algo.py"}),
    )
    failure = _failure(5)
    failure.extra["exception"] = {
        "type": "AssertionError",
        "message": "'page 0: a, page 2: c' != 'page 1: a, page 3: c'",
    }
    candidates = LogicFixer().candidates(failure, ctx)
    expected = source.replace("(page.number, page.title)", "(page.number + 1, page.title)")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 3, [ranks[:1], *(c.description for c in candidates[:10])]


def test_it_shifts_a_count_stored_from_the_lengths_of_its_parts(project):
    # A block's footer states how many lines the block has, itself included.
    source, candidates = _candidates(
        project,
        """
        def render(title, rows):
            head = [title]
            body = [str(r) for r in rows]
            summary = Footer()
            summary.line_count = len(head) + len(body)
            return head + body + [summary.text()]
        """,
        "summary.line_count =",
    )
    expected = source.replace("len(head) + len(body)\n", "len(head) + len(body) + 1\n")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 10, [c.description for c in candidates[:20]]


def test_it_shifts_only_lengths_stored_as_counts():
    source = (
        "def f(a, b, r):\n    r.label = len(a) + len(b)\n    r.size = len(a) * 2\n    r.total = len(a) + 1\n"
    )
    sources = [_new_sources(source, n) for n in (2, 3, 4)]
    assert sources[0] == [] and sources[1] == []
    assert [s.splitlines()[3] for s in sources[2]] == [
        "    r.total = len(a) + 1 + 1",
        "    r.total = len(a) + 1 - 1",
    ]


def test_it_shifts_the_subtracted_counter_of_two_positions():
    # A one-based payment number subtracted from a count: the payment itself is among those left.
    source = (
        "def left(total_count, steps):\n"
        "    for i in range(1, steps):\n"
        "        remaining = total_count - i\n"
        "    return remaining\n"
    )
    news = _new_sources(source, 3)
    assert source.replace("total_count - i", "total_count - (i - 1)") in news
    assert source.replace("total_count - i", "total_count - (i + 1)") in news


def test_it_shifts_the_count_side_of_an_index_compared_with_a_length():
    # A zero-based index equal to the length is never reached: the last position is length - 1.
    source = "class Loop:\n    def last(self):\n        return self.length == self.index\n"
    news = _new_sources(source, 3)
    assert source.replace("return self.length ==", "return self.length - 1 ==") in news
    assert source.replace("== self.index\n", "== self.index - 1\n") not in news


def test_it_never_shifts_a_difference_of_values_that_are_not_positions():
    # Prices and names are not positions or counts: no fencepost between them.
    source = "def change(price, paid, name, other):\n    due = paid - price\n    return name == other, due\n"
    news = _new_sources(source, 2) + _new_sources(source, 3)
    assert not any("(price - 1)" in new or "(price + 1)" in new or "other - 1" in new for new in news)
