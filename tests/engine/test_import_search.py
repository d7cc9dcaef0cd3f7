"""The generic IMPORT search (fixers/import_search.py): each rewrite on a synthetic project, and the
static guard that keeps any candidate that does not resolve in the universe from a sandbox trial."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from healer.engine.fixers import FIXERS
from healer.engine.fixers.import_search import (
    MODULE_TREE_CODE,
    ImportPhaseFixer,
    ImportSearchFixer,
    distance,
    spelling_key,
)
from healer.engine.fixers.imports import ImportFixer

from .fixer_helpers import context, runtime_failure


def _candidates(project, files, failure, fixer=None):
    ws = project(files)
    return (fixer or ImportSearchFixer()).candidates(failure, context(ws))


def test_it_sets_british_and_american_spellings_plural_and_separators_aside():
    assert spelling_key("authorise") == spelling_key("authorize")
    assert spelling_key("Colour_Maps") == spelling_key("colormap")
    assert distance("authorise", "authorize") == 0.5
    assert distance("utilz", "utils") == 1.0
    assert distance("parser", "printer") is None


def test_it_repairs_the_segment_of_an_installed_dotted_module_the_sandbox_listed(project):
    files = {
        "app/__init__.py": "",
        "app/creds.py": "from vendor.client.authorise.oauth import Token\n\nT = Token\n",
    }
    tree = {
        "vendor.client.authorise.oauth": [
            "vendor.client|",
            "vendor.client.authorize|",
            "vendor.client.authorize.oauth|Token,Consumer",
        ]
    }
    failure = runtime_failure(
        "app/creds.py",
        1,
        "ModuleNotFoundError",
        "No module named 'vendor.client.authorise'",
        module_tree=tree,
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from vendor.client.authorize.oauth import Token\n")


def test_it_never_proposes_a_module_that_does_not_bind_the_imported_names(project):
    files = {
        "app/__init__.py": "",
        "app/creds.py": "from vendor.client.authorise.oauth import Secret\n\nS = Secret\n",
    }
    tree = {"x": ["vendor.client|", "vendor.client.authorize|", "vendor.client.authorize.oauth|Token"]}
    failure = runtime_failure(
        "app/creds.py",
        1,
        "ModuleNotFoundError",
        "No module named 'vendor.client.authorise'",
        module_tree=tree,
    )
    assert _candidates(project, files, failure) == []


def test_it_repairs_a_misspelt_repository_module_segment(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/colours/__init__.py": "",
        "pkg/colours/names.py": "RED = 1\n",
        "pkg/app.py": "from pkg.colors.names import RED\n\nX = RED\n",
    }
    failure = runtime_failure("pkg/app.py", 1, "ModuleNotFoundError", "No module named 'pkg.colors'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from pkg.colours.names import RED\n")


def test_it_finds_a_module_named_from_one_package_level_off(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/core/__init__.py": "",
        "pkg/core/units.py": "def metres(x):\n    return x\n",
        "pkg/app.py": "from pkg.units import metres\n\nX = metres(1)\n",
    }
    failure = runtime_failure("pkg/app.py", 1, "ModuleNotFoundError", "No module named 'pkg.units'")
    sources = [c.new_source for c in _candidates(project, files, failure)]
    assert "from pkg.core.units import metres\n\nX = metres(1)\n" in sources


def test_it_guards_an_import_only_annotations_read_when_the_module_cannot_be_imported(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/writer.py": (
            '"""Writer."""\n\nimport csv\nfrom _checkeronly import SupportsWrite\n\n\n'
            "def write(out: SupportsWrite[str]) -> None:\n    csv.writer(out)\n"
        ),
    }
    failure = runtime_failure("pkg/writer.py", 4, "ModuleNotFoundError", "No module named '_checkeronly'")
    best = _candidates(project, files, failure)[0]
    assert "if TYPE_CHECKING:\n    from _checkeronly import SupportsWrite\n" in best.new_source
    assert "from typing import TYPE_CHECKING\n" in best.new_source
    assert '"""Writer."""\n\nfrom __future__ import annotations\n' in best.new_source


def test_it_leaves_an_import_read_at_run_time_outside_any_guard(project):
    files = {"pkg/__init__.py": "", "pkg/writer.py": "from _checkeronly import Sink\n\nS = Sink()\n"}
    failure = runtime_failure("pkg/writer.py", 1, "ModuleNotFoundError", "No module named '_checkeronly'")
    assert all("TYPE_CHECKING" not in c.new_source for c in _candidates(project, files, failure))


def test_it_drops_an_import_of_a_missing_module_nothing_reads(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/writer.py": "import csv\nfrom _checkeronly import Sink\n\nW = csv.writer\n",
    }
    failure = runtime_failure("pkg/writer.py", 2, "ModuleNotFoundError", "No module named '_checkeronly'")
    best = _candidates(project, files, failure)[0]
    assert best.new_source == "import csv\n\nW = csv.writer\n"


def test_it_keeps_an_unread_import_of_a_missing_module_in_a_package_init(project):
    files = {"pkg/__init__.py": "from _checkeronly import Sink\n", "pkg/a.py": "A = 1\n"}
    failure = runtime_failure("pkg/__init__.py", 1, "ModuleNotFoundError", "No module named '_checkeronly'")
    assert _candidates(project, files, failure) == []


def test_it_postpones_annotations_that_read_a_name_imported_only_for_type_checkers(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/model.py": "class Version:\n    pass\n",
        "pkg/compare.py": (
            "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from pkg.model import Version\n\n\n"
            "def newer(a: Version, b: Version) -> bool:\n    return True\n"
        ),
    }
    failure = runtime_failure("pkg/compare.py", 7, "NameError", "name 'Version' is not defined")
    best = _candidates(project, files, failure, ImportPhaseFixer())[0]
    assert best.new_source.startswith("from __future__ import annotations\n")


def test_it_imports_at_run_time_a_name_the_code_calls_but_only_type_checkers_import(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/calc.py": (
            "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from decimal import Decimal\n\n\n"
            "def half(x):\n    return Decimal(x) / 2\n"
        ),
    }
    failure = runtime_failure("pkg/calc.py", 8, "NameError", "name 'Decimal' is not defined")
    sources = [c.new_source for c in _candidates(project, files, failure, ImportPhaseFixer())]
    assert "from decimal import Decimal\n\n\ndef half(x):\n    return Decimal(x) / 2\n" in sources


def test_it_replaces_a_misspelt_imported_name_by_one_the_module_binds(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/shapes.py": "class Rectangle:\n    pass\n",
        "pkg/app.py": "from pkg.shapes import Rectnagle\n\nR = Rectnagle\n",
    }
    failure = runtime_failure(
        "pkg/app.py", 1, "ImportError", "cannot import name 'Rectnagle' from 'pkg.shapes' (pkg/shapes.py)"
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from pkg.shapes import Rectangle as Rectnagle\n")


def test_it_adds_the_missing_self_prefix_when_the_class_binds_the_name(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/race.py": (
            "class Race:\n    def lap(self):\n        return 1\n\n    def total(self):\n        return lap() * 2\n"
        ),
    }
    failure = runtime_failure("pkg/race.py", 6, "NameError", "name 'lap' is not defined")
    best = _candidates(project, files, failure)[0]
    assert "return self.lap() * 2" in best.new_source


def test_it_adds_an_import_only_when_exactly_one_module_defines_the_name(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/a.py": "def helper():\n    return 1\n",
        "pkg/b.py": "def helper():\n    return 2\n",
        "pkg/app.py": "X = helper()\n",
    }
    failure = runtime_failure("pkg/app.py", 1, "NameError", "name 'helper' is not defined")
    assert all("import helper" not in c.new_source for c in _candidates(project, files, failure))


def test_it_lists_the_modules_and_names_under_the_deepest_existing_package(tmp_path):
    """MODULE_TREE_CODE, run here with this interpreter as the sandbox runs it: read, never imported."""
    package = tmp_path / "vendorpkg" / "authorize"
    package.mkdir(parents=True)
    (tmp_path / "vendorpkg" / "__init__.py").write_text("raise RuntimeError('never imported')\n")
    (package / "__init__.py").write_text("")
    (package / "oauth.py").write_text("class Token:\n    pass\n\n\nLIMIT = 3\n")
    run = subprocess.run(
        [sys.executable, "-c", MODULE_TREE_CODE, "vendorpkg.authorise.oauth"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        timeout=60,
    )
    line = next(x for x in run.stdout.splitlines() if x.startswith("HEALER-JSON:"))
    items = json.loads(line[len("HEALER-JSON:") :])
    assert "vendorpkg.authorize.oauth|LIMIT,Token" in items
    assert "vendorpkg.authorize|" in items


def test_it_offers_the_phase_repair_in_the_regular_tier_before_the_families():
    """At equal priority the repair loop tries the earlier fixer first: the phase fixer's unguarded
    import comes before a family's second import of the same name."""
    kinds = [type(f) for f in FIXERS]
    assert not ImportPhaseFixer.fallback and ImportSearchFixer.fallback
    assert kinds.index(ImportPhaseFixer) < kinds.index(ImportFixer)


def test_it_offers_no_phase_repair_for_a_name_imported_at_run_time(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/calc.py": "from decimal import Decimal\n\n\ndef half(x):\n    return Dec(x)\n",
    }
    failure = runtime_failure("pkg/calc.py", 5, "NameError", "name 'Dec' is not defined")
    assert _candidates(project, files, failure, ImportPhaseFixer()) == []
