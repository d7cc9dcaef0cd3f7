"""TYPE_ERROR fixer: one template per TypeError message family."""

from __future__ import annotations

import textwrap

import pytest

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_errors import FIXERS, TypeErrorFixer, exception_messages
from healer.engine.types import BugType, CheckReport, Failure

TEST = "tests/test_app.py"


def _line_of(source: str, needle: str) -> int:
    for number, line in enumerate(split_lines(source), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in source")


def _candidates(project, files, file, needle, message, *, frames=None, **kw):
    files = {k: textwrap.dedent(v) for k, v in files.items()}
    files.setdefault(TEST, "def test_it():\n    pass\n")
    ws = project(files)
    line = _line_of(files[file], needle)
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=file,
        line=line,
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={
            "exception": {"type": "TypeError", "message": message},
            "frames": frames if frames is not None else [{"file": file, "line": line, "function": "f"}],
        },
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return files, line, list(TypeErrorFixer(**kw).candidates(failure, ctx))


def _replaced(text: str, line: int, new_line: str) -> str:
    lines = split_lines(text)
    return "".join(lines[: line - 1]) + new_line + "\n" + "".join(lines[line:])


CASES = [
    # (id, files, file, needle, message, (file, needle, fixed line), description, max rank)
    (
        "concatenate-str-int",
        {
            "src/report.py": """
            def format_row(word: str, count: int, width: int) -> str:
                return word.ljust(width) + " " + count
            """
        },
        "src/report.py",
        '+ " " + count',
        'can only concatenate str (not "int") to str',
        ("src/report.py", '+ " " + count', '    return word.ljust(width) + " " + str(count)'),
        "convert count to str before concatenating",
        1,
    ),
    (
        "int-plus-str",
        {
            "src/stock.py": """
            def parse(rows):
                totals = {}
                for sku, raw in rows:
                    qty = raw.strip()
                    totals[sku] = totals.get(sku, 0) + qty
                return totals
            """
        },
        "src/stock.py",
        "totals.get(sku, 0) + qty",
        "unsupported operand type(s) for +: 'int' and 'str'",
        ("src/stock.py", "totals.get(sku, 0) + qty", "        totals[sku] = totals.get(sku, 0) + int(qty)"),
        "convert qty to int before adding it",
        1,
    ),
    (
        "str-minus-float",
        {
            "src/price.py": """
            def net(price_text, discount):
                return price_text - discount
            """
        },
        "src/price.py",
        "price_text - discount",
        "unsupported operand type(s) for -: 'str' and 'float'",
        ("src/price.py", "price_text - discount", "    return float(price_text) - discount"),
        "convert price_text to float before subtracting it",
        1,
    ),
    (
        "none-plus-int",
        {
            "src/score.py": """
            def bump(scores, name):
                return scores.get(name) + 1
            """
        },
        "src/score.py",
        "scores.get(name) + 1",
        "unsupported operand type(s) for +: 'NoneType' and 'int'",
        ("src/score.py", "scores.get(name) + 1", "    return (scores.get(name) or 0) + 1"),
        "use 0 when scores.get(name) is None",
        1,
    ),
    (
        "multiply-sequence",
        {
            "src/roman.py": """
            PAIRS = [(10, "X"), (5, "V"), (1, "I")]

            def encode(number):
                parts = []
                for value, symbol in PAIRS:
                    parts.append(symbol * (number / value))
                    number %= value
                return "".join(parts)
            """
        },
        "src/roman.py",
        "symbol * (number / value)",
        "can't multiply sequence by non-int of type 'float'",
        ("src/roman.py", "symbol * (number / value)", "        parts.append(symbol * (number // value))"),
        "use integer division // so the repeat count is an int",
        1,
    ),
    (
        "float-as-integer",
        {
            "src/half.py": """
            def first_half(items):
                return [items[i] for i in range(len(items) / 2)]
            """
        },
        "src/half.py",
        "range(len(items) / 2)",
        "'float' object cannot be interpreted as an integer",
        ("src/half.py", "range(len(items) / 2)", "    return [items[i] for i in range(len(items) // 2)]"),
        "use integer division // so the argument of range is an int",
        1,
    ),
    (
        "str-as-integer",
        {
            "src/repeat.py": """
            def repeat(word, times):
                return [word for _ in range(times)]
            """
        },
        "src/repeat.py",
        "range(times)",
        "'str' object cannot be interpreted as an integer",
        ("src/repeat.py", "range(times)", "    return [word for _ in range(int(times))]"),
        "convert times to int so the argument of range is an int",
        1,
    ),
    (
        "list-index-float",
        {
            "src/median.py": """
            def median(values):
                ordered = sorted(values)
                return ordered[len(ordered) / 2]
            """
        },
        "src/median.py",
        "ordered[len(ordered) / 2]",
        "list indices must be integers or slices, not float",
        ("src/median.py", "ordered[len(ordered) / 2]", "    return ordered[len(ordered) // 2]"),
        "use integer division // so the index is an int",
        1,
    ),
    (
        "missing-argument-from-repository-binding",
        {
            "src/shop/rates.py": """
            RATES = {"standard": 0.2, "reduced": 0.05}

            def rate_for(category):
                return RATES[category]

            def tax_amount(net, rate):
                return net * rate

            def breakdown(lines):
                out = {}
                for category, net in lines:
                    rate = rate_for(category)
                    out[category] = tax_amount(net, rate)
                return out
            """,
            "src/shop/line.py": """
            from dataclasses import dataclass

            from shop.rates import rate_for, tax_amount


            @dataclass
            class Line:
                net: float
                category: str = "standard"

                @property
                def tax(self):
                    return round(tax_amount(self.net), 2)
            """,
        },
        "src/shop/line.py",
        "tax_amount(self.net)",
        "tax_amount() missing 1 required positional argument: 'rate'",
        (
            "src/shop/line.py",
            "tax_amount(self.net)",
            "        return round(tax_amount(self.net, rate_for(self.category)), 2)",
        ),
        "pass rate_for(self.category) as the second argument of tax_amount",
        1,
    ),
    (
        "missing-argument-from-local",
        {
            "src/geo.py": """
            def area(width, height):
                return width * height

            def describe(width, height):
                size = area(width)
                return f"{size} m2"
            """
        },
        "src/geo.py",
        "area(width)",
        "area() missing 1 required positional argument: 'height'",
        ("src/geo.py", "area(width)", "    size = area(width, height)"),
        "pass height as the second argument of area",
        1,
    ),
    (
        "missing-keyword-only-argument",
        {
            "src/fmt.py": """
            def money(amount, *, currency):
                return f"{amount:.2f} {currency}"

            def receipt(total, currency):
                return "Total: " + money(total)
            """
        },
        "src/fmt.py",
        "money(total)",
        "money() missing 1 required keyword-only argument: 'currency'",
        ("src/fmt.py", "money(total)", '    return "Total: " + money(total, currency=currency)'),
        "pass currency=currency to money",
        1,
    ),
    (
        "too-many-arguments",
        {
            "src/greet.py": """
            def greet(name):
                return "hello " + name

            def welcome(user, place):
                return greet(user, place)
            """
        },
        "src/greet.py",
        "greet(user, place)",
        "greet() takes 1 positional argument but 2 were given",
        ("src/greet.py", "greet(user, place)", "    return greet(user)"),
        "drop the extra argument place from the call to greet",
        1,
    ),
    (
        "method-without-self",
        {
            "src/counter.py": """
            class Counter:
                def __init__(self):
                    self.value = 0

                def step():
                    return 1

                def tick(self):
                    self.value += self.step()
            """
        },
        "src/counter.py",
        "self.value += self.step()",
        "Counter.step() takes 0 positional arguments but 1 was given",
        ("src/counter.py", "def step():", "    def step(self):"),
        "add the self parameter to step",
        1,
    ),
    (
        "unexpected-keyword",
        {
            "src/mail.py": """
            def send(to, subject, body=""):
                return (to, subject, body)

            def notify(user):
                return send(user, subject="hi", bodi="see you")
            """
        },
        "src/mail.py",
        'bodi="see you"',
        "send() got an unexpected keyword argument 'bodi'",
        ("src/mail.py", 'bodi="see you"', '    return send(user, subject="hi", body="see you")'),
        "use the keyword body instead of bodi",
        1,
    ),
    (
        "unhashable-list",
        {
            "src/seen.py": """
            def dedupe(rows):
                seen = set()
                out = []
                for row in rows:
                    key = [row["a"], row["b"]]
                    if key not in seen:
                        seen.add(key)
                        out.append(row)
                return out
            """
        },
        "src/seen.py",
        "if key not in seen",
        "unhashable type: 'list'",
        ("src/seen.py", "if key not in seen", "        if tuple(key) not in seen:"),
        "convert key to a tuple so it can be hashed",
        1,
    ),
    (
        "property-called",
        {
            "src/cart.py": """
            class Cart:
                def __init__(self, prices):
                    self.prices = prices

                @property
                def total(self):
                    return sum(self.prices)

                def summary(self):
                    return f"{len(self.prices)} items, {self.total()}"
            """
        },
        "src/cart.py",
        "self.total()",
        "'int' object is not callable",
        ("src/cart.py", "self.total()", '        return f"{len(self.prices)} items, {self.total}"'),
        "drop the call parentheses after self.total: it is not callable",
        1,
    ),
    (
        "int-not-iterable",
        {
            "src/loop.py": """
            def countdown(n):
                return [n - i for i in n]
            """
        },
        "src/loop.py",
        "for i in n",
        "'int' object is not iterable",
        ("src/loop.py", "for i in n", "    return [n - i for i in range(n)]"),
        "iterate over range(n) instead of n",
        1,
    ),
    (
        "none-not-subscriptable-missing-return",
        {
            "src/parse.py": """
            def parse_pair(text):
                left, right = text.split("=")
                pair = (left.strip(), right.strip())

            def key_of(text):
                return parse_pair(text)[0]
            """
        },
        "src/parse.py",
        "parse_pair(text)[0]",
        "'NoneType' object is not subscriptable",
        ("src/parse.py", "pair = (left.strip()", "    pair = (left.strip(), right.strip())\n    return pair"),
        "return pair at the end of parse_pair",
        1,
    ),
    (
        "none-not-iterable",
        {
            "src/names.py": """
            def names(team):
                return [m.upper() for m in team.get("members")]
            """
        },
        "src/names.py",
        'team.get("members")',
        "'NoneType' object is not iterable",
        (
            "src/names.py",
            'team.get("members")',
            '    return [m.upper() for m in (team.get("members") or [])]',
        ),
        'use an empty list when team.get("members") is None',
        1,
    ),
    (
        "compare-str-int",
        {
            "src/age.py": """
            def adult(record):
                return record["age"] >= 18
            """
        },
        "src/age.py",
        'record["age"] >= 18',
        "'>=' not supported between instances of 'str' and 'int'",
        ("src/age.py", 'record["age"] >= 18', '    return int(record["age"]) >= 18'),
        'convert record["age"] to int before comparing',
        1,
    ),
    (
        "join-non-str",
        {
            "src/csvline.py": """
            def line(values):
                return ",".join(v * 2 for v in values)
            """
        },
        "src/csvline.py",
        "join(",
        "sequence item 0: expected str instance, int found",
        ("src/csvline.py", "join(", '    return ",".join(str(v * 2) for v in values)'),
        "convert the items of v * 2 for v in values to str before joining",
        1,
    ),
    (
        "len-of-generator",
        {
            "src/count.py": """
            def count_even(values):
                return len(v for v in values if v % 2 == 0)
            """
        },
        "src/count.py",
        "len(",
        "object of type 'generator' has no len()",
        ("src/count.py", "len(", "    return len([v for v in values if v % 2 == 0])"),
        "make a list instead of a generator",
        1,
    ),
    (
        "argument-must-be-str",
        {
            "src/log.py": """
            def write_count(stream, count):
                stream.write(count)
            """
        },
        "src/log.py",
        "stream.write(count)",
        "write() argument must be str, not int",
        ("src/log.py", "stream.write(count)", "    stream.write(str(count))"),
        "convert count to str before passing it",
        1,
    ),
    (
        "int-of-none",
        {
            "src/qty.py": """
            def quantity(row):
                return int(row.get("qty"))
            """
        },
        "src/qty.py",
        "int(row",
        "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
        ("src/qty.py", "int(row", '    return int(row.get("qty") or 0)'),
        'use 0 when row.get("qty") is None',
        1,
    ),
    (
        "dict-keys-not-subscriptable",
        {
            "src/first.py": """
            def first_key(mapping):
                return mapping.keys()[0]
            """
        },
        "src/first.py",
        "mapping.keys()[0]",
        "'dict_keys' object is not subscriptable",
        ("src/first.py", "mapping.keys()[0]", "    return list(mapping.keys())[0]"),
        "make a list of mapping.keys() before indexing it",
        1,
    ),
    (
        "method-not-subscriptable",
        {
            "src/pick.py": """
            def second(text):
                return text.split[1]
            """
        },
        "src/pick.py",
        "text.split[1]",
        "'builtin_function_or_method' object is not subscriptable",
        ("src/pick.py", "text.split[1]", "    return text.split()[1]"),
        "call text.split() before indexing",
        1,
    ),
    (
        "method-not-iterable",
        {
            "src/keys.py": """
            def upper_keys(mapping):
                return [k.upper() for k in mapping.keys]
            """
        },
        "src/keys.py",
        "mapping.keys]",
        "'builtin_function_or_method' object is not iterable",
        ("src/keys.py", "mapping.keys]", "    return [k.upper() for k in mapping.keys()]"),
        "call mapping.keys() and iterate over its result",
        1,
    ),
    (
        "misspelt-init",
        {
            "src/point.py": """
            class Point:
                def __int__(self, x, y):
                    self.x = x
                    self.y = y

            def origin():
                return Point(0, 0)
            """
        },
        "src/point.py",
        "Point(0, 0)",
        "Point() takes no arguments",
        ("src/point.py", "def __int__", "    def __init__(self, x, y):"),
        "rename __int__ to __init__ so Point takes its arguments",
        1,
    ),
    (
        "modulo-of-str",
        {
            "src/parity.py": """
            def is_even(raw):
                return raw.strip() % 2 == 0
            """
        },
        "src/parity.py",
        "% 2",
        "not all arguments converted during string formatting",
        ("src/parity.py", "% 2", "    return int(raw.strip()) % 2 == 0"),
        "convert raw.strip() to int before taking the remainder",
        1,
    ),
    (
        "sum-of-strings",
        {
            "src/total.py": """
            def total(fields):
                return sum(f.strip() for f in fields)
            """
        },
        "src/total.py",
        "sum(",
        "unsupported operand type(s) for +: 'int' and 'str'",
        ("src/total.py", "sum(", "    return sum(int(f.strip()) for f in fields)"),
        "convert f.strip() to int before summing",
        1,
    ),
    (
        "max-of-mixed",
        {
            "src/top.py": """
            def highest(values):
                return max(values)
            """
        },
        "src/top.py",
        "max(values)",
        "'>' not supported between instances of 'str' and 'int'",
        ("src/top.py", "max(values)", "    return max(values, key=int)"),
        "compare the items as numbers with key=int",
        1,
    ),
    (
        "round-of-str",
        {
            "src/money.py": """
            def cents(amount):
                return round(amount, 2)
            """
        },
        "src/money.py",
        "round(amount, 2)",
        "type str doesn't define __round__ method",
        ("src/money.py", "round(amount, 2)", "    return round(float(amount), 2)"),
        "convert amount to float before calling round",
        1,
    ),
    (
        "shift-of-a-float",
        {
            "src/grid.py": """
            BANDS = "CDEFGHJKLMNPQRSTUVWX"


            def band(latitude):
                return BANDS[(latitude + 80) >> 3]
            """
        },
        "src/grid.py",
        ">> 3",
        "unsupported operand type(s) for >>: 'float' and 'int'",
        ("src/grid.py", ">> 3", "    return BANDS[int(latitude + 80) >> 3]"),
        "truncate latitude + 80 to int before applying >>",
        1,
    ),
    (
        "pair-unpacked-into-two-parameters",
        {
            "src/tags.py": """
            def attributes(args, kwargs):
                return [*args, *sorted(kwargs.items())]


            def tag(name, *args, **kwargs):
                return (name, attributes(*args, **kwargs))
            """
        },
        "src/tags.py",
        "attributes(*args",
        "attributes() got an unexpected keyword argument 'src'",
        ("src/tags.py", "attributes(*args", "    return (name, attributes(args, kwargs))"),
        "pass args and kwargs to attributes as they are, not unpacked",
        1,
    ),
    (
        "str-hashed",
        {
            "src/cache.py": """
            import hashlib


            def key(header, body):
                hasher = hashlib.md5()
                hasher.update(header.encode("utf-8"))
                hasher.update(body)
                return hasher.hexdigest()
            """
        },
        "src/cache.py",
        "hasher.update(body)",
        "Strings must be encoded before hashing",
        ("src/cache.py", "hasher.update(body)", '    hasher.update(body.encode("utf-8"))'),
        'encode body to bytes: body.encode("utf-8")',
        1,
    ),
    (
        "length-among-joined-bytes",
        {
            "src/netstring.py": """
            def encode_int(x, parts):
                parts.extend((b"i", str(x).encode("ascii"), b"e"))


            def encode_bytes(x, parts):
                parts.extend((len(x), b":", x))


            def encode(value):
                parts = []
                (encode_bytes if isinstance(value, bytes) else encode_int)(value, parts)
                return b"".join(parts)
            """
        },
        "src/netstring.py",
        'b"".join(parts)',
        "sequence item 0: expected a bytes-like object, int found",
        ("src/netstring.py", "len(x), b", '    parts.extend((str(len(x)).encode("ascii"), b":", x))'),
        'add len(x) as its ASCII digits: str(len(x)).encode("ascii")',
        1,
    ),
    (
        "number-converted-to-text-for-a-%d-of-a-template-over-lines",
        {
            "src/help.py": """
            LIMIT = 60


            def usage():
                return '''Usage: wait [SECONDS]

                Waits at most %d seconds.
                ''' % str(LIMIT)
            """
        },
        "src/help.py",
        "return '''Usage",
        "%d format: a real number is required, not str",
        ("src/help.py", "% str(LIMIT)", "    ''' % LIMIT"),
        "format LIMIT itself, not str() of it",
        1,
    ),
    (
        "number-handed-to-the-method-that-fills-the-joined-attribute",
        {
            "src/writer.py": """
            class State:
                def __init__(self):
                    self.chunks = []

                def append(self, s):
                    self.chunks.append(s)

                def combine(self):
                    return "".join(self.chunks)


            def encode_number(n, state):
                if isinstance(n, bool):
                    state.append("true" if n else "false")
                elif isinstance(n, int):
                    state.append(n)
                else:
                    state.append(repr(n))
            """
        },
        "src/writer.py",
        'return "".join(self.chunks)',
        "sequence item 0: expected str instance, int found",
        ("src/writer.py", "state.append(n)", "        state.append(str(n))"),
        "add n as its text: str(n)",
        1,
    ),
]


@pytest.mark.parametrize(
    ("files", "file", "needle", "message", "fix", "description", "max_rank"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_it_fixes_each_message_family(project, files, file, needle, message, fix, description, max_rank):
    files, _, candidates = _candidates(project, files, file, needle, message)
    fix_file, fix_needle, fixed_line = fix
    expected = _replaced(files[fix_file], _line_of(files[fix_file], fix_needle), fixed_line)
    matching = [i for i, c in enumerate(candidates) if c.file == fix_file and c.new_source == expected]
    assert matching, [(c.file, c.description) for c in candidates]
    assert matching[0] + 1 <= max_rank, [c.description for c in candidates[: matching[0] + 1]]
    best = candidates[matching[0]]
    assert best.description == description
    assert best.line == _line_of(files[fix_file], fix_needle)
    assert best.bug_type is BugType.TYPE_ERROR


def test_it_reads_the_deepest_repository_frame_and_never_edits_tests(project):
    files = {
        "src/report.py": "def row(word, count):\n    return word + ': ' + count\n",
        TEST: "from report import row\n\ndef test_it():\n    assert row('a', 1) + 'x' == 'a: 1x'\n",
    }
    frames = [
        {"file": TEST, "line": 4, "function": "test_it"},
        {"file": "src/report.py", "line": 2, "function": "row"},
    ]
    ws = project(files)
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=TEST,  # the analysis could not localise: the fixer must use the frames
        line=4,
        message='TypeError: can only concatenate str (not "int") to str',
        source="pytest",
        code="TypeError",
        extra={"frames": frames},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    candidates = TypeErrorFixer().candidates(failure, ctx)
    assert candidates
    assert {c.file for c in candidates} == {"src/report.py"}
    assert candidates[0].description == "convert count to str before concatenating"
    assert candidates[0].line == 2


def test_it_keeps_other_lines_byte_identical(project):
    source = "# ünïcode\r\ndef f(label, n):\r\n    text = 'é' + label + n\r\n    return text\r\n"
    ws = project({"src/u.py": "", TEST: "def test_it():\n    pass\n"})
    (ws.root / "src/u.py").write_bytes(source.encode())
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file="src/u.py",
        line=3,
        message='TypeError: can only concatenate str (not "int") to str',
        source="pytest",
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    candidates = TypeErrorFixer().candidates(failure, ctx)
    assert candidates[0].new_source == source.replace("+ label + n", "+ label + str(n)")
    for c in candidates:
        old, new = split_lines(source), split_lines(c.new_source)
        assert [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b] == [2]


def test_it_gives_nothing_without_a_known_message(project):
    files = {"src/a.py": "def f(x):\n    return x + 1\n"}
    _, _, candidates = _candidates(project, files, "src/a.py", "x + 1", "something unusual happened")
    assert candidates == []


def test_it_gives_nothing_when_the_repository_offers_no_value_for_a_missing_argument(project):
    files = {"src/a.py": "def f(x, secret):\n    return x\n\ndef g(x):\n    return f(x)\n"}
    _, _, candidates = _candidates(
        project, files, "src/a.py", "return f(x)", "f() missing 1 required positional argument: 'secret'"
    )
    assert candidates == []


@pytest.mark.parametrize(
    ("failure_kwargs", "expected"),
    [
        ({"message": "TypeError: unhashable type: 'list'"}, ["unhashable type: 'list'"]),
        (
            {"message": "TypeError: x", "extra": {"exception": {"message": "f() missing 1 required"}}},
            ["f() missing 1 required", "x"],
        ),
        (
            {"message": "", "extra": {"longrepr": "E   TypeError: bad operand type for unary -: 'str'"}},
            ["bad operand type for unary -: 'str'"],
        ),
    ],
)
def test_it_reads_the_message_from_any_field(failure_kwargs, expected):
    failure = Failure(bug_type=BugType.TYPE_ERROR, file="a.py", line=1, source="pytest", **failure_kwargs)
    assert exception_messages(failure) == expected


def test_it_is_registered_for_type_errors():
    assert [type(f) for f in FIXERS] == [TypeErrorFixer]
    assert FIXERS[0].bug_types == frozenset({BugType.TYPE_ERROR})


def test_it_replaces_an_operator_the_operand_types_do_not_support(project):
    _, _, candidates = _candidates(
        project,
        {"src/calc.py": "def encoded_length(bits, per_char):\n    return bits | per_char\n"},
        "src/calc.py",
        "bits | per_char",
        "unsupported operand type(s) for |: 'int' and 'float'",
    )
    operators = [c.description for c in candidates if c.description.endswith("instead of |")]
    assert operators[:3] == ["use / instead of |", "use // instead of |", "use * instead of |"]
    assert "return bits / per_char\n" in candidates[0].new_source or any(
        "return bits / per_char\n" in c.new_source for c in candidates
    )
    # Strings concatenate: `"a" - "b"` meant +, and nothing else.
    _, _, joined = _candidates(
        project,
        {"src/names.py": "def full(first, last):\n    return first - last\n"},
        "src/names.py",
        "first - last",
        "unsupported operand type(s) for -: 'str' and 'str'",
    )
    assert [c.description for c in joined if "instead of -" in c.description] == ["use + instead of -"]


def test_it_repeats_a_sequence_with_the_one_operator_a_sequence_and_an_int_support(project):
    # `**`, `-`, `/` between a sequence and an int: only repetition is defined for the pair.
    _, _, candidates = _candidates(
        project,
        {"src/pad.py": "def fill(mark, width):\n    return [mark] ** width\n"},
        "src/pad.py",
        "[mark] ** width",
        "unsupported operand type(s) for ** or pow(): 'list' and 'int'",
    )
    assert "use * instead of ** or pow()" in [c.description for c in candidates]
    assert any("return [mark] * width\n" in c.new_source for c in candidates)
    _, _, left_int = _candidates(
        project,
        {"src/rule.py": "def rule(count):\n    return count - '='\n"},
        "src/rule.py",
        "count - '='",
        "unsupported operand type(s) for -: 'int' and 'str'",
    )
    assert any("return count * '='\n" in c.new_source for c in left_int)


def test_it_supplies_the_missing_argument_of_a_function_without_python_source(project):
    source = (
        "import math\n\n\n"
        "def is_leap(year):\n"
        '    """Leap year: divisible by 4, and not by 100 unless by 400."""\n'
        "    x = math.fmod(year)\n"
        "    y = math.fmod(year, 100)\n"
        "    z = math.fmod(year, 400)\n"
        "    return not x and (y or not z)\n"
    )
    _, _, candidates = _candidates(
        project, {"src/cal.py": source}, "src/cal.py", "math.fmod(year)", "fmod expected 2 arguments, got 1"
    )
    passed = [c.description for c in candidates]
    assert passed[:3] == [
        "pass 100 as the second argument of fmod",
        "pass 400 as the second argument of fmod",
        "pass 4 as the second argument of fmod",
    ]
    assert any("x = math.fmod(year, 4)\n" in c.new_source for c in candidates)


def test_it_supplies_a_missing_first_argument_of_a_builtin_method_from_its_other_calls(project):
    # `word.replace('-')` lost its first argument; the module's other replace() calls pass '_' first.
    source = (
        "def dasherize(word):\n"
        "    return word.replace('-')\n\n\n"
        "def humanize(word):\n"
        "    word = word.replace('_', ' ')\n"
        "    return word\n"
    )
    _, _, candidates = _candidates(
        project,
        {"src/words.py": source},
        "src/words.py",
        "word.replace('-')",
        "replace() takes at least 2 positional arguments (1 given)",
    )
    assert any("    return word.replace('_', '-')\n" in c.new_source for c in candidates)
    assert any("    return word.replace('-', ' ')\n" in c.new_source for c in candidates)


def test_it_follows_a_method_passed_uncalled_where_re_wants_a_string(project):
    source = "import re\n\n\ndef digits(string):\n    return re.sub('[^0-9]', '', string.lower)\n"
    _, _, candidates = _candidates(
        project,
        {"src/nums.py": source},
        "src/nums.py",
        "re.sub(",
        "expected string or bytes-like object, got 'builtin_function_or_method'",
    )
    assert any("re.sub('[^0-9]', '', string.lower())\n" in c.new_source for c in candidates)


def test_it_never_converts_a_none_to_str_to_concatenate_it(project):
    # str(None) is "None": that only moves the missing value's error to its next use.
    source = "def label(last):\n    return 'x' + last\n"
    _, _, candidates = _candidates(
        project,
        {"src/label.py": source},
        "src/label.py",
        "'x' + last",
        'can only concatenate str (not "NoneType") to str',
    )
    assert not any("str(last)" in c.new_source for c in candidates)


def test_it_passes_a_factory_that_was_called_too_early(project):
    _, line, candidates = _candidates(
        project,
        {
            "src/aliases.py": """
            from collections import defaultdict


            class Manager:
                def alias_factory(self):
                    return "a"

                def enter(self):
                    self.alias = defaultdict(self.alias_factory())
            """
        },
        "src/aliases.py",
        "defaultdict(self.alias_factory())",
        "first argument must be callable or None",
    )
    fixed = "        self.alias = defaultdict(self.alias_factory)"
    assert candidates[0].new_source.splitlines()[line - 1] == fixed
    assert candidates[0].description == "pass self.alias_factory itself instead of calling it"


def test_it_passes_a_factory_whose_early_call_crashed_inside_it(project):
    source = """
    from collections import defaultdict


    class Manager:
        alias = None

        @classmethod
        def alias_factory(cls):
            return len(cls.alias)

        @classmethod
        def enter(cls):
            cls.alias = defaultdict(cls.alias_factory())
    """
    text = textwrap.dedent(source)
    caller, crash = _line_of(text, "defaultdict("), _line_of(text, "len(cls.alias)")
    frames = [
        {"file": "src/aliases.py", "line": caller, "function": "enter"},
        {"file": "src/aliases.py", "line": crash, "function": "alias_factory"},
    ]
    _, _, candidates = _candidates(
        project,
        {"src/aliases.py": source},
        "src/aliases.py",
        "len(cls.alias)",
        "object of type 'NoneType' has no len()",
        frames=frames,
    )
    fixed = "        cls.alias = defaultdict(cls.alias_factory)"
    ranks = [i for i, c in enumerate(candidates) if c.new_source.splitlines()[caller - 1] == fixed]
    assert ranks and ranks[0] < 3


def test_it_formats_the_variable_of_the_right_kind_named_like_the_wrong_one(project):
    # PyTER's replacement by a value at hand: the str and its int share a stem.
    source = (
        "def parse(octet_str):\n"
        "    octet_int = int(octet_str)\n"
        "    if octet_int > 255:\n"
        "        raise ValueError('Octet %d (> 255) not permitted' % octet_str)\n"
        "    return octet_int\n"
    )
    _, line, candidates = _candidates(
        project,
        {"src/ip.py": source},
        "src/ip.py",
        "% octet_str",
        "%d format: a real number is required, not str",
    )
    assert candidates[0].description == "format octet_int instead of octet_str"
    assert split_lines(candidates[0].new_source)[line - 1].endswith("% octet_int)\n")


def test_it_checks_isinstance_against_the_class_not_its_name(project):
    source = (
        "class Lazy:\n"
        "    @classmethod\n"
        "    def ok(cls, owner, name):\n"
        "        return isinstance(getattr(owner, name), cls.__name__)\n"
    )
    _, _, candidates = _candidates(
        project,
        {"src/lazy.py": source},
        "src/lazy.py",
        "isinstance(",
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    )
    assert candidates[0].description == "check against cls instead of cls.__name__"
    assert "isinstance(getattr(owner, name), cls)\n" in candidates[0].new_source


def test_it_unpacks_the_keyword_arguments_passed_on_as_one_value_to_cls(project):
    # The class is called through `cls`: the call is not named like the __init__ in the message.
    source = (
        "class Base:\n"
        "    def __init__(self, initvalue=None, **kwargs):\n"
        "        self.value = initvalue\n"
        "\n"
        "    @classmethod\n"
        "    def calc(cls, data, initvalue=None, **kwargs):\n"
        "        inst = cls(initvalue, kwargs)\n"
        "        return inst.value\n"
    )
    _, line, candidates = _candidates(
        project,
        {"src/base.py": source},
        "src/base.py",
        "inst = cls(",
        "Base.__init__() takes from 1 to 2 positional arguments but 3 were given",
    )
    assert candidates[0].description == "unpack kwargs with **"
    assert split_lines(candidates[0].new_source)[line - 1] == "        inst = cls(initvalue, **kwargs)\n"


def test_it_passes_the_length_of_the_collection_given_where_a_count_is_wanted(project):
    source = (
        "def undo(scanline, result, unit):\n"
        "    for i in range(unit, result):\n"
        "        result[i] = scanline[i]\n"
        "    return result\n"
    )
    _, line, candidates = _candidates(
        project,
        {"src/filt.py": source},
        "src/filt.py",
        "range(",
        "'array.array' object cannot be interpreted as an integer",
    )
    assert candidates[0].description == "pass the length of result as the argument of range"
    assert split_lines(candidates[0].new_source)[line - 1] == "    for i in range(unit, len(result)):\n"


def test_a_float_where_an_int_is_wanted_is_still_converted_not_measured(project):
    _, _, candidates = _candidates(
        project,
        {"src/half.py": "def half(n):\n    return list(range(n / 2))\n"},
        "src/half.py",
        "range(",
        "'float' object cannot be interpreted as an integer",
    )
    assert "len(" not in candidates[0].new_source


def test_the_one_number_among_str_items_is_written_as_the_string_it_stands_for(project):
    source = (
        "def style(text, bold, underline):\n"
        "    styles = []\n"
        "    if bold:\n"
        "        styles.append(1)\n"
        "    if underline:\n"
        '        styles.append("4")\n'
        '    return ";".join(styles) + text\n'
    )
    _, _, candidates = _candidates(
        project,
        {"src/style.py": source},
        "src/style.py",
        ".join(",
        "sequence item 0: expected str instance, int found",
    )
    assert candidates[0].description == 'write the string "1", not the number'
    assert '        styles.append("1")\n' in candidates[0].new_source


def test_one_item_added_to_a_list_becomes_a_one_item_list(project):
    files = {"src/leb.py": "def terminated(data):\n    return data + 0\n"}
    _, _, found = _candidates(
        project, files, "src/leb.py", "data + 0", 'can only concatenate list (not "int") to list'
    )
    best = min(found, key=lambda c: c.priority)
    assert "    return data + [0]\n" in best.new_source
    assert best.description == "add 0 as a one-item list"


def test_an_object_that_cannot_be_hashed_is_keyed_by_its_identity(project):
    files = {
        "src/dot.py": """\
            class Dot(dict):
                def __eq__(self, other):
                    return dict.__eq__(self, other)

                def to_dict(self, seen=None):
                    seen = {} if seen is None else seen
                    d = {}
                    seen[self] = d
                    return d
            """
    }
    _, _, found = _candidates(project, files, "src/dot.py", "seen[self] = d", "unhashable type: 'Dot'")
    best = min(found, key=lambda c: c.priority)
    assert "        seen[id(self)] = d\n" in best.new_source
    assert best.description == "key by the identity id(self)"


def test_bytes_wanted_by_a_call_written_over_several_lines_encode_the_argument_on_its_own_line(project):
    files = {
        "src/lexer.py": """
            def fail(chars, pos, token):
                raise UnicodeDecodeError(
                    "latex",
                    chars,
                    pos - len(token),
                    pos,
                    "unknown token",
                )
            """,
    }
    files, line, candidates = _candidates(
        project,
        files,
        "src/lexer.py",
        "raise UnicodeDecodeError(",
        "a bytes-like object is required, not 'str'",
    )
    best = candidates[0]
    assert best.line == line + 2
    assert "        chars.encode(),\n" in best.new_source
    # Arithmetic is never the text; the codec's name, a literal, comes after the variables.
    assert not any("pos - len(token)" in c.description for c in candidates)
    order = [c.description.split(" to bytes")[0] for c in candidates]
    assert order.index("encode pos") < order.index('encode "latex"')


def test_a_string_the_function_indexes_is_measured_where_a_count_is_wanted(project):
    source = (
        "def chunks(line, step):\n"
        "    out = []\n"
        "    for i in range(0, line, step):\n"
        "        out.append(line[i : i + step])\n"
        "    return out\n"
    )
    _, line, candidates = _candidates(
        project,
        {"src/wrap.py": source},
        "src/wrap.py",
        "range(",
        "'str' object cannot be interpreted as an integer",
    )
    assert candidates[0].description == "pass the length of line as the argument of range"
    assert split_lines(candidates[0].new_source)[line - 1] == "    for i in range(0, len(line), step):\n"


def test_a_list_given_as_a_repeat_count_is_measured_before_it_is_converted(project):
    source = "def blank(items):\n    return [None] * items\n"
    _, line, candidates = _candidates(
        project,
        {"src/blank.py": source},
        "src/blank.py",
        "[None]",
        "can't multiply sequence by non-int of type 'list'",
    )
    assert split_lines(candidates[0].new_source)[line - 1] == "    return [None] * len(items)\n"


def test_values_a_builtin_takes_as_one_iterable_are_packed_into_a_tuple(project):
    source = 'def pairs(tags, obj):\n    return ["=".join(tag, repr(getattr(obj, tag))) for tag in tags]\n'
    _, line, candidates = _candidates(
        project,
        {"src/show.py": source},
        "src/show.py",
        '"=".join(',
        "str.join() takes exactly one argument (2 given)",
    )
    assert split_lines(candidates[0].new_source)[line - 1] == (
        '    return ["=".join((tag, repr(getattr(obj, tag)))) for tag in tags]\n'
    )


def test_a_run_of_surplus_arguments_is_packed_only_where_the_builtin_takes_an_iterable(project):
    source = "def total(a, b, start):\n    return sum(a, b, start)\n"
    _, line, candidates = _candidates(
        project, {"src/add.py": source}, "src/add.py", "sum(", "sum() takes at most 2 arguments (3 given)"
    )
    lines = [split_lines(c.new_source)[line - 1] for c in candidates]
    assert "    return sum((a, b), start)\n" in lines
    assert "    return sum(a, (b, start))\n" not in lines  # sum's start is a number, not an iterable


def test_a_str_given_where_bytes_are_built_is_encoded_as_the_module_encodes(project):
    source = (
        "def letters(text):\n"
        "    if text.isupper():\n"
        "        return bytes(text)\n"
        "    return text.upper().encode('ascii')\n"
    )
    _, line, candidates = _candidates(
        project,
        {"src/letters.py": source},
        "src/letters.py",
        "bytes(text)",
        "string argument without an encoding",
    )
    assert split_lines(candidates[0].new_source)[line - 1] == "        return text.encode('ascii')\n"
    assert split_lines(candidates[1].new_source)[line - 1] == "        return bytes(text, 'ascii')\n"


def test_a_comma_typed_for_a_plus_makes_one_argument_of_two(project):
    source = (
        "class Value:\n"
        "    @staticmethod\n"
        "    def success(index, actual):\n"
        "        return (index, actual)\n"
        "\n"
        "    def join(self, other):\n"
        "        return Value.success(other.index, self.value, other.value)\n"
    )
    _, line, candidates = _candidates(
        project,
        {"src/value.py": source},
        "src/value.py",
        "Value.success(other",
        "Value.success() takes 2 positional arguments but 3 were given",
    )
    fixed = "        return Value.success(other.index, self.value + other.value)\n"
    assert fixed in [split_lines(c.new_source)[line - 1] for c in candidates]
    # One comma too many: the call's first comma is an operator too, never both.
    assert all(c.new_source.count(" + ") <= 1 for c in candidates)


def test_a_builtin_that_takes_one_object_gets_the_comma_read_as_a_plus_never_a_tuple(project):
    source = 'def frame(out, line):\n    out.append("| " + line, "|")\n'
    _, line, candidates = _candidates(
        project,
        {"src/frame.py": source},
        "src/frame.py",
        "out.append(",
        "list.append() takes exactly one argument (2 given)",
    )
    lines = [split_lines(c.new_source)[line - 1] for c in candidates]
    assert '    out.append("| " + line + "|")\n' in lines
    assert not any('append(("|' in text for text in lines)  # a tuple appended is no fix


def test_it_packs_the_values_pushed_one_by_one_into_the_tuple_shape_the_heap_already_holds(project):
    # Synthetic (not a dev case): a timer wheel whose heap holds (when, sequence, callback) entries.
    source = """
        import heapq
        import itertools


        def run_due(now, timers):
            seq = itertools.count()
            due = [(0.0, next(seq), None)]
            for when, callback in timers:
                heapq.heappush(due, when + now, next(seq), callback)
            return due
        """
    _, _, candidates = _candidates(
        project,
        {"src/wheel.py": source},
        "src/wheel.py",
        "heapq.heappush(due",
        "heappush expected 2 arguments, got 4",
    )
    assert "heapq.heappush(due, (when + now, next(seq), callback))" in candidates[0].new_source


def test_it_does_not_pack_values_pushed_to_a_container_of_unknown_item_shape(project):
    source = """
        import heapq


        def push_all(values):
            heap = []
            for a, b in values:
                heapq.heappush(heap, a, b)
            return heap
        """
    _, _, candidates = _candidates(
        project,
        {"src/heap.py": source},
        "src/heap.py",
        "heapq.heappush(heap",
        "heappush expected 2 arguments, got 3",
    )
    assert not any("heappush(heap, (a, b))" in c.new_source for c in candidates)


def test_it_adds_the_comma_a_parenthesised_single_item_needs_to_be_a_tuple(project):
    # Synthetic (not a dev case): a breadcrumb trail of page objects grown by one page.
    source = """
        class Page:
            def __init__(self, title, trail=()):
                self.title = title
                self.trail = trail

            def child(self, title):
                return Page(title, self.trail + (self))
        """
    _, _, candidates = _candidates(
        project,
        {"src/site.py": source},
        "src/site.py",
        "self.trail + (self)",
        'can only concatenate tuple (not "Page") to tuple',
    )
    assert "Page(title, self.trail + (self,))" in candidates[0].new_source
    # ... and in the display form a linter asks for (RUF005), for projects that lint for it.
    assert "Page(title, (*self.trail, self))" in candidates[1].new_source


def test_it_adds_an_object_to_a_list_as_a_one_item_list(project):
    source = """
        class Job:
            pass


        def queue_after(jobs, job):
            return jobs + job
        """
    _, _, candidates = _candidates(
        project,
        {"src/jobs.py": source},
        "src/jobs.py",
        "return jobs + job",
        'can only concatenate list (not "Job") to list',
    )
    assert "return jobs + [job]" in candidates[0].new_source


ARCS = (
    "class Arcs:\n"
    "    def __init__(self, parts):\n"
    "        self.parts = tuple(parts)\n\n"
    "    def __add__(self, more):\n"
    "        return Arcs(self.parts + tuple(more))\n\n"
    "    def __len__(self):\n"
    "        return len(self.parts)\n\n\n"
    "ROOT = Arcs((1, 3, 6))\n"
)


def test_it_concatenates_an_object_built_on_a_sequence_with_a_tuple_display(project):
    # `//` between such an object and a tuple: concatenation is the one operation the pair has.
    _, _, divided = _candidates(
        project,
        {"src/arcs.py": ARCS + "CHILD = ROOT // (4,)\n"},
        "src/arcs.py",
        "ROOT // (4,)",
        "unsupported operand type(s) for //: 'Arcs' and 'tuple'",
    )
    assert divided and divided[0].description == "use + instead of //"
    assert "CHILD = ROOT + (4,)\n" in divided[0].new_source
    # `*` with a tuple display: the object is no repeat count, `+` before measuring it with len().
    _, _, repeated = _candidates(
        project,
        {"src/arcs.py": ARCS + "CHILD = ROOT * (4,)\n"},
        "src/arcs.py",
        "ROOT * (4,)",
        "can't multiply sequence by non-int of type 'Arcs'",
    )
    described = [c.description for c in repeated]
    assert described[0] == "use + instead of *" and "CHILD = ROOT + (4,)\n" in repeated[0].new_source
    assert any("as the repeat count" in d for d in described[1:])
    # A builtin collection as the count stays measured first (`[None] * items`), with no `+`.
    _, _, counted = _candidates(
        project,
        {"src/pad.py": "def blank(items):\n    return [None] * items\n"},
        "src/pad.py",
        "[None] * items",
        "can't multiply sequence by non-int of type 'list'",
    )
    assert "use + instead of *" not in [c.description for c in counted]
    # Two numbers, or a str and an int, keep their own operators.
    _, _, text = _candidates(
        project,
        {"src/names.py": "def tag(name, size):\n    return name // size\n"},
        "src/names.py",
        "name // size",
        "unsupported operand type(s) for //: 'str' and 'int'",
    )
    assert "use + instead of //" not in [c.description for c in text]


@pytest.mark.parametrize(
    "message",
    [
        "stat: path should be string, bytes, os.PathLike or integer, not NoneType",
        "expected str, bytes or os.PathLike object, not NoneType",
    ],
)
def test_it_flips_the_guard_that_skipped_the_default_of_a_none_the_os_module_refuses(project, message):
    # `if folder:` written for `if not folder:`: the default directory is made only when one is
    # given, and a call of the os module gets the None it was meant to replace.
    _, _, candidates = _candidates(
        project,
        {
            "src/store.py": """
            import os
            import tempfile


            def open_store(folder=None):
                if folder:
                    folder = tempfile.mkdtemp()
                if not os.path.exists(folder):
                    os.makedirs(folder)
                return folder
            """
        },
        "src/store.py",
        "os.path.exists(folder)",
        message,
    )
    wanted = "    if not folder:"
    assert any(wanted in c.new_source.splitlines() for c in candidates)


@pytest.mark.parametrize(
    "statement", ["return patch + 1", "return patch + -1", "return patch + 2.5", "patch += 1"]
)
def test_it_never_converts_a_written_number_added_to_text(project, statement):
    # `patch + 1` where patch holds text: str(1) would give '31' for '3' + 1, a wrong program; the text
    # is what to convert (to int), which the other branch offers first.
    files = {"src/version.py": f"def bump(patch):\n    {statement}\n    return patch\n"}
    _, _, candidates = _candidates(
        project, files, "src/version.py", statement, 'can only concatenate str (not "int") to str'
    )
    assert not any("str(" in c.new_source for c in candidates)
    if "+=" not in statement:
        assert "int(patch)" in candidates[0].new_source or "float(patch)" in candidates[0].new_source


def test_it_still_converts_a_named_number_added_to_text(project):
    files = {"src/label.py": "def label(name, count):\n    return name + count\n"}
    _, _, candidates = _candidates(
        project, files, "src/label.py", "name + count", 'can only concatenate str (not "int") to str'
    )
    assert any("name + str(count)" in c.new_source for c in candidates)
