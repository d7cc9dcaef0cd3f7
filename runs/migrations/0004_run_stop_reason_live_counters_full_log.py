"""Runs: the real stop reason, live counters, the full log; scores only for runs that ran their checks;
iterations that check, fix and re-validate.

Existing rows are brought in line:
- ERROR and CANCELLED runs lose their score (docs/ARCHITECTURE.md: only runs that really
  ran their checks are scored).
- The stop reason follows from the status where it can be told: PASSED, ERROR and
  CANCELLED; a FAILED run that used its whole retry limit stopped at it. Any other FAILED
  run stopped because an iteration fixed nothing, for want of a candidate or of time:
  which one was not recorded, so its reason stays empty ("not recorded").
- Old iterations recorded only their checks at the start: those become the start counts too.
"""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Count


def history_fill(apps, schema_editor):
    Run = apps.get_model("runs", "Run")
    Iteration = apps.get_model("runs", "Iteration")
    Run.objects.filter(status__in=["ERROR", "CANCELLED"]).update(
        score_base=None, score_speed_bonus=None, score_efficiency_penalty=None, score_total=None
    )
    for status, reason in (("PASSED", "ALL_PASS"), ("ERROR", "ERROR"), ("CANCELLED", "CANCELLED")):
        Run.objects.filter(status=status).update(stop_reason=reason)
    for run in Run.objects.filter(status="FAILED").annotate(used=Count("iterations")):
        if run.used >= run.retry_limit:
            Run.objects.filter(pk=run.pk).update(stop_reason="RETRY_LIMIT")
    for iteration in Iteration.objects.annotate(found=Count("fixes")).iterator():
        Iteration.objects.filter(pk=iteration.pk).update(
            start_passed=iteration.passed, start_failed=iteration.failed, failures_found=iteration.found
        )
    for run in Run.objects.annotate(found=Count("fixes")).iterator():
        last = Iteration.objects.filter(run_id=run.pk).order_by("-number").first()
        Run.objects.filter(pk=run.pk).update(
            failures_detected=run.found,
            tests_passed=last.passed if last else None,
            tests_failed=last.failed if last else None,
        )


STOP_REASONS = [
    ("ALL_PASS", "All checks pass"),
    ("RETRY_LIMIT", "Retry limit reached with checks still failing"),
    ("NO_CANDIDATE", "Nothing left to try: no candidate fix passed validation"),
    ("TIME_BUDGET", "The repair time budget ran out with checks still failing"),
    ("CANCELLED", "Cancelled"),
    ("ERROR", "Stopped by an error"),
]


class Migration(migrations.Migration):
    dependencies = [("runs", "0003_run_execution")]

    operations = [
        migrations.AddField(
            model_name="iteration", name="failures_found", field=models.PositiveIntegerField(default=0)
        ),
        migrations.AddField(
            model_name="iteration", name="start_failed", field=models.PositiveIntegerField(default=0)
        ),
        migrations.AddField(
            model_name="iteration", name="start_passed", field=models.PositiveIntegerField(default=0)
        ),
        migrations.AddField(
            model_name="run", name="failures_detected", field=models.PositiveIntegerField(default=0)
        ),
        migrations.AddField(
            model_name="run",
            name="stop_reason",
            field=models.CharField(blank=True, choices=STOP_REASONS, max_length=12),
        ),
        migrations.AddField(
            model_name="run", name="tests_failed", field=models.PositiveIntegerField(blank=True, null=True)
        ),
        migrations.AddField(
            model_name="run", name="tests_passed", field=models.PositiveIntegerField(blank=True, null=True)
        ),
        migrations.AlterField(
            model_name="iteration", name="finished_at", field=models.DateTimeField(blank=True, null=True)
        ),
        migrations.AlterField(
            model_name="iteration",
            name="status",
            field=models.CharField(
                choices=[("PASSED", "Passed"), ("FAILED", "Failed"), ("RUNNING", "Running")], max_length=10
            ),
        ),
        migrations.CreateModel(
            name="RunLogChunk",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("text", models.TextField()),
                (
                    "run",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="log_chunks", to="runs.run"
                    ),
                ),
            ],
            options={"ordering": ["run", "id"]},
        ),
        migrations.RunPython(history_fill, migrations.RunPython.noop),
    ]
