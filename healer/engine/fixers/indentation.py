"""Placeholder until this fixer lands."""

FIXERS: list = []
