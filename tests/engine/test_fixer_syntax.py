from __future__ import annotations

import dataclasses

import pytest

from healer.engine.fixers.compiled import compile_checked, error_uncovered
from healer.engine.fixers.syntax import SyntaxFixer, _expression_equals
from healer.engine.localise import compile_error
from healer.engine.types import BugType

from .fixer_helpers import compile_failure, context


def _first(project, text):
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    candidates = SyntaxFixer().candidates(failure, context(ws))
    assert candidates, "expected at least one candidate"
    best = min(candidates, key=lambda c: c.priority)
    return failure, best, candidates


@pytest.mark.parametrize(
    ("text", "fixed_line", "description"),
    [
        (
            "def ok(t):\n    if not t  # check\n        return 1\n    return 2\n",
            "    if not t:  # check",
            "add the colon at the correct position",
        ),
        (
            "import re\n\n\ndef words(text):\n    return re.findall(r'\\w+', text.lower()\n",
            "    return re.findall(r'\\w+', text.lower())",
            "close the parenthesis of the findall call",
        ),
        (
            "LETTERS = [(90, 'A'), (80, 'B')\n\n\ndef grade():\n    return LETTERS\n",
            "LETTERS = [(90, 'A'), (80, 'B')]",
            "close the bracket",
        ),
        (
            "def full(self):\n    if self.size = self.cap:\n        return True\n",
            "    if self.size == self.cap:",
            "use == for the comparison instead of =",
        ),
        ("def greet():\n    return 'hello\n", "    return 'hello'", "close the string literal"),
        ("values = [1 2, 3]\n", "values = [1, 2, 3]", "add the missing comma"),
        ("def f(x):\n    return (x + 1))\n", "    return (x + 1)", "remove the unmatched )"),
        ("def f(x):\n    return [x + 1)\n", "    return [x + 1]", "close the bracket with ] instead of )"),
    ],
)
def test_it_fixes_common_syntax_errors_from_the_compiler_message(project, text, fixed_line, description):
    failure, best, _ = _first(project, text)
    assert compile_error(best.new_source) is None
    assert fixed_line in best.new_source.splitlines()
    assert best.description == description
    assert best.line == failure.line


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ('raise ValueError("below zero)\n', 'raise ValueError("below zero")'),
        ('SCALE = {"F": f_to_c "K": k_to_c}\n', 'SCALE = {"F": f_to_c, "K": k_to_c}'),
        ("data = [None * size\n", "data = [None] * size"),
        ("def f(x):\n    retrun x\n", "    return x"),
        ('d = {"a" 1}\n', 'd = {"a": 1}'),
        ("x = [1, 2,, 3]\n", "x = [1, 2, 3]"),
    ],
)
def test_it_offers_the_right_position_among_its_candidates(project, text, wanted):
    _, _, candidates = _first(project, text)
    assert any(wanted in c.new_source.splitlines() for c in candidates)


def test_it_corrects_a_misspelt_keyword(project):
    _, best, _ = _first(project, "def f(x):\n    if x:\n        return 1\n    esle:\n        return 2\n")
    assert best.new_source.splitlines()[3] == "    else:"
    assert best.description == "use the keyword else instead of esle"


def test_every_candidate_compiles_or_moves_the_error_down(project):
    _, _, candidates = _first(project, "def f(:\n    return 1\n")
    for candidate in candidates:
        error = compile_error(candidate.new_source)
        assert error is None or error.line > 1
    fixed = [c for c in candidates if c.new_source.startswith("def f():")]
    assert fixed and fixed[0].description == "close the parenthesis"


def test_it_closes_a_multi_line_call_at_the_end_of_the_statement(project):
    text = "def f(a, b):\n    return max(a,\n               b\n\n\nX = 1\n"
    _, best, _ = _first(project, text)
    assert "               b)" in best.new_source.splitlines()


def test_it_does_not_touch_test_files(project):
    ws = project({"test_m.py": "def test_a(:\n    pass\n"})
    failure = compile_failure(ws, "test_m.py")
    assert SyntaxFixer().candidates(failure, context(ws, tests=frozenset({"test_m.py"}))) == []


def test_it_closes_a_generator_argument_where_the_compiler_range_ends(project):
    # A dropped parenthesis: no template matches "Generator expression must be parenthesized";
    # the minimum-distance token repair finds the one insertion that parses and balances.
    text = (
        "def numeric(query, params):\n"
        "    return (query % tuple(':%i' % i for i, _ in enumerate(params), params)\n"
    )
    _, best, _ = _first(project, text)
    assert best.new_source.splitlines()[1] == (
        "    return (query % tuple(':%i' % i for i, _ in enumerate(params)), params)"
    )


def test_it_closes_an_unterminated_string_right_after_its_quote(project):
    text = "def pick(errors):\n    if errors == 'ignore':\n        repl = '\n    return repl\n"
    _, _, candidates = _first(project, text)
    assert any("        repl = ''" in c.new_source.splitlines() for c in candidates)


def test_it_opens_a_string_that_lost_its_opening_quote(project):
    text = "def greet(name):\n    return format(hello', name)\n"
    _, _, candidates = _first(project, text)
    assert "    return format('hello', name)" in candidates[0].new_source.splitlines()


def test_it_repairs_the_first_of_two_syntax_errors_in_a_file(project):
    text = (
        "def numeric(query, params):\n"
        "    return (query % tuple(':%i' % i for i, _ in enumerate(params), params)\n"
        "\n\n"
        "def other(x):\n"
        "    return x +\n"
    )
    _, _, candidates = _first(project, text)
    fixed = "    return (query % tuple(':%i' % i for i, _ in enumerate(params)), params)"
    assert fixed in candidates[0].new_source.splitlines()
    assert compile_error(candidates[0].new_source).line == 6


def test_it_closes_a_call_after_the_bracket_that_ends_its_statement_and_names_that_line(project):
    text = (
        "def fitness(target, params):\n"
        "    matches = sum([\n"
        "        1 for key in target\n"
        "        if key in params\n"
        "    ]\n"
        "    return matches\n"
    )
    failure, best, _ = _first(project, text)
    assert failure.line == 2
    assert best.new_source.splitlines()[4] == "    ])"
    assert compile_error(best.new_source) is None
    assert best.line == 5  # where the parenthesis was left out, not where it was opened


def test_it_closes_a_multi_line_if_condition_before_its_colon_not_in_the_body(project):
    # bitcoin's segwit_addr: the end of "the statement" is the body's line, where a parenthesis
    # compiles only by moving the error on; the condition's bracket closes before the header colon.
    text = (
        "def decode(bech):\n"
        "    if ((any(ord(x) < 33 for x in bech)) or\n"
        "            (bech.lower() != bech and bech.upper() != bech):\n"
        "        return (None, None)\n"
        "    return bech\n"
    )
    _, best, _ = _first(project, text)
    assert best.new_source.splitlines()[2] == "            (bech.lower() != bech and bech.upper() != bech)):"
    assert (best.line, best.description) == (3, "close the parenthesis of the if condition before the colon")
    assert compile_error(best.new_source) is None


def test_a_dropped_comma_between_entries_goes_back_after_the_entry_that_lost_it(project):
    # webencodings' PYTHON_NAMES: 'mac-roman' 'windows-874' parses (implicit concatenation), so
    # the compiler stops at the next colon. Removing that colon glues three strings; a comma at
    # the start of the next line is the same tree but not the line that lost it.
    text = (
        "NAMES = {\n"
        "    'x-mac-cyrillic': 'mac-cyrillic',\n"
        "    'macintosh': 'mac-roman'\n"
        "    'windows-874': 'cp874',\n"
        "}\n"
    )
    failure, best, _ = _first(project, text)
    assert failure.line == 4
    assert best.new_source.splitlines()[2] == "    'macintosh': 'mac-roman',"
    assert (best.line, best.description) == (3, "add the missing comma")


def test_a_lost_line_continuation_gets_its_backslash_back_instead_of_a_colon(project):
    # The condition goes on below the line, outside any bracket: a colon there would only move the error.
    text = (
        "def spaced(a, b):\n"
        "    if (a in ' ' \\\n"
        "        or a > '~')\n"
        "        and (b in ' ' or b > '~'):\n"
        "        return True\n"
        "    return False\n"
    )
    _, best, _ = _first(project, text)
    assert compile_error(best.new_source) is None
    assert "        or a > '~') \\" in best.new_source.splitlines()
    assert best.line == 3


def test_a_triple_quoted_string_one_quote_short_of_its_closer_is_closed_where_it_lost_it(project):
    # The docstring runs on to the next one's opening quotes; the compiler complains lines below it.
    text = (
        "def two(points):\n"
        '    """ the length of the points in 2 dimensions. ""\n'
        "    return len(points)\n"
        "\n"
        "\n"
        "def three(points):\n"
        '    """ 3-dimensional length of the points, with elevation. """\n'
        "    return len(points)\n"
    )
    failure, best, _ = _first(project, text)
    assert failure.line > 2
    assert compile_error(best.new_source) is None
    assert '    """ the length of the points in 2 dimensions. """' in best.new_source.splitlines()
    assert best.line == 2


def test_a_well_formed_docstring_above_an_unrelated_error_is_never_closed_again(project):
    # Closing the docstring at its first line opens a string at its real closer: the error then
    # "moves on" below the old one, which must not pass for a repair.
    text = (
        "def pick(flag, a, b):\n"
        '    """Pick a or b.\n'
        "\n"
        "    Flag chooses which one.\n"
        '    """\n'
        "    value = a if flag\n"
        "    return value\n"
        "\n"
        "\n"
        "def other():\n"
        '    """Another docstring, further down."""\n'
        "    return 1\n"
    )
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    assert failure.line == 6
    candidates = SyntaxFixer().candidates(failure, context(ws))
    assert all(c.description != "close the triple-quoted string" for c in candidates)


def test_a_name_assigned_in_a_condition_and_read_below_gets_the_walrus_first(project):
    text = (
        "def read_all(read):\n"
        "    out = []\n"
        "    while True:\n"
        "        if (value = read()) == 0:\n"
        "            break\n"
        "        out.append(value)\n"
        "    return out\n"
    )
    _, best, _ = _first(project, text)
    assert "        if (value := read()) == 0:" in best.new_source.splitlines()
    assert best.description == "assign inside the condition with :="


def test_a_comparison_written_with_one_equals_sign_still_gets_double_equals_first(project):
    _, best, _ = _first(project, "def full(self):\n    if self.size = self.cap:\n        return True\n")
    assert best.description == "use == for the comparison instead of ="


@pytest.mark.parametrize(
    ("text", "wanted", "description"),
    [
        (
            "def sign(delta, value):\n    prefix = '+' if delta and value >= 0\n    return prefix\n",
            "    prefix = '+' if delta and value >= 0 else ''",
            "give the conditional expression its else branch: else ''",
        ),
        (
            "def size(items):\n    n = len(items) if items  # counted\n    return n\n",
            "    n = len(items) if items else None  # counted",
            "give the conditional expression its else branch: else None",
        ),
        (
            "def f(x):\n    if x < 0:\n        return 1\n    else x > 1:\n        return 2\n    return 3\n",
            "    elif x > 1:",
            "use elif: the branch has a condition of its own",
        ),
        (
            'def quoted(value):\n    return f"\\"{escape(value)\\""\n',
            '    return f"\\"{escape(value)}\\""',
            "close the replacement field: {escape(value)}",
        ),
        (
            'def label(name, n):\n    return f"{name}: {n!r"\n',
            '    return f"{name}: {n!r}"',
            "",
        ),
    ],
)
def test_a_conditional_without_else_an_else_with_a_condition_and_an_open_f_string_field(
    project, text, wanted, description
):
    """CPython 3.11-3.13 messages: "expected 'else' after 'if' expression", "expected ':'" after an
    `else` that has a condition, "f-string expression part cannot include a backslash" (3.11) or
    "f-string: expecting '}'" (3.12+) for a replacement field that lost its closing brace."""
    failure, best, _ = _first(project, text)
    assert compile_error(best.new_source) is None
    assert wanted in best.new_source.splitlines()
    assert not description or best.description == description
    assert best.line == failure.line


def test_an_f_string_field_is_closed_after_a_whole_expression_never_inside_a_name(project):
    _, _, candidates = _first(project, 'def quoted(value):\n    return f"\\"{escape(value)\\""\n')
    fields = [c.description for c in candidates if c.description.startswith("close the replacement")]
    assert fields[:2] == [
        "close the replacement field: {escape(value)}",
        "close the replacement field: {escape}",
    ]
    assert not any("{escap}" in d or "{esc}" in d for d in fields)


TWO_ERRORS = "class A:\n    def f(self, x):\n        if x\n            return 1\n\n    def g(self):\n        return (1\n"
MOVED_BY_A_QUOTE = 'class A:\n    """Doc."""\n\n    def f(self, x):\n        y = 1 if x\n        """Other."""\n        return y\n'


@pytest.mark.parametrize(
    ("old", "new", "uncovered"),
    [
        # The second method's own error, there all along: the first one is fixed.
        (TWO_ERRORS, TWO_ERRORS.replace("if x\n", "if x:\n"), True),
        # Three quotes that open a string: the error "moves" to the next docstring.
        (MOVED_BY_A_QUOTE, MOVED_BY_A_QUOTE.replace('"""Doc."""\n', '"""Doc.""""""\n'), False),
        # A continuation that runs into the next line: the error moves one line down.
        ("def f():\n    x = 1 +\n    return x\n", "def f():\n    x = 1 + \\\n    return x\n", False),
        # An error on a line the edit wrote is the edit's own.
        ("def f():\n    x = (1\n", "def f():\n    x = (1)\n    y = )\n", False),
    ],
)
def test_an_edit_that_only_moves_a_syntax_error_is_told_from_one_that_uncovers_the_next(old, new, uncovered):
    assert compile_error(new) is not None
    assert error_uncovered(old, new) is uncovered


def test_a_candidate_that_only_moves_the_error_is_never_offered(project):
    ws = project({"m.py": MOVED_BY_A_QUOTE})
    failure = compile_failure(ws, "m.py")
    moved = MOVED_BY_A_QUOTE.replace('"""Doc."""\n', '"""Doc.""""""\n')
    edits = [(moved, "close the triple-quoted string")]
    assert (
        compile_checked(failure=failure, source=MOVED_BY_A_QUOTE, edits=edits, bug_type=BugType.SYNTAX) == []
    )
    fixed = TWO_ERRORS.replace("if x\n", "if x:\n")
    ws = project({"m.py": TWO_ERRORS}, name="two")
    failure = compile_failure(ws, "m.py")
    (kept,) = compile_checked(
        failure=failure, source=TWO_ERRORS, edits=[(fixed, "colon")], bug_type=BugType.SYNTAX
    )
    assert kept.new_source == fixed


def test_a_bracket_left_open_on_a_line_above_the_error_closes_at_the_end_of_that_line(project):
    # The linter reports the unclosed call where the next statement stops parsing (two lines on);
    # `ValueError("...").format(keys)` parses too, but raises AttributeError where the code runs.
    text = (
        "def body(value, keys):\n"
        "    if len(keys) > 0:\n"
        '        raise ValueError("unexpected keys {}".format(keys)\n'
        "\n"
        '    if value.get("jsonrpc") != "2.0":\n'
        "        raise ValueError(value)\n"
    )
    ws = project({"m.py": text})
    failure = dataclasses.replace(
        compile_failure(ws, "m.py"),
        line=5,
        message="Expected `else`, found `:`",
        extra={"offset": 37, "end_line": 5, "end_offset": 38, "msg": "Expected `else`, found `:`"},
    )
    best = min(SyntaxFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert best.new_source.splitlines()[2] == '        raise ValueError("unexpected keys {}".format(keys))'
    assert best.line == 3


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "def f(limit, res, index):\n    if limit == float('inf') and res.index = index:\n        return 1\n",
            "    if limit == float('inf') and res.index == index:",
        ),
        ("def f(a, b):\n    while a[0] = b:\n        a.pop()\n", "    while a[0] == b:"),
        ("def f(xs, y):\n    return [x for x in xs if x.v = y]\n", "    return [x for x in xs if x.v == y]"),
        ("def f(a, b):\n    assert a.v = b, 'differ'\n", "    assert a.v == b, 'differ'"),
        ("def f(a, b):\n    return print(a.v = b)\n", "    return print(a.v == b)"),
    ],
)
def test_a_lone_equals_sign_where_only_an_expression_stands_becomes_a_comparison(project, text, wanted):
    # Python 3.11 reports only "invalid syntax" here (no "Maybe you meant '=='").
    failure, best, _ = _first(project, text)
    assert best.new_source.splitlines()[1] == wanted
    assert best.description == "use == for the comparison instead of ="
    assert best.line == failure.line


@pytest.mark.parametrize(
    "text",
    ["x = 1\n", "f(key=1)\n", "g = lambda a, b=1: a\n", "if f(key=1) = 2:\n"],
)
def test_keyword_arguments_defaults_and_assignments_are_not_comparisons(text):
    # Only the `=` after `f(key=1)` in the condition is a comparison; `key=1` stays an argument.
    expected = [text.index(") = ") + 2] if text.startswith("if") else []
    assert _expression_equals(text.rstrip("\n"), None) == expected


SIGNATURE = (
    "class Shape:\n"
    "    def scale(\n"
    "        self,\n"
    "        factor: float = 1.0,\n"
    "        strict: bool = True,\n"
    "        keep: bool\n"
    "    ) -> float:\n"
    "        return factor\n"
)


def test_it_refuses_a_closer_that_makes_the_signatures_own_closer_unmatched():
    # Closing the signature on the parameter's line leaves its `)` on the next line unmatched:
    # an error the edit made (next to the line it wrote), never the file's next one.
    closed = SIGNATURE.replace("keep: bool\n", "keep: bool)\n")
    assert compile_error(closed).message.startswith("unmatched")
    assert not error_uncovered(SIGNATURE, closed)


def test_it_counts_a_signatures_closing_line_inside_its_definition():
    # Blanking the definition to see the file's next error must blank its signature's `)` too;
    # the same edit written two lines away from the error is judged by blanking alone.
    far = SIGNATURE.replace("        self,\n", "        self,)\n")
    assert compile_error(far) is not None
    assert not error_uncovered(SIGNATURE, far)


def test_it_gives_a_parameter_without_a_default_the_default_of_its_typed_sibling(project):
    failure, best, candidates = _first(project, SIGNATURE)
    assert failure.message.startswith(("non-default argument", "parameter without a default"))
    assert "        keep: bool = True" in best.new_source.splitlines()
    assert all(compile_error(c.new_source) is None for c in candidates)


def test_it_moves_a_parameter_or_drops_the_default_before_it_on_one_line(project):
    _, _, candidates = _first(project, "def pad(text, width=8, fill):\n    return text\n")
    firsts = {c.new_source.splitlines()[0] for c in candidates}
    assert "def pad(text, width=8, fill=None):" in firsts
    assert "def pad(text, fill, width=8):" in firsts
    assert "def pad(text, width, fill):" in firsts


def test_it_closes_a_string_with_the_quote_that_opened_it(project):
    _, best, _ = _first(project, "def label():\n    text = \"a short note'\n    return text\n")
    assert '    text = "a short note"' in best.new_source.splitlines()
    assert best.description == "close the string with the quote that opened it"


def test_it_keeps_the_other_quote_as_content_right_after_the_opener(project):
    _, best, _ = _first(project, 'def wrap(c):\n    raise ValueError("\'" + c + "\')\n')
    assert best.new_source.splitlines()[1] == '    raise ValueError("\'" + c + "\'")'


def test_it_gives_a_one_line_docstring_its_third_quote_far_above_the_error(project):
    # The short string runs to the next docstring's opener, whose text reads as code for sixty
    # lines; the next docstring is then read as code: the error is far below the slip.
    filler = "".join(f"    v{n} = {n}\n" for n in range(60))
    text = (
        'def first():\n    """Return one. ""\n    return 1\n\n\n'
        f'def second():\n    """\n{filler}    """\n    return 2\n\n\n'
        'def third():\n    """\n    Third one, 2nd try.\n    """\n    return 3\n'
    )
    _, _, candidates = _first(project, text)
    mended = [c for c in candidates if '    """Return one. """' in c.new_source.splitlines()]
    assert mended and compile_error(mended[0].new_source) is None


def test_it_adds_the_operator_of_the_chain_before_a_comma(project):
    # CPython's "Perhaps you forgot a comma?" (two expressions side by side in brackets).
    _, best, candidates = _first(
        project, 'def row(cell, width):\n    return len("[" + cell * (width - 1) "]")\n'
    )
    assert best.new_source.splitlines()[1] == '    return len("[" + cell * (width - 1) + "]")'
    assert any('(width - 1), "]"' in c.new_source for c in candidates)


def test_it_never_takes_a_unary_sign_for_the_chain_operator():
    from healer.engine.fixers.syntax import _chain_operator

    assert _chain_operator("x = [-1 2]", 7) is None
    assert _chain_operator("f(a, b c)", 6) is None
    assert _chain_operator("f(True - x y)", 10) == "-"


def test_it_puts_a_return_dedented_out_of_its_function_back_at_the_functions_body_level(project):
    text = (
        "def to_bytes(data, enc='utf8'):\n"
        "    if isinstance(data, str):\n"
        "        data = data.encode(enc)\n"
        "\n"
        "return data\n"
        "\n"
        "\n"
        "def other():\n"
        "    return 1\n"
    )
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    assert "outside function" in failure.message
    best = min(SyntaxFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert best.new_source == text.replace("\nreturn data\n", "\n    return data\n")
    assert best.line == 5


def test_it_puts_a_break_back_into_the_loop_it_left(project):
    text = "def first(xs):\n    for x in xs:\n        if x:\n            found = x\n    break\n    return found\n"
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    best = min(SyntaxFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert best.new_source == text.replace("\n    break\n", "\n        break\n")
