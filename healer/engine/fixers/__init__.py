"""Fixers: one module per family of bugs, each proposing candidate edits.

A fixer never writes files and never decides on its own that a change is
right: it proposes `Candidate`s, and the repair loop (healer.engine.repair)
validates each one in the sandbox before anything reaches the workspace.
"""
