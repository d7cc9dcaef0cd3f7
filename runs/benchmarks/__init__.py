"""Benchmarks that measure healing on code nobody on the team wrote.

- `mutants`: bugs injected by a third-party mutation tool (cosmic-ray), as plain text edits.
- `mutate`: `healbench --mutate PATH`: heal killed mutants of any passing project, one and K at a time.
- `realset`: pinned real projects from PyPI (lists only, downloaded at benchmark time), split into a
  development half and a held-out half, and `healbench --realset HALF`.
- `realcases`: hand-written multi-bug cases in those projects, run through the corpus healbench.
"""
