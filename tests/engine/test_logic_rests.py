"""Round 53 (pylogic27): a sequence walked whole after its head was split off walks the rest."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_rests import rest_rewrites
from healer.engine.fixers.logic_templates import applied

RIGHT = (
    "def title(parts):\n"
    "    head, *tail = parts\n"
    "    out = [head.upper()]\n"
    "    for part in tail:\n"
    "        out.append(part.lower())\n"
    "    return ' '.join(out)\n"
)
WHOLE = RIGHT.replace("for part in tail:", "for part in parts:")


def _family(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, rest_rewrites(sf, line))]


def test_it_walks_the_rest_in_a_loop():
    assert _family(WHOLE, 4) == [RIGHT]
    sf = SourceFile.parse("m.py", WHOLE)
    assert RIGHT in [new for _p, new, _d, _k in _scored_sources(sf, 4, "AssertionError")]


def test_it_walks_the_rest_in_a_comprehension():
    source = "def camel(self):\n    first, *rest = self.words\n    return first + ''.join(w.title() for w in self.words)\n"
    assert _family(source, 3) == [source.replace("for w in self.words", "for w in rest")]


def test_it_does_not_fire_where_the_rest_is_read_or_another_sequence_is_walked():
    assert _family(RIGHT, 4) == []
    read = WHOLE.replace("    return ' '.join(out)\n", "    return ' '.join(out), len(tail)\n")
    assert _family(read, 4) == []
    other = WHOLE.replace("for part in parts:", "for part in self_parts:")
    assert _family(other, 4) == []
    unread_head = WHOLE.replace("[head.upper()]", "[]")
    assert _family(unread_head, 4) == []


def test_it_does_not_walk_a_rest_named_as_discarded():
    # `first, *_ = xs` only takes the head: the underscore says the rest is thrown away, so walking the whole
    # sequence afterwards is meant, and walking `_` would drop its first item from the loop.
    discarded = WHOLE.replace("head, *tail = parts", "head, *_ = parts")
    assert _family(discarded, 4) == []
    private = WHOLE.replace("head, *tail = parts", "head, *_tail = parts")
    assert _family(private, 4) == []
