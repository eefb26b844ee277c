"""ODA and NGO-aid pages and API: filters, forms, transactions from the activity's page,
workflow steps by role, errors beside the field (UI) and naming it (API), history."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from ngoaivu.aid import services
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject
from ngoaivu.aid.tests.factories import (
    make_implementing_ngo_aid,
    make_ngo_aid,
    make_oda,
    make_oda_transaction,
    make_partner,
)
from ngoaivu.core.roles import Role

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def web(users, client_for):
    return client_for(users[Role.SPECIALIST])


@pytest.fixture
def api(users, api_client_for):
    return api_client_for(users[Role.SPECIALIST])


def oda_form(donor, **extra):
    return {"title": "Phát triển nông thôn thích ứng với thiên tai", "donor": donor.pk, "instrument": "oda_loan",
            "project_type": "investment", "stage": "mobilising", "proposed_on": "15/03/2023", "sector": "43040",
            "currency": "JPY", "counterpart_currency": "VND", **extra}


def test_oda_list_filters_by_donor_stage_and_years(web, own_province):
    wb, adb = make_partner(own_province, "WB"), make_partner(own_province, "ADB")
    make_oda(own_province, title="WB đang thực hiện", donor=wb, actual_start=D(2018, 1, 1))
    make_oda(own_province, title="WB đã xong 2015", donor=wb, stage="closed", actual_start=D(2010, 1, 1),
             actual_end=D(2015, 6, 30))
    make_oda(own_province, title="ADB đang thực hiện", donor=adb, actual_start=D(2018, 1, 1))
    body = web.get(reverse("aid:oda_project_list"), {"donor": wb.pk, "year_from": 2016, "year_to": 2020}).content.decode()
    assert "WB đang thực hiện" in body
    assert "WB đã xong 2015" not in body and "ADB đang thực hiện" not in body
    body = web.get(reverse("aid:oda_project_list"), {"stage": "closed"}).content.decode()
    assert "WB đã xong 2015" in body and "WB đang thực hiện" not in body


def test_oda_form_creates_edits_and_keeps_the_code(web, own_province):
    jica = make_partner(own_province, "JICA", country_id="JP")
    assert web.post(reverse("aid:oda_project_add"), oda_form(jica)).status_code == 302
    project = OdaProject.objects.get()
    assert project.local_code == f"ODA-{timezone.localdate().year}-001" and project.sector == "43040"
    response = web.post(reverse("aid:oda_project_edit", args=[project.pk]),
                        oda_form(jica, local_code="ĐỔI-MÃ", line_agency="UBND tỉnh Hà Tĩnh"))
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.line_agency == "UBND tỉnh Hà Tĩnh" and project.local_code.startswith("ODA-")


def test_oda_error_is_shown_beside_the_field(web, own_province):
    page = web.post(reverse("aid:oda_project_add"), oda_form(make_partner(own_province, "WB"), stage="implementing"))
    assert page.status_code == 400
    assert 'id="id_actual_start_errors"><li>Dự án đã triển khai cần có ngày bắt đầu thực tế.' in \
        page.content.decode()
    assert not OdaProject.all_objects.exists()


def test_oda_page_shows_transactions_iati_reading_and_adds_a_transaction(web, own_province):
    project = make_oda(own_province, line_agency="UBND tỉnh Hà Tĩnh")
    make_oda_transaction(project, amount=Decimal("1200000"))
    page = web.get(reverse("aid:oda_project_detail", args=[project.pk])).content.decode()
    assert "2 — Implementation" in page and "421 — Standard loan" in page and project.iati_identifier in page
    assert "1.200.000 USD" in page
    response = web.post(reverse("aid:oda_transaction_add"), {
        "project": project.pk, "transaction_type": "commitment", "transaction_date": "15/01/2020",
        "amount": "50.000.000", "currency": "USD"})
    assert response["Location"] == reverse("aid:oda_project_detail", args=[project.pk])
    assert project.transactions.count() == 2


def test_oda_history_lists_the_changes(web, users, own_province):
    project = make_oda(own_province)
    services.oda_project_update(project, actor=users[Role.SPECIALIST], data={"implementing_agency": "Ban QLDA tỉnh"})
    page = web.get(reverse("aid:oda_project_history", args=[project.pk]))
    assert page.status_code == 200 and "Ban QLDA tỉnh" in page.content.decode()


def test_approver_approves_through_the_step_page(users, client_for, own_province):
    aid = make_ngo_aid(own_province, status="appraising", appraisal_started_on=D(2023, 2, 1))
    approver = client_for(users[Role.APPROVER])
    page = approver.get(reverse("aid:ngo_aid_detail", args=[aid.pk])).content.decode()
    assert reverse("aid:ngo_aid_step", args=[aid.pk, "approve"]) in page
    response = approver.post(reverse("aid:ngo_aid_step", args=[aid.pk, "approve"]), {
        "decision_number": "245/QĐ-UBND", "on": "18/02/2023", "approval_authority": "province_chair"})
    assert response.status_code == 302
    assert NgoAid.objects.get(pk=aid.pk).status == "approved"


def test_specialist_may_not_open_the_approval_step(web, own_province):
    aid = make_ngo_aid(own_province, status="appraising", appraisal_started_on=D(2023, 2, 1))
    assert reverse("aid:ngo_aid_step", args=[aid.pk, "approve"]) not in \
        web.get(reverse("aid:ngo_aid_detail", args=[aid.pk])).content.decode()
    assert web.post(reverse("aid:ngo_aid_step", args=[aid.pk, "approve"]), {
        "decision_number": "1", "on": "18/02/2023", "approval_authority": "province_chair"}
    ).status_code == 403
    assert NgoAid.objects.get(pk=aid.pk).status == "appraising"


def test_step_error_is_shown_beside_the_field(web, own_province):
    aid = make_implementing_ngo_aid(own_province)
    page = web.post(reverse("aid:ngo_aid_step", args=[aid.pk, "complete"]), {"on": "01/01/2021"})
    assert page.status_code == 400
    assert "không được trước ngày 01/03/2022 của bước trước" in page.content.decode()
    assert NgoAid.objects.get(pk=aid.pk).status == "implementing"


def test_ngo_page_adds_a_transaction_and_lists_by_status(web, own_province):
    aid = make_implementing_ngo_aid(own_province, title="Dinh dưỡng trẻ em")
    make_ngo_aid(own_province, title="Nước sạch chưa duyệt")
    response = web.post(reverse("aid:ngo_aid_transaction_add"), {
        "aid": aid.pk, "transaction_type": "disbursement", "transaction_date": "10/05/2023", "amount": "45.000",
        "currency": "USD"})
    assert response["Location"] == reverse("aid:ngo_aid_detail", args=[aid.pk])
    assert NgoAidTransaction.objects.get().province == own_province
    body = web.get(reverse("aid:ngo_aid_list"), {"status": "implementing"}).content.decode()
    assert "Dinh dưỡng trẻ em" in body and "Nước sạch chưa duyệt" not in body


def test_api_workflow_action_and_its_errors(users, api_client_for, own_province):
    aid = make_ngo_aid(own_province)
    specialist, approver = api_client_for(users[Role.SPECIALIST]), api_client_for(users[Role.APPROVER])
    url = lambda step: reverse("ngo-aid-step", args=[aid.pk, step])  # noqa: E731
    response = specialist.post(url("submit"), {"on": "2023-02-01"}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "appraising"
    assert specialist.post(url("approve"), {}, format="json").status_code == 403
    response = approver.post(url("approve"), {"decision_number": "245/QĐ-UBND"}, format="json")
    assert response.status_code == 400 and set(response.json()) == {"approval_authority"}
    response = approver.post(url("approve"), {"decision_number": "245/QĐ-UBND", "on": "2023-02-18",
                                              "approval_authority": "province_chair"}, format="json")
    assert response.json()["status"] == "approved" and response.json()["iati_activity_status"] == "1"
    response = specialist.post(url("approve"), {}, format="json")
    assert response.status_code == 403


def test_api_plain_write_cannot_set_the_status(api, own_province):
    ngo = make_partner(own_province, "CARE", "ngo")
    response = api.post(reverse("ngo-aid-list"), {"title": "Sinh kế", "ngo": ngo.pk, "status": "completed"},
                        format="json")
    assert response.status_code == 201 and response.json()["status"] == "mobilising"


def test_api_filters_and_error_json(api, own_province):
    wb = make_partner(own_province, "WB")
    make_oda(own_province, title="Đập an toàn", donor=wb)
    make_oda(own_province, title="Vận động", stage="mobilising", actual_start=None, proposed_on=D(2023, 1, 1))
    rows = api.get(reverse("oda-project-list"), {"stage": "implementing"}).json()["results"]
    assert [row["title"] for row in rows] == ["Đập an toàn"]
    assert rows[0]["participating_orgs"][0] == {"role": "1", "role_name": "Funding", "name": "WB"}
    response = api.post(reverse("oda-project-list"), {"title": "X", "donor": wb.pk, "stage": "closed",
                                                      "actual_start": "2015-01-01"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"actual_end": ["Dự án đã kết thúc cần có ngày kết thúc thực tế."]}
