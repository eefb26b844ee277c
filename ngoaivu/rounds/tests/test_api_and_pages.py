"""Rounds through the API and the pages: who may do what, and that a submission never changes."""
from datetime import date

import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.rounds import services
from ngoaivu.rounds.models import ReportingRound, Submission

pytestmark = pytest.mark.django_db


def _round_payload(units):
    return {"title": "Báo cáo năm 2023", "period_start": "2023-01-01", "period_end": "2023-12-31",
            "due_on": "2024-01-15", "provinces": [unit.key for unit in units], "indicator_codes": ["export_value"]}


def test_api_only_the_national_administrator_opens_a_round(api_client_for, national_admin, national_user, make_user,
                                                           own_province, units_2023):
    payload = _round_payload(units_2023.values())
    for user in (national_user, make_user(role=Role.ADMIN, province=own_province)):
        assert api_client_for(user).post("/api/rounds/", payload, format="json").status_code == 403
    response = api_client_for(national_admin).post("/api/rounds/", payload, format="json")
    assert response.status_code == 201, response.content
    assert sorted(response.json()["provinces"]) == sorted(unit.key for unit in units_2023.values())
    bad = api_client_for(national_admin).post("/api/rounds/", {**payload, "indicator_codes": ["khong_co"]},
                                              format="json")
    assert bad.status_code == 400 and "indicator_codes" in bad.json()
    assert ReportingRound.objects.count() == 1


def test_api_submit_return_resubmit_and_no_way_to_change_a_submission(
        api_client_for, open_round, final_report, approver_of, units_2023, national_admin):
    unit = units_2023["Hà Tĩnh"]
    reporting_round, report, approver = open_round(), final_report(unit), approver_of(unit)
    client = api_client_for(approver)
    created = client.post("/api/submissions/", {"reporting_round": reporting_round.pk, "report": report.pk},
                          format="json")
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    for method in ("put", "patch", "delete"):
        assert getattr(client, method)(f"/api/submissions/{pk}/", {"reason": "x"}, format="json").status_code == 405
    assert client.post(f"/api/submissions/{pk}/return/", {"comment": "x"}, format="json").status_code == 403
    ministry = api_client_for(national_admin)
    assert ministry.post(f"/api/submissions/{pk}/return/", {}, format="json").status_code == 400
    returned = ministry.post(f"/api/submissions/{pk}/return/", {"comment": "Bổ sung"}, format="json")
    assert returned.json()["state"] == "returned"
    board = ministry.get(f"/api/rounds/{reporting_round.pk}/board/").json()
    assert {row["unit_name"]: row["status"] for row in board}["Hà Tĩnh"] == "returned"
    again = client.post("/api/submissions/", {"reporting_round": reporting_round.pk, "report": report.pk},
                        format="json")
    assert again.json()["sequence"] == 2
    document = client.get(f"/api/submissions/{pk}/document/")
    assert document.status_code == 200 and document.content == bytes(Submission.objects.get(pk=pk).document)


def test_api_scoping_of_submissions_and_compilation(api_client_for, open_round, final_report, approver_of,
                                                    units_2023, make_user, national_user):
    reporting_round = open_round()
    submission = services.submission_create(actor=approver_of(units_2023["Hà Tĩnh"]),
                                            reporting_round=reporting_round, report=final_report(units_2023["Hà Tĩnh"]))
    other = api_client_for(make_user(role=Role.VIEWER, province=approver_of(units_2023["Thanh Hóa"]).province))
    assert other.get(f"/api/submissions/{submission.pk}/").status_code == 404
    assert other.get(f"/api/submissions/{submission.pk}/document/").status_code == 404
    assert other.get("/api/submissions/").json()["count"] == 0
    assert other.get(f"/api/rounds/{reporting_round.pk}/compilation/").status_code == 403
    other_approver = api_client_for(approver_of(units_2023["Thanh Hóa"]))
    refused = other_approver.post("/api/submissions/", {"reporting_round": reporting_round.pk,
                                                        "report": submission.report_id}, format="json")
    assert refused.status_code == 400 and "report" in refused.json()  # not a report it may see
    national = api_client_for(national_user)
    compiled = national.get(f"/api/rounds/{reporting_round.pk}/compilation/").json()
    assert compiled["submitted"] == ["Hà Tĩnh"] and compiled["missing"] == ["Nghệ An", "Thanh Hóa"]
    docx = national.get(f"/api/rounds/{reporting_round.pk}/compilation/?fmt=docx")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"


def test_pages_open_submit_return_and_board(client_for, open_round, final_report, approver_of, units_2023,
                                            national_admin, national_user):
    client = client_for(national_admin)
    response = client.post(reverse("rounds:round_create"), {
        "title": "Báo cáo 6 tháng 2023", "preset": "half", "year": "2023", "due_on": "15/06/2023",
        "provinces": [unit.pk for unit in units_2023.values()], "indicator_codes": ["export_value"]})
    reporting_round = ReportingRound.objects.get(title="Báo cáo 6 tháng 2023")
    assert response.status_code == 302 and reporting_round.period_end == date(2023, 6, 30)
    year_round = open_round()
    unit = units_2023["Hà Tĩnh"]
    report, approver = final_report(unit), approver_of(unit)
    page = client_for(approver).get(reverse("rounds:round_detail", args=[year_round.pk]))
    assert page.status_code == 200 and "Gửi báo cáo của Hà Tĩnh" in page.content.decode()
    sent = client_for(approver).post(reverse("rounds:submission_create", args=[year_round.pk, unit.pk]),
                                     {f"unit{unit.pk}-report": report.pk})
    assert sent.status_code == 302 and Submission.objects.count() == 1
    submission = Submission.objects.get()
    client = client_for(national_admin)
    client.post(reverse("rounds:submission_return", args=[submission.pk]), {"comment": "Thiếu số liệu"})
    submission.refresh_from_db()
    assert submission.state == "returned"
    board = client.get(reverse("rounds:round_detail", args=[year_round.pk]) + "?trang-thai=returned").content.decode()
    assert 'data-status="returned"' in board and "Thiếu số liệu" in board and 'data-status="not_started"' not in board
    csv = client.get(reverse("rounds:round_detail", args=[year_round.pk]) + "?tai=csv")
    assert csv.content.startswith("\ufeff".encode()) and "Bị trả lại".encode() in csv.content
    compiled = client_for(national_user).get(reverse("rounds:compilation", args=[year_round.pk])).content.decode()
    assert "Chưa gửi:" in compiled and "Hà Tĩnh" in compiled


def test_pages_refuse_what_a_role_may_not_do(client_for, open_round, units_2023, approver_of, make_user):
    reporting_round = open_round()
    province_user = approver_of(units_2023["Hà Tĩnh"])
    client = client_for(province_user)
    assert client.get(reverse("rounds:round_create")).status_code == 403
    assert client.get(reverse("rounds:compilation", args=[reporting_round.pk])).status_code == 403
    client.post(reverse("rounds:round_close", args=[reporting_round.pk]))
    reporting_round.refresh_from_db()
    assert reporting_round.is_open
    outsider = client_for(make_user(role=Role.VIEWER, province=approver_of(units_2023["Nghệ An"]).province))
    asked_elsewhere = open_round(provinces=[units_2023["Hà Tĩnh"]])
    assert outsider.get(reverse("rounds:round_detail", args=[asked_elsewhere.pk])).status_code == 404
