"""What the partner and border map shows: the user's foreign partners and border gates,
grouped by country, each with its relation or gate status.

A partner whose place the gazetteer knows with coordinates (China's units from the adcodes,
the ISO 3166-2 subdivisions of the other countries from the iso3166-2 package) is marked on
that place, or on the nearest enclosing unit that has them; other partners (organisations,
places the gazetteer lacks) are marked on their country (the map computes the country's
centre from the boundaries it draws), a border gate on the border with its neighbour. The list under the
map names every record.
"""
from __future__ import annotations

import pycountry
from django.apps import apps
from django.urls import reverse

from ngoaivu.core.collation import sort_key
from ngoaivu.core.scoping import restrict

# Colour classes by status; the first status of a country's records in this order wins.
STATUS_ORDER = ["active", "open", "reopened", "planned", "temporarily_closed", "lapsed", "closed", "unknown"]


def place_coordinates(key: str) -> tuple[float, float] | None:
    """(lon, lat) of a gazetteer place, else of the nearest enclosing place that has them."""
    if not key:
        return None
    from ngoaivu.ingest.pipeline.gazetteer import gazetteer

    book = gazetteer()
    place = book.places.get(key)
    for candidate in ([place, *book.ancestors(place)] if place else []):
        if candidate.lon is not None and candidate.lat is not None:
            return candidate.lon, candidate.lat
    return None


def _numeric(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return country.numeric if country else ""


def map_groups(*, user) -> list[dict]:
    """[{code, numeric, country, kind ("partner" | "gate"), status, records: [...]}], by country."""
    groups: dict[tuple[str, str], dict] = {}

    def add(kind, country, record):
        key = (kind, country.code)
        group = groups.setdefault(key, {"kind": kind, "code": country.code, "numeric": _numeric(country.code),
                                        "country": str(country), "records": []})
        group["records"].append(record)

    Partner = apps.get_model("partners", "Partner")
    for partner in restrict(Partner.objects.select_related("country", "province"), user).filter(
            country__isnull=False).exclude(country__code="VN"):
        add("partner", partner.country, {
            "name": partner.name, "type": partner.get_partner_type_display(), "status": partner.status,
            "status_label": partner.get_status_display(), "province": partner.province.name,
            "url": reverse("partners:partner_detail", args=[partner.pk]),
            "at": place_coordinates(partner.place_key)})
    BorderGate = apps.get_model("trade", "BorderGate")
    for gate in restrict(BorderGate.objects.select_related("country", "province"), user):
        add("gate", gate.country, {
            "name": f"{gate.name_vn} – {gate.name_foreign}", "type": gate.get_gate_class_display(),
            "status": gate.current_status or "unknown", "status_label": str(gate.current_status_label),
            "province": gate.province.name, "url": reverse("trade:gate_detail", args=[gate.pk])})
    result = []
    for group in groups.values():
        statuses = {record["status"] for record in group["records"]}
        group["status"] = next((status for status in STATUS_ORDER if status in statuses), "unknown")
        group["records"].sort(key=lambda record: sort_key(record["name"]))
        group["places"] = _places(group["records"])
        result.append(group)
    return sorted(result, key=lambda group: (group["kind"], sort_key(group["country"])))


def _places(records: list[dict]) -> list[dict]:
    """The records with coordinates, one marker per point: [{at, names, count, status}]."""
    points: dict[tuple, dict] = {}
    for record in records:
        if record.get("at"):
            point = points.setdefault(tuple(record["at"]), {"at": list(record["at"]), "names": [], "statuses": set()})
            point["names"].append(record["name"])
            point["statuses"].add(record["status"])
    return [{"at": point["at"], "names": point["names"], "count": len(point["names"]),
             "status": next((s for s in STATUS_ORDER if s in point["statuses"]), "unknown")}
            for point in points.values()]
