"""A number forwarded into text by the assignment that picks a flat value (fixers/type_forwarded.py)."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile, text_valued
from tests.engine.test_dataflow import _candidates

APP = "src/shop/markup.py"
SOURCE = """
    class Element:
        def __init__(self, tag, data):
            self.tag = tag
            self.data = data

        def parts(self):
            body = ""
            payload = self.data
            if isinstance(payload, dict):
                children = [Element(key, value) for key, value in payload.items()]
            else:
                children = []
                body = payload
                if self.tag:
                    body = "<{0}>{1}</{0}>".format(self.tag, body)
            return body, children

        def render(self):
            body, children = self.parts()
            inner = "".join(child.render() for child in children)
            return "".join((body, inner))
    """


def test_it_converts_a_number_where_the_input_is_forwarded_beside_text_making_siblings(project):
    candidates = _candidates(
        project,
        {APP: SOURCE},
        "sequence item 0: expected str instance, int found",
        (APP, 'return "".join((body, inner))'),
    )
    first = candidates[0]
    assert "            body = str(payload)\n" in first.new_source, [c.description for c in candidates]
    # The format() result is text already: no candidate wraps it again.
    assert not any('str("<{0}>' in c.new_source for c in candidates)


def test_it_reads_text_valued_expressions():
    sf = SourceFile.parse("m.py", 'a = ("", f"{x}", str(x), "<{}>".format(x), x, x.format(y), 1)\n')
    values = sf.tree.body[0].value.elts
    assert [text_valued(v) for v in values] == [True, True, True, True, False, False, False]
