"""The status history takes core.workflow's one shape: `changed_by` becomes `actor` (its name
kept as text too), the states are from/to_state; steps, dates and notes stay as they were."""
from django.db import migrations, models


def name_the_actors(apps, schema_editor):
    history = apps.get_model("agreements", "agreementstatuschange")
    for row in history._base_manager.exclude(actor=None).select_related("actor").iterator():
        user = row.actor
        row.actor_name = (f"{user.first_name} {user.last_name}".strip() or user.username)[:150]
        row.save(update_fields=["actor_name"])
    history._base_manager.filter(actor=None).update(actor_name="hệ thống")


class Migration(migrations.Migration):
    dependencies = [("agreements", "0005_year_bounds"), ("accounts", "0001_initial")]

    operations = [
        migrations.RenameField("agreementstatuschange", "changed_by", "actor"),
        migrations.RenameField("agreementstatuschange", "from_status", "from_state"),
        migrations.RenameField("agreementstatuschange", "to_status", "to_state"),
        migrations.AddField("agreementstatuschange", "actor_name",
                            models.CharField(blank=True, max_length=150, verbose_name="tên người thực hiện")),
        migrations.RunPython(name_the_actors, migrations.RunPython.noop),
    ]
