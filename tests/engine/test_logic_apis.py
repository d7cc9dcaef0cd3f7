"""The LOGIC fixer's API-convention and dead-loop families (fixers/logic_apis.py), on small programs of its own."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_apis import api_rewrites
from healer.engine.fixers.logic_templates import applied


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, api_rewrites(sf, line))]


def _rank(source: str, line: int, expected: str) -> int | None:
    """1-based position of `expected` among the whole LOGIC fixer's edits of the line, by prior."""
    sf = SourceFile.parse("m.py", source)
    ranked = sorted(_scored_sources(sf, line, "AssertionError"), key=lambda found: -found[0])
    seen: list[str] = []
    for _prior, new, _description, _kind in ranked:
        if new not in seen:
            seen.append(new)
    return seen.index(expected) + 1 if expected in seen else None


def test_it_offers_the_third_strip_sibling():
    source = "def slug(text):\n    return text.replace(' ', '-').rstrip('-')\n"
    assert sorted(_new_sources(source, 2)) == [source.replace("rstrip", "strip")]
    both = "def slug(text):\n    return text.strip('-')\n"
    assert sorted(_new_sources(both, 2)) == sorted(
        [both.replace("strip", "lstrip"), both.replace("strip", "rstrip")]
    )
    assert _rank(source, 2, source.replace("rstrip", "strip")) <= 3


def test_it_numbers_a_weekday_the_other_ways():
    source = "def day(moment):\n    return moment.isoweekday()\n"
    assert sorted(_new_sources(source, 2)) == sorted(
        [
            source.replace("moment.isoweekday()", "moment.weekday()"),
            source.replace("moment.isoweekday()", "(moment.weekday() + 1) % 7"),
        ]
    )


def test_it_mirrors_the_normalising_call_the_function_compares_with():
    source = (
        "def parse(value):\n"
        "    if value in ('yes', 'on'):\n"
        "        return True\n"
        "    if value.lower() in ('no', 'off'):\n"
        "        return False\n"
        "    raise ValueError(value)\n"
    )
    expected = source.replace("if value in", "if value.lower() in")
    assert _new_sources(source, 2) == [expected]
    assert _rank(source, 2, expected) <= 2


def test_it_adds_no_normalising_call_the_code_never_makes():
    source = (
        "def parse(value):\n    if value in ('yes', 'on'):\n        return True\n    return value.lower()\n"
    )
    assert _new_sources(source, 2) == []


def test_it_negates_a_predicate_passed_as_a_flag_and_back():
    source = "def done(scan, make):\n    return make(scan.items, ignored=scan.at_end())\n"
    assert _new_sources(source, 2) == [source.replace("ignored=scan", "ignored=not scan")]
    negated = source.replace("ignored=scan", "ignored=not scan")
    assert _new_sources(negated, 2) == [source]


def test_it_leaves_values_that_are_not_predicates_alone():
    # A keyword argument holding a plain value or a call that is no predicate is not a flag to negate.
    source = "def done(scan, make):\n    return make(scan.items, limit=scan.count(), name=scan.name)\n"
    assert _new_sources(source, 2) == []


def test_it_restores_the_index_of_the_sequence_the_dead_loop_reads():
    source = (
        "def total(prices, rates):\n"
        "    result = 0\n"
        "    for i in []:\n"
        "        result += prices[i] * rates[i]\n"
        "    return result\n"
    )
    news = _new_sources(source, 3)
    assert source.replace("in []", "in range(len(prices))") in news
    assert source.replace("in []", "in range(len(prices) - 1, -1, -1)") in news
    assert _rank(source, 3, source.replace("in []", "in range(len(prices))")) <= 2


def test_it_restores_the_plural_of_the_loop_variable():
    source = (
        "def names(users, prefix):\n"
        "    found = []\n"
        "    for user in ():\n"
        "        found.append(prefix + user.name)\n"
        "    return found\n"
    )
    expected = source.replace("in ()", "in users")
    assert _rank(source, 3, expected) == 1


def test_it_leaves_loops_over_real_iterables_and_other_calls_alone():
    source = "def f(xs, ys):\n    for x in xs:\n        print(x)\n    for y in range(3):\n        print(y, enumerate)\n"
    assert _new_sources(source, 2) == []
    assert _new_sources(source, 4) == []


def test_it_keeps_the_sunday_first_weekday_one_operand_inside_arithmetic():
    # `2 ** d.weekday()` and `-d.weekday()` must number Sunday first, not raise `2 ** (wd + 1)` then take `% 7`.
    for expression, expected in (
        ("2 ** moment.weekday()", "2 ** ((moment.weekday() + 1) % 7)"),
        ("-moment.weekday()", "-((moment.weekday() + 1) % 7)"),
        ("moment.weekday() ** 2", "((moment.weekday() + 1) % 7) ** 2"),
    ):
        source = f"def day(moment):\n    return {expression}\n"
        assert source.replace(expression, expected) in _new_sources(source, 2)
    plain = "def day(moment):\n    return moment.weekday()\n"
    assert plain.replace("moment.weekday()", "(moment.weekday() + 1) % 7") in _new_sources(plain, 2)


def test_it_adds_no_normalising_call_that_no_literal_compared_could_equal():
    # `code.lower() == 'ABC'` is always False and `code.lower() in (0, None)` compares a str with numbers:
    # the edit would change the comparison into a constant, not restore a lost step.
    base = "def parse(code):\n    if code.lower() == 'abc':\n        return 1\n    return {}\n"
    for comparison in (
        "code == 'ABC'",
        "code in ('x', 'Y')",
        "code in (0, None)",
        "code == b'abc'",
        "code == 3",
    ):
        assert _new_sources(base.format(comparison), 4) == []
    kept = base.format("code in ('x', 'y')")
    assert _new_sources(kept, 4) == [kept.replace("return code in", "return code.lower() in")]


def test_it_does_not_normalise_a_value_compared_with_its_own_normal_form():
    # `word == word.upper()` asks whether word is upper case: its own `.upper()` is no evidence of a lost step,
    # and `word.upper() == word.upper()` is always True.
    source = "def shouted(word):\n    return word == word.upper()\n"
    assert _new_sources(source, 2) == []
    mirrored = "def quiet(word):\n    return word.lower() != word\n"
    assert _new_sources(mirrored, 2) == []


def test_it_offers_the_dead_loop_names_in_its_own_scope_nearest_first():
    # Names a nested function or a comprehension binds are not in scope at the loop (a NameError to run),
    # and must not take the few generic slots from the function's own parameters and locals.
    source = (
        "def total(rows, limit):\n"
        "    result = 0\n"
        "    letters = [c for c in 'abc']\n"
        "    def inner():\n"
        "        q = r = s = t = 1\n"
        "        return q, r, s, t\n"
        "    for x in []:\n"
        "        result += x\n"
        "    return result, letters, inner, limit\n"
    )
    news = _new_sources(source, 7)
    offered = {new.split("for x in ")[1].split(":")[0] for new in news}
    assert offered == {"rows", "limit", "result", "letters"}


def test_it_walks_the_module_for_normalised_comparisons_once_per_file(monkeypatch):
    # Asked about every line of a file, the module-wide evidence must not be walked again per comparison:
    # that is quadratic over the lines one search asks about.
    import healer.engine.fixers.logic_apis as logic_apis

    walked: list[object] = []
    original = logic_apis._normalisers_compared
    monkeypatch.setattr(
        logic_apis, "_normalisers_compared", lambda scope: walked.append(scope) or original(scope)
    )
    source = "".join(f"def f{i}(x):\n    return x in ('a', 'b')\n" for i in range(40))
    sf = SourceFile.parse("m.py", source + "def g(x):\n    return x.lower() == 'c'\n")
    news = [new for line in range(2, 82, 2) for _rewrite, new in applied(sf, api_rewrites(sf, line))]
    assert len(news) == 40  # each `x in (...)` offered `x.lower()` from g's comparison
    assert sum(scope is sf.tree for scope in walked) == 1
