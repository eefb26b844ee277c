"""Bad input is the client's mistake: a 400 (JSON naming the field) or a form error, never a 500.

The cases schemathesis found; test_schemathesis.py keeps finding new ones.
"""
import json

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from ngoaivu.api.parsers import MAX_DEPTH
from ngoaivu.core.roles import Role

BAD_YEARS = ["0", "-1", "10000", "0.5", "0.0", "1e300", "-2.4256164135874216e+259", "99999999999999999999"]


@pytest.fixture
def specialist(users):
    return users[Role.SPECIALIST]


@pytest.mark.parametrize("year", BAD_YEARS)
@pytest.mark.parametrize("path,param", [
    ("/api/delegations/", "year"), ("/api/reports/", "year"), ("/api/trade-figures/", "year"),
    ("/api/plans/", "year"), ("/api/legal-documents/", "year"), ("/api/citizen-cases/", "year"),
    ("/api/fdi-projects/", "year_from"), ("/api/oda-projects/", "year_to"), ("/api/ngo-aid/", "year_from"),
])
def test_a_year_out_of_range_is_a_400_naming_the_field(api_client_for, specialist, path, param, year):
    response = api_client_for(specialist).get(path, {param: year})
    assert response.status_code == 400, response.content[:300]
    assert param in response.json()


def test_a_good_year_still_filters(api_client_for, specialist):
    assert api_client_for(specialist).get("/api/delegations/", {"year": "2024"}).status_code == 200


@pytest.mark.parametrize("year", ["0", "0.5", "1e300"])
def test_a_bad_year_on_a_ui_list_is_a_form_error(client_for, specialist, year):
    response = client_for(specialist).get(reverse("delegations:delegation_list"), {"year": year})
    assert response.status_code == 200
    assert response.context["filter"].errors["year"]


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 100_000])
def test_json_nested_too_deep_is_a_400(api_client_for, specialist, depth):
    response = api_client_for(specialist).post("/api/partners/", _nested(depth), content_type="application/json")
    assert response.status_code == 400
    assert "lồng quá sâu" in response.json()["detail"]


@pytest.mark.parametrize("body", ["[]", '[{"name": "x"}]', '"text"', "12"])
def test_a_body_that_is_not_an_object_is_a_400(api_client_for, specialist, body):
    client = api_client_for(specialist)
    for path in ("/api/partners/", "/api/delegations/"):
        response = client.post(path, body, content_type="application/json")
        assert response.status_code == 400, (path, response.content[:300])
        assert "đối tượng JSON" in response.json()["non_field_errors"][0]


@pytest.mark.parametrize("step", ["request_opinions", "sign"])
def test_a_step_with_a_list_body_is_a_400_and_changes_nothing(api_client_for, users, own_province, step):
    from ngoaivu.agreements.tests.helpers import make_agreement

    agreement = make_agreement(own_province)
    response = api_client_for(users[Role.SPECIALIST]).post(f"/api/agreements/{agreement.pk}/steps/{step}/", "[1, 2]",
                                                          content_type="application/json")
    assert response.status_code == 400
    agreement.refresh_from_db()
    assert agreement.status == "proposed"


def test_an_unknown_api_address_is_a_json_404(client):
    response = client.get("/api/khong-co/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]


def test_an_unknown_page_stays_html(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


@override_settings(DEBUG=False)
def test_an_unhandled_exception_under_api_is_a_logged_json_500(specialist, monkeypatch, caplog):
    from ngoaivu.api.records import record_viewset
    from ngoaivu.core.registry import record_type_for
    from ngoaivu.partners.models import Partner

    def boom(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(record_viewset(record_type_for(Partner)), "get_queryset", boom)
    client = Client(raise_request_exception=False)
    client.force_login(specialist)
    response = client.get("/api/partners/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("application/json")
    assert "Lỗi máy chủ" in json.loads(response.content)["detail"]
    assert any("boom" in str(record.exc_info) for record in caplog.records if record.exc_info)


@pytest.mark.parametrize("query", ["", "?format=csv", "?format=xlsx"])
def test_an_export_refused_to_an_anonymous_client_is_json(client, query):
    response = client.get(f"/api/cultural-events/export/{query}")
    assert response.status_code in (401, 403)
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("start_year", [0, 1_310_042_748, 2101])
def test_a_plan_year_out_of_range_is_a_400(api_client_for, specialist, start_year):
    response = api_client_for(specialist).post("/api/plans/", {"name": "Kế hoạch", "start_year": start_year,
                                                               "end_year": 2025}, format="json")
    assert response.status_code == 400 and "start_year" in response.json()
