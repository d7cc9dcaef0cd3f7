from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.utils import timezone

from runs.models import Run, RunStatus, Team
from runs.selectors import (
    leaderboard,
    repo_web_base,
    run_can_manage,
    run_links,
    run_queue_wait,
    run_visible_to,
    team_visible_to,
    workers_alive,
)

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


# --- Links to the run's branch and commits -------------------------------------------


@pytest.mark.parametrize(
    ("repo_url", "branch_url", "commit_url"),
    [
        (
            "https://github.com/acme/widgets.git",
            "https://github.com/acme/widgets/tree/A_B_AI_Fix",
            "https://github.com/acme/widgets/commit/abc",
        ),
        (
            "https://gitlab.com/group/sub/widgets",
            "https://gitlab.com/group/sub/widgets/-/tree/A_B_AI_Fix",
            "https://gitlab.com/group/sub/widgets/-/commit/abc",
        ),
        (
            "https://bitbucket.org/acme/widgets/",
            "https://bitbucket.org/acme/widgets/src/A_B_AI_Fix",
            "https://bitbucket.org/acme/widgets/commits/abc",
        ),
        (
            "https://codeberg.org/acme/widgets",
            "https://codeberg.org/acme/widgets/src/branch/A_B_AI_Fix",
            "https://codeberg.org/acme/widgets/commit/abc",
        ),
        # Credentials, ports and queries never reach a link; the host's case does not matter.
        (
            "https://user:secret@GitHub.com:443/acme/widgets?x=1#y",
            "https://github.com/acme/widgets/tree/A_B_AI_Fix",
            "https://github.com/acme/widgets/commit/abc",
        ),
    ],
)
def test_it_links_the_pushed_branch_and_commits_on_known_hosts(repo_url, branch_url, commit_url):
    run = Run(repo_url=repo_url, branch="A_B_AI_Fix", pushed=True)
    links = run_links(run=run)
    assert (links.branch_url, links.commit("abc")) == (branch_url, commit_url)
    assert "secret" not in links.branch_url


@pytest.mark.parametrize(
    "repo_url",
    [
        "/srv/git/widgets",  # a local path: the branch name only
        "file:///srv/git/widgets",
        "https://git.example.com/acme/widgets",  # an unknown host's layout is not guessed
        "https://github.com/acme",  # not a repository
        "https://github.com/acme/widgets/extra",
        "https://github.com/acme/../widgets",
        "javascript:alert(1)//github.com/a/b",
    ],
)
def test_it_gives_no_link_where_it_cannot_know_the_page(repo_url):
    links = run_links(run=Run(repo_url=repo_url, branch="A_B_AI_Fix", pushed=True))
    assert (links.branch_url, links.commit("abc")) == ("", "")


def test_it_links_only_a_pushed_branch_and_only_http_pull_requests():
    run = Run(repo_url="https://github.com/acme/widgets", branch="A_B_AI_Fix", pushed=False)
    assert run_links(run=run).branch_url == ""
    assert run_links(run=run, pull_request_url="javascript:alert(1)").pull_request_url == ""
    assert run_links(run=run, pull_request_url="https://github.com/acme/widgets/pull/3").pull_request_url == (
        "https://github.com/acme/widgets/pull/3"
    )
    assert repo_web_base(repo_url="https://github.com/acme/widgets.git") == (
        "github.com",
        "https://github.com/acme/widgets",
    )


# --- Is there a worker for a queued run? ------------------------------------------------


def cluster_seen(status: str = "Idle") -> None:
    """What a running qcluster writes through the broker about itself (django_q.status.Stat)."""
    from django_q.brokers import get_broker
    from django_q.signing import SignedPackage
    from django_q.status import Stat, Status

    stat = Status(pid=1, cluster_id="test-cluster")
    stat.status = status
    get_broker().set_stat(Stat.get_key("test-cluster"), SignedPackage.dumps(stat, True), 3)


@pytest.fixture
def no_cluster():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def queued(teams, *, seconds_ago: float) -> Run:
    run = make_run(teams["Alpha"], status=RunStatus.QUEUED, score=None, duration=None)
    Run.objects.filter(pk=run.pk).update(created_at=timezone.now() - timedelta(seconds=seconds_ago))
    return Run.objects.get(pk=run.pk)


def test_a_queued_run_without_any_worker_says_so_after_a_few_seconds(teams, no_cluster):
    assert run_queue_wait(run=queued(teams, seconds_ago=1)) == ""  # a free worker takes it in a second
    late = queued(teams, seconds_ago=30)
    assert not workers_alive()
    assert run_queue_wait(run=late) == "no-worker"


def test_a_running_cluster_means_the_run_waits_for_a_free_worker(teams, no_cluster):
    cluster_seen()
    assert workers_alive()
    assert run_queue_wait(run=queued(teams, seconds_ago=30)) == "busy"
    cluster_seen(status="Stopped")
    assert not workers_alive()


def test_a_worker_busy_with_a_run_counts_as_alive(teams, no_cluster):
    busy = make_run(teams["Beta"], status=RunStatus.RUNNING, score=None, duration=None)
    Run.objects.filter(pk=busy.pk).update(heartbeat_at=timezone.now())
    assert run_queue_wait(run=queued(teams, seconds_ago=30)) == "busy"
    Run.objects.filter(pk=busy.pk).update(heartbeat_at=timezone.now() - timedelta(hours=1))
    assert run_queue_wait(run=queued(teams, seconds_ago=30)) == "no-worker"
