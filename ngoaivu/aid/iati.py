"""The IATI 2.03 side of ODA and NGO-aid records: codelists, identifiers, organisation roles.

Codes and names are read from data/iati_codelists.json, generated from the official
codelists by build_iati_codelists.py.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CODELISTS_FILE = Path(__file__).resolve().parent / "data" / "iati_codelists.json"

# The province reports donor-funded activities as a secondary reporter. Until it has a
# registered organisation identifier (org-id.guide), identifiers use this provisional
# prefix with the province unit's key: "VN-PROV-vn34-42-ODA-2024-001".
PROVISIONAL_ORG_PREFIX = "VN-PROV"


@lru_cache(maxsize=1)
def _codelists() -> dict:
    return json.loads(CODELISTS_FILE.read_text(encoding="utf-8"))


def codelist(name: str) -> dict[str, dict]:
    """Items of one codelist by code: {"421": {"code": "421", "name": "Standard loan", ...}}."""
    return {item["code"]: item for item in _codelists()[name]}


def code_name(name: str, code: str) -> str:
    return codelist(name)[code]["name"]


def sector_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Active DAC 5-digit sectors, grouped under their DAC 3-digit category."""
    categories = codelist("SectorCategory")
    groups: dict[str, list[tuple[str, str]]] = {}
    for item in _codelists()["Sector"]:
        if item["active"]:
            groups.setdefault(item["category"], []).append((item["code"], f"{item['code']} — {item['name']}"))
    return [(f"{category} — {categories[category]['name']}", items) for category, items in groups.items()]


def reporting_org_ref(province) -> str:
    return f"{PROVISIONAL_ORG_PREFIX}-{province.key}"


def activity_identifier(province, local_code: str) -> str:
    """iati-identifier: the reporting organisation's identifier, "-", the local code."""
    return f"{reporting_org_ref(province)}-{local_code}"


@dataclass(frozen=True)
class ParticipatingOrg:
    role: str          # OrganisationRole code (choices.IatiRole)
    name: str
    ref: str = ""

    @property
    def role_name(self) -> str:
        return code_name("OrganisationRole", self.role)


def activity_summary(activity) -> list[tuple[str, str]]:
    """How the activity reads in IATI terms, for its page: label → "code — official name"."""
    from django.utils.translation import gettext as _

    def coded(codelist_name: str, code: str) -> str:
        return f"{code} — {code_name(codelist_name, code)}"

    rows = [
        (_("Mã định danh IATI"), activity.iati_identifier),
        (_("Trạng thái hoạt động (ActivityStatus)"), coded("ActivityStatus", activity.iati_activity_status)),
        (_("Loại tài chính (FinanceType)"), coded("FinanceType", activity.iati_finance_type)),
        (_("Loại dòng vốn (FlowType)"), coded("FlowType", activity.iati_flow_type)),
    ]
    rows += [(_("Tổ chức tham gia: %(role)s") % {"role": org.role_name}, org.name)
             for org in activity.participating_orgs]
    return rows
