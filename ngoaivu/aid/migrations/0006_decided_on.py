# One name per concept (issue 10): the date of the decision is `decided_on`, as on agreements.
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("aid", "0005_list_order_index_more"),
    ]

    operations = [
        migrations.RenameField("odaproject", "decision_date", "decided_on"),
        migrations.RenameField("ngoaid", "decision_date", "decided_on"),
    ]
