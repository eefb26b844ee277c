"""The status history takes core.workflow's one shape (step, from/to state, date); old rows keep
their states, actor and note, get the step their states imply and the day they were written."""
from django.db import migrations, models

from ngoaivu.core.workflow.migrating import fill_dossier_history


class Migration(migrations.Migration):
    dependencies = [("delegations", "0004_record_version")]

    operations = [
        migrations.RenameField("delegationstatuschange", "from_status", "from_state"),
        migrations.RenameField("delegationstatuschange", "to_status", "to_state"),
        migrations.AddField("delegationstatuschange", "step", models.CharField(default="", max_length=30, verbose_name="bước"),
                            preserve_default=False),
        migrations.AddField("delegationstatuschange", "happened_on", models.DateField(null=True, verbose_name="ngày thực hiện")),
        migrations.RunPython(fill_dossier_history("delegations.delegationstatuschange"), migrations.RunPython.noop),
        migrations.AlterField("delegationstatuschange", "happened_on", models.DateField(verbose_name="ngày thực hiện")),
    ]
