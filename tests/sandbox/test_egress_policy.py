"""The egress proxy's policy (pure functions; the live proxy is tested in test_deps_adversarial.py)."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from sandbox.egress import Destination, destinations_for, parse_host_port
from sandbox.egress_proxy import Policy, forbidden_address, parse_request, split_authority


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.17.0.1",
        "192.168.1.10",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "255.255.255.255",
        "::1",
        "fd00::1",
        "fe80::1",
        "::ffff:10.0.0.1",
        "64:ff9b::a00:1",
        "2002:a00:1::1",
    ],
)
def test_it_forbids_private_loopback_link_local_and_reserved_addresses(address):
    assert forbidden_address(address)


@pytest.mark.parametrize("address", ["151.101.0.223", "203.0.113.80", "2a04:4e42::223"])
def test_it_allows_public_addresses(address):
    # 203.0.113.0/24 is a documentation range that a transparent TLS proxy uses here for real names.
    assert forbidden_address(address) == ""


def test_it_forbids_the_engines_own_networks():
    assert "Docker network" in forbidden_address("198.51.100.7", (ipaddress.ip_network("198.51.100.0/24"),))


def fake_resolver(answers):
    def resolve(host, port, family, kind):
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, kind, 6, "", (a, port)) for a in answers[host]
        ]

    return resolve


def test_only_allowed_hosts_and_only_their_public_addresses_are_used():
    policy = Policy(
        {"allow": [["pypi.org", 443], ["mirror.corp", 443]], "private_ok": [["mirror.corp", 443]]}
    )
    assert policy.check_destination("pypi.org", 443) == ""
    assert policy.check_destination("pypi.org", 80) == "not a package index host"
    assert policy.check_destination("evil.example", 443) == "not a package index host"
    resolve = fake_resolver({"pypi.org": ["10.0.0.5", "151.101.0.223"], "mirror.corp": ["10.0.0.9"]})
    usable, refused = policy.addresses("pypi.org", 443, resolve)
    assert [a[1][0] for a in usable] == ["151.101.0.223"] and "10.0.0.5" in refused[0]
    # A name that a DNS answer points at a private address is refused unless the deployment named it.
    only_private = fake_resolver({"pypi.org": ["169.254.169.254"]})
    assert policy.addresses("pypi.org", 443, only_private)[0] == []
    assert [a[1][0] for a in policy.addresses("mirror.corp", 443, resolve)[0]] == ["10.0.0.9"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"CONNECT pypi.org:443 HTTP/1.1\r\nHost: pypi.org", ("CONNECT", "pypi.org", 443, "")),
        (b"CONNECT [::1]:443 HTTP/1.1", ("CONNECT", "::1", 443, "")),
        (b"GET http://Mirror.Corp./simple/x/ HTTP/1.1", ("GET", "mirror.corp", 80, "/simple/x/")),
        (b"HEAD http://h:8080 HTTP/1.0", ("HEAD", "h", 8080, "")),
    ],
)
def test_it_parses_the_requests_pip_makes(head, expected):
    assert parse_request(head)[:4] == expected


@pytest.mark.parametrize(
    "head",
    [
        b"POST http://pypi.org/ HTTP/1.1",
        b"GET https://pypi.org/ HTTP/1.1",
        b"GET /relative HTTP/1.1",
        b"CONNECT user@pypi.org:443 HTTP/1.1",
        b"CONNECT pypi.org:99999 HTTP/1.1",
        b"CONNECT pypi.org:443",
        b"CONNECT a:b:c HTTP/1.1",
        b"GET http://h:x/ HTTP/1.1",
    ],
)
def test_it_refuses_anything_else(head):
    with pytest.raises(ValueError):
        parse_request(head)


def test_split_authority_needs_a_host():
    with pytest.raises(ValueError):
        split_authority(":443", 443)


def test_index_urls_become_destinations_with_pypis_file_host():
    found = destinations_for(("https://pypi.org/simple", "http://mirror:8080/simple"), ("files.corp",))
    assert found == [
        Destination("pypi.org", 443),
        Destination("files.pythonhosted.org", 443),
        Destination("mirror", 8080),
        Destination("files.corp", 443),
    ]
    assert parse_host_port("10.0.0.2:3141") == Destination("10.0.0.2", 3141)
    with pytest.raises(ValueError):
        parse_host_port("ftp://x/")
