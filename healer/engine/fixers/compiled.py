"""Candidates checked by the compiler on the host before they cost a sandbox run."""

from __future__ import annotations

from collections.abc import Iterable

from healer.engine.edits import describe_change
from healer.engine.fixers.base import Candidate, template_priority
from healer.engine.localise import compile_error
from healer.engine.types import BugType, Failure


def compile_checked(
    *,
    failure: Failure,
    source: str,
    edits: Iterable[tuple[str | None, str]],
    bug_type: BugType,
    at_change: bool = False,
) -> list[Candidate]:
    """Turn template edits (new source, description) into candidates, in template order.

    Only compiling the text (never importing or running it), an edit is kept when it
    compiles, or when it moves the file's first error further down (a file with two
    errors compiles only once both are fixed); those that compile rank first.
    """
    before = compile_error(source, failure.file)
    seen: set[str] = set()
    found: list[Candidate] = []
    for index, (new, description) in enumerate(edits):
        if new is None or new == source or new in seen:
            continue
        seen.add(new)
        after = compile_error(new, failure.file)
        if after is not None and (before is None or after.line <= before.line):
            continue
        found.append(
            Candidate(
                file=failure.file,
                new_source=new,
                description=description or describe_change(source, new),
                line=changed_line(source, new) if at_change else failure.line,
                bug_type=bug_type,
                priority=template_priority(index, compiles=after is None),
            )
        )
    return found


def changed_line(old: str, new: str) -> int:
    """The first line (1-based) where `new` differs from `old`."""
    for number, (before, after) in enumerate(zip(old.splitlines(), new.splitlines(), strict=False), start=1):
        if before != after:
            return number
    return min(len(old.splitlines()), len(new.splitlines())) + 1
