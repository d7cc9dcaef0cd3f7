"""The LOGIC fixer's missing-or-wrong-step families (fixers/logic_steps.py), on small programs of their own."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_steps import step_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, step_rewrites(sf, line))]


def test_it_repeats_a_branch_whose_body_rebinds_what_it_tests():
    source = (
        "def unfold(lines):\n"
        "    text = next(lines)\n"
        "    if text.endswith('+'):\n"
        "        text = text[:-1] + next(lines)\n"
        "    return text\n"
    )
    assert _new_sources(source, 3) == [source.replace("    if text", "    while text")]


def test_it_leaves_a_branch_that_rebinds_nothing_it_tests():
    source = "def f(a, b):\n    if a:\n        b = 1\n    return b\n"
    assert _new_sources(source, 2) == []


def test_it_steps_a_counter_back_instead_of_resetting_it():
    source = (
        "class Outline:\n"
        "    def render(self, items):\n"
        "        out = []\n"
        "        for item in items:\n"
        "            self.depth += 2\n"
        "            out.append(item)\n"
        "            self.depth = 0\n"
        "        return out\n"
    )
    assert _new_sources(source, 7) == [source.replace("self.depth = 0", "self.depth -= 2")]


def test_it_offers_the_other_open_mode_of_the_pair():
    source = "def save(path, data):\n    with open(path, mode='wb') as f:\n        f.write(data)\n"
    assert _new_sources(source, 2) == [source.replace("'wb'", "'ab'")]
    source = 'def log(path, line):\n    with open(path, "a") as f:\n        f.write(line)\n'
    assert _new_sources(source, 2) == [source.replace('"a"', '"w"')]


def test_it_materialises_an_iterator_read_twice():
    source = (
        "def apply(text, pairs):\n"
        "    rules = ((a, b) for a, b in pairs) if pairs else ()\n"
        "    for a, b in rules:\n"
        "        text = text.replace(a, b)\n"
        "    for a, b in rules:\n"
        "        text = text.replace(b, a)\n"
        "    return text\n"
    )
    expected = source.replace("((a, b) for a, b in pairs)", "tuple((a, b) for a, b in pairs)")
    assert _new_sources(source, 2) == [expected]
    # The loop that sees nothing is where the failure is localised: the edit goes to the binding.
    assert _new_sources(source, 5) == [expected]
    once = "def f(xs):\n    ys = map(str, xs)\n    return list(ys)\n"
    assert _new_sources(once, 2) == []


def test_it_calls_the_standard_modules_homonym_of_a_local_function():
    source = "import json\n\ndef loads(text):\n    return {'wrapped': loads(text)}\n"
    assert _new_sources(source, 4) == [source.replace("': loads(", "': json.loads(")]


def test_it_tests_a_named_subclass_first_where_a_chain_tests_one_class_twice():
    source = (
        "from collections import OrderedDict\n"
        "\n"
        "def values(data):\n"
        "    if isinstance(data, dict):\n"
        "        return list(data.values())\n"
        "    elif isinstance(data, dict):\n"
        "        return [v for _, v in sorted(data.items())]\n"
        "    return data\n"
    )
    expected = source.replace("    if isinstance(data, dict)", "    if isinstance(data, OrderedDict)")
    assert _new_sources(source, 4) == [expected]
    assert _new_sources(source, 6) == []


def test_it_counts_one_key_where_the_size_of_the_mapping_was_used():
    source = "def number(seen, tag):\n    order = len(seen) + 1\n    seen[tag] = order\n    return order\n"
    assert _new_sources(source, 2) == [source.replace("len(seen)", "seen.get(tag, 0)")]


def test_it_normalises_a_returned_string_early_in_the_line(project):
    source, candidates = _candidates(
        project,
        """
        import re


        def to_kebab(name):
            return re.sub('([a-z])([A-Z])', r'\\1-\\2', name)
        """,
        "return re.sub",
    )
    expected = source.replace("name)\n", "name).lower()\n")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 10, [c.description for c in candidates[:20]]


BOUND_ONCE_READ_TWICE = """
def clean(text, pairs):
    rules = ((a, b) for a, b in pairs) if pairs else ()
    for a, b in rules:
        text = text.replace(a, b)
    for a, b in rules:
        text = text.replace(a.upper(), b.upper())
    return text
"""


def test_the_logic_fixer_names_the_binding_it_edits_not_the_loop_it_was_asked_about(project):
    import textwrap

    from healer.engine.fixers.base import RepairContext
    from healer.engine.fixers.logic import LogicFixer
    from healer.engine.types import BugType, CheckReport, Failure

    source = textwrap.dedent(BOUND_ONCE_READ_TWICE).lstrip("\n")
    ws = project({"m.py": source})
    loop = [n for n, text in enumerate(source.splitlines(), 1) if "for a, b in rules" in text][1]
    ctx = RepairContext(
        workspace=ws, report=CheckReport(), source_files=("m.py",), suspicious=[("m.py", loop, 1.0)]
    )
    failure = Failure(bug_type=BugType.LOGIC, file="m.py", line=loop, message="m", source="pytest")
    candidates = LogicFixer().candidates(failure, ctx)
    materialised = next(c for c in candidates if "tuple((a, b)" in c.new_source)
    assert materialised.line == 2
    # An edit of the searched line itself is still named by that line.
    assert all(
        c.line == loop
        for c in candidates
        if c.new_source.splitlines()[loop - 1] != source.splitlines()[loop - 1]
    )
