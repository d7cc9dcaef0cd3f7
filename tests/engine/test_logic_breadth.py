"""The LOGIC fixer's breadth families (fixers/logic_breadth.py), on small programs of their own."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_breadth import breadth_rewrites
from healer.engine.fixers.logic_templates import applied


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, breadth_rewrites(sf, line))]


def _depth(source: str, line: int, expected: str) -> int | None:
    """1-based rank of `expected` among every LOGIC edit of the line (as logic_space ranks them)."""
    sf = SourceFile.parse("m.py", source)
    ranked = sorted(_scored_sources(sf, line, "AssertionError"), key=lambda item: -item[0])
    distinct = list(dict.fromkeys(new for _prior, new, _description, _kind in ranked))
    return distinct.index(expected) + 1 if expected in distinct else None


def test_it_drops_a_term_of_a_sum_the_literal_first():
    source = "def size(node):\n    return 1 + len(node.left) + len(node.right)\n"
    news = _new_sources(source, 2)
    assert source.replace("1 + len(node.left)", "len(node.left)") in news
    assert source.replace("len(node.left) + len(node.right)", "len(node.left)") in news
    expected = source.replace("1 + len(node.left)", "len(node.left)")
    assert _depth(source, 2, expected) is not None and _depth(source, 2, expected) <= 8


def test_it_never_drops_the_first_term_of_a_difference():
    source = "def f(a, b):\n    return a - b\n"
    assert source.replace("a - b", "- b") not in _new_sources(source, 2)
    assert source.replace("a - b", "b") not in _new_sources(source, 2)


def test_it_rounds_a_halving_up():
    source = "def left(n):\n    n //= 2\n    return n\n"
    assert source.replace("n //= 2", "n -= n // 2") in _new_sources(source, 2)
    divided = "def pages(n, size):\n    return n // size\n"
    assert divided.replace("n // size", "-(-n // size)") in _new_sources(divided, 2)


def test_it_compares_a_constant_operand_as_its_sibling_does():
    source = 'def sex(parts):\n    if parts[0] == "1M" or "?M":\n        return "male"\n'
    assert source.replace('or "?M"', 'or parts[0] == "?M"') in _new_sources(source, 2)
    assert _depth(source, 2, source.replace('or "?M"', 'or parts[0] == "?M"')) == 1


def test_it_reads_the_attribute_a_dict_key_names():
    source = (
        "def diff(self, other):\n"
        "    return {\n"
        '        "minor": self.minor != other.minor,\n'
        '        "patch": self.minor != other.minor,\n'
        "    }\n"
        "def patch(v):\n"
        "    return v.patch\n"
    )
    expected = source.replace('"patch": self.minor != other.minor', '"patch": self.patch != other.patch')
    assert expected in _new_sources(source, 4)
    # The key that names what the line reads is left alone.
    assert not any("self.patch" in new.split("\n")[2] for new in _new_sources(source, 3))


def test_it_passes_the_string_the_value_is_stored_as():
    source = (
        "import re\n"
        "PATTERN = re.compile(r'(?P<reason>\\w+)(?P<space>\\s*)')\n"
        "def parse(self, text):\n"
        "    match = PATTERN.match(text)\n"
        '    self._reason = match.group("space")\n'
    )
    assert source.replace('group("space")', 'group("reason")') in _new_sources(source, 5)
    unknown = source.replace("<reason>", "<why>")
    assert not any('group("reason")' in new for new in _new_sources(unknown, 5))


def test_it_guards_a_condition_with_the_parameter_named_like_its_attribute():
    source = (
        "def flatten(self, redact=False):\n"
        "    for view in self.views:\n"
        "        if view.redact:\n"
        "            yield None\n"
        "        else:\n"
        "            yield view.flatten(redact=redact)\n"
    )
    assert source.replace("if view.redact:", "if redact and view.redact:") in _new_sources(source, 3)
    other = source.replace("redact=False", "hide=False").replace("redact=redact", "hide=hide")
    assert not any(" and view.redact" in new for new in _new_sources(other, 3))


def test_it_moves_a_boundary_on_the_bare_names_side():
    source = "def more(hashes, n):\n    if len(hashes) > n:\n        return True\n"
    assert source.replace("> n:", "> n + 1:") in _new_sources(source, 2)
    # `len(hashes) > n` is not two twins: no `len(n)`.
    assert source.replace("> n:", "> len(n):") not in _new_sources(source, 2)


def test_it_accumulates_into_a_name_bound_before():
    source = "def join(tokens):\n    text = ''\n    for t in tokens:\n        text = t\n    return text\n"
    assert source.replace("        text = t", "        text += t") in _new_sources(source, 4)
    fresh = "def first(tokens):\n    text = tokens[0]\n    return text\n"
    assert not any("+=" in new for new in _new_sources(fresh, 2))


def test_it_passes_a_value_through_the_function_the_module_applies_to_it_elsewhere():
    source = (
        "def dictify(hosts):\n"
        "    return dict(hosts)\n"
        "class Netrc:\n"
        "    def __init__(self, raw):\n"
        "        self.raw = raw\n"
        "        self.machines = dictify(self.raw.hosts)\n"
        "    def changed(self):\n"
        "        return self.machines != self.raw.hosts\n"
    )
    assert source.replace("!= self.raw.hosts", "!= dictify(self.raw.hosts)") in _new_sources(source, 8)
    assert not any("dictify(self.raw.hosts)" in new.split("\n")[4] for new in _new_sources(source, 5))


def test_it_reads_a_range_of_case_numbers_for_logic_space():
    from tests.engine.logic_space import _bounds, _in_range

    assert _bounds("r169-r178") == (169, 178)
    assert _bounds("r170") == (170, 170)
    assert _in_range("r171-dynamic-yaml", _bounds("169-178"))
    assert not _in_range("r168-x", _bounds("r169-r178"))


def test_it_reads_no_named_attribute_for_a_target_or_a_method():
    # `self.page_count = self.item_count // n + 1` must not read what it binds; `.pop` is a call.
    source = (
        "class Page:\n"
        "    def __init__(self, kwargs, n):\n"
        "        self._dynamic = kwargs.pop('_dynamic', False)\n"
        "        self.page_count = self.item_count // n + 1\n"
    )
    assert not any("._dynamic(" in new or "self.page_count //" in new for new in _new_sources(source, 3))
    assert not any("self.page_count //" in new for new in _new_sources(source, 4))


def test_it_offers_the_other_rounding_modes_of_a_math_rounding_call():
    source = "import math\n\ndef year(y):\n    return math.floor(365.25 * y - 0.75)\n"
    news = _new_sources(source, 4)
    for other in ("math.trunc(", "math.ceil(", "round("):
        assert source.replace("math.floor(", other) in news
    # `round` becomes a math rounding only where the module imports math under its own name.
    rounded = "def f(x):\n    return round(x)\n"
    assert _new_sources(rounded, 2) == []
    assert "import math\n\ndef f(x):\n    return math.trunc(x)\n" in _new_sources(
        "import math\n\n" + rounded, 4
    )


def test_it_leaves_a_call_of_another_module_named_floor_alone():
    source = "import numpy as np\n\ndef f(x):\n    return np.floor(x)\n"
    assert not any("trunc" in new for new in _new_sources(source, 4))


def test_it_no_longer_offers_the_families_written_for_one_key():
    # Round 38 removed them: each reached only the r169-r178 key it was written for (docs/ENGINE.md).
    cases = [
        ("def nocase(a, b):\n    return cmp(a.lower(), b)\n", 2, "b.lower())"),
        ("import re\nPATTERN = re.compile('.*{.*}.*')\n", 2, "DOTALL"),
        ("import re\n\ndef f(s):\n    return re.match('^-?[0-9]+', s)\n", 4, "+$"),
        (
            "class P:\n    def f(self, n):\n        if n < self.max:\n            return 1\n",
            3,
            "not self.max or",
        ),
        ("def f(a, b):\n    return [b'\\x04', a, b, b'\\x00']\n", 2, "b'\\x00', b"),
    ]
    for source, line, marker in cases:
        assert not any(marker in new for new in _new_sources(source, line)), marker
