"""Development set for TYPE_ERROR root causes, missing arguments and IMPORT errors of real code.

Small multi-file projects written by hand, with bugs of the kinds that real Python code
has (a bound method stored uncalled, an environment string used as a number, a py2-era or
pre-3.10 import, a sibling module imported by its bare name...). The bugs were written from
general knowledge of such bugs, before and independently of the fixers' candidate lists.

Write it out with `python -m tests.engine.devsets var/devset-types` and score it with
`manage.py healbench var/devset-types`.
"""

from __future__ import annotations

from tests.engine.devsets.builder import Bug, Case

TE, IMP = "TYPE_ERROR", "IMPORT"

CART = Case(
    name="c01-cart",
    notes="a bound method stored without calling it; a call missing an argument held by self",
    files={
        "src/cart/__init__.py": "",
        "src/cart/models.py": """
            from dataclasses import dataclass


            @dataclass
            class Item:
                sku: str
                price: float
                qty: int = 1

                def line_total(self) -> float:
                    return round(self.price * self.qty, 2)
            """,
        "src/cart/pricing.py": """
            TAX_RATE = 0.2
            FREE_SHIPPING_OVER = 50.0


            def shipping_for(subtotal: float, flat_rate: float) -> float:
                if subtotal >= FREE_SHIPPING_OVER:
                    return 0.0
                return flat_rate


            def tax_on(amount: float, rate: float = TAX_RATE) -> float:
                return round(amount * rate, 2)
            """,
        "src/cart/cart.py": """
            from cart.pricing import shipping_for, tax_on


            class Cart:
                def __init__(self, flat_rate: float = 4.5) -> None:
                    self.items = []
                    self.flat_rate = flat_rate

                def add(self, item) -> None:
                    self.items.append(item)

                def subtotal(self) -> float:
                    return round(sum(item.line_total() for item in self.items), 2)

                def summary(self) -> dict:
                    subtotal = self.subtotal()
                    shipping = shipping_for(subtotal, self.flat_rate)
                    tax = tax_on(subtotal)
                    total = round(subtotal + shipping + tax, 2)
                    return {"subtotal": subtotal, "shipping": shipping, "tax": tax, "total": total}
            """,
        "tests/test_cart.py": """
            from cart.cart import Cart
            from cart.models import Item


            def test_small_cart_pays_shipping():
                cart = Cart()
                cart.add(Item("pen", 2.5, 4))
                assert cart.summary() == {"subtotal": 10.0, "shipping": 4.5, "tax": 2.0, "total": 16.5}


            def test_big_cart_ships_free():
                cart = Cart(flat_rate=6)
                cart.add(Item("lamp", 40.0))
                cart.add(Item("bulb", 5.0, 2))
                assert cart.summary()["shipping"] == 0.0
                assert cart.summary()["total"] == 60.0


            def test_subtotal():
                cart = Cart()
                cart.add(Item("a", 1.25, 2))
                assert cart.subtotal() == 2.5
            """,
    },
    bugs=(
        Bug(
            "src/cart/cart.py",
            "subtotal = self.subtotal()",
            "subtotal = self.subtotal",
            TE,
            "call self.subtotal()",
            "bound method stored, compared with a float in pricing.shipping_for",
            "TypeError",
        ),
        Bug(
            "src/cart/cart.py",
            "shipping_for(subtotal, self.flat_rate)",
            "shipping_for(subtotal)",
            TE,
            "pass self.flat_rate as the second argument of shipping_for",
            "missing argument",
            "TypeError",
        ),
    ),
)

CATALOG = Case(
    name="c02-catalog",
    notes="an environment string used as a page size two modules away; a stale name in an import",
    files={
        "src/catalog/__init__.py": "",
        "src/catalog/settings.py": """
            from dataclasses import dataclass

            DEFAULT_PAGE_SIZE = 20


            @dataclass(frozen=True)
            class Settings:
                page_size: int
                title: str


            def load_settings(environ) -> Settings:
                return Settings(
                    page_size=int(environ.get("CATALOG_PAGE_SIZE", DEFAULT_PAGE_SIZE)),
                    title=environ.get("CATALOG_TITLE", "Catalog"),
                )
            """,
        "src/catalog/pages.py": """
            def page_count(total: int, page_size: int) -> int:
                return -(-total // page_size)


            def page(items, number: int, page_size: int):
                start = (number - 1) * page_size
                return items[start : start + page_size]
            """,
        "src/catalog/views.py": """
            from catalog.pages import page, page_count
            from catalog.settings import load_settings


            def listing(products, number, environ):
                settings = load_settings(environ)
                return {
                    "title": settings.title,
                    "pages": page_count(len(products), settings.page_size),
                    "items": page(products, number, settings.page_size),
                }
            """,
        "tests/test_views.py": """
            from catalog.views import listing

            PRODUCTS = [f"p{n}" for n in range(12)]


            def test_default_page_size():
                result = listing(PRODUCTS, 1, {})
                assert result == {"title": "Catalog", "pages": 1, "items": PRODUCTS}


            def test_page_size_from_the_environment():
                result = listing(PRODUCTS, 3, {"CATALOG_PAGE_SIZE": "5", "CATALOG_TITLE": "Shop"})
                assert result == {"title": "Shop", "pages": 3, "items": ["p10", "p11"]}
            """,
    },
    bugs=(
        Bug(
            "src/catalog/settings.py",
            'page_size=int(environ.get("CATALOG_PAGE_SIZE", DEFAULT_PAGE_SIZE)),',
            'page_size=environ.get("CATALOG_PAGE_SIZE", DEFAULT_PAGE_SIZE),',
            TE,
            "convert the environment value to int",
            "a str page size reaches page_count and page",
            "TypeError",
        ),
        Bug(
            "src/catalog/views.py",
            "from catalog.pages import page, page_count\n",
            "from catalog.pages import PAGE_LIMIT, page, page_count\n",
            IMP,
            "remove PAGE_LIMIT from the import",
            "a name the module no longer defines, never used",
            "ImportError",
        ),
    ),
)

ROSTER = Case(
    name="c03-roster",
    notes="objects where strings are expected (the wrong attribute); a sibling imported by its bare name",
    files={
        "src/roster/__init__.py": "",
        "src/roster/models.py": """
            from dataclasses import dataclass, field


            @dataclass
            class Member:
                name: str
                email: str
                active: bool = True


            @dataclass
            class Team:
                name: str
                members: list[Member] = field(default_factory=list)
            """,
        "src/roster/queries.py": """
            def member_names(team):
                return [member.name for member in team.members if member.active]


            def emails(team):
                return sorted(member.email for member in team.members)
            """,
        "src/roster/render.py": """
            from .queries import member_names


            def roster_line(team):
                return f"{team.name}: " + ", ".join(member_names(team))


            def has_member(team, name):
                return name in member_names(team)
            """,
        "tests/test_render.py": """
            from roster.models import Member, Team
            from roster.render import has_member, roster_line

            TEAM = Team("Core", [Member("Ada", "ada@x.org"), Member("Bob", "bob@x.org", active=False)])


            def test_roster_line():
                assert roster_line(TEAM) == "Core: Ada"


            def test_has_member():
                assert has_member(TEAM, "Ada")
                assert not has_member(TEAM, "Bob")
            """,
    },
    bugs=(
        Bug(
            "src/roster/queries.py",
            "[member.name for member in team.members if member.active]",
            "[member for member in team.members if member.active]",
            TE,
            "use member.name",
            "Member objects joined as strings",
            "TypeError",
        ),
        Bug(
            "src/roster/render.py",
            "from .queries import member_names",
            "from queries import member_names",
            IMP,
            "import member_names from the sibling module .queries",
            "sibling module imported by its bare name",
            "ModuleNotFoundError",
        ),
    ),
)

HOOKS = Case(
    name="c04-hooks",
    notes="a handler factory passed instead of the handler it makes; a renamed keyword",
    files={
        "src/hooks/__init__.py": "",
        "src/hooks/bus.py": """
            class EventBus:
                def __init__(self):
                    self._handlers = {}

                def subscribe(self, event, handler):
                    self._handlers.setdefault(event, []).append(handler)

                def publish(self, event, payload):
                    return [handler(payload) for handler in self._handlers.get(event, [])]
            """,
        "src/hooks/handlers.py": """
            def make_counter():
                seen = []

                def count(payload):
                    seen.append(payload)
                    return len(seen)

                return count


            def make_formatter(prefix):
                def render(payload):
                    return f"{prefix}{payload['id']}"

                return render
            """,
        "src/hooks/app.py": """
            from hooks.bus import EventBus
            from hooks.handlers import make_counter, make_formatter


            def build_bus():
                bus = EventBus()
                bus.subscribe("order", make_counter())
                bus.subscribe("order", make_formatter("order #"))
                bus.subscribe(event="refund", handler=make_formatter("refund #"))
                return bus
            """,
        "tests/test_app.py": """
            from hooks.app import build_bus


            def test_order_handlers():
                bus = build_bus()
                assert bus.publish("order", {"id": 7}) == [1, "order #7"]
                assert bus.publish("order", {"id": 8}) == [2, "order #8"]


            def test_refund_handler():
                assert build_bus().publish("refund", {"id": 3}) == ["refund #3"]
            """,
    },
    bugs=(
        Bug(
            "src/hooks/app.py",
            'bus.subscribe("order", make_counter())',
            'bus.subscribe("order", make_counter)',
            TE,
            "call make_counter() to make the handler",
            "the factory is called with the payload by publish",
            "TypeError",
        ),
        Bug(
            "src/hooks/app.py",
            'handler=make_formatter("refund #")',
            'callback=make_formatter("refund #")',
            TE,
            "pass the handler as handler=",
            "keyword of an older signature",
            "TypeError",
        ),
    ),
)

GRADES = Case(
    name="c05-grades",
    notes="a generator passed where a list is needed; a number where a list is expected (wrong attribute)",
    files={
        "src/grades/__init__.py": "",
        "src/grades/stats.py": """
            def summarize(values):
                if not values:
                    return {"n": 0, "mean": None, "best": None}
                return {"n": len(values), "mean": round(sum(values) / len(values), 2), "best": max(values)}
            """,
        "src/grades/student.py": """
            from dataclasses import dataclass, field


            @dataclass
            class Student:
                name: str
                scores: list[int] = field(default_factory=list)

                @property
                def score(self) -> float:
                    return sum(self.scores) / len(self.scores) if self.scores else 0.0
            """,
        "src/grades/report.py": """
            from grades.stats import summarize


            def class_summary(students):
                return summarize([student.score for student in students])


            def spread(student):
                return max(student.scores) - min(student.scores)
            """,
        "tests/test_report.py": """
            from grades.report import class_summary, spread
            from grades.student import Student

            CLASS = [Student("a", [10, 20]), Student("b", [30, 40, 50])]


            def test_class_summary():
                assert class_summary(CLASS) == {"n": 2, "mean": 27.5, "best": 40.0}


            def test_empty_class():
                assert class_summary([]) == {"n": 0, "mean": None, "best": None}


            def test_spread():
                assert spread(CLASS[1]) == 20
            """,
    },
    bugs=(
        Bug(
            "src/grades/report.py",
            "summarize([student.score for student in students])",
            "summarize(student.score for student in students)",
            TE,
            "pass a list to summarize",
            "a generator has no len()",
            "TypeError",
        ),
        Bug(
            "src/grades/report.py",
            "max(student.scores) - min(student.scores)",
            "max(student.score) - min(student.scores)",
            TE,
            "use student.scores",
            "the average is not iterable",
            "TypeError",
        ),
    ),
)

BILLING = Case(
    name="c06-billing",
    notes="missing arguments whose values are a module constant and a self attribute",
    files={
        "src/billing/__init__.py": "",
        "src/billing/rates.py": """
            VAT_RATE = 0.2


            def vat(net: float, rate: float) -> float:
                return round(net * rate, 2)


            def convert(amount: float, fx_rate: float, *, precision: int = 2) -> float:
                return round(amount * fx_rate, precision)
            """,
        "src/billing/invoice.py": """
            from billing.rates import VAT_RATE, convert, vat


            class Invoice:
                def __init__(self, lines, currency="EUR", fx_rate=1.0):
                    self.lines = lines
                    self.currency = currency
                    self.fx_rate = fx_rate

                def net(self):
                    return round(sum(qty * price for qty, price in self.lines), 2)

                def total(self):
                    net = self.net()
                    gross = net + vat(net, VAT_RATE)
                    return convert(gross, self.fx_rate)
            """,
        "tests/test_invoice.py": """
            from billing.invoice import Invoice


            def test_total_in_euros():
                assert Invoice([(2, 10.0), (1, 5.0)]).total() == 30.0


            def test_total_converted():
                assert Invoice([(1, 100.0)], currency="USD", fx_rate=1.1).total() == 132.0
            """,
    },
    bugs=(
        Bug(
            "src/billing/invoice.py",
            "vat(net, VAT_RATE)",
            "vat(net)",
            TE,
            "pass VAT_RATE as the rate",
            "missing argument",
            "TypeError",
        ),
        Bug(
            "src/billing/invoice.py",
            "convert(gross, self.fx_rate)",
            "convert(gross)",
            TE,
            "pass self.fx_rate",
            "missing argument",
            "TypeError",
        ),
    ),
)

LEGACY = Case(
    name="c07-legacy",
    notes="names that moved between standard-library modules; one imported inside a function",
    files={
        "src/legacy/__init__.py": "",
        "src/legacy/structures.py": """
            from collections import OrderedDict
            from collections.abc import Mapping


            def flatten(mapping, prefix=""):
                flat = OrderedDict()
                for key, value in mapping.items():
                    if isinstance(value, Mapping):
                        flat.update(flatten(value, f"{prefix}{key}."))
                    else:
                        flat[f"{prefix}{key}"] = value
                return flat
            """,
        "src/legacy/fractions_util.py": """
            from math import gcd


            def simplify(numerator, denominator):
                divisor = gcd(numerator, denominator)
                return numerator // divisor, denominator // divisor
            """,
        "src/legacy/web.py": """
            def render_comment(author, text):
                from html import escape

                return f"<p><b>{escape(author)}</b>: {escape(text)}</p>"
            """,
        "tests/test_legacy.py": """
            from legacy.fractions_util import simplify
            from legacy.structures import flatten
            from legacy.web import render_comment


            def test_flatten():
                assert dict(flatten({"a": {"b": 1, "c": {"d": 2}}, "e": 3})) == {"a.b": 1, "a.c.d": 2, "e": 3}


            def test_simplify():
                assert simplify(6, 8) == (3, 4)


            def test_render_comment():
                assert render_comment("<ann>", "a & b") == "<p><b>&lt;ann&gt;</b>: a &amp; b</p>"
            """,
    },
    bugs=(
        Bug(
            "src/legacy/structures.py",
            "from collections import OrderedDict\nfrom collections.abc import Mapping\n",
            "from collections import Mapping, OrderedDict\n",
            IMP,
            "import Mapping from collections.abc",
            "collections.Mapping was removed in Python 3.10",
            "ImportError",
        ),
        Bug(
            "src/legacy/fractions_util.py",
            "from math import gcd",
            "from fractions import gcd",
            IMP,
            "import gcd from math",
            "fractions.gcd was removed in Python 3.9",
            "ImportError",
        ),
        Bug(
            "src/legacy/web.py",
            "from html import escape",
            "from cgi import escape",
            IMP,
            "import escape from html",
            "cgi.escape was removed in Python 3.8; fails only when called",
            "ImportError",
        ),
    ),
)

LINKS = Case(
    name="c08-links",
    notes="a Python 2 module name used as a module; a sibling module under a slightly different name",
    files={
        "src/links/__init__.py": "",
        "src/links/resolve.py": """
            import urllib.parse as urlparse

            from .normalise import normalise_path


            def absolute(base, href):
                return urlparse.urljoin(base, normalise_path(href))


            def host_of(url):
                return urlparse.urlsplit(url).hostname
            """,
        "src/links/normalise.py": """
            def normalise_path(href):
                while "//" in href:
                    href = href.replace("//", "/")
                return href
            """,
        "tests/test_resolve.py": """
            from links.resolve import absolute, host_of


            def test_absolute():
                assert absolute("https://example.org/a/", "b//c") == "https://example.org/a/b/c"


            def test_host_of():
                assert host_of("https://example.org:8080/x") == "example.org"
            """,
    },
    bugs=(
        Bug(
            "src/links/resolve.py",
            "import urllib.parse as urlparse",
            "import urlparse",
            IMP,
            "import urllib.parse as urlparse",
            "the Python 2 module urlparse is urllib.parse",
            "ModuleNotFoundError",
        ),
        Bug(
            "src/links/resolve.py",
            "from .normalise import normalise_path",
            "from .normalize import normalise_path",
            IMP,
            "import from .normalise",
            "the sibling module is spelt normalise",
            "ModuleNotFoundError",
        ),
    ),
)

TEXTKIT = Case(
    name="c09-textkit",
    notes="a package __init__ that cannot import hides every test; a renamed function; split not called",
    files={
        "src/textkit/__init__.py": """
            from textkit.titles import title_case
            from textkit.words import truncate_words

            __all__ = ["title_case", "truncate_words"]
            """,
        "src/textkit/spaces.py": """
            import re

            _RUNS = re.compile(r"\\s+")


            def collapse_whitespace(text):
                return _RUNS.sub(" ", text).strip()
            """,
        "src/textkit/titles.py": """
            from textkit.spaces import collapse_whitespace as collapse_ws

            SMALL = {"a", "an", "and", "of", "the"}


            def title_case(text):
                words = collapse_ws(text).split(" ")
                return " ".join(
                    w if i and w.lower() in SMALL else w.capitalize() for i, w in enumerate(words)
                )
            """,
        "src/textkit/words.py": """
            def truncate_words(text, limit, ellipsis="..."):
                words = text.split()
                if len(words) <= limit:
                    return " ".join(words)
                return " ".join(words[:limit]) + ellipsis
            """,
        "tests/test_titles.py": """
            from textkit import title_case


            def test_title_case():
                assert title_case("  the lord   of the rings ") == "The Lord of the Rings"
            """,
        "tests/test_words.py": """
            from textkit import truncate_words


            def test_short_text_is_kept():
                assert truncate_words("one  two", 3) == "one two"


            def test_long_text_is_cut():
                assert truncate_words("a b c d e", 2) == "a b..."
            """,
    },
    bugs=(
        Bug(
            "src/textkit/titles.py",
            "from textkit.spaces import collapse_whitespace as collapse_ws",
            "from textkit.spaces import collapse_ws",
            IMP,
            "import collapse_whitespace as collapse_ws",
            "the function was renamed in its module; the package cannot import",
            "ImportError",
        ),
        Bug(
            "src/textkit/words.py",
            "words = text.split()",
            "words = text.split",
            TE,
            "call text.split()",
            "the bound method is measured with len() and sliced",
            "TypeError",
        ),
    ),
)

LEDGER = Case(
    name="c10-ledger",
    notes="a bare sibling import inside a package; a tuple default concatenated to a list; missing kw-only",
    files={
        "src/ledger/__init__.py": """
            from .book import Ledger

            __all__ = ["Ledger"]
            """,
        "src/ledger/entry.py": """
            from dataclasses import dataclass


            @dataclass(frozen=True)
            class Entry:
                account: str
                amount: int
                memo: str = ""
            """,
        "src/ledger/money.py": """
            def money(cents, *, currency):
                sign = "-" if cents < 0 else ""
                return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d} {currency}"
            """,
        "src/ledger/book.py": """
            from .entry import Entry
            from .money import money

            BASE_COLUMNS = ["account", "amount"]


            class Ledger:
                def __init__(self, currency="EUR", extra_columns=None):
                    self.currency = currency
                    self.extra_columns = extra_columns or []
                    self.entries = []

                def post(self, account, amount, memo=""):
                    self.entries.append(Entry(account, amount, memo))

                def columns(self):
                    return BASE_COLUMNS + self.extra_columns

                def balance(self, account):
                    cents = sum(e.amount for e in self.entries if e.account == account)
                    return money(cents, currency=self.currency)
            """,
        "tests/test_ledger.py": """
            from ledger import Ledger


            def test_balance():
                book = Ledger()
                book.post("cash", 1050)
                book.post("cash", -200, "coffee")
                assert book.balance("cash") == "8.50 EUR"


            def test_columns():
                assert Ledger().columns() == ["account", "amount"]
                assert Ledger(extra_columns=["memo"]).columns() == ["account", "amount", "memo"]
            """,
    },
    bugs=(
        Bug(
            "src/ledger/book.py",
            "from .entry import Entry",
            "from entry import Entry",
            IMP,
            "import Entry from the sibling module .entry",
            "sibling module imported by its bare name",
            "ModuleNotFoundError",
        ),
        Bug(
            "src/ledger/book.py",
            "self.extra_columns = extra_columns or []",
            "self.extra_columns = extra_columns or ()",
            TE,
            "default to an empty list",
            "a tuple concatenated to a list in columns()",
            "TypeError",
        ),
        Bug(
            "src/ledger/book.py",
            "money(cents, currency=self.currency)",
            "money(cents)",
            TE,
            "pass currency=self.currency",
            "missing keyword-only argument",
            "TypeError",
        ),
    ),
)

STOCK = Case(
    name="c11-stock",
    notes="a module constant for a missing argument; an extra argument after a signature change",
    files={
        "src/stock/__init__.py": "",
        "src/stock/warehouse.py": """
            LOW_STOCK_THRESHOLD = 5


            def restock_needed(qty: int, threshold: int) -> bool:
                return qty < threshold


            class Warehouse:
                def __init__(self, name):
                    self.name = name
                    self.levels = {}

                def receive(self, sku, qty):
                    self.levels[sku] = self.levels.get(sku, 0) + qty

                def low(self):
                    return sorted(sku for sku, qty in self.levels.items() if restock_needed(qty, LOW_STOCK_THRESHOLD))
            """,
        "src/stock/delivery.py": """
            from dataclasses import dataclass


            @dataclass
            class Line:
                sku: str
                qty: int


            def book_delivery(warehouse, supplier, lines):
                for line in lines:
                    warehouse.receive(line.sku, line.qty)
                return f"{supplier}: {len(lines)} line(s)"
            """,
        "tests/test_stock.py": """
            from stock.delivery import Line, book_delivery
            from stock.warehouse import Warehouse


            def test_delivery_and_low_stock():
                wh = Warehouse("main")
                assert book_delivery(wh, "acme", [Line("bolt", 3), Line("nut", 40), Line("bolt", 1)]) == "acme: 3 line(s)"
                assert wh.levels == {"bolt": 4, "nut": 40}
                assert wh.low() == ["bolt"]
            """,
    },
    bugs=(
        Bug(
            "src/stock/warehouse.py",
            "restock_needed(qty, LOW_STOCK_THRESHOLD)",
            "restock_needed(qty)",
            TE,
            "pass LOW_STOCK_THRESHOLD",
            "missing argument",
            "TypeError",
        ),
        Bug(
            "src/stock/delivery.py",
            "warehouse.receive(line.sku, line.qty)",
            "warehouse.receive(line.sku, line.qty, supplier)",
            TE,
            "drop the extra argument supplier",
            "receive() no longer takes the supplier",
            "TypeError",
        ),
    ),
)

SHAPES = Case(
    name="c12-shapes",
    notes="an object where a str is expected (the label attribute); a missing argument named differently",
    files={
        "src/shapes/__init__.py": "",
        "src/shapes/geometry.py": """
            import math
            from dataclasses import dataclass


            @dataclass
            class Circle:
                label: str
                radius: float

                def area(self) -> float:
                    return math.pi * self.radius**2


            def describe(shape, precision):
                return f"{shape.label}: {shape.area():.{precision}f}"
            """,
        "src/shapes/canvas.py": """
            from shapes.geometry import describe


            class Canvas:
                def __init__(self, decimals=2):
                    self.decimals = decimals
                    self.shapes = []

                def add(self, shape):
                    self.shapes.append(shape)

                def legend(self):
                    return "\\n".join(describe(shape, self.decimals) for shape in self.shapes)

                def labels(self):
                    return ", ".join(sorted(shape.label for shape in self.shapes))
            """,
        "tests/test_canvas.py": """
            from shapes.canvas import Canvas
            from shapes.geometry import Circle


            def test_legend():
                canvas = Canvas(decimals=1)
                canvas.add(Circle("unit", 1))
                canvas.add(Circle("two", 2))
                assert canvas.legend() == "unit: 3.1\\ntwo: 12.6"


            def test_labels():
                canvas = Canvas()
                canvas.add(Circle("b", 1))
                canvas.add(Circle("a", 1))
                assert canvas.labels() == "a, b"
            """,
    },
    bugs=(
        Bug(
            "src/shapes/canvas.py",
            "describe(shape, self.decimals)",
            "describe(shape)",
            TE,
            "pass self.decimals as the precision",
            "missing argument named differently in scope",
            "TypeError",
        ),
        Bug(
            "src/shapes/canvas.py",
            "sorted(shape.label for shape in self.shapes)",
            "sorted(shape for shape in self.shapes)",
            TE,
            "sort the labels",
            "Circle objects sorted and joined instead of their labels",
            "TypeError",
        ),
    ),
)

CASES = (CART, CATALOG, ROSTER, HOOKS, GRADES, BILLING, LEGACY, LINKS, TEXTKIT, LEDGER, STOCK, SHAPES)
