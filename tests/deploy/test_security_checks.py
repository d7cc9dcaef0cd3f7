"""healer.checks: start-up warnings for a missing credentials key, an untrusted proxy
and a per-process cache (issue 13, items 7 and 12)."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core import checks

from healer.checks import (
    check_credentials_key,
    check_credentials_key_strength,
    check_proxy_hops,
    check_shared_cache,
)


def ids(messages) -> list[str]:
    return [message.id for message in messages]


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    settings.HEALER_CREDENTIALS_KEY = Fernet.generate_key().decode()
    return settings


def test_a_missing_credentials_key_is_reported_in_production(production):
    production.HEALER_CREDENTIALS_KEY = ""
    [warning] = check_credentials_key(None)
    assert warning.id == "healer.W020" and "HEALER_CREDENTIALS_KEY" in warning.msg
    production.HEALER_CREDENTIALS_KEY = " , "
    assert ids(check_credentials_key(None)) == ["healer.W020"]


def test_a_credentials_key_is_enough(production):
    assert check_credentials_key(None) == []
    production.DEBUG, production.HEALER_CREDENTIALS_KEY = True, ""
    assert check_credentials_key(None) == []  # development derives one from the secret key


def test_check_deploy_runs_the_credentials_check(production):
    production.HEALER_CREDENTIALS_KEY = ""
    found = checks.run_checks(include_deployment_checks=True, tags=["healer"])
    assert "healer.W020" in ids(found)
    assert "healer.W020" not in ids(checks.run_checks(tags=["healer"]))  # a deploy check only


def test_a_short_key_stops_start_up(production):
    production.HEALER_CREDENTIALS_KEY = f"{Fernet.generate_key().decode()},short"
    [error] = check_credentials_key_strength(None)
    assert error.id == "healer.E021" and error.level == checks.ERROR


def test_a_proxy_without_a_trusted_hop_is_reported(production):
    production.HEALER_BEHIND_PROXY, production.HEALER_TRUSTED_PROXIES = True, 0
    assert ids(check_proxy_hops(None)) == ["healer.W022"]
    production.HEALER_TRUSTED_PROXIES = 1
    assert check_proxy_hops(None) == []
    production.HEALER_BEHIND_PROXY, production.HEALER_TRUSTED_PROXIES = False, 0
    assert check_proxy_hops(None) == []


def test_a_per_process_cache_is_reported(production):
    production.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert ids(check_shared_cache(None)) == ["healer.W023"]


def test_the_configured_cache_is_shared(production):
    assert check_shared_cache(None) == []
