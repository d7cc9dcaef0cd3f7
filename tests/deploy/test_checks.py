"""Deployment system checks: hosts, broker, run budget (and that `check --deploy` runs them)."""

from __future__ import annotations

import pytest
from django.core import checks

from runs.checks import check_allowed_hosts, check_broker, check_run_budget


def ids(messages) -> list[str]:
    return [message.id for message in messages]


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["healer.example.org"]
    settings.SITE_URL = "https://healer.example.org"
    return settings


def test_it_accepts_a_consistent_host_configuration(production):
    assert check_allowed_hosts(None) == []


def test_it_warns_about_a_wildcard_host(production):
    production.ALLOWED_HOSTS = ["*"]
    assert ids(check_allowed_hosts(None)) == ["healer.W004"]


def test_it_refuses_a_site_url_the_allowed_hosts_would_reject(production):
    production.SITE_URL = "https://other.example.org"
    assert ids(check_allowed_hosts(None)) == ["healer.E005"]
    production.ALLOWED_HOSTS = [".example.org"]  # a subdomain pattern covers it
    assert check_allowed_hosts(None) == []


def test_it_leaves_development_alone(production):
    production.DEBUG = True
    production.ALLOWED_HOSTS = ["*"]
    production.SITE_URL = "http://elsewhere"
    assert check_allowed_hosts(None) == []


def test_it_refuses_a_redis_broker_that_does_not_answer(settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    [error] = check_broker(None)
    assert error.id == "healer.E006"
    assert "REDIS_URL" in error.msg


def test_it_accepts_a_redis_broker_that_answers(settings):
    import redis

    url = settings.REDIS_URL or "redis://127.0.0.1:6379/0"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except (redis.RedisError, OSError):
        pytest.skip(f"no Redis at {url} (CI's PostgreSQL + Redis pass runs this)")
    settings.REDIS_URL = url
    assert check_broker(None) == []


def test_it_warns_that_sqlite_without_redis_is_single_machine(settings):
    settings.REDIS_URL = ""
    settings.DATABASES = {
        "default": {**settings.DATABASES["default"], "ENGINE": "django.db.backends.sqlite3"}
    }
    assert ids(check_broker(None)) == ["healer.W006"]
    settings.DATABASES = {
        "default": {**settings.DATABASES["default"], "ENGINE": "django.db.backends.postgresql"}
    }
    assert check_broker(None) == []


def test_it_warns_when_the_task_timeout_cannot_cover_a_long_run(settings):
    settings.HEALER_CLONE_TIMEOUT, settings.HEALER_SANDBOX_INSTALL_TIMEOUT = 300, 600
    settings.HEALER_ENGINE_TIME_BUDGET = 240
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "timeout": 1000, "retry": 1300}
    assert ids(check_run_budget(None)) == ["healer.W007"]
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "timeout": 3600, "retry": 3900}
    assert check_run_budget(None) == []


def test_it_warns_when_lost_runs_would_be_noticed_after_their_timeout(settings):
    settings.HEALER_CLONE_TIMEOUT, settings.HEALER_SANDBOX_INSTALL_TIMEOUT = 5, 10
    settings.HEALER_ENGINE_TIME_BUDGET = 10
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "timeout": 60, "retry": 400}
    settings.HEALER_RUN_STALE_AFTER = 90
    assert ids(check_run_budget(None)) == ["healer.W008"]


def test_check_deploy_runs_them_and_the_web_tags_select_them(production):
    production.ALLOWED_HOSTS = ["*"]
    everything = checks.run_checks(include_deployment_checks=True)
    assert "healer.W004" in ids(everything)
    web = checks.run_checks(tags=["security", "healer"], include_deployment_checks=True)
    assert "healer.W004" in ids(web)
    assert not any(message.id.startswith("sandbox.") for message in web)  # no engine needed for the web role
    assert "healer.W004" not in ids(checks.run_checks())  # not outside --deploy
