"""Rate limits: run creation per user (counted in the database) and token requests per client.

Token requests are counted in the shared cache (settings.CACHES: Redis or a
database table), so the limit holds across web processes and hosts, per client
address as healer.clientip sees it: X-Forwarded-For counts only as far as
HEALER_TRUSTED_PROXIES trusts it, so rotating the header gains nothing.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from healer.clientip import client_key
from runs.selectors import run_created_times


class RunCreateThrottle(UserRateThrottle):
    """At most N runs per user per period (REST_FRAMEWORK rate "run_create", HEALER_RUN_CREATE_RATE).

    The history is the user's Run rows rather than a cache: it holds across every
    web process and host (the default cache is per process), counts runs started
    from the dashboard too, and does not count requests that created nothing.
    Two requests racing at the very limit can both pass; that is acceptable for
    a limit meant to keep one user from flooding the queue.
    """

    scope = "run_create"

    def __init__(self) -> None:
        # Read the rate at request time (not at import) so a changed setting takes effect.
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        self._wait: float | None = None

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view) -> bool:
        self._wait = self.wait_for(request.user)
        return self._wait is None

    def wait_for(self, user) -> float | None:
        """Seconds until this user may start another run; None when they may now.

        Also used by the dashboard's run form, so both doors share one limit.
        """
        if self.rate is None or not user.is_authenticated:
            return None
        now = timezone.now()
        window = timedelta(seconds=self.duration)
        created = run_created_times(user=user, since=now - window)
        if len(created) < self.num_requests:
            return None
        # The oldest run inside the window must age out before another may start.
        oldest = created[len(created) - self.num_requests]
        return max((oldest + window - now).total_seconds(), 1.0)

    def wait(self) -> float | None:
        return self._wait


class TokenObtainThrottle(AnonRateThrottle):
    """Password guessing on POST /api/auth/token/: per client address (rate "auth_token").

    django-axes locks an address out after repeated failures on every sign-in
    door; this limit also caps how fast anyone may try at all.
    """

    scope = "auth_token"

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_ident(self, request) -> str:
        return client_key(request)
