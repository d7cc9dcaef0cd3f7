"""Languages: what the language-independent repair loop needs of each language's checks.

`base` is the interface, `detect` picks the implementations from the repository's files:
`python` (pytest and ruff), `javascript` (npm projects: their own scripts, jest / vitest /
mocha / node --test, ESLint, tsc) and `combined` for a repository with both.
"""
