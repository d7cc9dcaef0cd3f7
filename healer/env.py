"""Small, loud helpers for reading settings from the environment.

Every setting Healer reads goes through one of these functions, so a typo in a
value fails at start-up with the variable's name instead of misbehaving later,
and `NAMES` lists every variable the code reads (checked against .env.example).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured

NAMES: set[str] = set()

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _raw(name: str) -> str | None:
    NAMES.add(name)
    return os.environ.get(name)


def env_str(name: str, default: str = "") -> str:
    value = _raw(name)
    return default if value is None else value


def env_bool(name: str, default: bool) -> bool:
    value = _raw(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a boolean (use 1/0, true/false, yes/no, on/off)")


def env_int(name: str, default: int, *, min_value: int | None = None, max_value: int | None = None) -> int:
    value = _raw(name)
    if value is None:
        result = default
    else:
        try:
            result = int(value.strip())
        except ValueError:
            raise ImproperlyConfigured(f"{name}={value!r} is not an integer") from None
    if min_value is not None and result < min_value:
        raise ImproperlyConfigured(f"{name}={result} is below the minimum {min_value}")
    if max_value is not None and result > max_value:
        raise ImproperlyConfigured(f"{name}={result} is above the maximum {max_value}")
    return result


def env_float(name: str, default: float, *, min_value: float | None = None) -> float:
    value = _raw(name)
    if value is None:
        result = default
    else:
        try:
            result = float(value.strip())
        except ValueError:
            raise ImproperlyConfigured(f"{name}={value!r} is not a number") from None
    if min_value is not None and result < min_value:
        raise ImproperlyConfigured(f"{name}={result} is below the minimum {min_value}")
    return result


def env_list(name: str, default: list[str], *, check: Callable[[str], object] | None = None) -> list[str]:
    """Comma-separated values; `check` raises ValueError on a malformed item."""
    value = _raw(name)
    items = list(default) if value is None else [item.strip() for item in value.split(",") if item.strip()]
    for item in items if check is not None else ():
        try:
            check(item)
        except ValueError as exc:
            raise ImproperlyConfigured(f"{name}: {exc}") from None
    return items


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = env_str(name, default).strip()
    if value not in choices:
        raise ImproperlyConfigured(f"{name}={value!r} must be one of: {', '.join(choices)}")
    return value


def env_bytes(name: str, default: str) -> int:
    """Sizes such as '512m', '1g', '64k' or a plain number of bytes."""
    value = env_str(name, default).strip().lower()
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    try:
        if value and value[-1] in units:
            return int(float(value[:-1]) * units[value[-1]])
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a size (e.g. 512m, 1g, 65536)") from None


def env_urls(name: str) -> list[str]:
    """A comma- or space-separated list of http(s) URLs (credentials allowed in the URL)."""
    from urllib.parse import urlsplit

    urls = [item for item in env_str(name, "").replace(",", " ").split() if item]
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            shown = url.split("@", 1)[-1]  # never echo credentials
            raise ImproperlyConfigured(f"{name}: {shown!r} is not an http(s) URL")
    return urls


def env_removed(name: str, hint: str) -> None:
    """Refuse a variable that is no longer read, instead of silently ignoring it (not listed in NAMES)."""
    if os.environ.get(name):
        raise ImproperlyConfigured(f"{name} is no longer supported: {hint}")
