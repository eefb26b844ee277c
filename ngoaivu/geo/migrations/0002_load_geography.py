"""Load countries, provinces of both schemes and their successions from ngoaivu/geo/data."""
from django.db import migrations


def load(apps, schema_editor):
    from ngoaivu.geo.services import geography_load

    geography_load(
        country_model=apps.get_model("geo", "Country"),
        province_model=apps.get_model("geo", "Province"),
        succession_model=apps.get_model("geo", "ProvinceSuccession"),
    )


class Migration(migrations.Migration):
    dependencies = [("geo", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
