import pytest
from django.contrib.auth.models import AnonymousUser, User

from runs.models import Run, RunStatus, Team
from runs.selectors import leaderboard, run_can_manage, run_visible_to, team_visible_to

pytestmark = pytest.mark.django_db


def make_run(team, *, status=RunStatus.PASSED, score=110, duration=30.0):
    return Run.objects.create(
        team=team,
        leader_name="L",
        repo_url="https://x.org/a/b",
        branch="B_L_AI_Fix",
        status=status,
        score_total=score,
        duration_seconds=duration,
    )


@pytest.fixture
def teams():
    return {
        name: Team.objects.create(name=name, leader_name="L") for name in ["Alpha", "Beta", "Gamma", "Delta"]
    }


def test_it_shows_members_their_teams_runs_only(teams):
    member = User.objects.create_user("m")
    teams["Alpha"].members.add(member)
    mine, theirs = make_run(teams["Alpha"]), make_run(teams["Beta"])
    assert list(run_visible_to(user=member)) == [mine]
    assert list(team_visible_to(user=member)) == [teams["Alpha"]]
    assert run_can_manage(user=member, run=mine) and not run_can_manage(user=member, run=theirs)
    staff = User.objects.create_user("s", is_staff=True)
    assert set(run_visible_to(user=staff)) == {mine, theirs}
    assert run_can_manage(user=staff, run=theirs)
    assert not run_visible_to(user=AnonymousUser()).exists()
    assert not run_can_manage(user=AnonymousUser(), run=mine)


def test_it_ranks_passing_runs_first_then_score_then_time(teams):
    make_run(teams["Alpha"], score=110, duration=60)
    make_run(teams["Alpha"], status=RunStatus.FAILED, score=110, duration=5)
    make_run(teams["Beta"], score=110, duration=20)
    make_run(teams["Gamma"], status=RunStatus.FAILED, score=110, duration=1)
    make_run(teams["Delta"], score=100, duration=400)
    rows = leaderboard()
    assert [(row.rank, row.team.name) for row in rows] == [
        (1, "Beta"),
        (2, "Alpha"),
        (3, "Delta"),
        (4, "Gamma"),
    ]
    assert rows[1].runs_count == 2 and rows[1].duration_seconds == 60
    assert rows[3].passed is False


def test_it_gives_tied_teams_the_same_rank_and_names_them(teams):
    make_run(teams["Alpha"], duration=30.01)
    make_run(teams["Beta"], duration=30.04)
    make_run(teams["Gamma"], duration=31)
    rows = leaderboard()
    assert [(row.rank, row.team.name, row.tied_with) for row in rows] == [
        (1, "Alpha", ("Beta",)),
        (1, "Beta", ("Alpha",)),
        (3, "Gamma", ()),
    ]


def test_it_ignores_errored_cancelled_and_unfinished_runs(teams):
    make_run(teams["Alpha"], status=RunStatus.ERROR)
    make_run(teams["Beta"], status=RunStatus.CANCELLED)
    make_run(teams["Gamma"], status=RunStatus.RUNNING, score=None, duration=None)
    assert leaderboard() == []


def test_it_answers_in_a_constant_number_of_queries(teams, django_assert_num_queries):
    for team in teams.values():
        make_run(team)
        make_run(team, score=100)
    with django_assert_num_queries(2):
        leaderboard()
