"""The commands that write runs (heal, healbench) refuse a database behind the code in a sentence."""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

BEHIND = (
    "the database is not up to date with the code: run `make run` (it migrates), "
    "or `HEALER_DEBUG=1 .venv/bin/python manage.py migrate`, then {again}."
)


def database_behind_code() -> bool:
    """True on a new checkout or after a `git pull` that brought migrations."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
