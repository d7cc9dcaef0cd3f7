"""A vite query or asset import tsc cannot resolve (fixers/bundler_imports.py), through candidates_for."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure

TEXT = "import words from './words.txt?raw';\n\nexport const count = () => words.split('\\n').length;\n"


def _found(specifier: str, *, packages=("vite", "typescript"), files=("src/words.txt",)) -> list:
    text = TEXT.replace("./words.txt?raw", specifier)
    sources = {"src/count.ts": text, **{f: "" for f in files}}
    repo = Repository(files=list(sources), read=sources.get, test_files=(), packages=packages)
    failure = Failure(
        bug_type=BugType.IMPORT, file="src/count.ts", line=1, source="tsc",
        message=f"Cannot find module '{specifier}' or its corresponding type declarations.",
    )  # fmt: skip
    return candidates_for(failure, repo=repo, module_type="module")


def test_it_references_vite_client_for_a_query_import_of_a_file_that_exists():
    found = _found("./words.txt?raw")
    assert found[0].text.split("\n")[:2] == ['/// <reference types="vite/client" />', TEXT.split("\n")[0]]
    assert _found("./logo.svg", files=("src/logo.svg",))[0].text.startswith(
        '/// <reference types="vite/client" />'
    )


def test_it_leaves_the_import_alone_without_vite_or_without_the_file():
    assert not any("vite/client" in c.text for c in _found("./words.txt?raw", packages=("typescript",)))
    assert not any("vite/client" in c.text for c in _found("./words.txt?raw", files=()))
