from __future__ import annotations

from rest_framework.permissions import BasePermission

from runs.selectors import run_can_manage


class CanManageRun(BasePermission):
    """Acting on a run (cancelling it) is for its team's members and staff.

    Runs outside the user's visibility never get here: the view's queryset
    already answers 404 for them, so their existence is not revealed.
    """

    message = "Only members of the run's team (and staff) may act on it."

    def has_object_permission(self, request, view, obj) -> bool:
        return run_can_manage(user=request.user, run=obj)
