"""Links to other sites that Healer shows (CI runs, checks): http(s) only.

Their addresses come from a Git host's API, and a check run's details URL is
whatever the app that created it said (`javascript:…`, `data:…`). Every place
that renders one as a link goes through http_url.
"""

from __future__ import annotations

import urllib.parse

_SCHEMES = {"http", "https"}


def http_url(value: object) -> str:
    """value when it is an absolute http(s) URL with a host, else ""."""
    text = str(value or "")
    if not text or any(ord(ch) < 33 or ord(ch) == 127 for ch in text):
        return ""  # browsers drop tabs and newlines inside a scheme; refuse them all
    try:
        parts = urllib.parse.urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in _SCHEMES or not parts.hostname:
        return ""
    return text
