"""Run.execution (the fencing token of the execution holding the run) and Run.claimed_at."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("runs", "0002_team_branch_key")]

    operations = [
        migrations.AddField(
            model_name="run",
            name="execution",
            field=models.UUIDField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="run",
            name="claimed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]
