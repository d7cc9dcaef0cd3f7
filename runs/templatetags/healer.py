"""Template helpers for the dashboard: durations, times, status colours, diff lines, score bars."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from django import template
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from healer.links import http_url
from runs.models import RunStatus
from runs.text import duration_text, wait_text

register = template.Library()

# Badge tone per status: colour is never the only signal, the text says it too.
STATUS_TONES = {
    RunStatus.QUEUED: "neutral",
    RunStatus.RUNNING: "info",
    RunStatus.PASSED: "good",
    RunStatus.FAILED: "bad",
    RunStatus.ERROR: "bad",
    RunStatus.CANCELLED: "neutral",
    "FIXED": "good",
    # Remote CI states (runs.hosting.base.CIState).
    "SUCCESS": "good",
    "FAILURE": "bad",
    "PENDING": "info",
    "NONE": "neutral",
    "TIMEOUT": "neutral",
}


@register.filter
def tone(status: str) -> str:
    return STATUS_TONES.get(status, "bad")


@register.filter
def duration(seconds: float | None) -> str:
    """41.2 → "41.2 s"; 125 → "2 min 5 s"; 3725 → "1 h 2 min"."""
    return duration_text(seconds)


@register.filter
def diff_lines(diff: str) -> list[tuple[str, str]]:
    """(kind, text) per line of a unified diff, so additions and removals can be styled."""
    lines = []
    for line in (diff or "").splitlines():
        if line.startswith(("+++", "---")):
            kind = "file"
        elif line.startswith("@@"):
            kind = "hunk"
        elif line.startswith("+"):
            kind = "add"
        elif line.startswith("-"):
            kind = "del"
        else:
            kind = "ctx"
        lines.append((kind, line))
    return lines


@register.simple_tag
def percent(value: float | int | None, scale: float | int | None) -> str:
    """value as a CSS percentage of scale, clamped to 0..100 (score bars, progress)."""
    if not value or not scale:
        return "0%"
    return f"{max(0.0, min(100.0, 100.0 * abs(value) / scale)):.1f}%"


@register.filter(name="wait_text")
def wait_text_filter(seconds: float | None) -> str:
    """ "in about an hour" (runs.text.wait_text)."""
    return wait_text(seconds)


# Where a long identifier may wrap: after these characters (not in the middle of a word).
_SOFT_BREAK = re.compile(r"([_/.\-@])")


@register.filter(is_safe=True)
def soft_breaks(value: object) -> SafeString:
    """The text escaped, with <wbr> after each _ / . - @: RIFT_ORGANISERS_..._AI_Fix wraps between
    its words, never inside one (the CSS lets a single overlong word break as a last resort)."""
    return mark_safe(_SOFT_BREAK.sub(r"\1<wbr>", escape(str(value if value is not None else ""))))


@register.simple_tag
def timestamp(value: datetime | None, *, empty: str = "—", seconds: bool = False) -> str:
    """A <time> with the UTC value as text and on hover; static/healer/app.js shows it local and relative."""
    if value is None:
        return empty
    utc = value.astimezone(UTC) if timezone.is_aware(value) else value.replace(tzinfo=UTC)
    text = utc.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M") + " UTC"
    return format_html(
        '<time datetime="{}" title="{}" data-local{}>{}</time>',
        utc.isoformat(timespec="seconds").replace("+00:00", "Z"),
        utc.strftime("%Y-%m-%d %H:%M:%S UTC"),
        mark_safe(" data-seconds") if seconds else "",
        text,
    )


@register.simple_tag
def bar_width(value: float | int | None, scale: float | int | None) -> str:
    """The class (w-0 … w-100, static/healer/app.css) drawing `percent` as a bar's width.

    A class, not a style attribute: the Content-Security-Policy allows no inline
    styles, and the live view swaps these bars in as HTML.
    """
    return f"w-{round(float(percent(value, scale).rstrip('%')))}"


@register.filter(name="http_url")
def http_url_filter(value: object) -> str:
    """The URL when it is an http(s) link, else "" (healer.links): for href attributes."""
    return http_url(value)
