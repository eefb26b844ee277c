"""The case history takes core.workflow's one shape. Old rows keep their date and note; the
state they reached becomes `to_state`, the row before names `from_state`, the step follows
from the state, and the actor is read back from the change log that recorded the row."""
from django.db import migrations, models
from django.db.models import deletion

STEP_OF_STATE = {"received": "create", "forwarded": "forward", "awaiting": "await", "answered": "answer",
                 "closed": "close"}


def fill(apps, schema_editor):
    history = apps.get_model("consular", "citizencasestatuschange")
    content_type = apps.get_model("contenttypes", "contenttype").objects.filter(
        app_label="consular", model="citizencasestatuschange").first()
    changes = apps.get_model("audit", "objectchange").objects
    previous = {}
    for row in history._base_manager.order_by("case_id", "happened_on", "pk").iterator():
        row.from_state = previous.get(row.case_id, "")
        row.step = STEP_OF_STATE.get(row.to_state, row.to_state)
        logged = content_type and changes.filter(content_type=content_type, object_id=row.pk,
                                                 action="create").first()
        row.actor_id = logged.user_id if logged else None
        row.actor_name = logged.user_name if logged else "hệ thống"
        row.save(update_fields=["from_state", "step", "actor", "actor_name"])
        previous[row.case_id] = row.to_state


class Migration(migrations.Migration):
    dependencies = [("consular", "0003_record_version"), ("audit", "0001_initial"),
                    ("contenttypes", "0002_remove_content_type_name"), ("accounts", "0001_initial")]

    operations = [
        migrations.RenameField("citizencasestatuschange", "status", "to_state"),
        migrations.RenameField("citizencasestatuschange", "changed_on", "happened_on"),
        migrations.AddField("citizencasestatuschange", "from_state",
                            models.CharField(blank=True, max_length=20, verbose_name="từ trạng thái")),
        migrations.AddField("citizencasestatuschange", "step",
                            models.CharField(default="", max_length=30, verbose_name="bước"), preserve_default=False),
        migrations.AddField("citizencasestatuschange", "actor", models.ForeignKey(
            blank=True, null=True, on_delete=deletion.SET_NULL, related_name="+", to="accounts.user",
            verbose_name="người thực hiện")),
        migrations.AddField("citizencasestatuschange", "actor_name",
                            models.CharField(blank=True, max_length=150, verbose_name="tên người thực hiện")),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
