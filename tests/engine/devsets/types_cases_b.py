"""Set B: written after the fixers of set A were built, and measured once before any tuning on it.

Same three families (TYPE_ERROR root causes, missing arguments, IMPORT errors of real code),
new projects and new shapes of the same kinds of bugs.
"""

from __future__ import annotations

from tests.engine.devsets.builder import Bug, Case

TE, IMP = "TYPE_ERROR", "IMPORT"

ORDERS = Case(
    name="b01-orders",
    files={
        "src/orders/__init__.py": "",
        "src/orders/model.py": """
            from dataclasses import dataclass, field


            @dataclass
            class Order:
                ref: str
                lines: list[tuple[int, float]] = field(default_factory=list)

                def total(self) -> float:
                    return round(sum(qty * price for qty, price in self.lines), 2)
            """,
        "src/orders/report.py": """
            def revenue(orders):
                totals = [order.total() for order in orders]
                return round(sum(totals), 2)


            def biggest(orders):
                return max(orders, key=lambda order: order.total()).ref
            """,
        "tests/test_report.py": """
            from orders.model import Order
            from orders.report import biggest, revenue

            ORDERS = [Order("a", [(2, 5.0)]), Order("b", [(1, 30.0), (1, 2.5)])]


            def test_revenue():
                assert revenue(ORDERS) == 42.5


            def test_biggest():
                assert biggest(ORDERS) == "b"
            """,
    },
    bugs=(
        Bug(
            "src/orders/report.py",
            "[order.total() for order in orders]",
            "[order.total for order in orders]",
            TE,
            "call order.total()",
            "bound methods summed",
            "TypeError",
        ),
    ),
)

NOTES = Case(
    name="b02-notes",
    files={
        "src/notes/__init__.py": "",
        "src/notes/note.py": """
            from dataclasses import dataclass


            @dataclass
            class Note:
                title: str
                body: str
                pinned: bool = False
            """,
        "src/notes/board.py": """
            class Board:
                def __init__(self, name):
                    self.name = name
                    self.notes = []

                def add(self, note):
                    self.notes.append(note)

                def titles(self):
                    return [note.title for note in self.notes]

                def heading(self):
                    pinned = [note.title for note in self.notes if note.pinned]
                    return self.name + ": " + ", ".join(pinned)
            """,
        "tests/test_board.py": """
            from notes.board import Board
            from notes.note import Note


            def _board():
                board = Board("home")
                board.add(Note("milk", "2 l", pinned=True))
                board.add(Note("call", "mum"))
                return board


            def test_heading():
                assert _board().heading() == "home: milk"


            def test_titles():
                assert _board().titles() == ["milk", "call"]
            """,
    },
    bugs=(
        Bug(
            "src/notes/board.py",
            "pinned = [note.title for note in self.notes if note.pinned]",
            "pinned = [note for note in self.notes if note.pinned]",
            TE,
            "use note.title",
            "Note objects joined as text",
            "TypeError",
        ),
    ),
)

INSPECTOR = Case(
    name="b03-inspector",
    files={
        "src/inspector/__init__.py": "",
        "src/inspector/sig.py": """
            from inspect import getfullargspec


            def arg_names(func):
                return getfullargspec(func).args


            def arity(func):
                return len(arg_names(func))
            """,
        "src/inspector/abc_check.py": """
            from collections.abc import Iterable


            def is_iterable(value):
                return isinstance(value, Iterable) and not isinstance(value, (str, bytes))
            """,
        "tests/test_inspector.py": """
            from inspector.abc_check import is_iterable
            from inspector.sig import arg_names, arity


            def f(a, b, c=1):
                return a


            def test_arg_names():
                assert arg_names(f) == ["a", "b", "c"]
                assert arity(f) == 3


            def test_is_iterable():
                assert is_iterable([1]) and not is_iterable("x") and not is_iterable(3)
            """,
    },
    bugs=(
        Bug(
            "src/inspector/sig.py",
            "from inspect import getfullargspec\n",
            "from inspect import getargspec as getfullargspec\n",
            IMP,
            "import getfullargspec",
            "inspect.getargspec was removed in Python 3.11",
            "ImportError",
        ),
        Bug(
            "src/inspector/abc_check.py",
            "from collections.abc import Iterable",
            "from collections import Iterable",
            IMP,
            "import Iterable from collections.abc",
            "collections.Iterable was removed in Python 3.10",
            "ImportError",
        ),
    ),
)

ENGINE = Case(
    name="b04-engine",
    files={
        "src/motor/__init__.py": """
            from .core import Engine, EngineFailure as EngineError

            __all__ = ["Engine", "EngineError"]
            """,
        "src/motor/core.py": """
            class EngineFailure(Exception):
                pass


            class Engine:
                def __init__(self, rpm_limit):
                    self.rpm_limit = rpm_limit

                def rev(self, rpm):
                    if rpm > self.rpm_limit:
                        raise EngineFailure(f"{rpm} rpm is over the limit")
                    return rpm
            """,
        "tests/test_engine.py": """
            import pytest

            from motor import Engine, EngineError


            def test_rev():
                assert Engine(6000).rev(3000) == 3000


            def test_over_the_limit():
                with pytest.raises(EngineError):
                    Engine(6000).rev(7000)
            """,
    },
    bugs=(
        Bug(
            "src/motor/__init__.py",
            "from .core import Engine, EngineFailure as EngineError",
            "from .core import Engine, EngineError",
            IMP,
            "import EngineFailure as EngineError",
            "the exception was renamed in its module; nothing can import the package",
            "ImportError",
        ),
    ),
)

GEO = Case(
    name="b05-geo",
    files={
        "src/geo/__init__.py": "",
        "src/geo/distance.py": """
            import math

            EARTH_RADIUS_KM = 6371.0


            def haversine(a, b, radius):
                lat1, lon1 = map(math.radians, a)
                lat2, lon2 = map(math.radians, b)
                h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
                return 2 * radius * math.asin(math.sqrt(h))
            """,
        "src/geo/route.py": """
            from geo.distance import EARTH_RADIUS_KM, haversine


            def route_length(points):
                return round(sum(haversine(a, b, EARTH_RADIUS_KM) for a, b in zip(points, points[1:])), 1)
            """,
        "tests/test_route.py": """
            from geo.route import route_length


            def test_route_length():
                assert route_length([(0, 0), (0, 1), (1, 1)]) == 222.4
            """,
    },
    bugs=(
        Bug(
            "src/geo/route.py",
            "haversine(a, b, EARTH_RADIUS_KM)",
            "haversine(a, b)",
            TE,
            "pass EARTH_RADIUS_KM as the radius",
            "missing argument",
            "TypeError",
        ),
    ),
)

SHOP = Case(
    name="b06-shop",
    files={
        "src/shop/__init__.py": "",
        "src/shop/prices.py": """
            def format_price(amount, currency):
                return f"{amount:.2f} {currency}"
            """,
        "src/shop/basket.py": """
            from . import prices


            class Basket:
                def __init__(self, currency="EUR"):
                    self.currency = currency
                    self.items = {}

                def put(self, name, price, qty=1):
                    self.items[name] = (price, self.items.get(name, (price, 0))[1] + qty)

                def total(self):
                    amount = sum(price * qty for price, qty in self.items.values())
                    return prices.format_price(amount, self.currency)
            """,
        "tests/test_basket.py": """
            from shop.basket import Basket


            def test_total():
                basket = Basket("USD")
                basket.put("tea", 2.5, 2)
                basket.put("tea", 2.5)
                assert basket.total() == "7.50 USD"
            """,
    },
    bugs=(
        Bug(
            "src/shop/basket.py",
            "from . import prices",
            "import prices",
            IMP,
            "import the sibling module prices from the package",
            "sibling module imported by its bare name",
            "ModuleNotFoundError",
        ),
        Bug(
            "src/shop/basket.py",
            "prices.format_price(amount, self.currency)",
            "prices.format_price(amount)",
            TE,
            "pass self.currency",
            "missing argument",
            "TypeError",
        ),
    ),
)

POINTS = Case(
    name="b07-points",
    files={
        "src/plane/__init__.py": "",
        "src/plane/point.py": """
            from dataclasses import dataclass


            @dataclass(frozen=True)
            class Point:
                x: float
                y: float

                def shifted(self, dx, dy):
                    return Point(self.x + dx, self.y + dy)
            """,
        "src/plane/parse.py": """
            from plane.point import Point


            def parse_point(text):
                x_text, y_text = text.split(",")
                x, y = float(x_text), float(y_text)
                return Point(x, y)


            def parse_path(text):
                return [parse_point(part) for part in text.split(";")]
            """,
        "tests/test_parse.py": """
            from plane.parse import parse_path
            from plane.point import Point


            def test_parse_path():
                assert parse_path("1,2;3.5,-1") == [Point(1.0, 2.0), Point(3.5, -1.0)]
                assert parse_path("0,0")[0].shifted(1, 1) == Point(1, 1)
            """,
    },
    bugs=(
        Bug(
            "src/plane/parse.py",
            "return Point(x, y)",
            "return Point(x)",
            TE,
            "pass y",
            "missing constructor argument held by a local",
            "TypeError",
        ),
    ),
)

FEEDS = Case(
    name="b08-feeds",
    files={
        "src/feeds/__init__.py": "",
        "src/feeds/items.py": """
            def newest(entries, count):
                ordered = sorted(entries, key=lambda e: e["date"], reverse=True)
                return ordered[:count]


            def titles(entries):
                return [entry["title"] for entry in entries]
            """,
        "src/feeds/digest.py": """
            from feeds.items import newest, titles

            DEFAULT_COUNT = 3


            def digest(entries, count=DEFAULT_COUNT):
                latest = newest(entries, count)
                return {"count": len(latest), "titles": titles(latest)}
            """,
        "tests/test_digest.py": """
            from feeds.digest import digest

            ENTRIES = [{"title": t, "date": d} for t, d in [("a", 1), ("b", 3), ("c", 2), ("d", 5)]]


            def test_digest_default():
                assert digest(ENTRIES) == {"count": 3, "titles": ["d", "b", "c"]}


            def test_digest_two():
                assert digest(ENTRIES, 2)["titles"] == ["d", "b"]
            """,
    },
    bugs=(
        Bug(
            "src/feeds/digest.py",
            "DEFAULT_COUNT = 3",
            'DEFAULT_COUNT = "3"',
            TE,
            "make the default count the number 3",
            "a numeric default written as a string reaches a slice",
            "TypeError",
        ),
    ),
)

CASES = (ORDERS, NOTES, INSPECTOR, ENGINE, GEO, SHOP, POINTS, FEEDS)
