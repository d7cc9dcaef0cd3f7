"""Team.branch_key again, now that branch names transliterate letters to ASCII ("Zoë" → ZOE, not ZO).

Keys change only for names with non-ASCII letters. A team whose new key is taken by
another team (the oldest keeps it) gets "KEY#<id>", as in migration 0002, and is
listed on the console so an operator can rename it. Runs keep the branch they had.
"""

from django.db import migrations

from healer.engine.formatting import branch_part

LEGACY_KEY_MARK = "#"


def branch_keys_refresh(apps, schema_editor):
    Team = apps.get_model("runs", "Team")
    teams = list(Team.objects.order_by("created_at", "id"))
    # Keys that stay as they are (legacy "#id" keys whose name still gives the same half included).
    taken = {
        team.branch_key.partition(LEGACY_KEY_MARK)[0]: team.name
        for team in teams
        if team.branch_key.partition(LEGACY_KEY_MARK)[0] == branch_part(team.name)
        and LEGACY_KEY_MARK not in team.branch_key
    }
    changed = [team for team in teams if team.branch_key.partition(LEGACY_KEY_MARK)[0] != branch_part(team.name)]
    # Out of the way first, so that no intermediate state breaks the unique constraint.
    for team in changed:
        Team.objects.filter(pk=team.pk).update(branch_key=f"{LEGACY_KEY_MARK}moving{LEGACY_KEY_MARK}{team.pk}")
    for team in changed:
        key = branch_part(team.name)
        if key in taken:
            print(
                f"\n  Team {team.name!r} (id {team.pk}) now gives the same branch name as {taken[key]!r}: "
                "rename one of them in the admin."
            )
            key = f"{key}{LEGACY_KEY_MARK}{team.pk}"
        else:
            taken[key] = team.name
        Team.objects.filter(pk=team.pk).update(branch_key=key)


class Migration(migrations.Migration):
    dependencies = [("runs", "0004_run_stop_reason_live_counters_full_log")]

    operations = [migrations.RunPython(branch_keys_refresh, migrations.RunPython.noop)]
