"""Round 55 (npm29): a `node:` specifier that names no built-in is answered only with built-ins that
export every name the file takes, never with an installed package (fixers/imports.py,
_closest_packages; fixers/resolver.py, module_candidates)."""

from healer.engine.javascript.fixers import resolver
from healer.engine.javascript.fixers.imports import module_candidates

FILES = {"src/index.js", "src/sizes.js", "test/sizes.test.js"}
# Installed packages spelt like the built-in `util` (a transitive dependency of ESLint, say).
PACKAGES = {"esutils", "utils-merge"}


def _specifiers(text: str, specifier: str, *, packages=PACKAGES) -> list[str]:
    found = module_candidates(
        text, "src/index.js", specifier=specifier, line=1, files=FILES, packages=packages
    )
    return [c.text.split("'")[1] for c in found]


def test_it_answers_a_node_specifier_with_the_builtin_not_a_package():
    text = "const { format } = require('node:utils');\nmodule.exports = (n) => format('%d', n);\n"
    assert _specifiers(text, "node:utils") == ["node:util"]


def test_it_still_offers_packages_for_a_bare_specifier():
    text = "const { keyword } = require('utils');\nmodule.exports = keyword;\n"
    assert "esutils" in _specifiers(text, "utils")


def test_it_drops_a_builtin_lacking_one_of_the_names_taken():
    # `util` exports `format` but not `seatsLeft`: with the `node:` prefix every name must be there.
    text = "const { format, seatsLeft } = require('node:utils');\nmodule.exports = { format, seatsLeft };\n"
    assert _specifiers(text, "node:utils") == []


def test_it_keeps_the_node_prefix_and_reads_members_of_a_whole_binding():
    text = "import * as util from 'node:utils';\nexport const show = (n) => util.inspect(n);\n"
    assert _specifiers(text, "node:utils") == ["node:util"]


def test_the_generic_resolver_offers_no_package_for_a_node_specifier():
    text = "const { format } = require('node:utils');\nmodule.exports = format;\n"
    found = resolver.module_candidates(
        text, "src/index.js", specifier="node:utils", line=1, files=FILES, packages={"esutils", "utils"}
    )
    assert all("'node:" in c.text.splitlines()[0] for c in found)


def test_it_answers_a_misspelt_node_test_with_node_test():
    # `node:test` is a built-in Node loads only under its `node:` prefix, so `builtinModules` (the table
    # NODE_EXPORTS is generated from) does not list it; round 54's rule offered it (round 55's review).
    text = "import { test } from 'node:tset';\ntest('pours', () => {});\n"
    assert _specifiers(text, "node:tset", packages=set()) == ["node:test"]
