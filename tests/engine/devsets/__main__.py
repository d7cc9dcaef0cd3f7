"""`python -m tests.engine.devsets DEST`: write the development sets as corpus directories."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.engine.devsets.builder import write_corpus
from tests.engine.devsets.types_cases import CASES


def main(argv: list[str]) -> int:
    dest = Path(argv[0] if argv else "var/devset-types")
    for path in write_corpus(CASES, dest):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
