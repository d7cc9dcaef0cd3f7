"""The LOGIC fixer's comment-stated loop order (fixers/logic_comments.py), on small programs of its own."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_comments import comment_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, comment_rewrites(sf, line))]


def test_it_walks_backwards_where_the_comment_says_so_before_other_loop_edits(project):
    # An undo stack: the latest entry of a key must win, so the scan has to start from the newest entry.
    source, candidates = _candidates(
        project,
        """
        def latest(history, key):
            found = None
            # Scan backwards from the most recent change and stop at the first match.
            for entry in history:
                if entry[0] == key:
                    found = entry[1]
                    break
            return found
        """,
        "for entry in history",
        others=("break",),
    )
    expected = source.replace("for entry in history:", "for entry in reversed(history):")
    assert candidates[0].new_source == expected, [c.description for c in candidates[:5]]


def test_it_reads_only_the_loops_own_comment_block():
    source = (
        "def f(xs, ys):\n"
        "    # walk from the end\n"
        "\n"
        "    for x in xs:\n"
        "        pass\n"
        "    for y in ys:  # newest first\n"
        "        pass\n"
        "    # in reverse\n"
        "    for z in reversed(xs):\n"
        "        pass\n"
        "    # the forward pass\n"
        "    for w in ys:\n"
        "        pass\n"
    )
    assert _new_sources(source, 4) == []  # a blank line ends the comment block
    assert _new_sources(source, 6) == [source.replace("for y in ys:", "for y in reversed(ys):")]
    assert _new_sources(source, 9) == []  # already walks backwards
    assert _new_sources(source, 12) == []  # the comment says nothing of the order
