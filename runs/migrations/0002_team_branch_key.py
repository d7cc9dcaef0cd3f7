"""Team.branch_key: the team's half of the branch name, unique, so two teams never share a fix branch.

Existing teams whose names already normalise to the same key keep working: the
oldest takes the key, each later one gets "KEY#<id>" (never a branch_part
result) and is listed on the console so an operator can rename it.
"""

from django.db import migrations, models

from healer.engine.formatting import branch_part


def branch_keys_fill(apps, schema_editor):
    Team = apps.get_model("runs", "Team")
    taken: dict[str, str] = {}
    for team in Team.objects.order_by("created_at", "id"):
        key = branch_part(team.name)
        if key in taken:
            print(
                f"\n  Team {team.name!r} (id {team.pk}) gives the same branch name as {taken[key]!r}: "
                "rename one of them in the admin."
            )
            team.branch_key = f"{key}#{team.pk}"
        else:
            taken[key] = team.name
            team.branch_key = key
        team.save(update_fields=["branch_key"])


class Migration(migrations.Migration):
    dependencies = [("runs", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="team",
            name="branch_key",
            field=models.CharField(default="", editable=False, max_length=120),
            preserve_default=False,
        ),
        migrations.RunPython(branch_keys_fill, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="team",
            constraint=models.UniqueConstraint(fields=["branch_key"], name="team_branch_key_unique"),
        ),
    ]
