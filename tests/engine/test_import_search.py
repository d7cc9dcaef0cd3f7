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
    abbreviated,
    distance,
    shortened,
    spelling_key,
)
from healer.engine.fixers.imports import ImportFixer, cannot_load
from healer.engine.pyindex import ModuleIndex

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


# -- round 39: names resolved against what the sandbox really has ----------------------------------
HAZMAT_TREE = {
    "vendor.hazmat": [
        "vendor|",
        "vendor.hazmat|",
        "vendor.hazmat.backends|default_backend",
        "vendor.hazmat.primitives|",
        "vendor.hazmat.primitives.serialization|load_pem_private_key,Encoding",
        "vendor.hazmat.primitives.hashes|SHA256",
    ]
}


def test_it_imports_a_submodule_from_the_installed_package_level_that_holds_it(project):
    files = {
        "app/__init__.py": "",
        "app/v4.py": "from vendor.hazmat import serialization\n\nS = serialization\n",
    }
    message = "cannot import name 'serialization' from 'vendor.hazmat' (/site/vendor/hazmat/__init__.py)"
    failure = runtime_failure("app/v4.py", 1, "ImportError", message, module_tree=HAZMAT_TREE)
    best = _candidates(project, files, failure)[0]
    assert best.new_source == "from vendor.hazmat.primitives import serialization\n\nS = serialization\n"
    # Without the sandbox's tree of the package there is nothing to resolve it against.
    bare = runtime_failure("app/v4.py", 1, "ImportError", message)
    assert all("primitives" not in c.new_source for c in _candidates(project, files, bare))


def test_it_imports_a_name_from_the_installed_module_that_defines_it(project):
    files = {"app/__init__.py": "", "app/h.py": "from vendor.hazmat import SHA256\n\nH = SHA256\n"}
    message = "cannot import name 'SHA256' from 'vendor.hazmat'"
    failure = runtime_failure("app/h.py", 1, "ImportError", message, module_tree=HAZMAT_TREE)
    best = _candidates(project, files, failure)[0]
    assert best.new_source.startswith("from vendor.hazmat.primitives.hashes import SHA256\n")


def test_it_leaves_a_repository_module_to_the_structural_search(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/a.py": "",
        "pkg/deep/__init__.py": "",
        "pkg/deep/thing.py": "X = 1\n",
        "pkg/app.py": "from pkg.a import thing\n\nT = thing\n",
    }
    tree = {"pkg.a": ["pkg|", "pkg.a|", "pkg.deep|", "pkg.deep.thing|X"]}
    failure = runtime_failure(
        "pkg/app.py", 1, "ImportError", "cannot import name 'thing' from 'pkg.a'", module_tree=tree
    )
    assert all("pkg.deep" not in c.new_source for c in _candidates(project, files, failure))


def test_it_repairs_a_shortened_module_segment_that_binds_every_imported_name(project):
    files = {
        "app/__init__.py": "",
        "app/rst.py": "from vendor.writers.html5 import Translator, Writer\n\nW = Writer\n",
    }
    tree = {
        "vendor.writers.html5": [
            "vendor|",
            "vendor.writers|",
            "vendor.writers.html4css1|Translator,Writer",
            "vendor.writers.html5_polyglot|Translator,Writer",
            "vendor.writers.html5_plain|Writer",
        ]
    }
    message = "No module named 'vendor.writers.html5'"
    failure = runtime_failure("app/rst.py", 1, "ModuleNotFoundError", message, module_tree=tree)
    sources = [c.new_source for c in _candidates(project, files, failure)]
    assert sources[0].startswith("from vendor.writers.html5_polyglot import Translator, Writer\n")
    # html5_plain is shortened to html5 too, but does not bind Translator; html4css1 is no shortening.
    assert not any("html5_plain" in s or "html4css1" in s for s in sources)


def test_it_never_offers_a_shortened_segment_whose_names_are_unread(project):
    files = {"app/__init__.py": "", "app/rst.py": "from vendor.writers.html5 import Writer\n\nW = Writer\n"}
    tree = {"vendor.writers.html5": ["vendor|", "vendor.writers|", "vendor.writers.html5_polyglot"]}
    message = "No module named 'vendor.writers.html5'"
    failure = runtime_failure("app/rst.py", 1, "ModuleNotFoundError", message, module_tree=tree)
    assert _candidates(project, files, failure) == []


def test_it_tells_a_shortened_name_from_a_merely_similar_one():
    assert shortened("html5", "html5_polyglot") and shortened("import_hooks3", "import_hooks_py3")
    assert not shortened("html5", "xhtml5") and not shortened("html5", "html4css1")
    assert abbreviated("html5", ["html5_polyglot", "html", "html4css1"]) == ["html5_polyglot"]


HOOKS = {
    "pkg/__init__.py": "from pkg.main import run\n",
    "pkg/hooks.py": "import imp\n\nLOADER = imp\n",
    "pkg/hooks_py3.py": "import importlib\n\nLOADER = importlib\n",
    "pkg/main.py": "from . import hooks3 as hooks\n\n\ndef run():\n    return hooks.LOADER\n",
}


def test_it_ranks_last_a_sibling_module_that_imports_what_the_sandbox_lacks(project):
    message = "cannot import name 'hooks3' from 'pkg' (/repo/pkg/__init__.py)"
    listing = ["importlib", "os", "pkgutil"]  # the sandbox's top-level modules: no imp (Python 3.12+)
    failure = runtime_failure("pkg/main.py", 1, "ImportError", message, installed_modules=listing)
    for fixer in (ImportFixer(), ImportSearchFixer()):
        ranked = sorted(_candidates(project, HOOKS, failure, fixer), key=lambda c: c.priority)
        assert ranked[0].new_source.startswith("from . import hooks_py3 as hooks\n"), fixer
    # The sandbox's listing unknown: nothing is known not to load, the nearest spelling stays first.
    unknown = runtime_failure("pkg/main.py", 1, "ImportError", message)
    ranked = sorted(_candidates(project, HOOKS, unknown, ImportFixer()), key=lambda c: c.priority)
    assert ranked[0].new_source.startswith("from . import hooks as hooks\n")


def test_it_knows_a_module_cannot_load_only_from_the_sandboxs_listing(project):
    ws = project(HOOKS)
    index = ModuleIndex.build(tuple(HOOKS), ws.read_text)
    lacking = runtime_failure("pkg/main.py", 1, "ImportError", "x", installed_modules=["importlib"])
    assert cannot_load(index, "pkg.hooks", lacking)
    assert not cannot_load(index, "pkg.hooks_py3", lacking)
    assert not cannot_load(index, "pkg.main", lacking)  # a relative import of its own package
    assert not cannot_load(index, "pkg.hooks", runtime_failure("pkg/main.py", 1, "ImportError", "x"))


def test_it_asks_the_sandbox_for_its_modules_and_the_package_tree_of_a_name_it_lacks(monkeypatch):
    from healer.engine.languages.python import PythonLanguage

    language = PythonLanguage.__new__(PythonLanguage)
    language._facts, asked = {}, []
    language.plan = type("Plan", (), {"source_files": ()})()

    def answer(code, key, *args):
        asked.append(key)
        return {"installed": ["cryptography"], "tree:cryptography.hazmat": ["cryptography.hazmat|"]}.get(key)

    monkeypatch.setattr(language, "_sandbox_json", answer)
    message = "cannot import name 'serialization' from 'cryptography.hazmat'"
    failure = runtime_failure("app/v4.py", 1, "ImportError", message)
    language.prepare(failure, read_source=lambda f: "from cryptography.hazmat import serialization\n")
    assert "installed" in asked and "tree:cryptography.hazmat" in asked
    assert failure.extra["installed_modules"] == ["cryptography"]
    assert failure.extra["module_tree"]["cryptography.hazmat"] == ["cryptography.hazmat|"]


def test_it_asks_for_the_sandboxs_modules_on_a_circular_import_too(monkeypatch):
    """strip_hints' `from . import import_hooks3` fails as a partially initialised package: the
    listing is still needed to rank its siblings (imports.cannot_load); no tree of the repository."""
    from healer.engine.languages.python import PythonLanguage

    language = PythonLanguage.__new__(PythonLanguage)
    language._facts, asked = {}, []
    language.plan = type("Plan", (), {"source_files": ()})()
    monkeypatch.setattr(language, "_sandbox_json", lambda code, key, *args: asked.append(key) or ["os"])
    message = (
        "cannot import name 'hooks3' from partially initialized module 'pkg' "
        "(most likely due to a circular import) (pkg/__init__.py)"
    )
    failure = runtime_failure("pkg/main.py", 1, "ImportError", message)
    language.prepare(failure, read_source=lambda f: "from . import hooks3 as hooks\n")
    assert failure.extra["installed_modules"] == ["os"]
    assert not any(key.startswith("tree:") for key in asked)
