"""Python: pytest (with Healer's plugin) and ruff, as the engine has always run them.

Discovery is `healer.engine.discovery`, the commands and their reports `healer.engine.checks`,
classification `healer.engine.analysis`, the fixers `healer.engine.fixers`. This module only
puts them behind the language interface (languages/base.py), with the one thing a Python fixer
needs from the sandbox itself: which modules its Python can import.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from healer.engine.analysis import Analysis, analyse
from healer.engine.checks import LintRun, PytestRun, Runner
from healer.engine.discovery import CheckPlan, discover
from healer.engine.fixers import FIXERS
from healer.engine.fixers.base import Fixer
from healer.engine.fixers.import_family import SIBLING_PROVIDERS_CODE, family_query
from healer.engine.fixers.import_search import MODULE_TREE_CODE, NO_MODULE
from healer.engine.fixers.import_sources import SUBMODULE_EXPORTERS_CODE, submodule_query
from healer.engine.fixers.import_structure import INSTALLED_EXPORTERS_CODE, installed_query
from healer.engine.fixers.imports import stdlib_queries
from healer.engine.languages.base import RunSettings
from healer.engine.pyindex import STDLIB_EXPORTERS_CODE
from healer.engine.types import BugType, Failure, Sandbox
from healer.engine.workspace import Workspace

JSON_MARK = "HEALER-JSON:"
# "cannot import name 'x' from 'pkg.mod'"; a circular import says "from partially initialized module".
CANNOT_IMPORT = re.compile(
    r"cannot import name '[^']+' from (partially initialized module )?'([A-Za-z_][\w.]*)'"
)
# Run with the sandbox's python: what it can import (module names only) and what a module exports.
INSTALLED_MODULES_CODE = (
    "import json, pkgutil; "
    f"print({JSON_MARK!r} + json.dumps(sorted({{m.name for m in pkgutil.iter_modules()}})))"
)
MODULE_NAMES_CODE = (
    "import importlib, json, sys; m = importlib.import_module(sys.argv[1]); "
    f"print({JSON_MARK!r} + json.dumps(sorted(n for n in dir(m) if not n.startswith('_'))))"
)


def is_python_file(file: str) -> bool:
    return file.endswith(".py")


class PythonLanguage:
    name = "python"

    def __init__(
        self,
        *,
        workspace: Workspace,
        sandbox: Sandbox,
        settings: RunSettings,
        plan: CheckPlan | None = None,
        fixers: tuple[Fixer, ...] | None = None,
    ) -> None:
        self.plan = plan if plan is not None else discover(workspace)
        self.sandbox = sandbox
        self.settings = settings
        self.runner = Runner(
            sandbox=sandbox,
            plan=self.plan,
            test_timeout=settings.test_timeout,
            command_timeout=settings.command_timeout,
            python=settings.python,
            ruff=settings.ruff,
            log=settings.log,
        )
        self.fixers = tuple(FIXERS if fixers is None else fixers)
        self._facts: dict[str, list[str] | None] = {}

    def owns(self, file: str) -> bool:
        return is_python_file(file)

    def analyse(
        self,
        *,
        tests: PytestRun,
        lint: LintRun,
        read_source: Callable[[str], str | None],
        should_stop: Callable[[], bool] | None = None,
    ) -> Analysis:
        return analyse(
            plan=self.plan, tests=tests, lint=lint, read_source=read_source, should_stop=should_stop
        )

    def host_parser(self, file: str) -> None:
        # CPython's compile(), the engine's default (trusted unless the sandbox's Python is newer).
        return None

    # -- facts from the sandbox for the IMPORT fixer ----------------------------------
    def prepare(self, failure: Failure, *, read_source: Callable[[str], str | None]) -> None:
        """What the sandbox's Python can import, for names the repository alone cannot answer."""
        if failure.bug_type is not BugType.IMPORT:
            return
        exc = failure.extra.get("exception") or {}
        text = f"{failure.message}\n{exc.get('message', '')}"
        # (A circular import names the repository's own package "partially initialized".)
        cannot = CANNOT_IMPORT.search(text)
        # The sandbox's top-level modules: what exists (a missing module's search) and what can load
        # (a sibling module importing one the sandbox lacks ranks last: imports.cannot_load).
        if ("No module named" in text or cannot) and "installed_modules" not in failure.extra:
            failure.extra["installed_modules"] = self._sandbox_json(INSTALLED_MODULES_CODE, "installed") or []
        # The modules under the deepest existing package of a missing dotted name, for the generic
        # search (fixers/import_search.py): `lazr.restfulclient.authorise` beside `.authorize`.
        missing = NO_MODULE.search(text)
        tree = failure.extra.setdefault("module_tree", {})
        if missing and "." in missing.group(1) and missing.group(1) not in tree:
            found = self._sandbox_json(MODULE_TREE_CODE, "tree:" + missing.group(1), missing.group(1))
            tree[missing.group(1)] = found or []
        # The package around a module that lacks the imported name, walked on disk (the name may be
        # a submodule one level down, or defined in a sibling: import_search._relocated).
        if cannot and not cannot.group(1) and cannot.group(2) not in tree:
            found = self._sandbox_json(MODULE_TREE_CODE, "tree:" + cannot.group(2), cannot.group(2))
            tree[cannot.group(2)] = found or []
        if cannot and "module_names" not in failure.extra:
            module = cannot.group(2)
            names = self._sandbox_json(MODULE_NAMES_CODE, f"names:{module}", module)
            if names is not None:
                failure.extra["module_names"] = names
        # Which submodule of an installed package really provides the name (lxml.etree's CDATA for
        # `from lxml import CDATA`): read there, since the package is not the repository's.
        query = submodule_query(failure=failure, read=read_source, source_files=self.plan.source_files)
        sources = failure.extra.setdefault("submodule_sources", {})
        if query is not None and " ".join(query) not in sources:
            found = self._sandbox_json(SUBMODULE_EXPORTERS_CODE, "sources:" + " ".join(query), *query)
            sources[" ".join(query)] = found or []
        # Which installed top-level modules bind the failing statement's names (read with ast, for
        # the structural search: fixers/import_structure.py).
        query = installed_query(failure, read_source)
        installed = failure.extra.setdefault("installed_exporters", {})
        if query is not None and " ".join(query) not in installed:
            found = self._sandbox_json(INSTALLED_EXPORTERS_CODE, "installed:" + " ".join(query), *query)
            installed[" ".join(query)] = found or []
        # Which installed sibling packages of the failing one's family (or the project's other
        # imports) provide the name as a submodule or attribute (fixers/import_family.py).
        query = family_query(failure, read_source, self.plan.source_files)
        family = failure.extra.setdefault("family_providers", {})
        if query is not None and " ".join(query) not in family:
            found = self._sandbox_json(SIBLING_PROVIDERS_CODE, "family:" + " ".join(query), *query)
            family[" ".join(query)] = found or []
        # Where the sandbox's standard library exports the names (they move across Python versions).
        answers = failure.extra.setdefault("stdlib_exporters", {})
        for query in stdlib_queries(failure, read_source, self.plan.source_files):
            key = " ".join(query)
            if key not in answers:
                answers[key] = self._sandbox_json(STDLIB_EXPORTERS_CODE, f"exporters:{key}", *query) or []

    def _sandbox_json(self, code: str, key: str, *args: str) -> list[str] | None:
        if key in self._facts:
            return self._facts[key]
        # The project's import roots (a src layout's `src`) as its tests see them, so a probe of the
        # project's own package finds it; without the plugin's support dir, which is not the project's.
        roots = self.runner.import_path()
        result = self.sandbox.exec(
            [self.settings.python, "-c", code, *args],
            timeout=min(60.0, self.settings.command_timeout),
            env={"PYTHONPATH": roots} if roots else None,
            reset=True,
        )
        value = None
        for line in reversed(result.output.splitlines()):
            if line.startswith(JSON_MARK):
                try:
                    data = json.loads(line[len(JSON_MARK) :])
                except ValueError:
                    break
                if isinstance(data, list):
                    value = [item for item in data if isinstance(item, str)][:20000]
                break
        self._facts[key] = value
        return value
