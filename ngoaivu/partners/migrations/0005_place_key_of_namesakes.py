# A name two places of one country share ("Viêng Chăn": the capital and the province) no longer
# gets the first one's key: recompute every locality's key, clearing the ones now ambiguous.

from django.db import migrations


def recompute_place_keys(apps, schema_editor):
    from ngoaivu.partners.identity import place_key

    Partner = apps.get_model("partners", "Partner")
    for partner in Partner._base_manager.filter(partner_type="locality", country__isnull=False).iterator():
        key = place_key(partner_type=partner.partner_type, names=(partner.name, partner.name_original),
                        country_code=partner.country_id)
        if key != partner.place_key:
            Partner._base_manager.filter(pk=partner.pk).update(place_key=key)


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0004_record_version'),
    ]

    operations = [
        migrations.RunPython(recompute_place_keys, migrations.RunPython.noop),
    ]
