"""The iati-activities file validates against the official IATI 2.03 schema (kept in data/iati-xsd)."""
import datetime
from decimal import Decimal

import pytest
from lxml import etree

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.aid import iati
from ngoaivu.aid.tests.factories import make_ngo_aid, make_ngo_transaction, make_oda, make_oda_transaction
from ngoaivu.exchange.iati import iati_file

XSD = iati.CODELISTS_FILE.parent / "iati-xsd" / "iati-activities-schema.xsd"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(XSD)))


def _document(schema, content: bytes):
    document = etree.fromstring(content)
    schema.assertValid(document)        # fails the test with the schema's own message
    return document


def test_demo_like_activities_validate_and_carry_iati_codes(schema, users, own_province, other_province):
    project = make_oda(own_province, planned_start=datetime.date(2020, 1, 1), planned_end=datetime.date(2025, 12, 31),
                       sector="31140", currency="JPY", committed_amount=Decimal("5000000000"),
                       line_agency="UBND tỉnh", implementing_agency="Ban quản lý dự án")
    make_oda_transaction(project, transaction_type="disbursement", amount=Decimal("1200000.50"), currency="JPY",
                         note="Giải ngân đợt 1")
    aid = make_ngo_aid(own_province, planned_start=datetime.date(2023, 1, 1))
    make_ngo_transaction(aid, transaction_type="commitment", currency="EUR")
    make_oda(other_province, planned_start=datetime.date(2020, 1, 1))        # not the user's
    make_ngo_aid(own_province, title="Chưa có ngày nào")                     # no date: cannot be IATI

    result = iati_file(users["specialist"], own_province)
    document = _document(schema, result.content)

    assert document.get("version") == "2.03"
    assert result.activities == 2 and len(result.skipped) == 1 and "Chưa có ngày nào" in result.skipped[0]
    assert result.provisional
    oda = document.xpath("//iati-activity[title/narrative='%s']" % project.title)[0]
    assert oda.findtext("iati-identifier") == project.iati_identifier
    assert oda.find("reporting-org").get("ref") == f"VN-PROV-{own_province.key}"
    assert oda.find("activity-status").get("code") == iati.codelist("ActivityStatus")["2"]["code"]
    assert [org.get("role") for org in oda.findall("participating-org")] == ["1", "2", "4"]
    assert oda.find("sector").get("code") == "31140"
    assert oda.find("budget/value").get("currency") == "JPY" and oda.findtext("budget/value") == "5000000000"
    value = oda.find("transaction/value")
    assert (value.get("currency"), value.text) == ("JPY", "1200000.50")
    assert oda.find("transaction/transaction-type").get("code") == "1"
    ngo = document.xpath("//iati-activity[title/narrative='%s']" % aid.title)[0]
    assert ngo.find("transaction/value").get("currency") == "EUR"
    assert ngo.find("transaction/transaction-type").get("code") == "11"
    codes = {item.get("type") for item in document.iter("activity-date")}
    assert codes <= set(iati.codelist("ActivityDateType"))


def test_registered_identifier_replaces_the_provisional_one(schema, users, own_province):
    project = make_oda(own_province, planned_start=datetime.date(2020, 1, 1))
    ProvinceSettings.objects.update_or_create(province=own_province,
                                              defaults={"iati_organisation_identifier": "VN-GOV-42"})
    result = iati_file(users["specialist"], own_province)
    document = _document(schema, result.content)
    activity = document.find("iati-activity")
    assert not result.provisional
    assert activity.find("reporting-org").get("ref") == "VN-GOV-42"
    assert activity.findtext("iati-identifier") == f"VN-GOV-42-{project.local_code}"
    previous = activity.find("other-identifier")
    assert (previous.get("ref"), previous.get("type")) == (project.iati_identifier, "A3")
    assert iati.activity_identifier(own_province, "ODA-2030-001") == "VN-GOV-42-ODA-2030-001"


def test_a_schema_error_fails_validation(schema, users, own_province):
    make_oda(own_province, planned_start=datetime.date(2020, 1, 1))
    document = etree.fromstring(iati_file(users["specialist"], own_province).content)
    activity = document.find("iati-activity")
    activity.remove(activity.find("title"))
    assert not schema.validate(document)
