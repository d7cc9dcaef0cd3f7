"""Values made wrong by the function that returned them, a call away from the crash (round 52, pytypes26).

Round 51's held-out half (now dev r312-r322) raised TypeErrors a call away from where the value was
made: a list returned where the function's other return joins it, one regex Match where the list of
matches was meant, and None from a function that computes its result and drops it. The code below is
written for these tests, not taken from the cases.
"""

from __future__ import annotations

from .test_type_making_sites import APP, _candidates, _rank

LIB = "src/kiln/reader.py"

READER = """
    import re

    WORD = re.compile(r"[a-z]+")


    def quoted(text, at):
        out = []
        while at < len(text):
            if text[at] == '"':
                return out
            out.append(text[at])
            at += 1
        return "".join(out)


    def words(text):
        return WORD.finditer(quoted(text, 0))
    """


def test_it_joins_a_returned_list_as_the_functions_other_return_does(project):
    found = _candidates(
        project,
        {APP: READER},
        "expected string or bytes-like object, got 'list'",
        (APP, "return WORD.finditer(quoted(text, 0))"),
    )
    rank = _rank(found, '            return "".join(out)\n        out.append')
    assert rank is not None and rank <= 3, [c.description for c in found]


def test_it_joins_no_returned_list_when_the_message_refuses_no_list(project):
    found = _candidates(
        project,
        {APP: READER},
        "expected string or bytes-like object, got 'int'",
        (APP, "return WORD.finditer(quoted(text, 0))"),
    )
    assert _rank(found, '            return "".join(out)\n        out.append') is None


def test_it_joins_a_returned_list_under_a_str_annotation_and_not_without_one(project):
    annotated = """
        def letters(word) -> str:
            kept = [c for c in word if c.isalpha()]
            return kept


        def shout(word):
            return letters(word).upper()
        """
    found = _candidates(
        project,
        {APP: annotated},
        "'list' object has no attribute 'upper'",
        (APP, "return letters(word).upper()"),
    )
    assert _rank(found, 'return "".join(kept)') is not None, [c.description for c in found]
    bare = annotated.replace(" -> str", "")
    found = _candidates(
        project,
        {APP: bare},
        "'list' object has no attribute 'upper'",
        (APP, "return letters(word).upper()"),
    )
    assert _rank(found, 'return "".join(kept)') is None


SPLITTER = """
    import re

    TOKEN = re.compile(r"[A-Za-z0-9]+")


    def tokens(text):
        return TOKEN.search(text)


    def dashed(text):
        return "-".join(t.lower() for t in tokens(text))
    """


def test_it_finds_every_match_where_one_match_is_iterated(project):
    found = _candidates(
        project,
        {APP: SPLITTER},
        "'re.Match' object is not iterable",
        (APP, 'return "-".join(t.lower() for t in tokens(text))'),
    )
    rank = _rank(found, "return TOKEN.findall(text)")
    assert rank == 1, [c.description for c in found]


def test_it_finds_no_other_matches_where_the_message_is_not_about_a_match(project):
    found = _candidates(
        project,
        {APP: SPLITTER},
        "'NoneType' object is not iterable",
        (APP, 'return "-".join(t.lower() for t in tokens(text))'),
    )
    assert _rank(found, "TOKEN.findall(text)") is None


def test_it_returns_the_expression_a_called_function_computes_and_drops(project):
    library = """
        def square_area(side):
            side * side
        """
    caller = """
        from kiln.reader import square_area


        def paint(side, coats):
            area = square_area(side)
            return area * coats
        """
    found = _candidates(
        project,
        {LIB: library, APP: caller},
        "unsupported operand type(s) for *: 'NoneType' and 'int'",
        (APP, "return area * coats"),
    )
    rank = _rank(found, "    return side * side")
    assert rank is not None and rank <= 2, [c.description for c in found]


def test_it_adds_no_return_to_a_function_that_returns_a_value_or_ends_in_a_call(project):
    library = """
        def square_area(side):
            if side < 0:
                return 0
            side * side


        def log_area(side):
            print(side * side)
        """
    caller = """
        from kiln.reader import log_area, square_area


        def paint(side, coats):
            area = square_area(side) or log_area(side)
            return area * coats
        """
    found = _candidates(
        project,
        {LIB: library, APP: caller},
        "unsupported operand type(s) for *: 'NoneType' and 'int'",
        (APP, "return area * coats"),
    )
    assert not any("return side * side" in c.new_source for c in found), [c.description for c in found]
    assert not any("return print(" in c.new_source for c in found)


def test_it_adds_no_return_to_a_procedure_ending_in_a_guarded_call(project):
    # `cond and self.items.append(x)` is a statement for its call's effect, not a value computed and
    # dropped: returning it would hand callers False (or the call's None) where None was the design
    library = """
        def keep(items, value):
            value > 0 and items.append(value)


        def keep_either(items, value):
            items.append(value) if value else items.clear()


        def scaled(items, value):
            value * len(items)
        """
    caller = """
        from kiln.reader import keep, keep_either, scaled


        def paint(items, value, coats):
            area = keep(items, value) or keep_either(items, value) or scaled(items, value)
            return area * coats
        """
    found = _candidates(
        project,
        {LIB: library, APP: caller},
        "unsupported operand type(s) for *: 'NoneType' and 'int'",
        (APP, "return area * coats"),
    )
    assert not any("return value > 0 and" in c.new_source for c in found), [c.description for c in found]
    assert not any("return items.append(value) if" in c.new_source for c in found)
    # a call whose value is computed with is no effect kept: that dropped product is still returned
    assert any("    return value * len(items)" in c.new_source for c in found)


def test_it_joins_no_list_a_flag_parameter_chooses_to_return(project):
    # `joined=True` asks for the text and the default gives the list: the two returns are the function's
    # two modes, chosen by its callers, so joining the list would change what every list caller gets
    modes = """
        import re

        WORD = re.compile(r"[a-z]+")


        def parts(text, joined=False):
            out = text.split()
            if joined:
                return " ".join(out)
            return out


        def count(text):
            return len(parts(text))


        def words(text):
            return WORD.finditer(parts(text))
        """
    found = _candidates(
        project,
        {APP: modes},
        "expected string or bytes-like object, got 'list'",
        (APP, "return WORD.finditer(parts(text))"),
    )
    assert _rank(found, '    return " ".join(out)\n\n\ndef count') is None, [c.description for c in found]
