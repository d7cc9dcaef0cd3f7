"""Fixers: one module per family of bugs, each proposing candidate edits.

A fixer never writes files and never decides on its own that a change is
right: it proposes `Candidate`s, and the repair loop (healer.engine.repair)
validates each one in the sandbox before anything reaches the workspace.

`FIXERS` is the registry: every fixer, cheapest and most specific first, each
module imported strictly (a broken fixer module stops the import loudly rather
than silently healing less). To add a fixer, see docs/ARCHITECTURE.md.
"""

from __future__ import annotations

from healer.engine.fixers.base import Fixer
from healer.engine.fixers.decorator_attributes import FIXERS as DECORATOR_ATTRIBUTE_FIXERS
from healer.engine.fixers.decorators import FIXERS as DECORATOR_FIXERS
from healer.engine.fixers.generic import FIXERS as GENERIC_FIXERS
from healer.engine.fixers.import_family import FIXERS as IMPORT_FAMILY_FIXERS
from healer.engine.fixers.import_search import FIXERS as IMPORT_SEARCH_FIXERS
from healer.engine.fixers.import_structure import FIXERS as IMPORT_STRUCTURE_FIXERS
from healer.engine.fixers.imports import FIXERS as IMPORT_FIXERS
from healer.engine.fixers.indentation import FIXERS as INDENTATION_FIXERS
from healer.engine.fixers.lint_search import FIXERS as LINT_SEARCH_FIXERS
from healer.engine.fixers.linting import FIXERS as LINTING_FIXERS
from healer.engine.fixers.llm import FIXERS as LLM_FIXERS
from healer.engine.fixers.logic import FIXERS as LOGIC_FIXERS
from healer.engine.fixers.logic_gates import FIXERS as VERSION_GATE_FIXERS
from healer.engine.fixers.syntax import FIXERS as SYNTAX_FIXERS
from healer.engine.fixers.syntax_search import FIXERS as SYNTAX_SEARCH_FIXERS
from healer.engine.fixers.type_errors import FIXERS as TYPE_ERROR_FIXERS
from healer.engine.fixers.type_fallback import FIXERS as TYPE_FALLBACK_FIXERS


def _checked(fixers: tuple[Fixer, ...]) -> tuple[Fixer, ...]:
    """Refuse at import time a fixer that does not declare what the repair loop reads."""
    for fixer in fixers:
        bug_types = getattr(fixer, "bug_types", None)
        if not isinstance(bug_types, frozenset) or not bug_types:
            raise TypeError(f"fixer {fixer!r} must declare a non-empty frozenset of bug_types")
        if not isinstance(getattr(fixer, "fallback", None), bool):
            raise TypeError(f"fixer {fixer!r} must declare fallback = True or False")
        if not callable(getattr(fixer, "candidates", None)):
            raise TypeError(f"fixer {fixer!r} must define candidates(failure, ctx)")
    return fixers


FIXERS: tuple[Fixer, ...] = _checked(
    (
        *SYNTAX_FIXERS,
        *INDENTATION_FIXERS,
        *IMPORT_SEARCH_FIXERS,
        *IMPORT_STRUCTURE_FIXERS,
        *IMPORT_FIXERS,
        *IMPORT_FAMILY_FIXERS,
        *VERSION_GATE_FIXERS,
        *LINTING_FIXERS,
        *LOGIC_FIXERS,
        *DECORATOR_FIXERS,
        *DECORATOR_ATTRIBUTE_FIXERS,
        *TYPE_ERROR_FIXERS,
        *GENERIC_FIXERS,
        *TYPE_FALLBACK_FIXERS,
        *SYNTAX_SEARCH_FIXERS,
        *LINT_SEARCH_FIXERS,
        *LLM_FIXERS,
    )
)

__all__ = ["FIXERS", "Fixer"]
