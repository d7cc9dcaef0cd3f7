"""A failed dependency install says why and which setting changes it, before pip's own lines.

The outputs are pip's, as seen on a machine behind a TLS-intercepting proxy and through the
sandbox's egress proxy (test_heal_cli.py checks the unreachable index end to end).
"""

from __future__ import annotations

from sandbox.deps_pip import PipIndex, pip_failure_hint

TLS = """\
WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:992)'))': /simple/six/
Could not fetch URL https://pypi.org/simple/six/: There was a problem confirming the ssl certificate: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded - skipping
ERROR: Could not find a version that satisfies the requirement six==1.16.0 (from versions: none)
ERROR: No matching distribution found for six==1.16.0
"""
REFUSED = """\
Looking in indexes: https://pypi.example.invalid/simple
WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden'))': /simple/six/
ERROR: Could not find a version that satisfies the requirement six==1.16.0 (from versions: none)
ERROR: No matching distribution found for six==1.16.0
"""
AUTH = """\
ERROR: HTTP error 401 while getting https://pkgs.example.com/simple/acme-core/
ERROR: 401 Client Error: Unauthorized for url: https://pkgs.example.com/simple/acme-core/
"""
NO_WHEEL = """\
ERROR: Could not find a version that satisfies the requirement healer-sdist-only==1.0 (from versions: none)
ERROR: No matching distribution found for healer-sdist-only==1.0
"""
NO_VERSION = """\
ERROR: Could not find a version that satisfies the requirement six==99.0 (from versions: 1.15.0, 1.16.0)
ERROR: No matching distribution found for six==99.0
"""
PYPI = PipIndex()


def test_an_untrusted_certificate_names_the_ca_bundle_settings():
    hint = pip_failure_hint(TLS, index=PYPI)
    assert hint.startswith("the package index's TLS certificate (pypi.org) is not trusted")
    assert "no CA bundle was given" in hint
    assert "HEALER_SANDBOX_PIP_CA_BUNDLE" in hint and "PIP_CERT" in hint
    assert "HEALER_SANDBOX_PIP_ALLOW_SDIST" not in hint  # not the wheels-only story
    with_bundle = pip_failure_hint(TLS, index=PipIndex(ca_bundle=b"-----BEGIN CERTIFICATE-----"))
    assert "the CA bundle given does not sign it" in with_bundle


def test_an_unreachable_index_names_the_index_and_egress_settings():
    hint = pip_failure_hint(REFUSED, index=PipIndex(index_url="https://pypi.example.invalid/simple"))
    assert hint.startswith("the package index (pypi.example.invalid) could not be reached")
    assert "HEALER_SANDBOX_PIP_INDEX_URL" in hint and "HEALER_SANDBOX_DEPS_PRIVATE_HOSTS" in hint


def test_a_refusing_index_asks_for_credentials_without_showing_any():
    index = PipIndex(index_url="https://ci:s3cret@pkgs.example.com/simple")
    hint = pip_failure_hint(AUTH, index=index)
    assert "(pkgs.example.com) refused the request" in hint and "s3cret" not in hint


def test_a_missing_wheel_or_version_says_which():
    assert "HEALER_SANDBOX_PIP_ALLOW_SDIST=1" in pip_failure_hint(NO_WHEEL, index=PYPI)
    assert "correct the requirement" in pip_failure_hint(NO_WHEEL, index=PipIndex(allow_sdist=True))
    assert "correct the requirement" in pip_failure_hint(NO_VERSION, index=PYPI)


def test_a_timeout_names_its_setting_and_unknown_output_adds_nothing():
    assert "HEALER_SANDBOX_INSTALL_TIMEOUT" in pip_failure_hint("", index=PYPI, timed_out=True)
    assert pip_failure_hint("ERROR: something pip has never said", index=PYPI) == ""


FULL = """\
Installing collected packages: tzdata, pyparsing, pillow, packaging, numpy, scipy, pandas, matplotlib
ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device
"""


def test_it_names_the_volume_size_setting_when_the_install_does_not_fit():
    hint = pip_failure_hint(FULL, index=PYPI)
    assert "HEALER_SANDBOX_DEPS_SIZE" in hint
    assert pip_failure_hint(NO_VERSION, index=PYPI).find("HEALER_SANDBOX_DEPS_SIZE") == -1
