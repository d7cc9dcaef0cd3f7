import pytest
from django.core.exceptions import ImproperlyConfigured

from healer import env


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("yes", True), ("ON", True), ("0", False), ("off", False)]
)
def test_it_reads_booleans(monkeypatch, raw, expected):
    monkeypatch.setenv("HEALER_T_BOOL", raw)
    assert env.env_bool("HEALER_T_BOOL", not expected) is expected


def test_it_fails_loudly_on_a_malformed_boolean(monkeypatch):
    monkeypatch.setenv("HEALER_T_BOOL", "maybe")
    with pytest.raises(ImproperlyConfigured, match="HEALER_T_BOOL"):
        env.env_bool("HEALER_T_BOOL", False)


def test_it_fails_loudly_on_integers_out_of_range_or_malformed(monkeypatch):
    monkeypatch.setenv("HEALER_T_INT", "abc")
    with pytest.raises(ImproperlyConfigured, match="not an integer"):
        env.env_int("HEALER_T_INT", 1)
    monkeypatch.setenv("HEALER_T_INT", "0")
    with pytest.raises(ImproperlyConfigured, match="below the minimum"):
        env.env_int("HEALER_T_INT", 1, min_value=1)


@pytest.mark.parametrize(
    ("raw", "expected"), [("512m", 512 * 1024**2), ("1g", 1024**3), ("64k", 65536), ("100", 100)]
)
def test_it_reads_sizes(monkeypatch, raw, expected):
    monkeypatch.setenv("HEALER_T_SIZE", raw)
    assert env.env_bytes("HEALER_T_SIZE", "1") == expected


def test_it_fails_loudly_on_a_bad_size_or_choice(monkeypatch):
    monkeypatch.setenv("HEALER_T_SIZE", "lots")
    with pytest.raises(ImproperlyConfigured):
        env.env_bytes("HEALER_T_SIZE", "1")
    monkeypatch.setenv("HEALER_T_CHOICE", "podman")
    with pytest.raises(ImproperlyConfigured, match="must be one of"):
        env.env_choice("HEALER_T_CHOICE", "docker", ("docker", "unsafe-local"))


def test_it_records_every_name_it_reads():
    env.env_str("HEALER_T_RECORDED", "")
    assert "HEALER_T_RECORDED" in env.NAMES
    assert "HEALER_SECRET_KEY" in env.NAMES  # read by settings at start-up
