"""The scoping matrix for every record type of the app (ngoaivu/testing/matrix.py)."""
import pytest

from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.aid.tests.factories import make_ngo_aid, make_ngo_transaction, make_oda, make_oda_transaction, make_partner
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db


@pytest.fixture
def run_matrix(own_province, other_province, make_user, api_client_for, client_for):
    def run(case):
        assert_scoping_matrix(case, own_province=own_province, other_province=other_province, make_user=make_user,
                              api_client_for=api_client_for, client_for=client_for)
    return run


def test_oda_project_matrix(run_matrix, own_province):
    donor = make_partner(own_province, "WB")
    run_matrix(RecordCase(
        model=OdaProject, api_basename="oda-project", ui_namespace="aid:oda_project", make=make_oda,
        api_payload=lambda: {"title": "Sửa chữa và nâng cao an toàn đập", "donor": donor.pk, "stage": "mobilising",
                             "proposed_on": "2023-04-01", "instrument": "oda_loan"},
        form_data=lambda: {"title": "Quản lý tài sản đường địa phương", "donor": donor.pk, "instrument": "oda_loan",
                           "project_type": "investment", "stage": "mobilising", "proposed_on": "01/04/2023",
                           "currency": "USD", "counterpart_currency": "VND"},
        api_patch={"line_agency": "UBND tỉnh Hà Tĩnh"},
    ))


def test_oda_transaction_matrix(run_matrix, own_province):
    parent = make_oda(own_province)
    run_matrix(RecordCase(
        model=OdaTransaction, api_basename="oda-transaction", ui_namespace="aid:oda_transaction",
        make=lambda province: make_oda_transaction(make_oda(province)),
        api_payload=lambda: {"project": parent.pk, "transaction_type": "commitment", "transaction_date": "2021-01-15",
                             "amount": "50000000"},
        form_data=lambda: {"project": parent.pk, "transaction_type": "disbursement", "transaction_date": "10/05/2023",
                           "amount": "1.200.000", "currency": "USD"},
        api_patch={"note": "Giải ngân đợt 2"},
    ))


def test_ngo_aid_matrix(run_matrix, own_province):
    ngo = make_partner(own_province, "Plan International", "ngo")
    run_matrix(RecordCase(
        model=NgoAid, api_basename="ngo-aid", ui_namespace="aid:ngo_aid", make=make_ngo_aid,
        api_payload=lambda: {"title": "Nước sạch cho trường học", "ngo": ngo.pk, "kind": "project"},
        form_data=lambda: {"title": "Nhà vệ sinh trường học", "ngo": ngo.pk, "kind": "project", "currency": "USD"},
        api_patch={"beneficiary_area": "Xã Kỳ Khang"},
    ))


def test_ngo_aid_transaction_matrix(run_matrix, own_province):
    parent = make_ngo_aid(own_province)
    run_matrix(RecordCase(
        model=NgoAidTransaction, api_basename="ngo-aid-transaction", ui_namespace="aid:ngo_aid_transaction",
        make=lambda province: make_ngo_transaction(make_ngo_aid(province)),
        api_payload=lambda: {"aid": parent.pk, "transaction_type": "commitment", "transaction_date": "2023-02-01",
                             "amount": "180000"},
        form_data=lambda: {"aid": parent.pk, "transaction_type": "disbursement", "transaction_date": "01/06/2023",
                           "amount": "60.000", "currency": "USD"},
        api_patch={"note": "Đợt 1"},
    ))
