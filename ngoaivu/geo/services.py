"""Loading the geography tables from the catalogue files (ngoaivu/geo/data)."""
from ngoaivu.geo import catalog
from ngoaivu.geo.selectors import forget_read_geography


def geography_load(*, country_model, province_model, succession_model) -> None:
    """Create or update countries, provinces and successions from the catalogue.

    Takes the model classes so the data migration can pass its historical models.
    Idempotent: running it again after a catalogue update refreshes the rows.
    """
    for country in catalog.countries():
        country_model.objects.update_or_create(
            code=country.code,
            defaults={"name_vi": country.name_vi, "name_en": country.name_en, "aliases": list(country.aliases)},
        )
    ids = {}
    for unit in catalog.provinces():
        row, _ = province_model.objects.update_or_create(
            key=unit.key,
            defaults={
                "scheme": unit.scheme, "code": unit.code, "name": unit.name, "full_name": unit.full_name,
                "kind": unit.kind, "valid_from": unit.valid_from, "valid_to": unit.valid_to,
                "aliases": list(unit.aliases),
            },
        )
        ids[unit.key] = row.pk
    for old_key, new_key, effective in catalog.successions():
        succession_model.objects.update_or_create(
            predecessor_id=ids[old_key], successor_id=ids[new_key], defaults={"effective": effective}
        )
    # the per-process reads of the successions (geo.selectors) hold ids of the rows just replaced
    # when a flushed database is loaded again (transactional tests; a restore)
    forget_read_geography()
