"""The browser dashboard: thin views that call one selector or service each.

Visibility is decided by the selectors (run_visible_to / team_visible_to): a run or
team the user may not see answers 404, exactly like one that does not exist, so
page addresses do not reveal other teams' activity. The leaderboard is public.
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from healer.engine.formatting import SPEED_BONUS, SPEED_LIMIT_SECONDS
from runs.api.throttles import RunCreateThrottle
from runs.forms import RunFilterForm, RunForm
from runs.hosting.selectors import ci_observations, run_hosting_get
from runs.models import Run
from runs.selectors import (
    leaderboard,
    run_can_manage,
    run_fixes,
    run_history,
    run_links,
    run_log_text,
    run_queue_wait,
    run_results,
    run_timeline,
    run_visible_to,
    run_with_counts,
    run_withdrawals,
    team_best_run,
    team_list_for,
    team_members,
    team_run_count,
    team_visible_to,
)
from runs.services import run_cancel, run_create
from runs.text import wait_text

RUNS_PER_PAGE = 20
TEAM_RECENT_RUNS = 10
DASHBOARD_RECENT_RUNS = 5
# How often an open run page asks for fresh progress (milliseconds).
LIVE_POLL_MS = 2000
TEAM_RACE_MESSAGE = "Another request created this team at the same moment; send yours again."


def _visible_run(request: HttpRequest, pk: int) -> Run:
    return get_object_or_404(run_visible_to(user=request.user, queryset=run_with_counts()), pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def dashboard(request: HttpRequest) -> HttpResponse:
    """The start page: the run form and the user's latest runs."""
    teams = list(team_visible_to(user=request.user).order_by("name"))
    conflict = False
    if request.method == "POST":
        form = RunForm(request.POST)
        wait = RunCreateThrottle().wait_for(request.user)
        if wait is not None:
            form.add_error(None, f"You have started too many runs recently: try again {wait_text(wait)}.")
        elif form.is_valid():
            try:
                run = run_create(**form.cleaned_data, created_by=request.user)
            except ValidationError as exc:
                form.add_service_errors(exc)
            except IntegrityError:
                # As the API's 409: a concurrent request created this team (or one with the same
                # branch name) between validation and insert. Nothing was written.
                conflict = True
                form.add_error("team_name", TEAM_RACE_MESSAGE)
            else:
                # Tagged so that the run page drops it once the run is over (static/healer/app.js).
                messages.success(
                    request, f"Run #{run.pk} submitted: this page follows it live.", extra_tags="run-live"
                )
                return redirect(run)
    else:
        wait = None
        initial = {}
        if len(teams) == 1:
            # The usual case: one team per person, so prefill who is asking.
            initial = {"team_name": teams[0].name, "leader_name": teams[0].leader_name}
        form = RunForm(initial=initial)
    recent = list(run_history(user=request.user)[:DASHBOARD_RECENT_RUNS])
    status = _form_status(form, throttled=wait is not None, conflict=conflict)
    return render(
        request,
        "runs/dashboard.html",
        {"form": form, "teams": teams, "recent": recent, "nav": "start"},
        status=status,
    )


def _form_status(form: RunForm, *, throttled: bool, conflict: bool) -> int:
    if not (form.is_bound and form.errors):
        return 200
    return 429 if throttled else 409 if conflict else 400


def _run_context(request: HttpRequest, run: Run) -> dict:
    fixes = list(run_fixes(run=run))
    iterations = list(run_timeline(run=run))
    # What the host's own CI said after each push sits on the timeline beside the sandbox checks.
    observations = list(ci_observations(run=run))
    for iteration in iterations:
        iteration.ci = [o for o in observations if o.iteration_id == iteration.pk]
    if run.duration_seconds is not None:
        elapsed = run.duration_seconds
    elif run.started_at:
        elapsed = (timezone.now() - run.started_at).total_seconds()
    else:
        elapsed = None
    score_scale = max(110, (run.score_base or 0) + (run.score_speed_bonus or 0))
    hosting = run_hosting_get(run=run)
    links = run_links(run=run, pull_request_url=hosting.pull_request_url if hosting else "")
    for fix in fixes:
        fix.commit_url = links.commit(fix.commit_sha)
    withdrawals = list(run_withdrawals(run=run))
    for withdrawal in withdrawals:
        withdrawal.commit_url = links.commit(withdrawal.commit_sha)
        withdrawal.revert_url = links.commit(withdrawal.revert_sha)
    return {
        "run": run,
        "fixes": fixes,
        "withdrawals": withdrawals,
        "iterations": iterations,
        "iterations_used": len(iterations),
        "ci_before": [o for o in observations if o.iteration_id is None],
        "elapsed": elapsed,
        "score_scale": score_scale,
        "links": links,
        "queue_wait": run_queue_wait(run=run),
        "can_manage": run_can_manage(user=request.user, run=run),
        "live_poll_ms": LIVE_POLL_MS,
        "nav": "runs",
    }


@login_required
@require_GET
def run_detail(request: HttpRequest, pk: int) -> HttpResponse:
    run = _visible_run(request, pk)
    return render(request, "runs/run_detail.html", _run_context(request, run))


@never_cache
@login_required
@require_GET
def run_live(request: HttpRequest, pk: int) -> HttpResponse:
    """The run page's body alone: the page's script polls it and swaps the parts that changed."""
    run = _visible_run(request, pk)
    return render(request, "runs/partials/run_body.html", _run_context(request, run))


@login_required
@require_GET
def run_results_download(request: HttpRequest, pk: int) -> HttpResponse:
    run = _visible_run(request, pk)
    if run.is_active:
        return HttpResponse(
            "results.json is written when the run ends.", status=409, content_type="text/plain"
        )
    body = json.dumps(run_results(run=run), indent=2, ensure_ascii=False) + "\n"
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="results-run-{run.pk}.json"'
    return response


@never_cache
@login_required
@require_GET
def run_log_download(request: HttpRequest, pk: int) -> HttpResponse:
    """The run's full log as a text file (while it runs too: what it has logged so far)."""
    run = _visible_run(request, pk)
    response = HttpResponse(run_log_text(run=run), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="run-{run.pk}.log"'
    return response


@login_required
@require_POST
def run_cancel_view(request: HttpRequest, pk: int) -> HttpResponse:
    run = _visible_run(request, pk)
    if not run_can_manage(user=request.user, run=run):
        raise PermissionDenied
    try:
        run_cancel(run=run)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"Run #{run.pk}: cancellation requested.")
    return redirect(run)


@login_required
@require_GET
def run_list(request: HttpRequest) -> HttpResponse:
    teams = list(team_visible_to(user=request.user).order_by("name"))
    filters = RunFilterForm(request.GET or None, teams=teams)
    team_id = status = None
    if filters.is_valid():
        team_id = filters.cleaned_data["team"]
        status = filters.cleaned_data["status"] or None
    runs = run_history(user=request.user, team_id=team_id, status=status)
    page = Paginator(runs, RUNS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "runs/run_list.html",
        {
            "filters": filters,
            "page": page,
            "filter_query": query.urlencode(),
            "filtered": bool(team_id or status),
            "nav": "runs",
        },
    )


@login_required
@require_GET
def team_list(request: HttpRequest) -> HttpResponse:
    return render(request, "runs/team_list.html", {"teams": team_list_for(user=request.user), "nav": "teams"})


@login_required
@require_GET
def team_detail(request: HttpRequest, pk: int) -> HttpResponse:
    team = get_object_or_404(team_visible_to(user=request.user), pk=pk)
    runs = run_history(user=request.user, team_id=team.pk)
    rank = next((row for row in leaderboard() if row.team.pk == team.pk), None)
    # The same count as the leaderboard's and the team list's (selectors.team_runs_count).
    runs_total = team_run_count(team=team)
    return render(
        request,
        "runs/team_detail.html",
        {
            "team": team,
            "members": list(team_members(team=team)),
            "best_run": team_best_run(team=team),
            "rank": rank,
            "runs": list(runs[:TEAM_RECENT_RUNS]),
            "runs_total": runs_total,
            "nav": "teams",
        },
    )


@require_GET
def leaderboard_view(request: HttpRequest) -> HttpResponse:
    """Public: every team's best run. Links go only to the team pages this user may open."""
    visible = set(team_visible_to(user=request.user).values_list("pk", flat=True))
    return render(
        request,
        "runs/leaderboard.html",
        {
            "rows": leaderboard(),
            "visible_team_ids": visible,
            "speed_limit_minutes": SPEED_LIMIT_SECONDS // 60,
            "speed_bonus": SPEED_BONUS,
            "nav": "leaderboard",
        },
    )
