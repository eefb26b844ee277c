"""What the partner and border map shows: the user's foreign partners and border gates,
grouped by country, each with its relation or gate status.

Neither the geography data nor the gazetteer holds coordinates, so a record is placed on
its country (the map computes the country's centre from the boundaries it draws) and a
border gate on the border with its neighbour; the list under the map names every record.
"""
from __future__ import annotations

import pycountry
from django.apps import apps
from django.urls import reverse

from ngoaivu.core.collation import sort_key
from ngoaivu.core.scoping import restrict

# Colour classes by status; the first status of a country's records in this order wins.
STATUS_ORDER = ["active", "open", "reopened", "planned", "temporarily_closed", "lapsed", "closed", "unknown"]


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
            "url": reverse("partners:partner_detail", args=[partner.pk])})
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
        result.append(group)
    return sorted(result, key=lambda group: (group["kind"], sort_key(group["country"])))
