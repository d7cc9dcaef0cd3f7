"""Plug-in points of a run: what a plug-in (Git hosting) may do at each step of an execution.

The execute service (runs.services.execution) calls these hooks and nothing
else of a plug-in. The plug-in is chosen by the HEALER_RUN_HOOKS setting, a
dotted path to a class implementing `RunHooks`, the way django-q2 picks its
broker class: `runs` never imports the plug-in, so the dependency goes one way
(runs.hosting → runs). An empty setting means `NullRunHooks`, which does nothing.

A plug-in changes a run only through runs.services (e.g. `run_mark_pushed`);
it keeps its own state in its own models. How to add one: docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from django.conf import settings
from django.utils.module_loading import import_string

if TYPE_CHECKING:
    from healer.engine.discovery import CheckPlan
    from healer.engine.types import CheckReport, Failure
    from runs.gitops import Checkout
    from runs.models import Iteration, Run

NULL_HOOKS = "runs.hooks.NullRunHooks"
# What a plug-in class must have (the system check healer.E010 asks at start-up).
RUN_HOOKS_METHODS = ("request_errors", "session_open", "run_finished")


@dataclass(frozen=True)
class CheckoutOptions:
    """What a plug-in adds to the clone: git settings (e.g. push auth) and the branch to start from."""

    git_config: dict[str, str] = field(default_factory=dict)
    start_branch: str = ""  # empty: the repository's default branch


class RunHookSession(Protocol):
    """One run's plug-in, from before the clone to the last push. Every hook may do nothing."""

    def checkout_options(self) -> CheckoutOptions: ...

    def run_started(self, *, checkout: Checkout) -> None:
        """The repository is cloned and the fix branch created; no check has run yet."""

    def remote_failures(
        self, *, report: CheckReport, checkout: Checkout, plan: CheckPlan | None
    ) -> list[Failure]:
        """Failures seen outside the sandbox for the current commit that `report` lacks.

        Asked after each sandbox check; the execution hands them to the engine
        (Engine.add_failures), which repairs them like its own.
        """

    def iteration_recorded(self, *, checkout: Checkout, iteration: Iteration) -> None:
        """An iteration committed its fixes (its row is still RUNNING) and another may follow:
        its re-validation, which is also the next iteration's check, comes next."""

    def pushed(self, *, checkout: Checkout, iteration: Iteration | None) -> None:
        """The branch was pushed at the end of the run (the run is marked pushed)."""


class RunHooks(Protocol):
    """A plug-in, instantiated once per process from HEALER_RUN_HOOKS."""

    def request_errors(self, *, repo_url: str, team_name: str) -> dict[str, str]:
        """The plug-in's objections to a run request, by field (empty: none).

        Asked by runs.services.runs.run_validate for every new run (dashboard,
        API, command line, webhook) once the request itself is well formed; an
        objection refuses the run like any invalid field.
        """

    def session_open(
        self, *, run: Run, log: Callable[[str], None], should_stop: Callable[[], bool]
    ) -> RunHookSession:
        """The run's session, before the clone. May raise GitOperationError (the run stops with it)."""

    def run_finished(self, *, run: Run) -> None:
        """The run's final state is stored. Must not raise: the run is over."""


class NullRunHookSession:
    def checkout_options(self) -> CheckoutOptions:
        return CheckoutOptions()

    def run_started(self, *, checkout: Checkout) -> None:
        pass

    def remote_failures(
        self, *, report: CheckReport, checkout: Checkout, plan: CheckPlan | None
    ) -> list[Failure]:
        return []

    def iteration_recorded(self, *, checkout: Checkout, iteration: Iteration) -> None:
        pass

    def pushed(self, *, checkout: Checkout, iteration: Iteration | None) -> None:
        pass


class NullRunHooks:
    """No plug-in: a run behaves exactly as without one."""

    def request_errors(self, *, repo_url: str, team_name: str) -> dict[str, str]:
        return {}

    def session_open(
        self, *, run: Run, log: Callable[[str], None], should_stop: Callable[[], bool]
    ) -> RunHookSession:
        return NullRunHookSession()

    def run_finished(self, *, run: Run) -> None:
        pass


def run_hooks() -> RunHooks:
    """The configured plug-in (HEALER_RUN_HOOKS), or NullRunHooks when the setting is empty."""
    return _hooks_load(settings.HEALER_RUN_HOOKS or NULL_HOOKS)


@functools.cache
def _hooks_load(path: str) -> RunHooks:
    return import_string(path)()
