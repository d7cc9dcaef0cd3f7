import pytest

from runs.templatetags.healer import diff_lines, duration, percent, soft_breaks, timestamp, tone
from runs.text import wait_text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(None, "—"), (0, "0.0 s"), (41.24, "41.2 s"), (59.9, "59.9 s"), (125, "2 min 5 s"), (3725, "1 h 2 min")],
)
def test_it_formats_durations(seconds, text):
    assert duration(seconds) == text


def test_it_classifies_diff_lines():
    diff = "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n-old\n+new\n same"
    assert [kind for kind, _ in diff_lines(diff)] == ["file", "file", "hunk", "del", "add", "ctx"]
    assert diff_lines("") == []


def test_it_scales_bars_and_clamps_them():
    assert percent(100, 110) == "90.9%"
    assert percent(-4, 110) == "3.6%"
    assert percent(500, 110) == "100.0%"
    assert percent(None, 110) == percent(5, 0) == "0%"


def test_it_gives_every_status_a_tone():
    assert [tone(s) for s in ["PASSED", "FIXED", "FAILED", "ERROR", "RUNNING", "QUEUED"]] == [
        "good",
        "good",
        "bad",
        "bad",
        "info",
        "neutral",
    ]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0.2, "in 1 second"),
        (40, "in 40 seconds"),
        (61, "in about 1 minute"),
        (720, "in about 12 minutes"),
        (3526, "in about an hour"),
        (5000, "in about an hour"),
        (7400, "in about 2 hours"),
        (400000, "in about 5 days"),
    ],
)
def test_it_says_how_long_to_wait_in_words(seconds, text):
    assert wait_text(seconds) == text


def test_it_lets_long_identifiers_wrap_between_words_only():
    assert soft_breaks("TEAM_LEADER_AI_Fix") == "TEAM_<wbr>LEADER_<wbr>AI_<wbr>Fix"
    assert soft_breaks("src/a-b.py") == "src/<wbr>a-<wbr>b.<wbr>py"
    assert soft_breaks("<b>x_y</b>") == "&lt;b&gt;x_<wbr>y&lt;/<wbr>b&gt;"  # escaped first


def test_it_renders_times_as_utc_for_the_script_to_localise():
    from datetime import UTC, datetime, timedelta, timezone

    moment = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone(timedelta(hours=2)))
    html = timestamp(moment, seconds=True)
    assert html == (
        '<time datetime="2026-03-04T03:06:07Z" title="2026-03-04 03:06:07 UTC" data-local data-seconds>'
        "2026-03-04 03:06:07 UTC</time>"
    )
    assert timestamp(datetime(2026, 3, 4, 5, 6, tzinfo=UTC)).endswith(">2026-03-04 05:06 UTC</time>")
    assert timestamp(None) == "—"
