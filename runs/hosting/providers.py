"""Which provider class serves a credential; add GitLab/Gitea here once implemented."""

from __future__ import annotations

from django.conf import settings

from runs.hosting.base import HostingError, HostingProvider
from runs.hosting.github import GitHubProvider
from runs.hosting.models import Credential, Provider

PROVIDERS: dict[str, type[HostingProvider]] = {
    Provider.GITHUB: GitHubProvider,
}


def provider_build(*, credential: Credential, **overrides) -> HostingProvider:
    """The provider for this credential, holding its token (read now: HostingAuthError if unreadable)."""
    cls = PROVIDERS.get(credential.provider)
    if cls is None:
        raise HostingError(f"Hosting provider {credential.provider!r} is not supported.")
    options = {
        "api_url": credential.api_url,
        "timeout": settings.HEALER_HOSTING_TIMEOUT,
        "max_rate_wait": settings.HEALER_HOSTING_MAX_RATE_WAIT,
        "log_limit": settings.HEALER_CI_LOG_LIMIT,
        **overrides,
    }
    return cls(host=credential.host, token=credential.token(), **options)
