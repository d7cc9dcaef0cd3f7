"""IMPORT failures whose cause is a LOGIC slip: a Python-version gate with its condition inverted.

`if sys.version_info >= (3, 14): import annotationlib` guards a module only newer Pythons ship; with
the comparison flipped (`<`, or a `not` added or lost), the branch for the other interpreter runs and
its import fails with ModuleNotFoundError (or ImportError for a name a module gained later). No
import edit can fix that: the module really is missing from this Python. The repair is the gate's
negation (TBar's FP3 "mutate conditional expression", Liu et al., ISSTA 2019; the mutant is mutmut's
and cosmic-ray's comparison-operator replacement), offered only where the failing import sits in a
branch (`if` body or `else`) of a test that reads the interpreter's version (`version_info`,
`sys.version`, `sys.hexversion`, `PY2`/`PY3`-style flags are left out: a project's own names). The
innermost such gate is negated first, an enclosing one after it.
"""

from __future__ import annotations

import ast
import re

from healer.engine.analysis.classify import MODULE_ATTRIBUTE
from healer.engine.fixers.base import Candidate, RepairContext, template_priority
from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic import CMP_SYMBOLS, NEGATED_CMP
from healer.engine.fixers.logic_templates import Splicer
from healer.engine.types import BugType, Failure

VERSION_READS = frozenset({"version_info", "version", "hexversion"})  # sys's attributes holding the version
# What a module missing from this interpreter raises: ModuleNotFoundError, ImportError for a name the module
# gained in another version, AttributeError for a module attribute read so. A NameError (also IMPORT) is a
# name the code misspelt or never bound: the gate is not its cause.
_MISSING_IN_THIS_PYTHON = re.compile(r"No module named '|cannot import name '")
# A version is compared by order or equality; `in`/`is` tests are not gates.
_SYMBOLS = {op: CMP_SYMBOLS[op] for op in (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq)}


def _sys_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """The names `sys` is imported as, and the version attributes imported from it by name."""
    modules, reads = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.asname or alias.name for alias in node.names if alias.name == "sys")
        elif isinstance(node, ast.ImportFrom) and node.module == "sys" and not node.level:
            reads.update(alias.asname or alias.name for alias in node.names if alias.name in VERSION_READS)
    return modules, reads


def _is_version_test(test: ast.expr, modules: set[str], reads: set[str]) -> bool:
    """Whether `test` reads the interpreter's version (`sys.version_info`, a `from sys import`ed name).

    By the names the code binds, not the text: a library's own `lib.version_info`, a setting named
    after it or a string mentioning `sys.version` gate something else, and negating them is no fix.
    """
    for node in ast.walk(test):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in VERSION_READS
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            return True
        if isinstance(node, ast.Name) and node.id in reads:
            return True
    return False


def _gates(tree: ast.Module, line: int) -> list[ast.If]:
    """The `if` statements reading the Python version whose body or `else` holds `line`, innermost first."""
    found = []
    modules, reads = _sys_names(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.If) or not _is_version_test(node.test, modules, reads):
            continue
        for block in (node.body, node.orelse):
            if block and block[0].lineno <= line <= (block[-1].end_lineno or block[-1].lineno):
                found.append(node)
    return sorted(found, key=lambda node: -node.lineno)


def _negated(sp: Splicer, test: ast.expr) -> str:
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return sp.text(test.operand)
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in _SYMBOLS:
        symbol = _SYMBOLS[NEGATED_CMP[type(test.ops[0])]]
        return f"{sp.text(test.left)} {symbol} {sp.text(test.comparators[0])}"
    return f"not ({sp.text(test)})"


class VersionGateFixer:
    """A failing import under an inverted Python-version gate: the gate negated (see the module doc)."""

    bug_types = frozenset({BugType.IMPORT})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        if not failure.file.endswith(".py") or ctx.is_test_file(failure.file):
            return []
        exception = (failure.extra.get("exception") or {}).get("message", "")
        text = f"{failure.message}\n{exception}"
        if _MISSING_IN_THIS_PYTHON.search(text) is None and MODULE_ATTRIBUTE.search(text) is None:
            return []
        source = ctx.source_or_none(failure.file)
        if source is None:
            return []
        sf = SourceFile.parse(failure.file, source)
        if sf is None:
            return []
        sp = Splicer(sf)
        found: list[Candidate] = []
        for index, gate in enumerate(_gates(sf.tree, failure.line)):
            start, end = sp.span(gate.test)
            new_test = _negated(sp, gate.test)
            found.append(
                Candidate(
                    file=failure.file,
                    new_source=source[:start] + new_test + source[end:],
                    description=f"negate the Python-version gate: if {shorten(new_test, 50)}",
                    line=gate.lineno,
                    priority=template_priority(index),
                )
            )
        return found


FIXERS = [VersionGateFixer()]
