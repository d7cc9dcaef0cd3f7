from __future__ import annotations

import ast

from healer.engine.fixers.imports import ImportFixer, _dotted_read, insert_import
from healer.engine.pyindex import ModuleIndex, parse, parse_around_errors
from healer.engine.types import BugType, Failure

from .conftest import cpu_ratio
from .fixer_helpers import context, runtime_failure


def _candidates(project, files, failure):
    ws = project(files)
    return ImportFixer().candidates(failure, context(ws, tests=frozenset(f for f in files if "test" in f)))


def test_it_resolves_a_misspelt_stdlib_module(project):
    files = {
        "src/v.py": '"""Doc."""\n\nimport re\nfrom functool import lru_cache\n\n\n@lru_cache\ndef f():\n    return re\n'
    }
    failure = runtime_failure("src/v.py", 4, "ModuleNotFoundError", "No module named 'functool'")
    best = _candidates(project, files, failure)[0]
    assert "from functools import lru_cache\n" in best.new_source
    assert best.description == "import lru_cache from functools instead of functool"
    assert best.line == 4


def test_it_resolves_a_misspelt_repository_module_and_renames_its_uses(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/helpers.py": "def ten():\n    return 10\n",
        "pkg/app.py": "import pkg.helpres\n\n\ndef run():\n    return pkg.helpres.ten()\n",
    }
    failure = runtime_failure("pkg/app.py", 1, "ModuleNotFoundError", "No module named 'pkg.helpres'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("import pkg.helpers\n")
    assert best.description == "import pkg.helpers instead of pkg.helpres"


def test_it_imports_names_from_the_module_that_defines_them(project):
    files = {
        "src/shop/__init__.py": "",
        "src/shop/money.py": "def fmt(x):\n    return str(x)\n",
        "src/shop/tax.py": "def rate_for(c):\n    return 1\n\n\ndef tax_amount(n, r):\n    return n * r\n",
        "src/shop/invoice.py": "from shop.money import fmt\nfrom shop.money import rate_for, tax_amount\n\nX = fmt(rate_for(1))\n",
    }
    failure = runtime_failure(
        "src/shop/invoice.py",
        2,
        "ImportError",
        "cannot import name 'rate_for' from 'shop.money' (src/shop/money.py)",
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.splitlines()[1] == "from shop.tax import rate_for, tax_amount"
    assert best.description == "import rate_for and tax_amount from shop.tax"


def test_it_keeps_relative_imports_relative(project):
    files = {
        "shop/__init__.py": "",
        "shop/money.py": "A = 1\n",
        "shop/tax.py": "def rate_for(c):\n    return 1\n",
        "shop/invoice.py": "from .money import rate_for\n\nRATE = rate_for(1)\n",
    }
    failure = runtime_failure(
        "shop/invoice.py", 1, "ImportError", "cannot import name 'rate_for' from 'shop.money'"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source == "from .tax import rate_for\n\nRATE = rate_for(1)\n"


def test_it_imports_from_the_parent_package_s_module_that_defines_the_names_at_the_same_level(project):
    files = {
        "src/jolt/__init__.py": "",
        "src/jolt/common/__init__.py": "",
        "src/jolt/common/helpers.py": "def copy_deep(v):\n    return v\n\n\ndef to_int(s):\n    return int(s)\n",
        # Imports to_int from helpers: it binds it, but defines neither name.
        "src/jolt/common/walk.py": "from .helpers import to_int\n\n\ndef step(s):\n    return to_int(s)\n",
        # Binds both names, defines neither: a re-exporter, never where the import should come from.
        "src/jolt/common/facade.py": "from .helpers import copy_deep, to_int\n",
        "src/jolt/ops/__init__.py": "",
        "src/jolt/ops/fill.py": "from ..common.walk import copy_deep, to_int\n\nX = copy_deep(to_int('1'))\n",
    }
    failure = runtime_failure(
        "src/jolt/ops/fill.py", 1, "ImportError", "cannot import name 'copy_deep' from 'jolt.common.walk'"
    )
    candidates = _candidates(project, files, failure)
    best = candidates[0]
    assert best.new_source.splitlines()[0] == "from ..common.helpers import copy_deep, to_int"
    assert best.description == "import copy_deep and to_int from jolt.common.helpers"
    assert not any("common.facade" in c.new_source or "facade" in c.description for c in candidates)


def test_it_adds_a_missing_stdlib_import_where_isort_would(project):
    files = {
        "src/report.py": '"""Summaries."""\n\nfrom statistics import mean\n\nfrom app.readings import parse\n\n\n'
        "def spread(xs):\n    return math.sqrt(mean(xs)) + parse(1)\n"
    }
    failure = runtime_failure("src/report.py", 9, "NameError", "name 'math' is not defined", name="math")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.splitlines()[:5] == [
        '"""Summaries."""',
        "",
        "import math",
        "from statistics import mean",
        "",
    ]
    assert best.description == "add the missing import math"
    assert best.line == 9


def test_it_imports_a_name_that_exactly_one_repository_module_defines(project):
    files = {
        "app/__init__.py": "",
        "app/units.py": "def to_c(f):\n    return f\n",
        "app/report.py": "import os\n\n\ndef show(x):\n    return to_c(x), os.sep\n",
    }
    failure = runtime_failure("app/report.py", 5, "NameError", "name 'to_c' is not defined")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("import os\n\nfrom app.units import to_c\n")
    assert best.description == "add the missing import to_c from app.units"


def test_it_imports_a_name_from_the_single_stdlib_module_exporting_it(project):
    files = {"m.py": "def counts(words):\n    return defaultdict(int)\n"}
    failure = runtime_failure(
        "m.py",
        2,
        "NameError",
        "name 'defaultdict' is not defined",
        stdlib_exporters={"defaultdict": ["0:collections"]},
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from collections import defaultdict\n\n\ndef counts")


def test_it_corrects_a_misspelt_local_name(project):
    files = {"m.py": "def area(width, height):\n    return widht * height\n"}
    failure = runtime_failure("m.py", 2, "NameError", "name 'widht' is not defined")
    candidates = _candidates(project, files, failure)
    assert any(c.new_source.endswith("return width * height\n") for c in candidates)


def test_it_does_not_edit_test_files(project):
    files = {"tests/test_a.py": "import nmupy\n"}
    failure = runtime_failure("tests/test_a.py", 1, "ModuleNotFoundError", "No module named 'nmupy'")
    assert _candidates(project, files, failure) == []


def test_insert_import_without_imports_goes_after_the_docstring():
    source = '"""Doc."""\n\nX = 1\n'
    assert (
        insert_import(source, parse(source), "import math", stdlib=True)
        == '"""Doc."""\n\nimport math\n\nX = 1\n'
    )


def test_module_index_reads_src_layouts_and_definitions():
    files = {
        "src/pkg/__init__.py": "",
        "src/pkg/a.py": "def f():\n    pass\n\nX = 1\n",
        "tool.py": "import os\n",
    }
    index = ModuleIndex.build(files, files.get)
    assert index.modules == {"pkg": "src/pkg/__init__.py", "pkg.a": "src/pkg/a.py", "tool": "tool.py"}
    assert index.defines("pkg.a") == {"f", "X"}
    assert index.definers("f") == ["pkg.a"]
    assert index.module_of("src/pkg/a.py") == "pkg.a"


def test_it_imports_a_name_from_the_stdlib_module_that_defines_it(project):
    files = {"m.py": "from os import Path\n\n\ndef home():\n    return Path.home()\n"}
    failure = runtime_failure(
        "m.py",
        1,
        "ImportError",
        "cannot import name 'Path' from 'os'",
        stdlib_exporters={"Path": ["0:pathlib", "0:zipfile"]},
    )
    candidates = _candidates(project, files, failure)
    assert candidates[0].new_source.startswith("from pathlib import Path\n")
    assert candidates[0].description == "import Path from pathlib"


def test_it_drops_a_missing_name_that_nothing_uses(project):
    files = {
        "src/shop/__init__.py": "",
        "src/shop/pages.py": "def page(items):\n    return items\n",
        "src/shop/views.py": "from shop.pages import PAGE_LIMIT, page\n\n\ndef show(items):\n    return page(items)\n",
    }
    failure = runtime_failure(
        "src/shop/views.py", 1, "ImportError", "cannot import name 'PAGE_LIMIT' from 'shop.pages'"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from shop.pages import page\n\n\ndef show")
    assert best.description == "remove PAGE_LIMIT from the import"


def test_it_keeps_a_missing_name_that_is_used_or_re_exported(project):
    files = {
        "src/shop/__init__.py": "from shop.pages import PAGE_LIMIT, page\n",
        "src/shop/pages.py": "def page(items):\n    return items\n\n\nPAGE_LIMITS = 3\n",
        "tests/test_shop.py": "from shop import PAGE_LIMIT\n",
    }
    failure = runtime_failure(
        "src/shop/__init__.py", 1, "ImportError", "cannot import name 'PAGE_LIMIT' from 'shop.pages'"
    )
    candidates = _candidates(project, files, failure)
    assert all("PAGE_LIMIT" in c.new_source for c in candidates)
    assert candidates[0].new_source == "from shop.pages import PAGE_LIMITS as PAGE_LIMIT, page\n"


def test_it_imports_a_renamed_function_under_its_old_name(project):
    files = {
        "src/kit/__init__.py": "",
        "src/kit/spaces.py": "import re\n\n\ndef collapse_whitespace(text):\n    return re.sub(' +', ' ', text)\n",
        "src/kit/titles.py": "from kit.spaces import collapse_ws\n\n\ndef title(t):\n    return collapse_ws(t).title()\n",
    }
    failure = runtime_failure(
        "src/kit/titles.py", 1, "ImportError", "cannot import name 'collapse_ws' from 'kit.spaces'"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from kit.spaces import collapse_whitespace as collapse_ws\n")


def test_it_qualifies_a_sibling_module_imported_by_its_bare_name(project):
    files = {
        "src/roster/__init__.py": "",
        "src/roster/queries.py": "def names(team):\n    return team\n",
        "src/roster/render.py": "from queries import names\n\n\ndef line(team):\n    return names(team)\n",
    }
    failure = runtime_failure("src/roster/render.py", 1, "ModuleNotFoundError", "No module named 'queries'")
    sources = [c.new_source.splitlines()[0] for c in _candidates(project, files, failure)]
    assert sources[:2] == ["from roster.queries import names", "from .queries import names"]


def test_it_prefers_the_relative_form_in_a_file_that_uses_relative_imports(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/entry.py": "class Entry:\n    pass\n",
        "pkg/money.py": "def money(c):\n    return c\n",
        "pkg/book.py": "from entry import Entry\nfrom .money import money\n\nX = Entry, money\n",
    }
    failure = runtime_failure("pkg/book.py", 1, "ModuleNotFoundError", "No module named 'entry'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from .entry import Entry\nfrom .money import money\n")
    assert best.description == "import Entry from the sibling module .entry"


def test_it_turns_a_bare_module_import_into_a_sibling_import(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/helpers.py": "def ten():\n    return 10\n",
        "pkg/app.py": "import os\nimport helpers\n\n\ndef run():\n    return helpers.ten(), os.sep\n",
    }
    failure = runtime_failure("pkg/app.py", 2, "ModuleNotFoundError", "No module named 'helpers'")
    sources = [c.new_source for c in _candidates(project, files, failure)]
    assert sources[0].startswith("import os\nfrom pkg import helpers\n")
    assert any(s.startswith("import os\nfrom . import helpers\n") for s in sources)


def test_it_corrects_a_relative_import_of_a_misspelt_sibling(project):
    files = {
        "src/links/__init__.py": "",
        "src/links/normalise.py": "def normalise_path(p):\n    return p\n",
        "src/links/resolve.py": "from .normalize import normalise_path\n\nX = normalise_path('a')\n",
    }
    failure = runtime_failure(
        "src/links/resolve.py", 1, "ModuleNotFoundError", "No module named 'links.normalize'"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from .normalise import normalise_path\n")


def test_it_splits_off_a_name_that_moved_to_another_stdlib_module(project):
    files = {"m.py": "from collections import Mapping, OrderedDict\n\nX = Mapping, OrderedDict\n"}
    failure = runtime_failure(
        "m.py",
        1,
        "ImportError",
        "cannot import name 'Mapping' from 'collections'",
        module_names=["OrderedDict", "defaultdict"],
        stdlib_exporters={"Mapping": ["0:collections.abc", "1:typing"]},
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith(
        "from collections import OrderedDict\nfrom collections.abc import Mapping\n"
    )
    assert best.description == "import Mapping from collections.abc"


def test_it_reads_a_moved_name_from_its_new_module_where_the_file_uses_it_as_an_attribute(project):
    files = {
        "views.py": (
            "import collections\n\n\n"
            "class Keys(collections.KeysView):\n    pass\n\n\n"
            "def is_keys(x):\n    return isinstance(x, collections.KeysView)\n"
        )
    }
    failure = runtime_failure(
        "views.py",
        4,
        "AttributeError",
        "module 'collections' has no attribute 'KeysView'",
        stdlib_exporters={"KeysView": ["0:collections.abc", "1:typing"]},
    )
    assert failure.bug_type is BugType.IMPORT
    best = _candidates(project, files, failure)[0]
    assert best.new_source == (
        "import collections\nimport collections.abc\n\n\n"
        "class Keys(collections.abc.KeysView):\n    pass\n\n\n"
        "def is_keys(x):\n    return isinstance(x, collections.abc.KeysView)\n"
    )
    assert best.description == "use collections.abc.KeysView instead of collections.KeysView"


def test_it_asks_the_sandbox_where_a_missing_module_attribute_went(project):
    from healer.engine.fixers.imports import stdlib_queries

    failure = runtime_failure("m.py", 3, "AttributeError", "module 'collections' has no attribute 'Sequence'")
    source = "import collections\n\nX = collections.Sequence\n"
    assert stdlib_queries(failure, {"m.py": source}.get, ["m.py"]) == [("Sequence",)]
    # Another AttributeError is wrong behaviour, not a name looked up in a module.
    other = runtime_failure("m.py", 3, "AttributeError", "'NoneType' object has no attribute 'x'")
    assert other.bug_type is BugType.LOGIC


def test_it_fixes_an_import_inside_a_function(project):
    files = {
        "web.py": "def render(text):\n    from cgi import escape\n\n    return escape(text)\n",
    }
    failure = runtime_failure(
        "web.py",
        2,
        "ImportError",
        "cannot import name 'escape' from 'cgi'",
        module_names=["parse_header"],
        stdlib_exporters={"escape": ["0:glob", "0:html", "0:re"]},
    )
    sources = [c.new_source for c in _candidates(project, files, failure)]
    assert "def render(text):\n    from html import escape\n\n    return escape(text)\n" in sources


def test_it_imports_a_python2_module_as_the_module_that_exports_what_is_used(project):
    files = {
        "links.py": "import urlparse\n\n\ndef host(u):\n    return urlparse.urlsplit(urlparse.urljoin(u, 'x'))\n"
    }
    failure = runtime_failure(
        "links.py",
        1,
        "ModuleNotFoundError",
        "No module named 'urlparse'",
        stdlib_exporters={"urljoin urlsplit": ["0:urllib.parse"]},
    )
    found = [c.new_source for c in _candidates(project, files, failure)]
    # Round 55: the Python 3 home with the uses following comes first, the aliased form next.
    assert (
        found[0]
        == "import urllib.parse\n\n\ndef host(u):\n    return urllib.parse.urlsplit(urllib.parse.urljoin(u, 'x'))\n"
    )
    assert found[1].startswith("import urllib.parse as urlparse\n")


def test_it_renames_a_python2_module_the_file_reads_by_its_python3_path(project):
    files = {
        "links.py": "import os\nimport urlparse\nimport urllib.request\n\n\ndef host(u):\n"
        "    return urllib.parse.urlsplit(u).netloc, os.sep, urllib.request\n"
    }
    failure = runtime_failure("links.py", 2, "ModuleNotFoundError", "No module named 'urlparse'")
    found = _candidates(project, files, failure)
    assert found[0].new_source.startswith("import os\nimport urllib.parse\nimport urllib.request\n")
    assert found[0].description == "import urllib.parse, the Python 3 home of urlparse"
    removed = [i for i, c in enumerate(found) if c.description.startswith("remove the import")]
    assert all(i > 0 for i in removed)


def test_it_moves_the_uses_of_a_python2_module_imported_with_others(project):
    files = {"q.py": "import os, Queue\n\n\ndef make():\n    return Queue.Queue(), os.sep\n"}
    failure = runtime_failure("q.py", 1, "ModuleNotFoundError", "No module named 'Queue'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source == "import os\nimport queue\n\n\ndef make():\n    return queue.Queue(), os.sep\n"


def test_it_keeps_a_python2_module_s_name_where_the_home_s_name_is_a_local(project):
    # Round 55's review: renaming the uses made `queue = queue.Queue()`, a local read before it is
    # bound (UnboundLocalError); the alias keeps the uses apart from the local.
    files = {
        "q.py": "import Queue\n\n\ndef make():\n    queue = Queue.Queue()\n    queue.put(1)\n    return queue\n"
    }
    failure = runtime_failure("q.py", 1, "ModuleNotFoundError", "No module named 'Queue'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source == files["q.py"].replace("import Queue\n", "import queue as Queue\n")
    assert best.description == "import queue as Queue, the Python 3 home of Queue"


def test_it_keeps_a_python2_module_s_name_the_file_reads_bare(project):
    # Round 55's review: only `Queue.x` reads were renamed, leaving the bare `Queue` undefined.
    files = {"q.py": "import Queue\n\n\ndef make(kind=Queue):\n    return Queue.Queue(), kind\n"}
    failure = runtime_failure("q.py", 1, "ModuleNotFoundError", "No module named 'Queue'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source == files["q.py"].replace("import Queue\n", "import queue as Queue\n")


def test_it_reads_a_dotted_path_in_time_linear_in_a_chain_s_length():
    # Round 55's review: each attribute of a call chain was unparsed whole to compare it with the
    # home's path (`q.a().a()...`: quadratic in the chain's length); the path is now walked.
    assert _dotted_read(ast.parse("x = urllib.parse.quote(u)\n"), "urllib.parse")
    assert not _dotted_read(ast.parse("x = urllib.request.parse\n"), "urllib.parse")

    trees = {n: ast.parse("v = q" + ".a()" * n + "\n") for n in (50, 200)}

    def run(n: int) -> None:
        assert not _dotted_read(trees[n], "urllib.parse")

    # Deeper chains make the old unparse hit the recursion limit early, hiding its growth.
    assert cpu_ratio(run, 50, repeats=3) < 8


def test_it_moves_the_uses_of_a_python2_module_below_a_form_feed(project):
    # Round 55's review: the uses were found by str.splitlines rows, which a page break (^L, common
    # in Python 2 era files) shifts by one, so the Python 3 home was never offered there.
    files = {"q.py": "import os, Queue\n\x0c\ndef make():\n    return Queue.Queue(), os.sep\n"}
    failure = runtime_failure("q.py", 1, "ModuleNotFoundError", "No module named 'Queue'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source == "import os\nimport queue\n\x0c\ndef make():\n    return queue.Queue(), os.sep\n"


def test_it_does_not_offer_a_python3_home_for_a_module_of_the_repository(project):
    # Round 55's review: Python 2's implicit relative import of the package's own commands.py was
    # turned into `import subprocess` with `subprocess.run(argv)`, a program that runs a process.
    files = {
        "app/__init__.py": "",
        "app/commands.py": "def run(argv):\n    return 0\n",
        "app/cli.py": "import commands\n\n\ndef main(argv):\n    return commands.run(argv)\n",
    }
    failure = runtime_failure("app/cli.py", 1, "ModuleNotFoundError", "No module named 'commands'")
    found = _candidates(project, files, failure)
    assert not any("Python 3 home" in c.description for c in found)
    assert found[0].description.startswith("import the sibling module commands from")


def test_it_does_not_offer_a_python3_home_nothing_reads(project):
    files = {"quiet.py": "import urlparse\n\n\ndef f():\n    return 1\n"}
    failure = runtime_failure("quiet.py", 1, "ModuleNotFoundError", "No module named 'urlparse'")
    found = _candidates(project, files, failure)
    assert not any("Python 3 home" in c.description for c in found)


def test_it_asks_the_sandbox_about_the_names_of_the_failing_import(project):
    from healer.engine.fixers.imports import stdlib_queries

    files = {
        "a.py": "from collections import Mapping, OrderedDict, Sequence\n",
        "b.py": "import urlparse\n\nX = urlparse.urljoin, urlparse.urlsplit\n",
        "c.py": "X = defaultdict(int)\n",
    }
    ws = project(files)

    def read(file):
        return ws.read_text(file)

    a = runtime_failure(
        "a.py",
        1,
        "ImportError",
        "cannot import name 'Mapping' from 'collections'",
        module_names=["OrderedDict"],
    )
    b = runtime_failure("b.py", 1, "ModuleNotFoundError", "No module named 'urlparse'")
    c = runtime_failure("c.py", 1, "NameError", "name 'defaultdict' is not defined")
    # The missing names together, then every name of the line (a module that has them all).
    assert stdlib_queries(a, read, files) == [
        ("Mapping", "Sequence"),
        ("Mapping", "OrderedDict", "Sequence"),
    ]
    assert stdlib_queries(b, read, files) == [("urljoin", "urlsplit")]
    assert stdlib_queries(c, read, files) == [("defaultdict",)]


def test_the_exporters_script_reads_what_the_interpreter_really_exports(tmp_path):
    import json
    import subprocess
    import sys

    from healer.engine.pyindex import STDLIB_EXPORTERS_CODE, parse_exporters

    def ask(*names):
        out = subprocess.run(
            [sys.executable, "-c", STDLIB_EXPORTERS_CODE, *names],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
            cwd=tmp_path,
        ).stdout
        line = next(line for line in out.splitlines() if line.startswith("HEALER-JSON:"))
        return parse_exporters(json.loads(line[len("HEALER-JSON:") :]))

    assert ask("Mapping")[0] == (0, "collections.abc")
    assert [module for _, module in ask("gcd")] == ["math"]
    assert [module for _, module in ask("urljoin", "urlsplit")] == ["urllib.parse"]
    assert ask("no_such_name_anywhere") == []


def test_it_imports_a_class_renamed_beyond_resemblance_under_its_old_name(project):
    files = {
        "src/motor/__init__.py": 'from .core import Engine, EngineError\n\n__all__ = ["Engine", "EngineError"]\n',
        "src/motor/core.py": "class EngineFailure(Exception):\n    pass\n\n\nclass Engine:\n    pass\n\n\ndef rev():\n    pass\n",
        "tests/test_motor.py": "from motor import EngineError\n",
    }
    failure = runtime_failure(
        "src/motor/__init__.py", 1, "ImportError", "cannot import name 'EngineError' from 'motor.core'"
    )
    sources = [c.new_source.splitlines()[0] for c in _candidates(project, files, failure)]
    assert sources == ["from .core import Engine, EngineFailure as EngineError"]


def test_it_takes_names_missing_from_a_stdlib_module_from_the_one_that_has_them_all(project):
    line = "from collections.abc import Iterator, Pattern, Match, AnyStr\n"
    files = {"m.py": line + "\nX = Iterator, Pattern, Match, AnyStr\n"}
    failure = runtime_failure(
        "m.py",
        1,
        "ImportError",
        "cannot import name 'Pattern' from 'collections.abc'",
        module_names=["Iterator", "Iterable", "Mapping"],
        stdlib_exporters={
            "Pattern Match AnyStr": ["1:typing"],
            "Iterator Pattern Match AnyStr": ["1:typing"],
        },
    )
    sources = [c.new_source for c in _candidates(project, files, failure)]
    split = "from collections.abc import Iterator\nfrom typing import Pattern, Match, AnyStr\n"
    whole = "from typing import Iterator, Pattern, Match, AnyStr\n"
    assert sources[0].startswith(split)
    assert any(source.startswith(whole) for source in sources[1:])


def test_it_repairs_the_import_a_failing_except_fallback_stands_in_for(project):
    text = "try:\n    from urlparse import quote\nexcept ImportError:\n    from urllib import quote\n\nX = quote\n"
    failure = runtime_failure(
        "util.py",
        4,
        "ImportError",
        "cannot import name 'quote' from 'urllib'",
        module_names=["error", "parse", "request", "response"],
        stdlib_exporters={"quote": ["0:urllib.parse"]},
    )
    candidates = _candidates(project, {"util.py": text}, failure)
    assert candidates[0].new_source == text.replace("from urlparse import", "from urllib.parse import")
    assert any(
        c.new_source == text.replace("from urllib import", "from urllib.parse import") for c in candidates
    )


def test_it_reads_the_name_a_repository_module_defines_when_a_misspelt_attribute_is_missing(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/helpers.py": "def total(xs):\n    return sum(xs)\n",
        "pkg/app.py": "from pkg import helpers\n\n\ndef run(xs):\n    return helpers.totl(xs)\n",
    }
    failure = runtime_failure(
        "pkg/app.py", 5, "AttributeError", "module 'pkg.helpers' has no attribute 'totl'"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.endswith("    return helpers.total(xs)\n")
    assert best.description == "use helpers.total instead of the undefined totl"


def test_a_missing_module_is_replaced_by_the_module_that_defines_the_imported_names(project):
    # Nothing is spelt like `core`: the module is found by what the statement imports.
    files = {
        "pkg/__init__.py": "from pkg.core import (\n    camel,\n    snake,\n)\n",
        "pkg/main.py": "def camel(s):\n    return s\n\n\ndef snake(s):\n    return s\n",
        "pkg/other.py": "def camel(s):\n    return s\n",
    }
    failure = runtime_failure("pkg/__init__.py", 1, "ModuleNotFoundError", "No module named 'pkg.core'")
    found = _candidates(project, files, failure)
    assert [c.new_source for c in found] == ["from pkg.main import camel, snake\n"]
    assert found[0].description == "import camel and snake from pkg.main"


def test_an_unused_missing_module_becomes_the_module_the_file_reads_without_importing(project):
    # `import StringIO` (Python 2), never used, while the code reads io.StringIO and io is never imported.
    files = {
        "pkg/__init__.py": "import StringIO\n\n\ndef buffer(text):\n    return io.StringIO(text)\n",
    }
    failure = runtime_failure("pkg/__init__.py", 1, "ModuleNotFoundError", "No module named 'StringIO'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("import io\n\n\ndef buffer")
    assert best.description == "import io instead of StringIO"
    assert best.line == 1


def test_an_undefined_name_found_by_the_linter_gets_its_import(project):
    # ruff's message quotes the name (Undefined name `io`); the failure shows it without the quotes.
    files = {"src/buf.py": "def buffer(text):\n    return io.StringIO(text)\n"}
    finding = {"code": "F821", "message": "Undefined name `io`", "line": 2, "column": 12}
    failure = Failure(
        bug_type=BugType.IMPORT,
        file="src/buf.py",
        line=2,
        message="F821 undefined name io",
        source="ruff",
        code="F821",
        extra={"lint": [finding], "name": "io"},
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("import io\n")
    assert best.description == "add the missing import io"


def test_a_relative_import_above_the_top_package_comes_down_to_the_level_that_has_the_module(project):
    files = {
        "gpx/__init__.py": "",
        "gpx/utils.py": "def to_xml(x):\n    return str(x)\n",
        "gpx/gpx.py": "from .. import utils as mod_utils\n\n\ndef dump(x):\n    return mod_utils.to_xml(x)\n",
    }
    failure = runtime_failure(
        "gpx/gpx.py", 1, "ImportError", "attempted relative import beyond top-level package"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from . import utils as mod_utils\n")
    assert best.description == "import utils from ."


def test_an_unused_missing_module_is_removed_when_nothing_can_stand_in_for_it(project):
    files = {
        "pkg/__init__.py": "import io\nimport StringIO\n\n\ndef buffer(text):\n    return io.StringIO(text)\n"
    }
    failure = runtime_failure("pkg/__init__.py", 2, "ModuleNotFoundError", "No module named 'StringIO'")
    candidates = _candidates(project, files, failure)
    removed = [c for c in candidates if c.description == "remove the import of StringIO"]
    assert (
        removed
        and removed[0].new_source == "import io\n\n\ndef buffer(text):\n    return io.StringIO(text)\n"
    )


def _undefined_by_lint(file: str, line: int, name: str) -> Failure:
    finding = {"code": "F821", "message": f"Undefined name `{name}`", "line": line, "column": 5}
    return Failure(
        bug_type=BugType.IMPORT,
        file=file,
        line=line,
        message=f"F821 undefined name {name}",
        source="ruff",
        code="F821",
        extra={"lint": [finding], "name": name},
    )


def test_an_unused_import_of_a_name_the_module_lacks_is_renamed_to_the_undefined_name_it_has(project):
    # `to_bytes` imported, never used, not defined in compat; `to_binary` used, undefined, defined
    # in compat: one repair at the import line, not "add an import" below plus "remove" above.
    files = {
        "pkg/__init__.py": "",
        "pkg/compat.py": "PY2 = False\n\n\ndef to_binary(s):\n    return s.encode()\n",
        "pkg/encoder.py": "from pkg.compat import PY2, to_bytes\n\n\ndef enc(s):\n    return to_binary(s)\n",
    }
    best = _candidates(project, files, _undefined_by_lint("pkg/encoder.py", 5, "to_binary"))[0]
    assert best.new_source.startswith("from pkg.compat import PY2, to_binary\n\n")
    assert best.line == 1
    assert best.description == "import to_binary instead of to_bytes, which pkg.compat does not define"


def test_a_used_or_existing_import_is_never_renamed_for_an_undefined_name(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/compat.py": "def to_bytes(s):\n    return s\n\n\ndef to_binary(s):\n    return s.encode()\n",
        "pkg/encoder.py": "from pkg.compat import to_bytes\n\n\ndef enc(s):\n    return to_binary(s)\n",
    }
    candidates = _candidates(project, files, _undefined_by_lint("pkg/encoder.py", 5, "to_binary"))
    assert not any("instead of to_bytes" in c.description for c in candidates)


def test_a_name_dropped_from_an_import_line_goes_back_into_it_even_while_its_module_has_a_syntax_error(
    project,
):
    # The defining module does not parse (a syntax error in another of its functions): what it
    # defines is still known, and the name joins the file's import from it.
    files = {
        "pkg/__init__.py": "",
        "pkg/simple.py": (
            "def esc(s):\n    return s\n\n\ndef broken(v):\n    return f'{esc(v)'\n\n\n"
            "def html(s):\n    return s\n"
        ),
        "pkg/doc.py": "from pkg.simple import html\n\n\ndef render(v):\n    return html(v) + esc(v)\n",
    }
    best = _candidates(project, files, _undefined_by_lint("pkg/doc.py", 5, "esc"))[0]
    assert best.new_source.startswith("from pkg.simple import esc, html\n\n")
    assert best.description == "add the missing import esc from pkg.simple"
    assert best.line == 5


def test_a_name_removed_from_an_import_over_several_lines_is_reported_at_its_own_line(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/_util.py": "def is_sequence(x):\n    return True\n",
        "pkg/conv.py": "from ._util import (\n\tis_sequence, is_mapping)\n\n\ndef f(x):\n\treturn is_sequence(x)\n",
    }
    failure = runtime_failure(
        "pkg/conv.py", 1, "ImportError", "cannot import name 'is_mapping' from 'pkg._util' (pkg/_util.py)"
    )
    best = _candidates(project, files, failure)[0]
    assert best.description == "remove is_mapping from the import"
    assert best.line == 2


def test_a_moved_stdlib_name_is_found_when_the_file_wraps_it_under_the_same_name(project):
    # The module defines `quote` itself (a wrapper of the library's); that is no place to import
    # the library's from, and must not hide where the standard library exports it now.
    files = {
        "pkg/__init__.py": "",
        "pkg/utils.py": (
            "from urllib import quote as urllib_quote\n\n\ndef quote(x):\n    return urllib_quote(x, safe='')\n"
        ),
    }
    failure = runtime_failure(
        "pkg/utils.py",
        1,
        "ImportError",
        "cannot import name 'quote' from 'urllib'",
        module_names=["error", "parse", "request", "response"],
        stdlib_exporters={"quote": ["0:urllib.parse"]},
    )
    found = _candidates(project, files, failure)
    assert found[0].new_source.startswith("from urllib.parse import quote as urllib_quote\n")
    assert found[0].description == "import quote from urllib.parse"
    assert not [c for c in found if "pkg.utils" in c.description]


def test_a_sibling_module_imported_under_a_misspelt_name_is_renamed_before_the_import_is_dropped(project):
    # `from . import latlong` names no module of the package, and the file uses the undefined
    # `lat_long`: dropping the unused name lets the package import only to fail on that name.
    files = {
        "geo/__init__.py": 'from .parser import parse\n\n__version__ = "1.0"\n',
        "geo/lat_long.py": "def to_deg(d):\n    return d\n",
        "geo/parser.py": "from . import latlong\n\n\ndef parse(text):\n    return lat_long.to_deg(float(text))\n",
    }
    failure = runtime_failure(
        "geo/parser.py", 1, "ImportError", "cannot import name 'latlong' from 'geo' (geo/__init__.py)"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from . import lat_long\n")
    assert best.description == "import lat_long from geo instead of the undefined latlong"


def test_the_standard_library_is_asked_for_a_name_the_file_wraps_under_the_same_name():
    from healer.engine.fixers.imports import stdlib_queries

    source = (
        "from urllib import quote as urllib_quote\n\n\ndef quote(x):\n    return urllib_quote(x, safe='')\n"
    )
    files = {"pkg/__init__.py": "", "pkg/utils.py": source}
    failure = runtime_failure("pkg/utils.py", 1, "ImportError", "cannot import name 'quote' from 'urllib'")
    assert stdlib_queries(failure, files.get, list(files)) == [("quote",)]


def test_a_name_that_moved_within_its_package_is_imported_from_there_before_an_unrelated_module(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/utils.py": "from urllib import quote\n\n\ndef q(x):\n    return quote(x, safe='')\n",
    }
    failure = runtime_failure(
        "pkg/utils.py",
        1,
        "ImportError",
        "cannot import name 'quote' from 'urllib'",
        module_names=["error", "parse", "request", "response"],
        stdlib_exporters={"quote": ["0:shlex", "0:urllib.parse"]},
    )
    found = _candidates(project, files, failure)
    assert found[0].new_source.startswith("from urllib.parse import quote\n")
    assert found[0].description == "import quote from urllib.parse"


def test_an_undefined_name_exported_by_a_module_the_file_imports_from_goes_on_that_line(project):
    # math and cmath both export log10, so no single exporter decided it; `log`, a similar name in
    # scope, compiles but computes something else: the unused `log` on the import line is the bug.
    # A package __init__ whose tests mention the word `log`: still unused in the file itself.
    files = {
        "fmt/__init__.py": "from math import floor, log\n\n\ndef digits(x):\n    return int(floor(log10(abs(x)))) + 1\n",
        "tests/test_fmt.py": "import fmt\n\n\ndef test_log():\n    assert fmt.digits(100) == 3  # log\n",
    }
    failure = runtime_failure(
        "fmt/__init__.py",
        5,
        "NameError",
        "name 'log10' is not defined",
        stdlib_exporters={"log10": ["0:cmath", "0:math"]},
    )
    candidates = _candidates(project, files, failure)
    assert candidates[0].new_source.startswith("from math import floor, log10\n")
    assert candidates[0].line == 1
    assert candidates[0].description == "import log10 from math instead of the unused log"
    added = next(c for c in candidates if c.description == "import log10 from math")
    assert added.new_source.startswith("from math import floor, log, log10\n")
    assert added.line == 1
    similar = next(i for i, c in enumerate(candidates) if "use log instead" in c.description)
    assert similar > 1


def test_a_module_read_as_an_attribute_replaces_its_unused_from_import_on_that_line(project):
    files = {
        "ip.py": '"""Doc."""\n\nimport struct\nfrom sys import version_info\n\nif sys.version_info > (3,):\n'
        "    long = int\n"
    }
    failure = runtime_failure("ip.py", 6, "NameError", "name 'sys' is not defined", name="sys")
    best = _candidates(project, files, failure)[0]
    assert best.new_source == files["ip.py"].replace("from sys import version_info", "import sys")
    assert best.line == 4
    assert best.description == "import sys itself instead of version_info from it"


def test_a_from_import_whose_name_is_used_bare_stays(project):
    files = {
        "ip.py": "from sys import version_info\n\nV = version_info\nif sys.version_info > (3,):\n    V = 3\n"
    }
    failure = runtime_failure("ip.py", 4, "NameError", "name 'sys' is not defined", name="sys")
    best = _candidates(project, files, failure)[0]
    assert best.description == "add the missing import sys"
    assert best.new_source.startswith("import sys\nfrom sys import version_info\n")


def test_a_similar_name_in_place_of_an_undefined_one_is_marked_a_lookalike(project):
    files = {"m.py": "def area(width, height):\n    return widht * height\n"}
    failure = runtime_failure("m.py", 2, "NameError", "name 'widht' is not defined")
    candidates = _candidates(project, files, failure)
    similar = next(c for c in candidates if c.new_source.endswith("return width * height\n"))
    assert similar.lookalike
    assert not any(c.lookalike for c in candidates if c is not similar)


def test_a_misspelt_name_in_an_import_over_several_lines_is_renamed_on_its_own_line(project):
    importer = "from .main import (\n    alpha,\n    beta_totl,\n)\n\n\ndef run():\n    return alpha() + beta_total()\n"
    files = {
        "src/app/__init__.py": "",
        "src/app/main.py": "def alpha():\n    return 1\n\n\ndef beta_total():\n    return 2\n",
        "src/app/cli.py": importer,
    }
    failure = runtime_failure(
        "src/app/cli.py", 1, "ImportError", "cannot import name 'beta_totl' from 'app.main' (src/app/main.py)"
    )
    best = _candidates(project, files, failure)[0]
    # The layout stays and the fix names line 3, the one it changed, not the statement's first.
    assert best.new_source == importer.replace("beta_totl", "beta_total")
    assert best.line == 3


def test_a_misspelt_re_export_is_renamed_before_it_is_dropped_when_all_names_the_right_spelling(project):
    init = 'from .main import (\n    alpha,\n    beta_totl,\n)\n\n__all__ = ["alpha", "beta_total"]\n'
    files = {
        "src/app/__init__.py": init,
        "src/app/main.py": "def alpha():\n    return 1\n\n\ndef beta_total():\n    return 2\n",
    }
    failure = runtime_failure(
        "src/app/__init__.py",
        1,
        "ImportError",
        "cannot import name 'beta_totl' from 'app.main' (src/app/main.py)",
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source == init.replace("beta_totl,", "beta_total,")
    assert best.line == 3


def test_a_misspelt_name_that_is_a_builtin_is_not_kept_as_the_alias_of_the_renamed_import(project):
    # `from typing import Any, list` for `List` (r83, round 25): imported `as list`, typing.List
    # shadows the builtin list the module calls, and `x is list` further on turns false; a LOGIC
    # "fix" then bent that comparison. The builtin's uses are not uses of the import.
    files = {
        "pkg/__init__.py": (
            "from typing import Any, list\n\n\ndef f(x: List[int]) -> Any:\n    return type(x) is list\n"
        ),
    }
    failure = runtime_failure(
        "pkg/__init__.py",
        1,
        "ImportError",
        "cannot import name 'list' from 'typing' (/usr/lib/python3.13/typing.py)",
        module_names=["Any", "List", "Dict", "Tuple"],
    )
    found = _candidates(project, files, failure)
    renamed = [c for c in found if "instead of the undefined list" in c.description]
    assert renamed and renamed[0].new_source.startswith("from typing import Any, List\n")
    assert not [c for c in found if "List as list" in c.new_source]


def test_it_gives_a_relative_import_the_level_whose_package_has_the_module(project):
    # `from .units import` in shop/io/csv.py where units lives in shop/: one dot too few (PEP 328 levels).
    files = {
        "shop/__init__.py": "",
        "shop/units.py": "def grams(x):\n    return x * 1000\n",
        "shop/io/__init__.py": "",
        "shop/io/csv.py": "from .units import grams\n\n\ndef row(x):\n    return [grams(x)]\n",
    }
    failure = runtime_failure("shop/io/csv.py", 1, "ModuleNotFoundError", "No module named 'shop.io.units'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from ..units import grams\n")
    assert best.description == "import grams from ..units instead of .units"


def test_it_leaves_a_relative_import_when_no_other_level_has_the_names(project):
    files = {
        "shop/__init__.py": "",
        "shop/units.py": "def kilos(x):\n    return x / 1000\n",
        "shop/io/__init__.py": "",
        "shop/io/csv.py": "from .units import grams\n",
    }
    failure = runtime_failure("shop/io/csv.py", 1, "ModuleNotFoundError", "No module named 'shop.io.units'")
    assert all("..units" not in c.new_source for c in _candidates(project, files, failure))


def test_it_imports_a_name_of_a_circular_import_from_the_module_that_defines_it(project):
    # core imports rows before it imports clean from text: rows finds core partially initialised.
    files = {
        "pkg/__init__.py": "from .core import run\n",
        "pkg/text.py": "def clean(s):\n    return s.strip()\n",
        "pkg/rows.py": "from .core import clean\n\n\ndef row(s):\n    return clean(s)\n",
        "pkg/core.py": "from .rows import row\nfrom .text import clean\n\n\ndef run(s):\n    return row(clean(s))\n",
    }
    failure = runtime_failure(
        "pkg/rows.py",
        1,
        "ImportError",
        "cannot import name 'clean' from partially initialized module 'pkg.core' "
        "(most likely due to a circular import) (/repo/pkg/core.py)",
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.splitlines()[0] == "from .text import clean"
    assert best.line == 1


def test_it_imports_a_class_written_as_a_submodule_from_its_module_in_place(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/kinds.py": "import enum.Enum\nimport os\n\n\nclass Kind(Enum):\n    A = 1\n",
    }
    failure = runtime_failure(
        "pkg/kinds.py", 1, "ModuleNotFoundError", "No module named 'enum.Enum'; 'enum' is not a package"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from enum import Enum\nimport os\n")
    assert best.line == 1


def test_it_imports_the_module_of_a_class_the_code_reads_by_its_dotted_name(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/grid.py": "class Grid:\n    pass\n",
        "pkg/doc.py": "import pkg.grid.Grid\n\n\ndef make():\n    return pkg.grid.Grid()\n",
    }
    failure = runtime_failure(
        "pkg/doc.py", 1, "ModuleNotFoundError", "No module named 'pkg.grid.Grid'; 'pkg.grid' is not a package"
    )
    sources = [c.new_source for c in _candidates(project, files, failure)]
    assert sources[0].startswith("import pkg.grid\n")
    assert not any(s.startswith("from pkg.grid import Grid\n") for s in sources)


def test_it_drops_an_alias_nothing_uses_when_the_code_reads_the_imported_name(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/words.py": "import os\nimport re as regex\n\nWORD = re.compile('w')\n",
    }
    failure = runtime_failure("pkg/words.py", 4, "NameError", "name 're' is not defined")
    best = _candidates(project, files, failure)[0]
    assert best.new_source == "import os\nimport re\n\nWORD = re.compile('w')\n"
    assert best.line == 2


def test_it_lists_a_name_a_star_import_should_carry_in_its_modules_dunder_all(project):
    files = {
        "shop/__init__.py": "from .prices import *\n",
        "shop/_round.py": "def cents(x):\n    return round(x, 2)\n",
        "shop/prices.py": "from ._round import cents\n\n__all__ = ['total']\n\n\ndef total(xs):\n    return cents(sum(xs))\n",
        "tests/test_shop.py": "from shop import cents, total\n",
    }
    failure = runtime_failure(
        "tests/test_shop.py",
        1,
        "ImportError",
        "cannot import name 'cents' from 'shop' (/repo/shop/__init__.py)",
    )
    best = _candidates(project, files, failure)[0]
    assert best.file == "shop/prices.py"
    assert best.new_source.splitlines()[2] == "__all__ = ['total', 'cents']"
    assert best.line == 3


def test_it_moves_a_circular_import_into_the_functions_that_use_it(project):
    # core imports rows first, and core itself defines clean: no other module to import it from.
    files = {
        "pkg/__init__.py": "from .core import run\n",
        "pkg/rows.py": (
            'import os\nfrom .core import clean\n\n\ndef row(s):\n    """One row."""\n'
            "    return clean(s) + os.sep\n"
        ),
        "pkg/core.py": "from .rows import row\n\n\ndef clean(s):\n    return s.strip()\n\n\ndef run(s):\n    return row(s)\n",
    }
    failure = runtime_failure(
        "pkg/rows.py",
        2,
        "ImportError",
        "cannot import name 'clean' from partially initialized module 'pkg.core' "
        "(most likely due to a circular import) (/repo/pkg/core.py)",
    )
    sources = [c.new_source for c in _candidates(project, files, failure)]
    assert (
        'import os\n\n\ndef row(s):\n    """One row."""\n    from .core import clean\n    return clean(s) + os.sep\n'
        in sources
    )
    # Or the module, read for its attribute only when row() runs.
    assert (
        'import os\nfrom . import core\n\n\ndef row(s):\n    """One row."""\n    return core.clean(s) + os.sep\n'
        in sources
    )


def test_it_lists_a_name_the_modules_own_star_import_should_bind_in_its_source_dunder_all(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/units.py": "import math\n\n__all__ = ('inch',)\n\ninch = 2.54\nfoot = 30.48\n",
        "pkg/length.py": "from .units import *\n\n\ndef feet(cm):\n    return cm / foot\n",
    }
    failure = runtime_failure("pkg/length.py", 5, "NameError", "name 'foot' is not defined")
    best = _candidates(project, files, failure)[0]
    assert best.file == "pkg/units.py"
    assert best.new_source.splitlines()[2] == "__all__ = ('inch', 'foot')"


def test_it_imports_a_class_of_a_repository_package_written_as_its_submodule(project):
    files = {
        "shapes/__init__.py": "class Circle:\n    pass\n",
        "shapes/draw.py": "import shapes.Circle\n\n\ndef ring():\n    return Circle()\n",
    }
    failure = runtime_failure("shapes/draw.py", 1, "ModuleNotFoundError", "No module named 'shapes.Circle'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from shapes import Circle\n")


def test_it_imports_a_class_of_a_standard_library_package_written_as_its_submodule(project):
    files = {"pkg/__init__.py": "", "pkg/seen.py": "import collections.OrderedDict\n\nSEEN = OrderedDict()\n"}
    failure = runtime_failure(
        "pkg/seen.py", 1, "ModuleNotFoundError", "No module named 'collections.OrderedDict'"
    )
    sources = [c.new_source for c in _candidates(project, files, failure)]
    assert "from collections import OrderedDict\n\nSEEN = OrderedDict()\n" in sources


def test_it_gives_a_module_import_back_the_alias_the_code_reads(project):
    # `import operator` lost its `as op`: the code reads op.add and never the module's own name
    # (the method's local `operator` is its own), so the import takes the alias on its line.
    files = {
        "calc.py": "import ast\nimport operator\n\nOPS = {ast.Add: op.add, ast.Sub: op.sub}\n\n\n"
        "class Calc:\n    def run(self, node):\n        operator = OPS[type(node)]\n        return operator(1, 2)\n"
    }
    failure = runtime_failure("calc.py", 4, "NameError", "name 'op' is not defined", name="op")
    best = _candidates(project, files, failure)[0]
    assert best.new_source == files["calc.py"].replace("import operator\n", "import operator as op\n")
    assert best.line == 2


def test_it_leaves_an_import_the_module_reads_under_its_own_name(project):
    files = {"calc.py": "import operator\n\nOPS = {1: op.add, 2: operator.sub}\n"}
    failure = runtime_failure("calc.py", 3, "NameError", "name 'op' is not defined", name="op")
    assert not any("import operator as op" in c.new_source for c in _candidates(project, files, failure))


def test_it_gives_a_repository_module_an_alias_only_when_it_defines_what_the_code_reads(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/helpers.py": "def ten():\n    return 10\n",
        "pkg/app.py": "from pkg import helpers\n\n\ndef run():\n    return hp.ten(), hp.eleven()\n",
    }
    failure = runtime_failure("pkg/app.py", 5, "NameError", "name 'hp' is not defined", name="hp")
    assert not any("helpers as hp" in c.new_source for c in _candidates(project, files, failure))
    files["pkg/helpers.py"] += "\n\ndef eleven():\n    return 11\n"
    assert any("from pkg import helpers as hp" in c.new_source for c in _candidates(project, files, failure))


# -- round 45 (pylayers19): a package's re-export is corrected before it is removed ---------------
def _reexport_project(user: str) -> dict[str, str]:
    return {
        "dom/__init__.py": "from .tree import Tree\n",
        "dom/nodes/__init__.py": "from .node import Node\nfrom .ir_node import IRNode\n",
        "dom/nodes/node.py": "class Node:\n    pass\n",
        "dom/nodes/ir_node.py": "class IrNode:\n    pass\n",
        "dom/tree.py": user,
    }


def test_a_re_export_its_package_users_read_corrected_is_never_removed(project):
    # dompa (round 44's held-out half): `from .ir_node import IRNode` in the nodes package, the
    # class being IrNode, and the package's users importing IrNode from the package. Removing the
    # re-export compiles and changes the package's API; the correction is the fix.
    files = _reexport_project("from .nodes import IrNode, Node\n\n\nclass Tree:\n    root: IrNode\n")
    failure = runtime_failure(
        "dom/nodes/__init__.py", 2, "ImportError", "cannot import name 'IRNode' from 'dom.nodes.ir_node'"
    )
    candidates = _candidates(project, files, failure)
    assert candidates[0].new_source == "from .node import Node\nfrom .ir_node import IrNode\n"
    assert all("ir_node" in c.new_source for c in candidates)


def test_a_re_export_nobody_reads_is_removed_only_after_every_correction(project):
    files = _reexport_project("from .nodes import Node\n\n\nclass Tree:\n    root: Node\n")
    failure = runtime_failure(
        "dom/nodes/__init__.py", 2, "ImportError", "cannot import name 'IRNode' from 'dom.nodes.ir_node'"
    )
    descriptions = [c.description for c in _candidates(project, files, failure)]
    assert descriptions[0].startswith("import IrNode from")
    assert descriptions[-1] == "remove the import statement"


def _shapes_project(body: str) -> dict[str, str]:
    return {
        "shapes/__init__.py": "",
        "shapes/polygon.py": f"class Heap:\n{body}",
        "shapes/area.py": "from shapes.polygons import Heap\n\n\ndef area(p):\n    return Heap.of(p)\n",
    }


def test_it_imports_from_the_repository_module_one_edit_away_before_a_stdlib_exporter(project):
    # The standard library has a Heap elsewhere (as the sandbox says); the package's own
    # shapes.polygon defines it, one letter from the missing shapes.polygons: that one, and only it.
    files = _shapes_project("    @classmethod\n    def of(cls, p):\n        return p\n")
    failure = runtime_failure(
        "shapes/area.py",
        1,
        "ModuleNotFoundError",
        "No module named 'shapes.polygons'",
        stdlib_exporters={"Heap": ["0:heapqueue"]},
    )
    candidates = _candidates(project, files, failure)
    assert candidates[0].new_source.startswith("from shapes.polygon import Heap\n")
    assert not any("heapqueue" in c.new_source for c in candidates)


def test_it_still_knows_a_sibling_class_whose_body_does_not_parse(project):
    files = _shapes_project("    @classmethod\n    def of(cls, p):\n        x = 1\n            return p\n")
    failure = runtime_failure(
        "shapes/area.py",
        1,
        "ModuleNotFoundError",
        "No module named 'shapes.polygons'",
        stdlib_exporters={"Heap": ["0:heapqueue"]},
    )
    candidates = _candidates(project, files, failure)
    assert candidates[0].new_source.startswith("from shapes.polygon import Heap\n")
    assert not any("heapqueue" in c.new_source for c in candidates)


def test_it_keeps_the_stdlib_exporter_when_no_repository_module_binds_the_name(project):
    # Outside the repository's package (a module of another Python version), the exporter stays.
    files = {"m.py": "from urlparse import urljoin\n\n\ndef f(a, b):\n    return urljoin(a, b)\n"}
    failure = runtime_failure(
        "m.py",
        1,
        "ModuleNotFoundError",
        "No module named 'urlparse'",
        stdlib_exporters={"urljoin": ["0:urllib.parse"]},
    )
    candidates = _candidates(project, files, failure)
    assert candidates[0].new_source.startswith("from urllib.parse import urljoin\n")


def test_it_indexes_the_name_of_a_definition_whose_body_does_not_parse():
    files = {
        "pkg/__init__.py": "",
        "pkg/a.py": "X = 1\n\n\nclass Broken:\n    def m(self):\n        a = 1\n            b = 2\n",
    }
    index = ModuleIndex.build(files, files.get)
    assert index.defines("pkg.a") == {"X", "Broken"}
    # The plain tolerant parse (the syntax fixer's signatures) still leaves the statement out.
    assert "Broken" not in ast_names(parse_around_errors(files["pkg/a.py"]))


def ast_names(tree) -> set[str]:
    return {node.name for node in tree.body if hasattr(node, "name")}


def test_it_imports_the_module_an_alias_names_when_the_aliased_one_is_gone(project):
    files = {"chk.py": "import oldstyle as newstyle\n\n\ndef run(p):\n    return newstyle.check(p)\n"}
    failure = runtime_failure(
        "chk.py", 1, "ModuleNotFoundError", "No module named 'oldstyle'", installed_modules=["newstyle"]
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("import newstyle\n\n\ndef run")
    assert best.description == "import newstyle, the module the alias names"


def test_it_does_not_take_an_alias_that_names_no_module(project):
    files = {"chk.py": "import oldstyle as ns\n\n\ndef run(p):\n    return ns.check(p)\n"}
    failure = runtime_failure(
        "chk.py", 1, "ModuleNotFoundError", "No module named 'oldstyle'", installed_modules=["newstyle"]
    )
    assert not any(c.new_source.startswith("import ns\n") for c in _candidates(project, files, failure))


def test_it_still_indexes_a_module_whose_broken_definition_has_a_keyword_for_a_name():
    # `def None(...)` as a stub is the same SyntaxError again: the tolerant parse spent its tries
    # on it and gave up the whole module, which the plain tolerant parse keeps.
    files = {
        "pkg/__init__.py": "",
        "pkg/a.py": "X = 1\n\n\ndef None(x):\n    return x\n\n\nclass Kept:\n    pass\n",
    }
    assert ModuleIndex.build(files, files.get).defines("pkg.a") == {"X", "Kept"}


def test_it_puts_the_alias_module_after_a_spelling_one_edit_from_the_aliased_name(project):
    # `simplejsn` is simplejson misspelt (one letter): the statement meant simplejson as json, and
    # the module the alias names (the standard json) is another library; it comes second.
    files = {"chk.py": "import simplejsn as json\n\n\ndef run(p):\n    return json.loads(p)\n"}
    failure = runtime_failure(
        "chk.py", 1, "ModuleNotFoundError", "No module named 'simplejsn'", installed_modules=["simplejson"]
    )
    sources = [c.new_source for c in _candidates(project, files, failure)]
    assert sources[0].startswith("import simplejson as json\n")
    assert any(s.startswith("import json\n") for s in sources[1:])


def test_it_joins_a_lost_module_to_the_files_import_of_several_and_reports_that_line(project):
    # The file imports its standard modules several to a statement: the lost one goes back there,
    # and the fix names the statement it edits, not the line that read the name.
    files = {
        "tool.py": (
            '"""A tool."""\n\nimport json, os\n\n\ndef main(path):\n'
            "    if not os.path.exists(path):\n        sys.exit(1)\n    return json.load(open(path))\n"
        )
    }
    failure = runtime_failure("tool.py", 8, "NameError", "name 'sys' is not defined", name="sys")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.splitlines()[2] == "import json, os, sys"
    assert best.description == "add the missing import sys to the import of json, os"
    assert best.line == 3


def test_a_joined_module_keeps_an_unsorted_statements_order(project):
    files = {"t.py": "import re, collections\n\n\ndef f(s):\n    return math.floor(len(re.split(',', s)))\n"}
    failure = runtime_failure("t.py", 5, "NameError", "name 'math' is not defined", name="math")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("import re, collections, math\n")
    assert best.line == 1


def test_a_lost_module_is_not_joined_to_a_statement_of_another_section_or_with_an_alias(project):
    # numpy is no standard module, and `import re as regex, json` renames: neither statement is
    # where a lost `import sys` stood, so it gets a statement of its own, reported where it is read.
    files = {
        "a.py": "import numpy, pandas\nimport re as regex, json\n\n\ndef f():\n    return sys.argv\n",
    }
    failure = runtime_failure("a.py", 6, "NameError", "name 'sys' is not defined", name="sys")
    candidates = _candidates(project, files, failure)
    assert not any("to the import of" in c.description for c in candidates)
    added = next(c for c in candidates if c.description == "add the missing import sys")
    assert added.line == 6
