"""The vocabulary every layer shares: the six bug types and the two fix statuses.

Its own module so that the formatter (formatting.py) and the data contract
(types.py, which re-exports both) can use it without importing each other.
"""

from __future__ import annotations

import enum


class BugType(enum.StrEnum):
    LINTING = "LINTING"
    SYNTAX = "SYNTAX"
    LOGIC = "LOGIC"
    TYPE_ERROR = "TYPE_ERROR"
    IMPORT = "IMPORT"
    INDENTATION = "INDENTATION"


class FixStatus(enum.StrEnum):
    FIXED = "FIXED"
    FAILED = "FAILED"
