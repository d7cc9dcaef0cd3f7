"""Candidate edits for JavaScript/TypeScript failures: pure functions of (source text, failure).

Every fixer returns `Candidate`s (the whole new text of one file, what changed and
where) and never decides alone: the engine validates each candidate by re-running
the checks in the sandbox. Candidates that do not even parse are dropped here.
"""

from healer.engine.javascript.fixers.base import Candidate

__all__ = ["Candidate"]
