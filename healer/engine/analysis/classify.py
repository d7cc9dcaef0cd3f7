"""The six bug types, their precedence, and reading the exceptions the pytest plugin reports.

Classification (exactly the six types of docs/ARCHITECTURE.md):
  IndentationError / TabError                  -> INDENTATION
  other SyntaxError                            -> SYNTAX
  ImportError / ModuleNotFoundError / NameError -> IMPORT   (ruff F821 too: a name read at run time)
  AttributeError "module 'm' has no attribute" -> IMPORT
  TypeError                                    -> TYPE_ERROR
  AssertionError (and other wrong behaviour)   -> LOGIC
  other ruff findings (F401, F841, F541, ...)  -> LINTING  (F822 too: an undefined name in `__all__`
                                                          stops no import; a star-import of it raises at
                                                          run time, and that failure is IMPORT)
"""

from __future__ import annotations

import re

from healer.engine.types import BugType

# A SYNTAX/INDENTATION failure hides the others (fixed first, then the checks re-run),
# then IMPORT, LINTING, TYPE_ERROR, LOGIC.
PRECEDENCE = {
    BugType.INDENTATION: 0,
    BugType.SYNTAX: 0,
    BugType.IMPORT: 1,
    BugType.LINTING: 2,
    BugType.TYPE_ERROR: 3,
    BugType.LOGIC: 4,
}
# Checkers that read the modules a file imports: they judge a file's types only once its imports
# resolve (the failure order puts their findings first; trial.py does not hold them against a fix).
TYPE_CHECKERS = frozenset({"tsc"})
IMPORT_EXCEPTIONS = frozenset({"ImportError", "ModuleNotFoundError", "NameError"})
WRAPPER_EXCEPTIONS = frozenset({"CollectError", "ConftestImportFailure"})
IMPORT_LINT_CODES = frozenset({"F821"})
# `collections.KeysView` after the name moved to collections.abc: the run-time form of "cannot
# import name", for a name read as an attribute of its old module (the import fixer reads it too).
MODULE_ATTRIBUTE = re.compile(r"module '([\w.]+)' has no attribute '(\w+)'")
# Messages that name types or names: their quoted parts tell different bugs apart.
NAMING_EXCEPTIONS = frozenset({"TypeError", "AttributeError", *IMPORT_EXCEPTIONS})


def classify_exception(exc_type: str, message: str = "") -> BugType:
    if exc_type in ("IndentationError", "TabError"):
        return BugType.INDENTATION
    if exc_type == "SyntaxError":
        return BugType.SYNTAX
    if exc_type in IMPORT_EXCEPTIONS:
        return BugType.IMPORT
    if exc_type == "AttributeError" and MODULE_ATTRIBUTE.search(message):
        # A module without the name read from it (`collections.Mapping` since Python 3.10): what
        # `from collections import Mapping` raises as ImportError, read as an attribute instead.
        return BugType.IMPORT
    if exc_type == "TypeError":
        return BugType.TYPE_ERROR
    return BugType.LOGIC


def classify_lint(code: str) -> BugType:
    if code in IMPORT_LINT_CODES:
        return BugType.IMPORT
    return BugType.LINTING


def is_compile_level(bug_type: BugType) -> bool:
    """SYNTAX and INDENTATION: the module does not compile, so nothing in it can run."""
    return PRECEDENCE[bug_type] == 0


def primary_exception(exc: dict | None) -> dict | None:
    """The exception behind pytest's wrappers (a collection error wraps the module's own)."""
    while exc and exc.get("type") in WRAPPER_EXCEPTIONS and exc.get("cause"):
        exc = exc["cause"]
    return exc


def syntax_info(exc: dict | None) -> dict | None:
    """The SyntaxError (or subclass) that stopped a repository file compiling, if any.

    The exception itself (behind pytest's wrappers), or one it was raised from or while
    handling, and only a syntax error in a file of the repository: code under test that
    compiles text of its own (a linter, a template engine) catches SyntaxErrors of that text
    all the time, and an error raised while handling one is a failure of its own. Code that
    raises SyntaxError itself (`raise SyntaxError("sort direction must be ASC or DESC")`, a
    parser of its own rejecting its input) names no file: nothing failed to compile, the code
    ran and decided wrongly, so that is a raised failure like any other (raised.py).
    """
    exc = primary_exception(exc)
    depth = 0
    while exc and depth < 5:
        syntax = exc.get("syntax")
        if syntax and _repository_file(syntax.get("filename") or ""):
            return exc
        exc = exc.get("cause")
        depth += 1
    return None


def _repository_file(name: str) -> bool:
    """The pytest plugin reports repository files by relative path, any other file absolutely."""
    return bool(name) and not name.startswith(("/", "<")) and not name.startswith("..")


def exception_message(exc: dict) -> str:
    text = (exc.get("message") or "").strip().splitlines()
    first = text[0] if text else ""
    return f"{exc.get('type', 'Exception')}: {first}"[:300]


_NUMBER_RE = re.compile(r"\d+")
_QUOTED_RE = re.compile(r"'[^']*'|\"[^\"]*\"")


# `raise ValueError(` / `raise errors.Invalid(`: an exception the code makes on purpose, not a re-raise.
_OWN_RAISE_RE = re.compile(r"^\s*raise\s+[\w.]+\(")
MISSING_ATTRIBUTE = re.compile(r"^'(\w+)' object (has no attribute )'(\w+)'")


def reason(exc: dict, source_line: str = "") -> str:
    """What an exception says about its cause, without the values of one test.

    Two tests that raise at the same line fail for the same reason when this is equal:
    `unsupported operand type(s) for +: 'int' and 'str'` differs from `... 'int' and
    'NoneType'`, while `invalid literal for int() with base 10: 'x'` and `...: 'y'` do not.
    A missing attribute that the raising line does not spell (`getattr(self, k)`, a
    `__getattr__` that raises for any key) is data of the test, not a different bug: ten tests
    asking instances of its subclasses for ten names there are one failure, searched once, not
    ten shares of a round.
    """
    kind = exc.get("type") or "Exception"
    if kind == "KeyError":
        return kind
    if _OWN_RAISE_RE.match(source_line):
        # `raise TypeError(f"{name}: ...")`: one check of the code's own, whatever values its message
        # shows (the names of the tests' classes); it fails for one reason, searched once, not per test.
        return f"{kind}: raised by the code's own check"
    text = ((exc.get("message") or "").strip().splitlines() or [""])[0][:200]
    missing = MISSING_ATTRIBUTE.search(text) if kind == "AttributeError" and source_line else None
    if (
        missing
        and missing.group(1) != "NoneType"
        and not re.search(rf"\.\s*{re.escape(missing.group(3))}\b", source_line)
    ):
        # The object's class goes too (subclasses asking the same lookup); None stays a bug of its own.
        text = "'…' object " + missing.group(2) + "'…'" + text[missing.end() :]
    text = _NUMBER_RE.sub("N", text)
    if kind not in NAMING_EXCEPTIONS:
        text = _QUOTED_RE.sub("'…'", text)
    return f"{kind}: {text}"


def frame_dicts(exc: dict | None) -> list[dict]:
    """Traceback frames inside the repository, outermost first, as {"file", "line", "function"}."""
    return [{"file": f, "line": n, "function": fn} for f, n, fn in (exc or {}).get("frames", [])]
