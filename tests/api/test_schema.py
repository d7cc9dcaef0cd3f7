"""GET /api/schema/, /api/docs/, /api/redoc/ (and the API root and unknown addresses)."""

from __future__ import annotations

import re

import pytest
import yaml
from django.contrib.auth.models import User
from django.test import Client

from tests.api.conftest import RESULTS_KEYS

EXPECTED_OPERATIONS = {
    ("/api/auth/token/", "post"),
    ("/api/runs/", "get"),
    ("/api/runs/", "post"),
    ("/api/runs/{id}/", "get"),
    ("/api/runs/{id}/iterations/", "get"),
    ("/api/runs/{id}/ci/", "get"),
    ("/api/runs/{id}/fixes/", "get"),
    ("/api/runs/{id}/results/", "get"),
    ("/api/runs/{id}/cancel/", "post"),
    ("/api/teams/", "get"),
    ("/api/teams/{id}/", "get"),
    ("/api/leaderboard/", "get"),
}


@pytest.fixture
def member(db) -> Client:
    """A signed-in user's browser: the schema and the docs are not public by default."""
    client = Client()
    client.force_login(User.objects.create_user("reader"))
    return client


@pytest.fixture
def schema(member) -> dict:
    response = member.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json()


def test_the_schema_lists_every_operation(schema):
    operations = {(path, method) for path, item in schema["paths"].items() for method in item}
    assert operations == EXPECTED_OPERATIONS
    assert schema["info"]["title"] == "Healer API"


def test_the_schema_is_also_served_as_yaml(member):
    response = member.get("/api/schema/")
    assert response.status_code == 200
    assert yaml.safe_load(response.content)["openapi"].startswith("3.")


def test_it_documents_the_run_creation_contract(schema):
    create = schema["paths"]["/api/runs/"]["post"]
    assert set(create["responses"]) == {"201", "400", "401", "403", "409", "413", "415", "429"}
    assert "Location" in create["responses"]["201"]["headers"]
    body = schema["components"]["schemas"]["RunCreateRequest"]
    assert set(body["required"]) == {"repo_url", "team_name", "leader_name"}
    assert body["properties"]["retry_limit"] == {
        "type": "integer",
        "maximum": 20,
        "minimum": 1,
        "description": "Check-and-fix iterations at most: each runs the checks, commits a fix for every "
        "failure it can and re-validates them; 1 to 20 (default 5).",
    }


def test_it_documents_the_results_document_with_its_exact_keys(schema):
    results = schema["components"]["schemas"]["Results"]
    # "error" only for runs that were not scored (ERROR, CANCELLED), so it is not required.
    assert set(results["properties"]) == RESULTS_KEYS | {"error"}
    assert set(results["required"]) == RESULTS_KEYS


def test_it_documents_errors_and_public_access(schema):
    detail = schema["paths"]["/api/runs/{id}/"]["get"]
    assert {"200", "401", "404"} <= set(detail["responses"])
    assert {} in schema["paths"]["/api/leaderboard/"]["get"]["security"]
    assert {"tokenAuth": []} in schema["paths"]["/api/runs/"]["get"]["security"]
    assert "409" in schema["paths"]["/api/runs/{id}/cancel/"]["post"]["responses"]


@pytest.mark.parametrize(("path", "marker"), [("/api/docs/", "swagger-ui"), ("/api/redoc/", "redoc")])
def test_the_interactive_docs_use_locally_served_assets(member, path, marker):
    response = member.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert marker in html.lower()
    assert "/static/drf_spectacular_sidecar/" in html
    # Look at the addresses the page loads, not the whole text: the CSP nonce is random
    # base64 and spells "cdn" now and then (CI failed on exactly that once).
    addresses = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)["']""", html)
    assert addresses
    assert all(a.startswith("/") and not a.startswith("//") for a in addresses), addresses
    assert not any("cdn" in a.lower() for a in addresses)


@pytest.mark.parametrize("path", ["/api/schema/", "/api/schema/?format=json"])
def test_the_schema_needs_a_signed_in_user(db, path):
    response = Client().get(path)
    assert response.status_code == 401
    assert "paths" not in response.content.decode()


@pytest.mark.parametrize("path", ["/api/docs/", "/api/redoc/"])
def test_the_docs_pages_ask_anonymous_visitors_to_sign_in(db, path):
    response = Client().get(path)
    assert response.status_code == 401
    html = response.content.decode()
    assert "Sign in needed" in html and "the API documentation is for signed-in users" in html
    assert f'href="/accounts/login/?next={path}"' in html
    assert "drf_spectacular_sidecar" not in html  # none of the docs UI is served


def test_a_deployment_may_publish_the_schema_and_docs(db, settings):
    settings.HEALER_API_DOCS_PUBLIC = True
    for path in ("/api/schema/", "/api/docs/", "/api/redoc/"):
        assert Client().get(path).status_code == 200, path


def test_a_token_reads_the_schema_too(db):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=User.objects.create_user("script"))
    response = Client().get("/api/schema/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 200


def test_the_api_root_links_the_endpoints(db):
    body = Client().get("/api/").json()
    assert body["runs"] == "http://testserver/api/runs/"
    assert body["docs"] == "http://testserver/api/docs/"


@pytest.mark.parametrize(
    ("path", "hint"), [("/api/nothing-here/", False), ("/api/runs", True), ("/api/runs/1/fixes", True)]
)
def test_unknown_addresses_get_a_json_404(db, path, hint):
    response = Client().post(path)
    assert response.status_code == 404
    detail = response.json()["detail"]
    assert detail.startswith("Not found.")
    assert ("trailing slash" in detail) is hint


def test_the_schema_generates_without_warnings_and_validates(tmp_path):
    from django.core.management import call_command
    from drf_spectacular.drainage import reset_generator_stats

    reset_generator_stats()  # warnings are collected process-wide
    # --fail-on-warn: an undocumented response or an unresolvable field fails here, not in a client.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert yaml.safe_load((tmp_path / "schema.yaml").read_text())["paths"]
