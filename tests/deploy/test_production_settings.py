"""The documented production variables (deploy/README.md "Production settings") give a
clean `check --deploy`, HTTPS everywhere, HSTS and the proxy handling (issue 13, item 10).

Settings are read once at start-up, so each case starts a fresh process.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]


def documented_production_env() -> dict[str, str]:
    text = (ROOT / "deploy" / "README.md").read_text()
    block = re.search(r"<!-- production-env -->\s*```sh\n(.*?)```", text, re.S)
    assert block, "deploy/README.md lost its production-env block"
    values = dict(line.split("=", 1) for line in block[1].splitlines() if line.strip())
    fill = {
        "<random, 50 characters>": secrets.token_urlsafe(50)[:50],
        "<Fernet key>": Fernet.generate_key().decode(),
        "<password>": secrets.token_hex(8),
    }
    for placeholder, value in fill.items():
        values = {name: text.replace(placeholder, value) for name, text in values.items()}
    assert not any("<" in value for value in values.values()), values
    return values


class FakeRedis:
    """Answers HELLO and PING (anything else with OK): all `check --deploy` asks of Redis."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._client, args=(conn,), daemon=True).start()

    @staticmethod
    def _client(conn: socket.socket) -> None:
        with conn:
            while data := conn.recv(65536):
                for command in re.findall(rb"\*\d+\r\n\$\d+\r\n([A-Za-z]+)", data):
                    name = command.upper()
                    if name == b"HELLO":  # the RESP3 handshake redis-py starts with
                        conn.sendall(b"%1\r\n$5\r\nproto\r\n:3\r\n")
                    else:
                        conn.sendall(b"+PONG\r\n" if name == b"PING" else b"+OK\r\n")


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("HEALER_", "DATABASE_URL", "REDIS_URL"))
    }
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def production(tmp_path_factory) -> dict[str, str]:
    redis = FakeRedis()
    env = documented_production_env()
    env["REDIS_URL"] = f"redis://127.0.0.1:{redis.port}/0"
    env["HEALER_DATA_DIR"] = str(tmp_path_factory.mktemp("production-data"))
    yield env
    redis.sock.close()


def test_check_deploy_is_clean_with_the_documented_variables(production):
    # Exactly what the web container runs before serving (deploy/entrypoint.sh).
    proc = manage(
        production, "check", "--deploy", "--tag", "security", "--tag", "healer", "--fail-level", "WARNING"
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "System check identified no issues" in proc.stdout


def test_without_them_check_deploy_names_what_is_missing(production):
    thin = {
        k: v for k, v in production.items() if k not in {"HEALER_CREDENTIALS_KEY", "HEALER_TRUSTED_PROXIES"}
    }
    proc = manage(
        thin, "check", "--deploy", "--tag", "security", "--tag", "healer", "--fail-level", "WARNING"
    )
    assert proc.returncode != 0
    assert "healer.W020" in proc.stderr and "healer.W022" in proc.stderr


SETTINGS_PROBE = """
import json, django
django.setup()
from django.conf import settings as s
print(json.dumps({name: getattr(s, name, None) for name in [
    "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_PROXY_SSL_HEADER", "HEALER_TRUSTED_PROXIES"]}))
"""


def settings_with(env: dict[str, str]) -> dict:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("HEALER_", "DATABASE_URL", "REDIS_URL"))
    }
    proc = subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "healer.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_production_turns_on_https_only_cookies_redirects_and_hsts(production):
    values = settings_with(production)
    assert values["SECURE_SSL_REDIRECT"] and values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["SECURE_HSTS_SECONDS"] == 365 * 86400 and values["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    assert values["SECURE_HSTS_PRELOAD"] is False  # only on request
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["HEALER_TRUSTED_PROXIES"] == 1


def test_forwarded_headers_are_believed_only_behind_a_declared_proxy(tmp_path):
    values = settings_with({"HEALER_SECRET_KEY": "x" * 50, "HEALER_DATA_DIR": str(tmp_path)})
    assert values["SECURE_PROXY_SSL_HEADER"] is None
    assert values["HEALER_TRUSTED_PROXIES"] == 0
    assert values["SECURE_SSL_REDIRECT"] and values["SECURE_HSTS_SECONDS"] > 0  # DEBUG off: HTTPS assumed


def test_plain_http_deployments_turn_it_all_off_with_one_variable(tmp_path):
    values = settings_with({"HEALER_HTTPS": "0", "HEALER_DATA_DIR": str(tmp_path)})
    assert not values["SECURE_SSL_REDIRECT"] and not values["SESSION_COOKIE_SECURE"]
    assert values["SECURE_HSTS_SECONDS"] == 0


@pytest.fixture
def https_site(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 365 * 86400
    return settings


def test_plain_http_is_redirected_to_https_but_the_health_check_is_not(client, https_site, db):
    response = client.get("/leaderboard/")
    assert response.status_code == 301 and response["Location"] == "https://testserver/leaderboard/"
    assert client.get("/healthz").status_code == 200


def test_https_answers_carry_hsts(client, https_site, db):
    response = client.get("/leaderboard/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_x_forwarded_proto_counts_only_behind_a_declared_proxy(client, https_site, db):
    assert client.get("/leaderboard/", HTTP_X_FORWARDED_PROTO="https").status_code == 301
    https_site.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client.get("/leaderboard/", HTTP_X_FORWARDED_PROTO="https").status_code == 200
