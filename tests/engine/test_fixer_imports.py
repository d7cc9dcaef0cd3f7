from __future__ import annotations

from healer.engine.fixers.imports import ImportFixer, insert_import
from healer.engine.pyindex import ModuleIndex, parse

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
        "shop/invoice.py": "from .money import rate_for\n",
    }
    failure = runtime_failure(
        "shop/invoice.py", 1, "ImportError", "cannot import name 'rate_for' from 'shop.money'"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source == "from .tax import rate_for\n"


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
    failure = runtime_failure("m.py", 2, "NameError", "name 'defaultdict' is not defined")
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
    failure = runtime_failure("m.py", 1, "ImportError", "cannot import name 'Path' from 'os'")
    candidates = _candidates(project, files, failure)
    assert candidates[0].new_source.startswith("from pathlib import Path\n")
    assert candidates[0].description == "import Path from pathlib"
