"""Plain words for people: durations and waits, shared by the pages, the admin and messages."""

from __future__ import annotations


def duration_text(seconds: float | None) -> str:
    """41.2 → "41.2 s"; 125 → "2 min 5 s"; 3725 → "1 h 2 min"; None → "—"."""
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


def wait_text(seconds: float | None) -> str:
    """How long until something, in words: "in 40 seconds", "in about 12 minutes", "in about an hour"."""
    if seconds is None:
        return "later"
    seconds = max(1, round(float(seconds)))
    if seconds < 60:
        return f"in {seconds} second{'s' if seconds != 1 else ''}"
    minutes = round(seconds / 60)
    if minutes < 50:
        return f"in about {minutes} minute{'s' if minutes != 1 else ''}"
    hours = round(seconds / 3600)
    if hours <= 1:
        return "in about an hour"
    if hours < 36:
        return f"in about {hours} hours"
    return f"in about {round(seconds / 86400)} days"


def storable_text(text: str) -> str:
    """`text` as valid UTF-8, for the database and files: a lone surrogate becomes its escape (`\\ud835`).

    Test output reaches the run's log and fix rows from sources nobody controls: a JSON test report
    may escape half of an astral character (JavaScript strings are UTF-16, so `'𝒜'.split('')` prints
    two halves), and source files that are not valid UTF-8 are read with `surrogateescape`. Neither
    can be encoded as UTF-8, so the database refuses the row and the run would end in an internal error.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="backslashreplace").decode("utf-8")
    return text
