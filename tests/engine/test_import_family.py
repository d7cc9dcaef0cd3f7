"""IMPORT from a sibling package of the same family (fixers/import_family.py): `from oslo_serialization
import strutils` -> `from oslo_utils import strutils`, the providers read from what the sandbox has
installed (SIBLING_PROVIDERS_CODE, run here by this interpreter as the sandbox runs it) and from the
repository, ranked by how often the project imports them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from healer.engine.fixers import FIXERS
from healer.engine.fixers.import_family import SIBLING_PROVIDERS_CODE, ImportFamilyFixer, family_query

from .fixer_helpers import context, runtime_failure

LEASES = (
    "from oslo_serialization import jsonutils\nfrom oslo_serialization import strutils\n\nX = strutils.mask\n"
)


def _sources(project, files, failure):
    ws = project(files)
    return [c.new_source for c in ImportFamilyFixer().candidates(failure, context(ws))]


def _strutils(**extra):
    return runtime_failure(
        "client/leases.py",
        2,
        "ImportError",
        "cannot import name 'strutils' from 'oslo_serialization'",
        **extra,
    )


def test_it_is_registered_in_the_regular_tier():
    assert not ImportFamilyFixer.fallback
    assert any(isinstance(f, ImportFamilyFixer) for f in FIXERS)


def test_it_takes_the_name_from_the_sibling_package_the_sandbox_has(project):
    files = {"client/__init__.py": "", "client/leases.py": LEASES}
    failure = _strutils(family_providers={"oslo_serialization strutils": ["0:oslo_utils"]})
    sources = _sources(project, files, failure)
    assert sources[0] == LEASES.replace(
        "from oslo_serialization import strutils", "from oslo_utils import strutils"
    )


def test_it_proposes_nothing_the_sandbox_did_not_show(project):
    files = {"client/__init__.py": "", "client/leases.py": LEASES}
    assert _sources(project, files, _strutils()) == []
    assert _sources(project, files, _strutils(family_providers={"oslo_serialization strutils": []})) == []


def test_it_ranks_the_sibling_the_project_imports_most_first(project):
    files = {
        "client/__init__.py": "",
        "client/leases.py": LEASES,
        "client/hosts.py": "from oslo_utils import timeutils\nimport oslo_utils.uuidutils\n",
    }
    failure = _strutils(family_providers={"oslo_serialization strutils": ["0:oslo_aardvark", "0:oslo_utils"]})
    sources = _sources(project, files, failure)
    assert sources[0].startswith(
        "from oslo_serialization import jsonutils\nfrom oslo_utils import strutils\n"
    )
    assert any("from oslo_aardvark import strutils" in s for s in sources[1:])


def test_it_repairs_a_dotted_import_of_the_missing_submodule(project):
    files = {"client/__init__.py": "", "client/leases.py": "import oslo_serialization.strutils as su\n"}
    failure = runtime_failure(
        "client/leases.py",
        1,
        "ModuleNotFoundError",
        "No module named 'oslo_serialization.strutils'",
        family_providers={"oslo_serialization strutils": ["0:oslo_utils"]},
    )
    assert _sources(project, files, failure)[0] == "import oslo_utils.strutils as su\n"


def test_it_finds_a_sibling_among_the_repositorys_own_packages(project):
    files = {
        "app_core/__init__.py": "",
        "app_core/leases.py": "from app_io import helpers\n",
        "app_io/__init__.py": "",
        "app_util/__init__.py": "",
        "app_util/helpers.py": "def mask():\n    pass\n",
    }
    failure = runtime_failure(
        "app_core/leases.py", 1, "ImportError", "cannot import name 'helpers' from 'app_io'"
    )
    assert _sources(project, files, failure)[0] == "from app_util import helpers\n"


def test_it_asks_the_sandbox_with_the_projects_other_imports(project):
    ws = project({"client/__init__.py": "", "client/leases.py": LEASES, "client/x.py": "import requests\n"})
    query = family_query(_strutils(), lambda f: (ws.root / f).read_text(), tuple(context(ws).source_files))
    assert query is not None and query[:2] == ("oslo_serialization", "strutils")
    assert "requests" in query[2:] and "oslo_serialization" not in query[2:] and "client" not in query


def test_it_lists_sibling_packages_providing_the_name_read_never_imported(tmp_path):
    """SIBLING_PROVIDERS_CODE, run here with this interpreter as the sandbox runs it."""
    for package, files in {
        "fam_serial": {"__init__.py": "", "jsonutils.py": ""},
        "fam_utils": {"__init__.py": "raise RuntimeError('never imported')\n", "strutils.py": ""},
        "fam_attr": {"__init__.py": "from .x import strutils\n"},
        "other": {"__init__.py": "", "strutils.py": ""},
        "dep": {"__init__.py": "", "strutils.py": ""},
    }.items():
        (tmp_path / package).mkdir()
        for name, text in files.items():
            (tmp_path / package / name).write_text(text)
    run = subprocess.run(
        [sys.executable, "-c", SIBLING_PROVIDERS_CODE, "fam_serial", "strutils", "dep"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        timeout=60,
    )
    line = next(x for x in run.stdout.splitlines() if x.startswith("HEALER-JSON:"))
    found = json.loads(line[len("HEALER-JSON:") :])
    assert "0:fam_utils" in found and "1:fam_attr" in found and "0:dep" in found
    assert not any(item.endswith((":other", ":fam_serial")) for item in found)


def test_the_language_asks_the_sandbox_for_the_family_providers(monkeypatch):
    from healer.engine.languages.python import PythonLanguage

    language = PythonLanguage.__new__(PythonLanguage)
    language._facts, asked = {}, []
    language.plan = type("Plan", (), {"source_files": ("client/leases.py",)})()

    def answer(code, key, *args):
        asked.append(key)
        return ["0:oslo_utils"] if key.startswith("family:") else []

    monkeypatch.setattr(language, "_sandbox_json", answer)
    failure = _strutils()
    language.prepare(failure, read_source=lambda f: LEASES)
    assert "family:oslo_serialization strutils" in asked
    assert failure.extra["family_providers"] == {"oslo_serialization strutils": ["0:oslo_utils"]}


def test_the_statement_is_rewritten_on_its_own_line_past_a_form_feed(project):
    # Review of round 44: lines split with str.splitlines() break at a form feed in a comment
    # (ast does not), so the rewrite was made from the line above the import statement.
    source = "# page one\x0c page two\n" + LEASES
    files = {"client/__init__.py": "", "client/leases.py": source}
    failure = runtime_failure(
        "client/leases.py",
        3,
        "ImportError",
        "cannot import name 'strutils' from 'oslo_serialization'",
        family_providers={"oslo_serialization strutils": ["0:oslo_utils"]},
    )
    sources = _sources(project, files, failure)
    assert sources[0] == source.replace(
        "from oslo_serialization import strutils", "from oslo_utils import strutils"
    )
