"""Tags of Healer's system checks, so that each process runs the checks that concern it.

Django runs every registered check before a management command unless the command names
the tags it wants (`requires_system_checks`). The web process's secret key signs sessions
and CSRF tokens; the command line signs nothing, so `heal` and `healbench` must not stop
on it (issue 14), while they still refuse a broken run configuration.
"""

from __future__ import annotations

from django.core.checks import Tags

# Checks of the web process alone (its secret key). `runserver`, `check` and `check --deploy`
# run them, like every untagged check.
WEB = "healer.web"
# Checks of a run's configuration (sandbox backend, run plug-in, LLM, time limits): every
# process that executes runs needs them, the command line included.
RUN = "healer.run"
# What the healing commands (`heal`, `healbench`) check before they start.
COMMAND_LINE: list[str] = [Tags.models, RUN]
