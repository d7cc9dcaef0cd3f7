"""Missing, extra and misnamed arguments: values synthesised from what is in scope at the call."""

from __future__ import annotations

import ast
import textwrap

import pytest

from healer.engine.fixers.arguments import compatible, parameter_type, values_for
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile, split_lines
from healer.engine.fixers.names import closest, similarity, tokens
from healer.engine.fixers.type_errors import TypeErrorFixer
from healer.engine.types import BugType, CheckReport, Failure

TEST = "tests/test_app.py"


def _candidates(project, files, file, needle, message):
    files = {k: textwrap.dedent(v).lstrip("\n") for k, v in files.items()}
    files.setdefault(TEST, "def test_it():\n    pass\n")
    ws = project(files)
    line = next(n for n, text in enumerate(split_lines(files[file]), 1) if needle in text)
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=file,
        line=line,
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={"exception": {"type": "TypeError", "message": message}, "frames": []},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}))
    return TypeErrorFixer().candidates(failure, ctx)


def test_it_passes_the_callee_modules_constant_and_imports_it(project):
    candidates = _candidates(
        project,
        {
            "src/billing/__init__.py": "",
            "src/billing/rates.py": """
                VAT_RATE = 0.2
                LIMIT = 3


                def vat(net: float, rate: float) -> float:
                    return round(net * rate, 2)
                """,
            "src/billing/invoice.py": """
                from billing.rates import vat


                class Invoice:
                    def __init__(self, fx_rate=1.0):
                        self.fx_rate = fx_rate

                    def gross(self, net):
                        return net + vat(net)
                """,
        },
        "src/billing/invoice.py",
        "vat(net)",
        "vat() missing 1 required positional argument: 'rate'",
    )
    best = candidates[0]
    assert best.new_source.startswith("from billing.rates import VAT_RATE, vat\n")
    assert "        return net + vat(net, VAT_RATE)\n" in best.new_source
    assert "vat(net, self.fx_rate)" in candidates[1].new_source


def test_it_prefers_the_value_whose_name_matches_over_one_that_merely_fits(project):
    candidates = _candidates(
        project,
        {
            "src/stock.py": """
                LOW_STOCK_THRESHOLD = 5
                MAX_ITEMS = 100


                def restock_needed(qty: int, threshold: int) -> bool:
                    return qty < threshold


                def low(levels):
                    return sorted(sku for sku, qty in levels.items() if restock_needed(qty))
                """
        },
        "src/stock.py",
        "restock_needed(qty))",
        "restock_needed() missing 1 required positional argument: 'threshold'",
    )
    assert "restock_needed(qty, LOW_STOCK_THRESHOLD)" in candidates[0].new_source
    assert candidates[0].description == "pass LOW_STOCK_THRESHOLD as the second argument of restock_needed"


def test_it_passes_a_keyword_only_argument_from_self(project):
    candidates = _candidates(
        project,
        {
            "src/ledger.py": """
                def money(cents, *, currency):
                    return f"{cents / 100:.2f} {currency}"


                class Ledger:
                    def __init__(self, currency="EUR"):
                        self.currency = currency

                    def balance(self, cents):
                        return money(cents)
                """
        },
        "src/ledger.py",
        "return money(cents)",
        "money() missing 1 required keyword-only argument: 'currency'",
    )
    assert "        return money(cents, currency=self.currency)\n" in candidates[0].new_source


def test_it_falls_back_to_values_of_a_fitting_type_when_no_name_is_alike(project):
    candidates = _candidates(
        project,
        {
            "src/canvas.py": """
                def describe(label, precision):
                    return f"{label}: {1.2345:.{precision}f}"


                class Canvas:
                    def __init__(self, decimals=2):
                        self.decimals = decimals
                        self.title = "shapes"

                    def legend(self, label):
                        return describe(label)
                """
        },
        "src/canvas.py",
        "return describe(label)",
        "describe() missing 1 required positional argument: 'precision'",
    )
    texts = [c.new_source for c in candidates]
    assert any("describe(label, self.decimals)" in t for t in texts)
    # `precision` is a format precision (a number): the str attribute is never offered.
    assert not any("describe(label, self.title)" in t for t in texts)


def test_it_renames_a_keyword_to_the_parameter_the_call_leaves_without_a_value(project):
    candidates = _candidates(
        project,
        {
            "src/bus.py": """
                class Bus:
                    def subscribe(self, event, handler):
                        pass


                def build(render):
                    bus = Bus()
                    bus.subscribe(event="refund", callback=render)
                    return bus
                """
        },
        "src/bus.py",
        "bus.subscribe(",
        "Bus.subscribe() got an unexpected keyword argument 'callback'",
    )
    assert '    bus.subscribe(event="refund", handler=render)\n' in candidates[0].new_source


def test_values_are_ranked_by_name_then_type_and_exclude_what_is_passed():
    source = textwrap.dedent(
        """
        RATES = {"a": 0.2}
        TAX_RATE = 0.2


        def tax(net, rate):
            return net * rate


        def total(net, tax_rate_text: str, rate_hint: float):
            return tax(net)
        """
    ).lstrip()
    sf = SourceFile.parse("m.py", source)
    call = next(
        n for n in ast.walk(sf.tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "tax"
    )
    callee = next(n for n in sf.tree.body if isinstance(n, ast.FunctionDef) and n.name == "tax")
    values = values_for(
        sf=sf,
        line=call.lineno,
        call=call,
        param="rate",
        callee="tax",
        callee_def=callee,
        callee_sf=sf,
        callee_module="m",
    )
    texts = [v.text for v in values]
    assert texts[0] in ("TAX_RATE", "rate_hint")
    assert "net" not in texts  # already passed
    assert "RATES" not in texts and "tax_rate_text" not in texts  # a dict / a str is not a number


@pytest.mark.parametrize(
    ("wanted", "offered", "verdict"),
    [("float", "int", True), ("int", "float", False), ("number", "dict", False), ("str", "", None)],
)
def test_compatible_types(wanted, offered, verdict):
    assert compatible(wanted, offered) is verdict


def test_parameter_type_reads_annotations_defaults_and_use():
    tree = ast.parse("def f(a: 'list[int]', b=2.0, *, c, d: str | None = None):\n    return c * 2\n")
    func = tree.body[0]
    assert [parameter_type(func, p) for p in "abcd"] == ["list", "float", "number", "str"]


def test_name_similarity_ranks_words_abbreviations_and_spelling():
    assert tokens("maxWidth") == ["max", "width"] and tokens("VAT_RATE") == ["vat", "rate"]
    assert similarity("maxWidth", "max_width") == 0.95
    assert similarity("collapse_ws", "collapse_whitespace") > 0.8
    assert similarity("precision", "decimals") < 0.45
    assert closest("normalize", ["normalise", "numbers", "nominal"]) == ["normalise"]


def test_closest_breaks_ties_by_spelling():
    assert closest("getargspec", ["getargs", "getfullargspec"], limit=1) == ["getfullargspec"]


def test_it_passes_what_the_files_other_calls_pass_for_that_parameter(project):
    # sqids: decode lost __to_number's alphabet; encode passes `alphabet[1:]` to __to_id's
    # parameter of the same name, and that (not the bare `alphabet`) is what decode meant.
    candidates = _candidates(
        project,
        {
            "src/codec.py": """
                class Codec:
                    def encode(self, num, alphabet):
                        return self.__to_id(num, alphabet[1:])

                    def decode(self, id_, alphabet):
                        return self.__to_number(id_)

                    def __to_id(self, num, alphabet):
                        return alphabet[num]

                    def __to_number(self, id_, alphabet):
                        return alphabet.index(id_)
                """
        },
        "src/codec.py",
        "self.__to_number(id_)",
        "Codec.__to_number() missing 1 required positional argument: 'alphabet'",
    )
    lines = [c.new_source.splitlines()[5] for c in candidates]
    assert lines[:2] == [
        "        return self.__to_number(id_, alphabet[1:])",
        "        return self.__to_number(id_, alphabet)",
    ]
