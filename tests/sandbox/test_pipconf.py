"""The dependency phase uses the worker's own pip index and trust store by default (no engine needed)."""

from __future__ import annotations

import sys
import textwrap

import pytest
from django.core.exceptions import ImproperlyConfigured

from healer import env
from healer.engine.types import SandboxError
from sandbox.deps_pip import PipInstaller, split_credentials
from sandbox.pipconf import WorkerPip, parse_config_list, pip_index, read_worker_pip


def test_it_applies_pips_precedence_to_config_list_output():
    text = textwrap.dedent(
        """\
        global.index-url='https://global.example/simple'
        install.index-url='https://install.example/simple'
        global.cert='/etc/ssl/certs/ca-certificates.crt'
        :env:.cert='/env/ca.pem'
        global.extra-index-url='file:///opt/pypi/simple https://extra.example/simple'
        """
    )
    assert parse_config_list(text) == {
        "index-url": "https://install.example/simple",
        "cert": "/env/ca.pem",
        "extra-index-url": "file:///opt/pypi/simple https://extra.example/simple",
    }


def test_it_reads_the_worker_pip_through_pip_itself(tmp_path):
    conf = tmp_path / "pip.conf"
    conf.write_text(
        "[global]\nindex-url = https://mirror.example/simple\n"
        "extra-index-url = file:///opt/local https://extra.example/simple\nfind-links = /opt/wheels\n"
    )
    pem = tmp_path / "ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n")
    worker = read_worker_pip(
        python=sys.executable,
        environ={
            "PIP_CONFIG_FILE": str(conf),
            "PIP_CERT": str(pem),
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
        },
    )
    assert worker.index_url == "https://mirror.example/simple"
    assert worker.extra_index_urls == ("https://extra.example/simple",)  # file: is a place on the worker
    assert worker.cert == str(pem)
    assert any("file:///opt/local" in item for item in worker.ignored)
    assert any("find-links" in item for item in worker.ignored)


def test_without_pip_config_the_ca_comes_from_ssl_cert_file_or_requests_ca_bundle(tmp_path):
    missing_python = str(tmp_path / "no-python")
    worker = read_worker_pip(python=missing_python, environ={"REQUESTS_CA_BUNDLE": "/r.pem"})
    assert (worker.index_url, worker.cert) == ("", "/r.pem")
    worker = read_worker_pip(
        python=missing_python, environ={"SSL_CERT_FILE": "/s.pem", "REQUESTS_CA_BUNDLE": "/r.pem"}
    )
    assert worker.cert == "/s.pem"
    worker = read_worker_pip(python=missing_python, environ={"PIP_INDEX_URL": "https://p.example/simple"})
    assert worker.index_url == "https://p.example/simple"


def test_the_worker_configuration_is_the_default_and_settings_win(tmp_path):
    pem = tmp_path / "ca.pem"
    pem.write_bytes(b"PEM")
    worker = WorkerPip(
        index_url="https://mirror.example/simple",
        extra_index_urls=("https://extra.example/simple",),
        cert=str(pem),
        origins=("index URL from the worker's pip configuration",),
    )
    index = pip_index(worker=worker)
    assert (index.index_url, index.extra_index_urls, index.ca_bundle) == (
        "https://mirror.example/simple",
        ("https://extra.example/simple",),
        b"PEM",
    )
    assert "worker's pip configuration" in index.origin
    explicit = pip_index(index_url="https://own.example/simple", worker=worker)
    assert explicit.index_url == "https://own.example/simple" and explicit.extra_index_urls == ()
    off = pip_index(use_worker_config=False)
    assert (off.index_url, off.ca_bundle) == ("https://pypi.org/simple", None)


def test_an_unreadable_ca_bundle_is_a_clear_error(tmp_path):
    with pytest.raises(SandboxError, match="HEALER_SANDBOX_PIP_CA_BUNDLE"):
        pip_index(ca_bundle=str(tmp_path / "missing.pem"), use_worker_config=False)


def test_credentials_go_to_netrc_never_to_pip_conf_or_argv():
    index = pip_index(index_url="https://user:p%40ss@mirror.example/simple", use_worker_config=False)
    installer = PipInstaller(index, inputs_dir="/egress/in")
    from sandbox.requirements import Declared, Kind

    job = installer.job([Declared("attrs", "attrs", Kind.RUNTIME, "x")], ())
    assert b"p@ss" not in job.files["pip.conf"] and b"user" not in job.files["pip.conf"]
    assert job.files["netrc"] == b'machine mirror.example login "user" password "p@ss"\n'
    assert not any("p@ss" in arg or "p%40ss" in arg for arg in job.argv)
    assert not any("p@ss" in value for value in job.env.values())
    assert "--only-binary=:all:" in job.argv
    assert split_credentials("https://a:b@h:8443/s")[0] == "https://h:8443/s"


def test_index_settings_are_validated_at_start_up(monkeypatch):
    monkeypatch.setenv("HEALER_T_URLS", "https://ok.example/simple, ftp://user:secret@bad.example/")
    with pytest.raises(ImproperlyConfigured) as caught:
        env.env_urls("HEALER_T_URLS")
    assert "bad.example" in str(caught.value) and "secret" not in str(caught.value)


def test_the_removed_pip_args_setting_is_refused_loudly(monkeypatch):
    monkeypatch.setenv("HEALER_SANDBOX_PIP_ARGS", "--index-url https://x")
    with pytest.raises(ImproperlyConfigured, match="no longer supported"):
        env.env_removed("HEALER_SANDBOX_PIP_ARGS", "use HEALER_SANDBOX_PIP_INDEX_URL")
