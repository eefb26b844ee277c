# One name per concept (issue 10): a conference's result report is named as a delegation's.
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("conferences", "0008_list_order_index"),
    ]

    operations = [
        migrations.RenameField("conference", "result_summary", "report_text"),
        migrations.RenameField("conference", "result_file", "report_file"),
        migrations.RenameField("conference", "result_reported_on", "reported_on"),
    ]
