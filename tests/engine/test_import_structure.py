"""The structural IMPORT search (fixers/import_structure.py): each rewrite of the failing statement on
a synthetic project, and the static guard that never proposes a provider not known to export the
names."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from healer.engine.fixers import FIXERS
from healer.engine.fixers.import_structure import (
    INSTALLED_EXPORTERS_CODE,
    ImportStructureFixer,
    installed_query,
)
from healer.engine.pyindex import ModuleIndex

from .fixer_helpers import context, runtime_failure


def _sources(project, files, failure):
    ws = project(files)
    return [c.new_source for c in ImportStructureFixer().candidates(failure, context(ws))]


def test_it_is_registered_in_the_fallback_tier():
    assert ImportStructureFixer.fallback
    assert any(isinstance(f, ImportStructureFixer) for f in FIXERS)


def test_it_takes_a_self_imported_modules_names_from_the_module_of_the_same_last_name(project):
    files = {
        "wrap/__init__.py": "",
        "wrap/tables.py": "from .tables import Table, Row\n\n\ndef make():\n    return Table(Row())\n",
    }
    failure = runtime_failure(
        "wrap/tables.py",
        1,
        "ImportError",
        "cannot import name 'Table' from partially initialized module 'wrap.tables' "
        "(most likely due to a circular import)",
        stdlib_exporters={"Table Row": ["0:tables"]},
        installed_modules=["tables"],
    )
    sources = _sources(project, files, failure)
    assert sources[0].startswith("from tables import Table, Row\n")


def test_it_never_proposes_a_provider_not_known_to_export_the_names(project):
    files = {
        "wrap/__init__.py": "",
        "wrap/tables.py": "from .tables import Table, Row\n\n\ndef make():\n    return Table(Row())\n",
    }
    failure = runtime_failure(
        "wrap/tables.py",
        1,
        "ImportError",
        "cannot import name 'Table' from partially initialized module 'wrap.tables'",
        stdlib_exporters={"Table Row": ["0:columns"]},  # another module exports them, not tables
        installed_modules=["tables"],
    )
    sources = _sources(project, files, failure)
    assert all("from tables import" not in s for s in sources)
    assert any(s.startswith("from columns import Table, Row\n") for s in sources)


def test_it_imports_a_package_named_as_a_name_of_itself_as_a_module(project):
    files = {
        "gauge/__init__.py": "def parse(x):\n    return x\n",
        "gauge/middleware.py": "from . import gauge\n\n\ndef run(x):\n    return gauge.parse(x)\n",
    }
    failure = runtime_failure(
        "gauge/middleware.py", 1, "ImportError", "cannot import name 'gauge' from 'gauge'"
    )
    assert _sources(project, files, failure)[0].startswith("import gauge\n")


def test_it_imports_the_module_the_code_spells_in_place_of_a_from_import(project):
    files = {
        "app/__init__.py": "",
        "app/errors.py": (
            "from json.decoder import JSONDecodeError\n\n\n"
            "def bad(error):\n    return isinstance(error, json.decoder.JSONDecodeError)\n"
        ),
    }
    failure = runtime_failure("app/errors.py", 5, "NameError", "name 'json' is not defined")
    best = ImportStructureFixer().candidates(failure, context(project(files)))[0]
    assert best.new_source.startswith("import json\n\n\ndef bad")
    assert best.line == 5  # the read that spells the module


def test_it_imports_a_submodule_the_from_import_took_as_a_name(project):
    files = {
        "app/__init__.py": "",
        "app/paths.py": "from os import path\n\n\ndef here(x):\n    return os.path.join('a', x)\n",
    }
    failure = runtime_failure("app/paths.py", 5, "NameError", "name 'os' is not defined")
    sources = _sources(project, files, failure)
    assert sources[0].startswith("import os.path\n\n\ndef here")
    assert any(s.startswith("import os\n\n\ndef here") for s in sources)


def test_it_keeps_the_from_import_when_the_code_reads_what_it_binds(project):
    files = {
        "app/__init__.py": "",
        "app/paths.py": "from os import path\n\nA = path.sep\nB = os.sep\n",
    }
    failure = runtime_failure("app/paths.py", 4, "NameError", "name 'os' is not defined")
    sources = _sources(project, files, failure)
    assert sources and all("from os import path\n" in s for s in sources)


def test_it_drops_a_name_the_file_already_binds_from_a_provider(project):
    files = {
        "kit/__init__.py": "",
        "kit/common.py": (
            "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from collections.abc import Mapping\n\n\n"
            "def wrap(f):\n    return f\n"
        ),
        "kit/procs.py": (
            "from typing import TYPE_CHECKING\n\nfrom kit.common import Mapping, wrap\n\n"
            "if TYPE_CHECKING:\n    from collections.abc import Mapping\n\nW = wrap\n"
        ),
    }
    failure = runtime_failure(
        "kit/procs.py", 3, "ImportError", "cannot import name 'Mapping' from 'kit.common'"
    )
    assert "from kit.common import wrap\n" in _sources(project, files, failure)[0]


def test_it_takes_a_name_from_a_repository_module_that_exports_it(project):
    files = {
        "kit/__init__.py": "",
        "kit/common.py": "def wrap(f):\n    return f\n",
        "kit/shapes.py": "class Box:\n    pass\n",
        "kit/procs.py": "from kit.common import Box, wrap\n\nB = Box\nW = wrap\n",
    }
    failure = runtime_failure("kit/procs.py", 1, "ImportError", "cannot import name 'Box' from 'kit.common'")
    sources = _sources(project, files, failure)
    assert any("from kit.common import wrap\nfrom kit.shapes import Box\n" in s for s in sources)


def test_it_takes_a_missing_modules_names_from_an_installed_module_that_exports_them(project):
    files = {"app/__init__.py": "", "app/forms.py": "from OldSoup import OldSoup\n\nS = OldSoup\n"}
    failure = runtime_failure(
        "app/forms.py",
        1,
        "ModuleNotFoundError",
        "No module named 'OldSoup'",
        installed_exporters={"OldSoup": ["0:soup4"]},
    )
    assert _sources(project, files, failure)[0].startswith("from soup4 import OldSoup\n")


def test_it_adds_an_undefined_name_to_the_from_import_of_a_module_that_exports_it(project):
    files = {
        "app/__init__.py": "",
        "app/tok.py": "from rex import compile, UNICODE\n\nF = UNICODE | VERBOSE\n",
    }
    failure = runtime_failure(
        "app/tok.py",
        3,
        "NameError",
        "name 'VERBOSE' is not defined",
        installed_exporters={"VERBOSE": ["0:rex"]},
    )
    assert _sources(project, files, failure)[0].startswith("from rex import compile, UNICODE, VERBOSE\n")
    commented = {
        **files,
        "app/tok.py": "from rex import (compile, UNICODE)  # flags\n\nF = UNICODE | VERBOSE\n",
    }
    assert _sources(project, commented, failure)[0].startswith(
        "from rex import (compile, UNICODE, VERBOSE)  # flags\n"
    )
    unknown = runtime_failure("app/tok.py", 3, "NameError", "name 'VERBOSE' is not defined")
    assert _sources(project, files, unknown) == []


def test_it_corrects_a_guard_that_cannot_catch_the_import_error(project):
    files = {
        "app/__init__.py": "",
        "app/fast.py": "try:\n    import fastlib\nexcept AttributeError:\n    fastlib = None\n",
    }
    failure = runtime_failure("app/fast.py", 2, "ModuleNotFoundError", "No module named 'fastlib'")
    sources = _sources(project, files, failure)
    assert sources[0] == "try:\n    import fastlib\nexcept ImportError:\n    fastlib = None\n"
    assert "except (AttributeError, ImportError):" in sources[1]


def test_it_leaves_a_guard_that_already_catches_the_import_error(project):
    files = {
        "app/__init__.py": "",
        "app/fast.py": "try:\n    import fastlib\nexcept (ValueError, Exception):\n    fastlib = None\n",
    }
    failure = runtime_failure("app/fast.py", 2, "ModuleNotFoundError", "No module named 'fastlib'")
    assert all("ImportError" not in s for s in _sources(project, files, failure))


def test_it_counts_no_name_imported_only_for_type_checkers_as_exported(project):
    ws = project(
        {"kit/__init__.py": "", "kit/common.py": "import typing\nif typing.TYPE_CHECKING:\n    import x\n"}
    )
    index = ModuleIndex.build(["kit/__init__.py", "kit/common.py"], lambda f: (ws.root / f).read_text())
    assert "typing" in index.exports("kit.common") and "x" not in index.exports("kit.common")


def test_it_asks_the_sandbox_about_the_failing_statements_names(project):
    ws = project({"app/__init__.py": "", "app/forms.py": "import re\nfrom OldSoup import OldSoup, Tag\n"})
    failure = runtime_failure("app/forms.py", 2, "ModuleNotFoundError", "No module named 'OldSoup'")
    assert installed_query(failure, lambda f: (ws.root / f).read_text()) == ("OldSoup", "Tag")


def test_it_lists_installed_modules_exporting_the_names_read_never_imported(tmp_path):
    """INSTALLED_EXPORTERS_CODE, run here with this interpreter as the sandbox runs it."""
    package = tmp_path / "fakeregex"
    package.mkdir()
    (package / "__init__.py").write_text("raise RuntimeError('never imported')\nfrom .core import *\n")
    (package / "core.py").write_text("__all__ = ['compile', 'VERBOSE']\n")
    (tmp_path / "fakeother.py").write_text("def compile():\n    pass\n")
    run = subprocess.run(
        [sys.executable, "-c", INSTALLED_EXPORTERS_CODE, "VERBOSE", "compile"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        timeout=60,
    )
    line = next(x for x in run.stdout.splitlines() if x.startswith("HEALER-JSON:"))
    found = json.loads(line[len("HEALER-JSON:") :])
    assert "0:fakeregex" in found and "0:fakeother" not in found


def test_it_offers_only_the_packages_own_exporters_for_a_module_missing_from_the_package(project):
    files = {
        "app/__init__.py": "",
        "app/shelf.py": "class Crate:\n    pass\n",
        "app/store.py": "from app.shelves import Crate\n\nC = Crate\n",
    }
    failure = runtime_failure(
        "app/store.py",
        1,
        "ModuleNotFoundError",
        "No module named 'app.shelves'",
        installed_exporters={"Crate": ["0:cratelib"]},
    )
    sources = _sources(project, files, failure)
    assert sources[0].startswith("from app.shelf import Crate\n")
    assert not any("cratelib" in s for s in sources)
    # A module missing outside the package keeps the installed exporter.
    outside = {**files, "app/store.py": "from shelves import Crate\n\nC = Crate\n"}
    failure = runtime_failure(
        "app/store.py",
        1,
        "ModuleNotFoundError",
        "No module named 'shelves'",
        installed_exporters={"Crate": ["0:cratelib"]},
    )
    assert any("from cratelib import Crate" in s for s in _sources(project, outside, failure))


def test_it_writes_the_declared_version_for_a_version_module_the_build_writes(project):
    # setuptools_scm/hatch-vcs write `_version.py` at build time; an sdist without it has only the
    # metadata's version (r370). The cli module binds __version__ by importing the package back:
    # taking it from there is a cycle and must not be offered.
    files = {
        "pyproject.toml": '[project]\nname = "lens"\nversion = "0.4.1"\n',
        "src/lens/__init__.py": '"""Lens."""\n\nfrom ._version import __version__\n',
        "src/lens/cli.py": "from . import __version__\nfrom . import core\n\n\ndef main():\n    return __version__\n",
        "src/lens/core.py": "def parse(text):\n    return text\n",
    }
    failure = runtime_failure(
        "src/lens/__init__.py", 3, "ModuleNotFoundError", "No module named 'lens._version'"
    )
    sources = _sources(project, files, failure)
    assert sources and '__version__ = "0.4.1"\n' in sources[0], sources
    assert not any("from lens.cli import __version__" in s for s in sources), sources


def test_it_reads_the_version_from_pkg_info_and_offers_none_without_one(project):
    files = {
        "PKG-INFO": "Metadata-Version: 2.1\nName: lens\nVersion: 2.0.0rc1\n",
        "lens/__init__.py": "from .version import __version__\n",
    }
    failure = runtime_failure("lens/__init__.py", 1, "ModuleNotFoundError", "No module named 'lens.version'")
    assert '__version__ = "2.0.0rc1"\n' in _sources(project, files, failure)[0]
    # no declared version (dynamic, nothing shipped): no literal is made up
    bare = {"lens/__init__.py": "from .version import __version__\n"}
    ws = project(bare, name="bare")
    assert not any(
        "__version__ =" in c.new_source for c in ImportStructureFixer().candidates(failure, context(ws))
    )
    # a module that is no version module keeps its names' import searched, not a literal
    other = {**files, "lens/__init__.py": "from .helpers import __version__\n"}
    failure = runtime_failure("lens/__init__.py", 1, "ModuleNotFoundError", "No module named 'lens.helpers'")
    ws = project(other, name="other")
    assert not any(
        "__version__ =" in c.new_source for c in ImportStructureFixer().candidates(failure, context(ws))
    )


def test_it_takes_a_missing_name_from_a_sibling_that_does_not_import_the_file_back(project):
    files = {
        "kit/__init__.py": "",
        "kit/shapes.py": "from kit.procs import run\n\n\nclass Box:\n    pass\n",
        "kit/boxes.py": "class Box:\n    pass\n",
        "kit/procs.py": "from kit.common import Box\n\n\ndef run():\n    return Box()\n",
    }
    failure = runtime_failure("kit/procs.py", 1, "ModuleNotFoundError", "No module named 'kit.common'")
    sources = _sources(project, files, failure)
    assert any(s.startswith("from kit.boxes import Box\n") for s in sources), sources
    # kit.shapes imports kit.procs at its top: importing Box from it would run procs again, a cycle
    assert not any("from kit.shapes import Box" in s for s in sources), sources


def test_it_follows_an_import_chain_back_to_the_module_and_ignores_type_checking_imports():
    texts = {
        "p/__init__.py": "from .a import A\n",
        "p/a.py": "from .b import B\n\nA = 1\n",
        "p/b.py": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from .c import C\nB = 2\n",
        "p/c.py": "import p.d\n",
        "p/d.py": "from p import a\n",
    }
    index = ModuleIndex.build(texts, texts.get)
    assert not index.imports_back("p.a", "p")  # p.a -> p.b, whose only further import never runs
    assert not index.imports_back("p.b", "p.c")  # TYPE_CHECKING: never run
    assert index.imports_back("p.c", "p.a")  # p.c -> p.d -> `from p import a`, the submodule p.a
    assert not index.imports_back("p.a", "p.d")
