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


def registered_org_ref(province) -> str:
    """The organisation identifier set in the province's settings ("" when none is set)."""
    from ngoaivu.accounts.selectors import province_settings_for

    settings = province_settings_for(province)
    return (settings.iati_organisation_identifier or "").strip() if settings else ""


def reporting_org_ref(province) -> str:
    """The province's IATI organisation identifier; the provisional one until it sets its own."""
    return registered_org_ref(province) or f"{PROVISIONAL_ORG_PREFIX}-{province.key}"


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


# --- the iati-activities file -------------------------------------------------------

IATI_VERSION = "2.03"
RECIPIENT_COUNTRY = "VN"
SECTOR_VOCABULARY_DAC = "1"     # SectorVocabulary: OECD DAC CRS Purpose Codes (5 digit)
BUDGET_ORIGINAL = "1"           # BudgetType: Original
BUDGET_COMMITTED = "2"          # BudgetStatus: Committed
DESCRIPTION_GENERAL = "1"
PROVINCIAL_GOVERNMENT = "10"    # OrganisationType: Government (the province's people's committee)
OTHER_ID_PREVIOUS = "A3"        # OtherIdentifierType: previous activity identifier
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class IatiFile:
    content: bytes
    activities: int
    skipped: list[str]          # activities the standard cannot take, with why
    provisional: bool           # the reporting organisation has no registered identifier yet


def _text(parent, tag: str, text: str, **attrs):
    from xml.etree import ElementTree as ET

    element = ET.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attrs.items() if v})
    ET.SubElement(element, "narrative").text = text
    return element


def _money(value) -> str:
    return format(value.normalize() if value == value.to_integral() else value, "f")


def _identifier(activity, org_ref: str, used: set[str]) -> str:
    """The stored identifier when it is under the reporting organisation's; else (made before
    the province registered its identifier, or by a unit it succeeded) the local code under
    the organisation's identifier, with the unit's key when two units used the same code."""
    identifier = activity.iati_identifier
    if not identifier.startswith(f"{org_ref}-"):
        identifier = f"{org_ref}-{activity.local_code}"
        if identifier in used:
            identifier = f"{org_ref}-{activity.province.key}-{activity.local_code}"
    used.add(identifier)
    return identifier


def _activity(root, activity, org_ref: str, org_name: str, used: set[str]):
    from xml.etree import ElementTree as ET

    element = ET.SubElement(root, "iati-activity", {
        "last-updated-datetime": activity.updated_at.replace(microsecond=0).isoformat(),
        XML_LANG: "vi", "default-currency": activity.currency})
    identifier = _identifier(activity, org_ref, used)
    ET.SubElement(element, "iati-identifier").text = identifier
    _text(element, "reporting-org", org_name, ref=org_ref, type=PROVINCIAL_GOVERNMENT, secondary_reporter="1")
    _text(element, "title", activity.title)
    _text(element, "description", activity.description or activity.title, type=DESCRIPTION_GENERAL)
    for org in activity.participating_orgs:
        _text(element, "participating-org", org.name, ref=org.ref, role=org.role)
    if identifier != activity.iati_identifier:
        ET.SubElement(element, "other-identifier", {"ref": activity.iati_identifier, "type": OTHER_ID_PREVIOUS})
    ET.SubElement(element, "activity-status", {"code": activity.iati_activity_status})
    for code, day in activity.iati_activity_dates.items():
        ET.SubElement(element, "activity-date", {"type": code, "iso-date": day.isoformat()})
    ET.SubElement(element, "recipient-country", {"code": RECIPIENT_COUNTRY, "percentage": "100"})
    if activity.sector:
        ET.SubElement(element, "sector", {"vocabulary": SECTOR_VOCABULARY_DAC, "code": activity.sector,
                                          "percentage": "100"})
    ET.SubElement(element, "default-flow-type", {"code": activity.iati_flow_type})
    ET.SubElement(element, "default-finance-type", {"code": activity.iati_finance_type})
    if activity.committed_amount and activity.planned_start and activity.planned_end:
        budget = ET.SubElement(element, "budget", {"type": BUDGET_ORIGINAL, "status": BUDGET_COMMITTED})
        ET.SubElement(budget, "period-start", {"iso-date": activity.planned_start.isoformat()})
        ET.SubElement(budget, "period-end", {"iso-date": activity.planned_end.isoformat()})
        ET.SubElement(budget, "value", {"currency": activity.currency,
                                        "value-date": activity.planned_start.isoformat()}).text = \
            _money(activity.committed_amount)
    for row in activity.transactions.all():
        transaction = ET.SubElement(element, "transaction")
        ET.SubElement(transaction, "transaction-type", {"code": row.iati_transaction_type})
        ET.SubElement(transaction, "transaction-date", {"iso-date": row.transaction_date.isoformat()})
        # In the currency it was entered in: no conversion on the way out.
        ET.SubElement(transaction, "value", {"currency": row.currency,
                                             "value-date": row.transaction_date.isoformat()}).text = _money(row.amount)
        if row.note:
            _text(transaction, "description", row.note)
        if row.iati_transaction_type in ("1", "11"):
            _text(transaction, "provider-org", activity.participating_orgs[0].name)


def activities_file(activities, *, province, org_name: str, generated=None) -> IatiFile:
    """An `iati-activities` 2.03 document of the activities (ODA projects and NGO aid), reported
    by the province. An activity without any date cannot be an IATI activity: it is left out
    and named in `skipped`."""
    from xml.etree import ElementTree as ET

    from django.utils import timezone
    from django.utils.translation import gettext as _

    org_ref = reporting_org_ref(province)
    generated = generated or timezone.now()
    root = ET.Element("iati-activities", {"version": IATI_VERSION,
                                          "generated-datetime": generated.replace(microsecond=0).isoformat()})
    count, skipped, used = 0, [], set()
    for activity in activities:
        if not activity.iati_activity_dates:
            skipped.append(_("“%(title)s”: chưa có ngày bắt đầu hoặc kết thúc (dự kiến hay thực tế).")
                           % {"title": activity.title})
            continue
        _activity(root, activity, org_ref, org_name, used)
        count += 1
    ET.indent(root)
    content = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return IatiFile(content, count, skipped, provisional=not registered_org_ref(province))
