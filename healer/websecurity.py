"""Web-facing protections wired in settings: login lockouts, the Content-Security-Policy,
private caching of signed-in pages, and who may read the API documentation.

Each piece is small and plugs into a library that does the real work
(django-axes for lockouts, django-csp for the policy header).
"""

from __future__ import annotations

import math

from axes.backends import AxesStandaloneBackend
from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from rest_framework.permissions import BasePermission

# --- Login lockouts (django-axes) -----------------------------------------------


class LoginGuardBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for every sign-in that comes with a request.

    The web login, the admin login and POST /api/auth/token/ all pass their
    request. Calls without one come from this server's own code (a shell, a
    test) where no remote guesser is involved; axes would refuse them outright.
    """

    def authenticate(self, request: HttpRequest | None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """429 for a locked-out client: JSON for the API, the sign-in page's look for people."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    message = (
        f"Too many failed sign-in attempts from your address. Try again in {minutes} minutes "
        "(or ask an administrator to unlock it)."
    )
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse({"detail": message}, status=429)
    else:
        response = render(request, "registration/locked_out.html", {"message": message}, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


# --- Content-Security-Policy (django-csp) ------------------------------------------

# ReDoc (served locally by drf-spectacular-sidecar) injects its styles as <style>
# elements it creates at run time, which no nonce can cover, and runs its search
# in a worker from a blob: URL. Only that page gets these sources; every other
# page (Swagger UI included: templates/drf_spectacular/) keeps the strict policy.
POLICY_REPLACEMENTS = {
    "api:redoc": {"style-src": [SELF, UNSAFE_INLINE], "worker-src": [SELF, "blob:"]},
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request: HttpRequest, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        match = getattr(request, "resolver_match", None)
        replacement = POLICY_REPLACEMENTS.get(match.view_name if match else "")
        if replacement and parts.replace is None:
            parts.replace = replacement
        return parts


# --- Caching -------------------------------------------------------------------------


class PrivatePagesMiddleware:
    """Signed-in answers (run pages, logs, diffs, API data) are never stored by
    shared caches or kept on disk by browsers: `Cache-Control: private, no-store`.

    Applied to every response to a signed-in user (session or API token), so a
    new page cannot forget it.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response


# --- API documentation -----------------------------------------------------------------


class ApiDocsAccess(BasePermission):
    """The schema and the docs pages: signed-in users, or everyone with HEALER_API_DOCS_PUBLIC."""

    message = "Sign in to read the API documentation."

    def has_permission(self, request, view) -> bool:
        return settings.HEALER_API_DOCS_PUBLIC or bool(request.user and request.user.is_authenticated)
