from __future__ import annotations

import json
import subprocess
import sys

from healer.engine.fixers.import_sources import (
    SUBMODULE_EXPORTERS_CODE,
    rank_by_context,
    repository_sources,
    submodule_query,
)
from healer.engine.fixers.imports import ImportFixer
from healer.engine.pyindex import ModuleIndex

from .fixer_helpers import context, runtime_failure


def _candidates(project, files, failure):
    ws = project(files)
    return ImportFixer().candidates(failure, context(ws, tests=frozenset(f for f in files if "test" in f)))


def _index(files: dict[str, str]) -> ModuleIndex:
    return ModuleIndex.build(files, files.get)


def test_it_imports_a_module_from_the_subpackage_that_holds_it(project):
    files = {
        "atlas/__init__.py": "",
        "atlas/geo/__init__.py": "",
        "atlas/geo/bearing.py": "def north():\n    return 0\n",
        "atlas/geo/route.py": "import math\n\nfrom atlas import bearing\n\nX = bearing.north(), math.pi\n",
    }
    failure = runtime_failure(
        "atlas/geo/route.py",
        3,
        "ImportError",
        "cannot import name 'bearing' from 'atlas' (atlas/__init__.py)",
    )
    best = _candidates(project, files, failure)[0]
    assert best.new_source.splitlines()[2] == "from atlas.geo import bearing"
    assert best.description == "import bearing from atlas.geo, which provides it"


def test_it_keeps_the_rest_of_the_line_and_takes_the_name_from_the_installed_submodule(project):
    files = {"render/page.py": "from glyphs import Font, parse_glyph\n\nX = Font, parse_glyph\n"}
    failure = runtime_failure(
        "render/page.py",
        1,
        "ImportError",
        "cannot import name 'parse_glyph' from 'glyphs' (/deps/site/glyphs/__init__.py)",
        module_names=["Font", "load"],
        submodule_sources={"glyphs parse_glyph": ["0:glyphs.outline", "0:glyphs.parse"]},
    )
    sources = [c.new_source for c in _candidates(project, files, failure)]
    # glyphs.parse shares a word with parse_glyph: nearer the name than glyphs.outline.
    assert sources[0].startswith("from glyphs import Font\nfrom glyphs.parse import parse_glyph\n")
    assert sources[1].startswith("from glyphs import Font\nfrom glyphs.outline import parse_glyph\n")


def test_it_proposes_no_module_that_does_not_define_the_name(project):
    files = {
        "atlas/__init__.py": "",
        "atlas/geo/__init__.py": "",
        "atlas/geo/bearing.py": "def north():\n    return 0\n",
        "atlas/geo/route.py": "from atlas import heading\n\nX = heading\n",
    }
    failure = runtime_failure(
        "atlas/geo/route.py",
        1,
        "ImportError",
        "cannot import name 'heading' from 'atlas' (atlas/__init__.py)",
    )
    assert not any("which provides it" in c.description for c in _candidates(project, files, failure))
    assert (
        repository_sources(_index(files), package="atlas", names=["heading"], importer="atlas.geo.route")
        == []
    )


def test_it_ranks_the_importers_own_subpackage_first():
    files = {
        "kit/__init__.py": "",
        "kit/audio/__init__.py": "",
        "kit/audio/clock.py": "",
        "kit/video/__init__.py": "",
        "kit/video/clock.py": "",
        "kit/video/frames.py": "from kit import clock\n",
    }
    found = repository_sources(_index(files), package="kit", names=["clock"], importer="kit.video.frames")
    assert found == ["kit.video", "kit.audio"]


def test_it_finds_a_name_a_package_init_elsewhere_re_exports():
    files = {
        "app/__init__.py": "",
        "app/views.py": "from app import Money\n",
        "ledger/__init__.py": "from ledger.core import Money\n",
        "ledger/core.py": "class Money:\n    pass\n",
    }
    found = repository_sources(_index(files), package="app", names=["Money"], importer="app.views")
    assert found == ["ledger"]


def test_it_ranks_a_submodule_named_like_the_name_first():
    assert rank_by_context(["pkg.misc", "pkg.nth"], names=["parse_nth"], importer="other.m") == [
        "pkg.nth",
        "pkg.misc",
    ]


def test_it_asks_the_sandbox_only_about_installed_packages():
    files = {"shop/__init__.py": "", "shop/cart.py": "from glyphs import parse_glyph\nfrom shop import tax\n"}
    installed = runtime_failure(
        "shop/cart.py", 1, "ImportError", "cannot import name 'parse_glyph' from 'glyphs'"
    )
    own = runtime_failure("shop/cart.py", 2, "ImportError", "cannot import name 'tax' from 'shop'")
    assert submodule_query(failure=installed, read=files.get, source_files=files) == ("glyphs", "parse_glyph")
    assert submodule_query(failure=own, read=files.get, source_files=files) is None


def test_it_lists_the_submodules_that_define_a_name_without_running_their_source(tmp_path):
    package = tmp_path / "vendorlib"
    (package / "text").mkdir(parents=True)
    (package / "__init__.py").write_text("from vendorlib.core import Engine\n")
    (package / "core.py").write_text("class Engine:\n    pass\n")
    # A module that would fail (or do harm) when run is only parsed.
    (package / "text" / "__init__.py").write_text("")
    (package / "text" / "wrap.py").write_text(
        "raise SystemExit(3)\n\ndef hyphenate(word):\n    return word\n"
    )
    (package / "text" / "alias.py").write_text("from vendorlib.text.wrap import hyphenate\n")
    result = subprocess.run(
        [sys.executable, "-c", SUBMODULE_EXPORTERS_CODE, "vendorlib", "hyphenate"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path)},
        check=False,
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("HEALER-JSON:"))
    assert json.loads(line.removeprefix("HEALER-JSON:")) == [
        "0:vendorlib.text.wrap",
        "1:vendorlib.text.alias",
    ]
