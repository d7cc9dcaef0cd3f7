"""runs.netpolicy: which hosts a repository URL may point git at (issue 13, item 8)."""

from __future__ import annotations

import ipaddress

import pytest
from django.core.exceptions import ImproperlyConfigured

from runs.gitops import SourceError, repo_source_parse
from runs.netpolicy import (
    NUMERIC_FORM,
    REFUSED,
    HostPolicy,
    HostRefused,
    address_is_public,
    embedded_ipv4,
    url_check,
)
from tests.fixtures_network import PUBLIC_ADDRESS

NO_POLICY = HostPolicy()

# Every way of writing an internal address that was accepted before.
HOSTILE_LITERALS = [
    "127.0.0.1",
    "0.0.0.0",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "100.64.0.1",  # carrier-grade NAT
    "224.0.0.1",
    "255.255.255.255",
    "[::1]",
    "[::]",
    "[::ffff:127.0.0.1]",
    "[::ffff:a9fe:a9fe]",
    "[fe80::1]",
    "[fc00::1]",
    "[2002:7f00:1::]",  # 6to4 of 127.0.0.1
    "[64:ff9b::a9fe:a9fe]",  # NAT64 of 169.254.169.254
    "[2001:0:4136:e378:8000:63bf:80ff:fefe]",  # Teredo, client 127.0.0.1
]
NUMERIC_FORMS = ["2130706433", "0x7f000001", "0x7f.0.0.1", "0177.0.0.1", "127.1", "017700000001", "1.2.3.04"]
INTERNAL_NAMES = [
    "localhost",
    "db",
    "redis",
    "web",
    "engine",
    "foo.localhost",
    "printer.local",
    "metadata.google.internal",
    "router.lan",
]


def check(url: str, **kwargs):
    return url_check(url, policy=kwargs.pop("policy", NO_POLICY), **kwargs)


@pytest.mark.parametrize("host", HOSTILE_LITERALS)
def test_it_refuses_internal_ip_literals(host):
    with pytest.raises(HostRefused) as info:
        check(f"https://{host}/a/b")
    assert str(info.value) == REFUSED


@pytest.mark.parametrize("host", NUMERIC_FORMS)
def test_it_refuses_decimal_hex_octal_and_short_ipv4_forms(host):
    with pytest.raises(HostRefused, match="four decimal numbers"):
        check(f"https://{host}/a/b")


def test_it_refuses_a_numeric_form_even_of_a_public_address():
    # Every layer parses these differently; nobody needs them.
    with pytest.raises(HostRefused) as info:
        check("https://0x08080808/a/b")
    assert str(info.value) == NUMERIC_FORM


@pytest.mark.parametrize("host", INTERNAL_NAMES)
def test_it_refuses_single_label_and_local_names_without_asking_dns(host, fake_dns):
    fake_dns[host] = [PUBLIC_ADDRESS]  # even a public answer does not make them public
    with pytest.raises(HostRefused):
        check(f"https://{host}:5432/a/b")
    assert fake_dns.queries == []


@pytest.mark.parametrize(
    "answer",
    [
        ["127.0.0.1"],
        ["10.0.0.7"],
        ["169.254.169.254"],
        ["::1"],
        ["fe80::1"],
        ["::ffff:10.0.0.1"],
        [PUBLIC_ADDRESS, "10.0.0.7"],
    ],
)
def test_it_refuses_a_name_that_resolves_to_any_internal_address(answer, fake_dns):
    fake_dns["git.attacker.example"] = answer
    with pytest.raises(HostRefused) as info:
        check("https://git.attacker.example/a/b")
    assert str(info.value) == REFUSED


def test_it_refuses_a_name_that_does_not_resolve_with_the_same_words(fake_dns):
    # One message for "no such name" and "internal name": no oracle for internal DNS in the worker.
    with pytest.raises(HostRefused) as info:
        check("https://nowhere.example/a/b")
    assert str(info.value) == REFUSED


def test_run_creation_lets_a_name_that_does_not_resolve_yet_through_for_the_worker_to_judge(fake_dns):
    target = check("https://nowhere.example/a/b", allow_unresolved=True)
    assert target.addresses == () and target.git_config() == {}


def test_it_accepts_public_hosts_and_pins_git_to_the_addresses_it_checked(fake_dns):
    fake_dns["github.com"] = [PUBLIC_ADDRESS, "2606:50c0:8000::154"]
    target = check("https://github.com/acme/widgets")
    assert target.addresses == (
        ipaddress.ip_address(PUBLIC_ADDRESS),
        ipaddress.ip_address("2606:50c0:8000::154"),
    )
    assert target.git_config() == {
        "http.curloptResolve": f"github.com:443:{PUBLIC_ADDRESS},[2606:50c0:8000::154]"
    }
    assert fake_dns.queries == [("github.com", 443)]


def test_it_pins_the_port_of_the_url(fake_dns):
    fake_dns["git.example.org"] = [PUBLIC_ADDRESS]
    assert check("http://git.example.org:8080/a/b").git_config() == {
        "http.curloptResolve": f"git.example.org:8080:{PUBLIC_ADDRESS}"
    }


@pytest.mark.parametrize("host", ["8.8.8.8", "[2606:4700::1111]"])
def test_it_accepts_public_ip_literals(host):
    assert check(f"https://{host}/a/b").git_config() == {}


def test_an_allow_listed_name_is_left_to_git(fake_dns):
    policy = HostPolicy.parse(["git.corp.example"])
    fake_dns["git.corp.example"] = ["10.0.0.5"]
    assert check("https://git.corp.example/a/b", policy=policy).git_config() == {}


def test_an_allow_listed_network_admits_its_addresses_only(fake_dns):
    policy = HostPolicy.parse(["10.5.0.0/16", "fd00:1::/64"])
    fake_dns["git.corp.example"] = ["10.5.1.2"]
    assert check("https://git.corp.example/a/b", policy=policy).git_config() == {
        "http.curloptResolve": "git.corp.example:443:10.5.1.2"
    }
    assert check("https://[fd00:1::7]/a/b", policy=policy).addresses == ()
    fake_dns["git.corp.example"] = ["10.6.0.1"]
    with pytest.raises(HostRefused):
        check("https://git.corp.example/a/b", policy=policy)
    with pytest.raises(HostRefused):
        check("https://127.0.0.1/a/b", policy=policy)


@pytest.mark.parametrize("entry", ["not a host", "10.0.0.0/33", "-bad-.example", "http://x"])
def test_a_malformed_allow_list_entry_is_refused(entry):
    with pytest.raises(ValueError, match="neither a host name nor an IP network"):
        HostPolicy.parse([entry])


def test_a_malformed_allow_list_stops_start_up(monkeypatch):
    from healer.env import env_list

    monkeypatch.setenv("HEALER_REPO_ALLOWED_HOSTS", "git.corp.example, 10.0.0.0/33")
    with pytest.raises(ImproperlyConfigured, match="HEALER_REPO_ALLOWED_HOSTS"):
        env_list("HEALER_REPO_ALLOWED_HOSTS", [], check=HostPolicy.check_entry)


@pytest.mark.parametrize(
    ("address", "inner"),
    [
        ("::ffff:10.0.0.1", "10.0.0.1"),
        ("2002:a00:1::", "10.0.0.1"),
        ("64:ff9b::a00:1", "10.0.0.1"),
        ("2606:4700::1", None),
    ],
)
def test_it_sees_the_ipv4_address_inside_ipv6_transition_forms(address, inner):
    found = embedded_ipv4(ipaddress.ip_address(address))
    assert (str(found) if found else None) == inner


def test_a_transition_form_of_a_public_ipv4_address_is_public():
    assert address_is_public(ipaddress.ip_address("2002:808:808::1"))
    assert not address_is_public(ipaddress.ip_address("2002:a00:1::1"))


@pytest.mark.parametrize(
    "url",
    [
        "https://169.254.169.254/latest/meta-data",
        "https://2130706433/a/b",
        "https://[::1]/a/b",
        "https://[fe80::1%25eth0]/a/b",
        "https://redis:6379/a/b",
        "https://localhost/a/b",
        "https://github.com./acme/widgets",
    ],
)
def test_repository_urls_naming_internal_hosts_are_refused_with_a_field_message(url):
    with pytest.raises(SourceError):
        repo_source_parse(url, allow_local=False)


def test_run_creation_refuses_a_name_that_resolves_inside(fake_dns):
    fake_dns["innocent.example.com"] = ["192.168.0.10"]
    with pytest.raises(SourceError, match="public host"):
        repo_source_parse("https://innocent.example.com/a/b", allow_local=False)


def test_the_allow_list_setting_admits_an_internal_git_server(settings, fake_dns):
    settings.HEALER_REPO_ALLOWED_HOSTS = ["git.corp.example"]
    fake_dns["git.corp.example"] = ["10.0.0.5"]
    assert repo_source_parse("https://git.corp.example/team/app.git", allow_local=False).url
