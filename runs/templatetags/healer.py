"""Template helpers for the dashboard: durations, status colours, diff lines, score bars."""

from __future__ import annotations

from django import template

from healer.links import http_url
from runs.models import RunStatus

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
    if seconds is None:
        return "—"
    seconds = max(0.0, float(seconds))
    if seconds < 60:
        return f"{seconds:.1f} s"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s"


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
