"""DNS for the tests: nothing here may depend on (or leak queries to) real DNS.

No host name resolves unless a test says so through the `fake_dns` mapping
(name → list of addresses), so no test can make git connect to a real public
address: run creation accepts a name that does not resolve (yet), and the
worker refuses it before cloning. runs.netpolicy judges the answers as it
would real ones.
"""

from __future__ import annotations

import ipaddress

import pytest

# A public address for tests that need one; nothing may ever connect to it.
PUBLIC_ADDRESS = "140.82.112.3"


class FakeDNS(dict):
    queries: list[tuple[str, int]]

    def resolve(self, host: str, port: int):
        self.queries.append((host, port))
        answer = self.get(host, [])
        return [ipaddress.ip_address(address) for address in answer]


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch) -> FakeDNS:
    dns = FakeDNS()
    dns.queries = []
    monkeypatch.setattr("runs.netpolicy.resolve", dns.resolve)
    return dns
