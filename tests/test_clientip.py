"""healer.clientip: how far X-Forwarded-For is believed (HEALER_TRUSTED_PROXIES)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from django.test import RequestFactory

from healer.clientip import client_ip, client_key


def request(remote: str = "198.51.100.1", forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.HEALER_TRUSTED_PROXIES = 0
    assert client_ip(request(forwarded="203.0.113.9")) == "198.51.100.1"


@pytest.mark.parametrize(
    ("hops", "forwarded", "client"),
    [
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the left part is the client's forgery
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.3", "203.0.113.9"),
        (2, "203.0.113.9", "203.0.113.9"),  # fewer hops than configured: the leftmost
        (1, " 2001:db8::7 ", "2001:db8::7"),
        (1, "203.0.113.9:4711", "203.0.113.9"),
        (1, "[2001:db8::7]:4711", "2001:db8::7"),
    ],
)
def test_the_client_is_the_entry_the_outermost_trusted_proxy_wrote(settings, hops, forwarded, client):
    settings.HEALER_TRUSTED_PROXIES = hops
    assert client_ip(request(remote="10.0.0.2", forwarded=forwarded)) == client


@pytest.mark.parametrize("forwarded", ["", "unknown", "not-an-address", ",,,"])
def test_a_useless_header_falls_back_to_the_peer(settings, forwarded):
    settings.HEALER_TRUSTED_PROXIES = 1
    assert client_ip(request(remote="10.0.0.2", forwarded=forwarded)) == "10.0.0.2"


def test_an_ipv6_client_counts_as_its_whole_slash_64(settings):
    settings.HEALER_TRUSTED_PROXIES = 0
    first = client_key(request(remote="2001:db8:1:2::1"))
    assert first == client_key(request(remote="2001:db8:1:2:ffff:ffff:ffff:ffff")) == "2001:db8:1:2::"
    assert client_key(request(remote="2001:db8:1:3::1")) != first
    assert client_key(request(remote="::ffff:198.51.100.1")) == "198.51.100.1"
    assert client_key(request(remote="198.51.100.1")) == "198.51.100.1"


@pytest.mark.parametrize("value", ["yes", "-1", "11", "one"])
def test_a_malformed_setting_stops_start_up(value):
    code = "import django; django.setup()"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env={
            "DJANGO_SETTINGS_MODULE": "healer.settings",
            "HEALER_TRUSTED_PROXIES": value,
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert "HEALER_TRUSTED_PROXIES" in proc.stderr
