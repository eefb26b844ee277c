from django.db import migrations


def load_catalogue(apps, schema_editor):
    from ngoaivu.indicators.catalogue import CATALOGUE

    Indicator = apps.get_model("indicators", "Indicator")
    for position, entry in enumerate(CATALOGUE, start=1):
        Indicator.objects.update_or_create(code=entry.code, defaults={
            "name_vi": entry.name_vi, "name_en": entry.name_en, "unit": entry.unit, "currency": entry.currency,
            "aggregation": entry.aggregation, "group": entry.group, "position": position * 10,
        })
    for entry in CATALOGUE:
        if entry.growth_of:
            Indicator.objects.filter(code=entry.code).update(growth_of=Indicator.objects.get(code=entry.growth_of))


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]
    operations = [migrations.RunPython(load_catalogue, migrations.RunPython.noop)]
