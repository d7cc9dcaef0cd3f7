"""`python -m tests.engine.devsets DEST`: write the development sets as corpus directories."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.engine.devsets import types_cases, types_cases_b
from tests.engine.devsets.builder import write_corpus

SETS = {"a": types_cases.CASES, "b": types_cases_b.CASES}


def main(argv: list[str]) -> int:
    """DEST [SET]: SET is a (default) or b."""
    dest = Path(argv[0] if argv else "var/devset-types")
    for path in write_corpus(SETS[argv[1] if len(argv) > 1 else "a"], dest):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
