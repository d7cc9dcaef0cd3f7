"""Credentials scoped to teams (an allow-list for installation-wide ones), webhook de-duplication
by what the signed body names, and a webhook run limit per repository link.

Existing data, so that upgrading changes no working set-up silently:
- an installation-wide credential is allowed the repositories already linked on
  its host (links were an administrator's explicit choice); any other use of it
  stops (a run gets no hosting integration) until it is listed;
- the oldest delivery that started a run for each CI run takes its trigger key
  (host, CI run id, attempt 1), so a replay of it starts nothing.
"""

import django.core.validators
import django.db.models.functions.text
from django.db import migrations, models


def allow_lists_fill(apps, schema_editor):
    Credential = apps.get_model("hosting", "Credential")
    RepositoryLink = apps.get_model("hosting", "RepositoryLink")
    for credential in Credential.objects.filter(team__isnull=True):
        names = RepositoryLink.objects.filter(
            models.Q(credential=credential) | models.Q(credential__isnull=True, host=credential.host)
        ).values_list("full_name", flat=True)
        credential.allowed_repositories = "\n".join(sorted({name.lower() for name in names}))
        credential.save(update_fields=["allowed_repositories"])


def trigger_keys_fill(apps, schema_editor):
    WebhookDelivery = apps.get_model("hosting", "WebhookDelivery")
    RunHosting = apps.get_model("hosting", "RunHosting")
    seen = set()
    started = WebhookDelivery.objects.filter(outcome="started", run__isnull=False).order_by(
        "received_at", "id"
    )
    for delivery in started:
        hosting = RunHosting.objects.filter(run_id=delivery.run_id).select_related("repository").first()
        if hosting is None or not hosting.trigger_external_id:
            continue
        host = hosting.repository.host if hosting.repository_id else "github.com"
        key = (
            host,
            delivery.repository.lower(),
            delivery.event,
            hosting.trigger_external_id,
            delivery.head_sha,
        )
        if key in seen:
            continue  # a replay that started a second run before this fix: left out of the key
        seen.add(key)
        delivery.host, delivery.external_id, delivery.attempt = host, hosting.trigger_external_id, 1
        delivery.save(update_fields=["host", "external_id", "attempt"])


class Migration(migrations.Migration):
    dependencies = [
        ("hosting", "0001_initial"),
        ("runs", "0002_team_branch_key"),
    ]

    operations = [
        migrations.AddField(
            model_name="credential",
            name="allowed_repositories",
            field=models.TextField(
                blank=True,
                help_text="Installation-wide credentials only: the owners (octo-org) and repositories (octo-org/octo-repo) any team's runs may use this token for, one per line. Empty: none.",
            ),
        ),
        migrations.AddField(
            model_name="repositorylink",
            name="webhook_runs_per_hour",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="Most runs webhooks may start for this repository in any hour; empty: HEALER_WEBHOOK_RUNS_PER_HOUR.",
                null=True,
                validators=[
                    django.core.validators.MinValueValidator(1),
                    django.core.validators.MaxValueValidator(1000),
                ],
            ),
        ),
        migrations.AddField(
            model_name="webhookdelivery",
            name="attempt",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="webhookdelivery",
            name="external_id",
            field=models.CharField(blank=True, max_length=40),
        ),
        migrations.AddField(
            model_name="webhookdelivery",
            name="host",
            field=models.CharField(blank=True, max_length=255),
        ),
        migrations.AlterField(
            model_name="credential",
            name="token_env",
            field=models.CharField(
                blank=True,
                help_text="Read the token from this environment variable of the worker instead of storing it (its name must start with HEALER_TOKEN_).",
                max_length=100,
            ),
        ),
        migrations.AlterField(
            model_name="webhookdelivery",
            name="outcome",
            field=models.CharField(
                choices=[
                    ("started", "Run started"),
                    ("ignored", "Ignored"),
                    ("rejected", "Rejected"),
                    ("limited", "Over the repository's webhook run limit"),
                ],
                max_length=10,
            ),
        ),
        migrations.RunPython(allow_lists_fill, migrations.RunPython.noop),
        migrations.RunPython(trigger_keys_fill, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="webhookdelivery",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("host"),
                django.db.models.functions.text.Lower("repository"),
                models.F("event"),
                models.F("external_id"),
                models.F("attempt"),
                models.F("head_sha"),
                condition=models.Q(("outcome", "started"), models.Q(("external_id", ""), _negated=True)),
                name="webhook_trigger_once",
            ),
        ),
    ]
