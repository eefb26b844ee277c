"""Every IATI code the app maps to is in the official 2.03 codelists (no database)."""
import pytest

from ngoaivu.aid import choices, iati

MAPPINGS = [
    ("ActivityStatus", choices.ODA_STAGE_ACTIVITY_STATUS.values()),
    ("ActivityStatus", [*choices.NGO_AID_STATUS_ACTIVITY_STATUS.values(), choices.NGO_AID_CLOSED_ACTIVITY_STATUS]),
    ("FinanceType", [*choices.ODA_INSTRUMENT_FINANCE_TYPE.values(), choices.NGO_AID_FINANCE_TYPE]),
    ("FlowType", [*choices.ODA_INSTRUMENT_FLOW_TYPE.values(), choices.NGO_AID_FLOW_TYPE]),
    ("TransactionType", choices.TRANSACTION_TYPE_IATI.values()),
    ("OrganisationRole", [choices.IatiRole.FUNDING, choices.IatiRole.ACCOUNTABLE, choices.IatiRole.IMPLEMENTING]),
]


@pytest.mark.parametrize(("codelist", "codes"), MAPPINGS)
def test_mapped_codes_are_active_codes_of_the_official_codelist(codelist, codes):
    items = iati.codelist(codelist)
    for code in codes:
        assert code in items and items[code]["active"], f"{codelist} {code}"


def test_every_choice_is_mapped():
    assert set(choices.ODA_STAGE_ACTIVITY_STATUS) == set(choices.OdaStage)
    assert set(choices.ODA_INSTRUMENT_FINANCE_TYPE) == set(choices.ODA_INSTRUMENT_FLOW_TYPE) == \
        set(choices.OdaInstrument)
    assert set(choices.NGO_AID_STATUS_ACTIVITY_STATUS) == set(choices.NgoAidStatus)
    assert set(choices.TRANSACTION_TYPE_IATI) == set(choices.TransactionType)


def test_names_come_from_the_codelists():
    assert iati.code_name("TransactionType", "11") == "Incoming Commitment"
    assert iati.code_name("FinanceType", "421") == "Standard loan"


def test_sector_choices_are_active_dac_codes_grouped_by_category():
    groups = dict(iati.sector_choices())
    health = dict(groups["122 — Basic Health"])
    assert health["12220"] == "12220 — Basic health care"
    every_code = [code for _, items in groups.items() for code, _ in items]
    assert len(every_code) == len(set(every_code)) == sum(item["active"] for item in iati.codelist("Sector").values())
