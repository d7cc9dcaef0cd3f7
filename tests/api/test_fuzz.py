"""Schema-driven fuzzing of the whole API with schemathesis, in-process through the WSGI app.

Every operation of /api/schema/ gets generated requests, valid and invalid, sent as an
authenticated team member with data present (runs in every status, iterations, fixes,
teams of other people). Each response must be a documented status code with a
documented content type, headers and body: no 5xx, no schema violations, invalid input
rejected with a 4xx.

Left out: positive_data_acceptance, because a request that fits the schema may still be
refused with 400 for what a schema cannot say (an https URL that run_create refuses, a
team the user is not a member of); and ignored_auth, whose probes still carry the token
configured here and so get a 200 (a false alarm): each endpoint's own tests check the
401 for anonymous requests and wrong tokens.

HEALER_FUZZ_EXAMPLES (default 25 per operation) and HEALER_FUZZ_SEED (default fixed,
so CI is repeatable) widen the search locally.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from django.contrib.auth.models import User
from django.core.wsgi import get_wsgi_application
from django.test import override_settings
from rest_framework.authtoken.models import Token

from runs.models import RunStatus, Team
from tests.api.conftest import PASSWORD, make_fix, make_iteration, make_run

EXAMPLES = int(os.environ.get("HEALER_FUZZ_EXAMPLES", "25"))
SEED = int(os.environ.get("HEALER_FUZZ_SEED", "20240613"))

EXCLUDED_CHECKS = ["positive_data_acceptance", "ignored_auth"]


# Fixed ids and token, so the schema (loaded when the module is collected; schemathesis'
# lazy fixture loader does not work with pytest 9) can point generation at real objects.
TOKEN = "f" * 40
MY_TEAM, THEIR_TEAM = 9001, 9002
RUN_IDS = {
    (team, status): 9100 + 10 * index + offset
    for index, team in enumerate((MY_TEAM, THEIR_TEAM))
    for offset, status in enumerate(RunStatus.values)
}
IDS = [*RUN_IDS.values(), MY_TEAM, THEIR_TEAM]

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "headers": {"Authorization": f"Token {TOKEN}"},
        "generation": {
            "max-examples": EXAMPLES,
            # The token above is the credential; generated ones would only be refused.
            "with-security-parameters": False,
            # No example database: with the fixed seed every run tries the same cases.
            "database": "none",
        },
        "checks": {name: {"enabled": False} for name in EXCLUDED_CHECKS},
        # Real ids and plausible values part of the time, so the success paths are fuzzed too.
        "dictionaries": {
            "ids": {"values": IDS},
            "repos": {"values": ["https://github.com/acme/widgets", "https://gitlab.example/a/b.git"]},
            "teams": {"values": ["Fuzz Team", "fuzz team", "Their Team", "Brand New Team"]},
            "users": {"values": ["fuzzer", "stranger"]},
        },
        "parameters": {
            "path.id": {"dictionary": "ids", "probability": 0.5},
            "query.team": {"dictionary": "ids", "probability": 0.3},
            "body.repo_url": {"dictionary": "repos", "probability": 0.5},
            "body.team_name": {"dictionary": "teams", "probability": 0.5},
            "body.username": {"dictionary": "users", "probability": 0.5},
        },
    }
)
# The schema is read without credentials (no database yet at collection), so it is published
# for that moment; the app speaks plain HTTP, as the test client does.
with override_settings(HEALER_API_DOCS_PUBLIC=True, SECURE_SSL_REDIRECT=False):
    application = get_wsgi_application()
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application, config=CONFIG)


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """Requests go through the WSGI handler, whose request signals close "old" connections;
    inside the test's transaction that closes PostgreSQL's connection (SQLite ignores it).
    Django's test client disconnects them the same way."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def api_data(db, settings):
    """A member with a token, their team and someone else's, runs in every status with fixes."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        # Generous limits, so the endpoints behind them are fuzzed (their tests cover the 429s).
        "DEFAULT_THROTTLE_RATES": {"run_create": "100000/hour", "auth_token": "100000/minute"},
    }
    member = User.objects.create_user("fuzzer", password=PASSWORD)
    outsider = User.objects.create_user("stranger", password=PASSWORD)
    Token.objects.create(user=member, key=TOKEN)
    teams = {
        MY_TEAM: Team.objects.create(pk=MY_TEAM, name="Fuzz Team", leader_name="Ada Lovelace"),
        THEIR_TEAM: Team.objects.create(pk=THEIR_TEAM, name="Their Team", leader_name="Grace Hopper"),
    }
    teams[MY_TEAM].members.add(member)
    teams[THEIR_TEAM].members.add(outsider)
    for (team_id, status), run_id in RUN_IDS.items():
        creator = member if team_id == MY_TEAM else outsider
        run = make_run(teams[team_id], status=status, created_by=creator, pk=run_id)
        if status != RunStatus.QUEUED:
            first = make_iteration(run, 1)
            make_fix(run, first, line=3)
            make_fix(run, first, line=9, bug_type="TYPE_ERROR", status="FAILED")


@schema.parametrize()
def test_it_answers_every_generated_request_as_documented(case):
    case.call_and_validate()
