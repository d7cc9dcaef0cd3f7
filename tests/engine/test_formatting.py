import pytest

from healer.engine.formatting import branch_name, fix_line, score_compute
from healer.engine.types import BugType


def test_it_formats_the_design_examples_exactly():
    assert (
        fix_line(
            bug_type=BugType.LINTING, file="src/utils.py", line=15, description="remove the import statement"
        )
        == "LINTING error in src/utils.py line 15 → Fix: remove the import statement"
    )
    assert (
        fix_line(
            bug_type="SYNTAX",
            file="src/validator.py",
            line=8,
            description="add the colon at the correct position",
        )
        == "SYNTAX error in src/validator.py line 8 → Fix: add the colon at the correct position"
    )


def test_it_rejects_unknown_bug_types():
    with pytest.raises(ValueError):
        fix_line(bug_type="STYLE", file="a.py", line=1, description="x")


def test_it_builds_the_design_branch_name():
    assert (
        branch_name(team_name="RIFT ORGANISERS", leader_name="Saiyam Kumar")
        == "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    )


@pytest.mark.parametrize(
    ("team", "leader", "expected"),
    [
        ("  code  warriors ", "Ada", "CODE__WARRIORS_ADA_AI_Fix"),
        ("Team#1!", "O'Brien-Smith", "TEAM1_OBRIENSMITH_AI_Fix"),
        ("ünïcode team", "Zoë", "UNICODE_TEAM_ZOE_AI_Fix"),
    ],
)
def test_it_upper_cases_replaces_spaces_and_drops_other_characters(team, leader, expected):
    assert branch_name(team_name=team, leader_name=leader) == expected


@pytest.mark.parametrize(
    ("team", "leader", "expected"),
    [
        # The example: before, "ZO__MLAUT_..." (the letters with accents were dropped).
        ("Zoë & Ümlaut", "Renée Ñúñez", "ZOE__UMLAUT_RENEE_NUNEZ_AI_Fix"),
        # Letters NFKD does not decompose, spelled the usual ASCII way.
        ("Straße Øresund", "Łukasz Ærø", "STRASSE_ORESUND_LUKASZ_AERO_AI_Fix"),
        ("Ðe Þorn", "Œuvre", "DE_THORN_OEUVRE_AI_Fix"),
        # Compatibility forms (ligatures, full-width letters) become their plain letters.
        ("ﬁx ＴＥＡＭ", "Ada", "FIX_TEAM_ADA_AI_Fix"),
        # Scripts without an ASCII spelling are still dropped by the rule that follows.
        ("日本 Team", "Ada", "_TEAM_ADA_AI_Fix"),
    ],
)
def test_it_transliterates_letters_to_ascii_before_the_branch_rule(team, leader, expected):
    assert branch_name(team_name=team, leader_name=leader) == expected
    # And the design's example is unchanged by it.
    assert (
        branch_name(team_name="RIFT ORGANISERS", leader_name="Saiyam Kumar")
        == "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    )


def test_a_name_of_letters_without_an_ascii_spelling_is_still_refused():
    with pytest.raises(ValueError):
        branch_name(team_name="日本", leader_name="Ada")


@pytest.mark.parametrize(("team", "leader"), [("!!!", "Ada"), ("Team", "   "), ("", "Ada"), ("Team", "***")])
def test_it_refuses_names_that_sanitise_to_nothing(team, leader):
    with pytest.raises(ValueError):
        branch_name(team_name=team, leader_name=leader)


@pytest.mark.parametrize(
    ("duration", "commits", "expected"),
    [
        (41.2, 5, (100, 10, 0, 110)),
        (299.9, 20, (100, 10, 0, 110)),
        (300.0, 20, (100, 0, 0, 100)),
        (10.0, 21, (100, 10, 2, 108)),
        (600.0, 25, (100, 0, 10, 90)),
    ],
)
def test_it_scores_base_speed_bonus_and_commit_penalty(duration, commits, expected):
    score = score_compute(duration_seconds=duration, commit_count=commits)
    assert (score.base, score.speed_bonus, score.efficiency_penalty, score.total) == expected
    assert score.as_dict() == dict(
        zip(("base", "speed_bonus", "efficiency_penalty", "total"), expected, strict=True)
    )
