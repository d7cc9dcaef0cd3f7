import pytest

from runs.templatetags.healer import diff_lines, duration, percent, tone


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
