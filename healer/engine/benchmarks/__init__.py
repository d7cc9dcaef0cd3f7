"""Benchmarks of the engine that print figures (never timed tests).

- analysis: parsing and analysing reports of 1k / 10k / 40k failing tests, with ratios.
- large_project: a generated ~500-test project with hand-written bugs, healed one bug at a
  time (time per healed bug, whole-suite runs per accepted fix).

`python manage.py enginebench analysis|large` runs them (the second needs the sandbox).
"""
