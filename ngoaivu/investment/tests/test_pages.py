"""The FDI and promotion pages and API: lists with filters, forms, rows added from the
project's page, errors beside the field (UI) and naming it (API), history."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role
from ngoaivu.investment import services
from ngoaivu.investment.models import FdiCapitalAdjustment, FdiProject
from ngoaivu.investment.tests.factories import make_adjustment, make_implementation, make_project, make_promotion

pytestmark = pytest.mark.django_db

PROJECT_FORM = {"name": "Nhà máy sợi Vũng Áng", "investor_name": "Công ty TNHH Sợi Phương Đông",
                "investor_country": "TW", "certificate_kind": "registration", "certificate_number": "5438128803",
                "certificate_date": "12/10/2023", "registered_capital": "44.700.000", "capital_currency": "USD",
                "status": "active"}


@pytest.fixture
def web(users, client_for):
    return client_for(users[Role.SPECIALIST])


@pytest.fixture
def api(users, api_client_for):
    return api_client_for(users[Role.SPECIALIST])


def test_list_filters_by_country_and_certificate_years(web, own_province):
    make_project(own_province, name="Dự án Đài Loan 2023", investor_country_id="TW")
    make_project(own_province, name="Dự án Hàn Quốc 2023")
    make_project(own_province, name="Dự án Đài Loan 2019", investor_country_id="TW",
                 certificate_date=datetime.date(2019, 5, 2))
    body = web.get(reverse("investment:project_list"),
                   {"investor_country": "TW", "year_from": 2020, "year_to": 2023}).content.decode()
    assert "Dự án Đài Loan 2023" in body and "25.000.000 USD" in body
    assert "Dự án Hàn Quốc 2023" not in body and "Dự án Đài Loan 2019" not in body


def test_create_and_edit_through_the_forms(web, own_province):
    response = web.post(reverse("investment:project_add"), PROJECT_FORM)
    project = FdiProject.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("investment:project_detail", args=[project.pk])
    assert project.registered_capital == Decimal("44700000") and project.province == own_province
    response = web.post(reverse("investment:project_edit", args=[project.pk]),
                        {**PROJECT_FORM, "location": "Khu kinh tế Vũng Áng, thị xã Kỳ Anh"})
    assert response.status_code == 302
    assert ObjectChange.objects.get(object_id=project.pk, action="update").channel == "ui"


def test_error_is_shown_beside_the_field(web):
    page = web.post(reverse("investment:project_add"), {**PROJECT_FORM, "status": "terminated"})
    body = page.content.decode()
    assert page.status_code == 400
    assert 'id="id_terminated_on_errors"><li>Dự án đã chấm dứt hoạt động cần có ngày chấm dứt.' in body
    assert not FdiProject.all_objects.exists()


def test_project_page_shows_rows_totals_and_adds_a_row(web, own_province):
    project = make_project(own_province)
    make_adjustment(project, added_capital=Decimal("5000000"))
    make_implementation(project, amount=Decimal("4000000"))
    page = web.get(reverse("investment:project_detail", args=[project.pk])).content.decode()
    assert "30.000.000 USD" in page and "4.000.000 USD" in page  # registered 25 + 5 million; implemented
    assert reverse("investment:adjustment_add") in page
    response = web.post(reverse("investment:adjustment_add"), {
        "project": project.pk, "adjusted_on": "02/01/2024", "added_capital": "-1.000.000", "currency": "USD"})
    assert response.status_code == 302
    assert response["Location"] == reverse("investment:project_detail", args=[project.pk])
    assert FdiCapitalAdjustment.objects.filter(project=project).count() == 2


def test_viewer_sees_no_add_forms(users, client_for, own_province):
    project = make_project(own_province)
    page = client_for(users[Role.VIEWER]).get(reverse("investment:project_detail", args=[project.pk]))
    assert page.status_code == 200
    assert reverse("investment:adjustment_add") not in page.content.decode()


def test_row_form_offers_only_projects_of_the_users_scope(web, own_province, other_province):
    make_project(own_province, name="Dự án của tỉnh")
    make_project(other_province, name="Dự án tỉnh khác")
    body = web.get(reverse("investment:adjustment_add")).content.decode()
    assert "Dự án của tỉnh" in body and "Dự án tỉnh khác" not in body


def test_history_lists_the_changes(web, users, own_province):
    project = make_project(own_province)
    services.fdi_project_update(project, actor=users[Role.SPECIALIST], data={"location": "KCN Gia Lách"})
    page = web.get(reverse("investment:project_history", args=[project.pk]))
    assert page.status_code == 200 and "KCN Gia Lách" in page.content.decode()


def test_api_creates_filters_and_names_the_field_in_errors(api, own_province):
    response = api.post(reverse("fdi-project-list"), {
        "name": "Nhà máy điện gió", "investor_name": "Gió Xanh", "investor_country": "DK",
        "certificate_date": "2023-06-01", "registered_capital": "25000000"}, format="json")
    assert response.status_code == 201
    make_project(own_province, certificate_date=datetime.date(2019, 1, 1))
    rows = api.get(reverse("fdi-project-list"), {"year_from": 2023}).json()["results"]
    assert [row["name"] for row in rows] == ["Nhà máy điện gió"]
    response = api.post(reverse("fdi-capital-adjustment-list"), {
        "project": response.json()["id"], "adjusted_on": "2023-09-01", "added_capital": "-25000000"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"added_capital": ["Vốn đăng ký sau điều chỉnh phải lớn hơn 0."]}


def test_api_rows_of_one_project(api, own_province):
    project, other = make_project(own_province), make_project(own_province, name="Khác")
    make_implementation(project)
    make_implementation(other)
    rows = api.get(reverse("fdi-implementation-list"), {"project": project.pk}).json()["results"]
    assert [row["project"] for row in rows] == [project.pk]


def test_api_project_filter_refuses_another_provinces_project(api, other_province):
    foreign = make_project(other_province)
    response = api.get(reverse("fdi-capital-adjustment-list"), {"project": foreign.pk})
    assert response.status_code == 400 and "project" in response.json()


def test_promotion_list_filters_by_location(web, own_province):
    make_promotion(own_province, title="Xúc tiến tại Seoul")
    make_promotion(own_province, title="Hội nghị xúc tiến tại tỉnh", location_kind="in_province", country=None)
    body = web.get(reverse("investment:promotion_list"), {"location_kind": "abroad"}).content.decode()
    assert "Xúc tiến tại Seoul" in body and "Hội nghị xúc tiến tại tỉnh" not in body
