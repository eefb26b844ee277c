"""Scoping of every round page and endpoint: a province reads only the rounds asking it and
only its own units' rows and submissions; national viewers read everything; only the
national administrator opens, edits, closes, reopens and returns."""
from datetime import date

import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.rounds import services
from ngoaivu.rounds.models import ReportingRound, Submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(open_round, final_report, approver_of, units_2023, make_user, national_user, national_admin):
    """Round `asking_all` asks the three units and holds Hà Tĩnh's submission; `hatinh_only` asks Hà Tĩnh alone."""
    asking_all = open_round(title="Đợt hỏi cả ba tỉnh")
    hatinh_only = open_round(title="Đợt chỉ hỏi Hà Tĩnh", provinces=[units_2023["Hà Tĩnh"]])
    hatinh = approver_of(units_2023["Hà Tĩnh"])
    submission = services.submission_create(actor=hatinh, reporting_round=asking_all,
                                            report=final_report(units_2023["Hà Tĩnh"]))
    return {"asking_all": asking_all, "hatinh_only": hatinh_only, "submission": submission, "hatinh": hatinh,
            "thanhhoa": approver_of(units_2023["Thanh Hóa"]), "national": national_user, "admin": national_admin,
            "thanhhoa_admin": make_user(role=Role.ADMIN, province=approver_of(units_2023["Thanh Hóa"]).province)}


def test_pages_show_a_province_only_its_rounds_rows_and_submissions(setting, client_for, units_2023):
    s = setting
    other = client_for(s["thanhhoa"])
    listed = other.get(reverse("rounds:round_list")).content.decode()
    assert "Đợt hỏi cả ba tỉnh" in listed and "Đợt chỉ hỏi Hà Tĩnh" not in listed
    assert other.get(reverse("rounds:round_detail", args=[s["hatinh_only"].pk])).status_code == 404
    detail = other.get(reverse("rounds:round_detail", args=[s["asking_all"].pk])).content.decode()
    assert f'data-unit="{units_2023["Thanh Hóa"].key}"' in detail
    assert f'data-unit="{units_2023["Hà Tĩnh"].key}"' not in detail
    assert reverse("rounds:submission_document", args=[s["submission"].pk]) not in detail
    assert other.get(reverse("rounds:submission_document", args=[s["submission"].pk])).status_code == 404
    for fmt in ("", "docx"):
        url = (reverse("rounds:compilation_download", args=[s["asking_all"].pk, fmt]) if fmt
               else reverse("rounds:compilation", args=[s["asking_all"].pk]))
        assert other.get(url).status_code == 403
    national = client_for(s["national"])
    listed = national.get(reverse("rounds:round_list")).content.decode()
    assert "Đợt hỏi cả ba tỉnh" in listed and "Đợt chỉ hỏi Hà Tĩnh" in listed
    board = national.get(reverse("rounds:round_detail", args=[s["asking_all"].pk])).content.decode()
    assert all(f'data-unit="{unit.key}"' in board for unit in units_2023.values())
    assert national.get(reverse("rounds:submission_document", args=[s["submission"].pk])).status_code == 200
    assert national.get(reverse("rounds:compilation", args=[s["asking_all"].pk])).status_code == 200


def test_pages_let_only_the_national_administrator_manage(setting, client_for, units_2023):
    s = setting
    for user in (s["national"], s["thanhhoa_admin"], s["hatinh"]):
        client = client_for(user)
        assert client.get(reverse("rounds:round_create")).status_code == 403
        client.post(reverse("rounds:round_close", args=[s["asking_all"].pk]))
        client.post(reverse("rounds:submission_return", args=[s["submission"].pk]), {"comment": "Trả lại"})
    assert ReportingRound.objects.get(pk=s["asking_all"].pk).is_open
    assert Submission.objects.get(pk=s["submission"].pk).state == "submitted"
    # Another province's approver cannot send for Hà Tĩnh, even naming Hà Tĩnh's report.
    client_for(s["thanhhoa"]).post(
        reverse("rounds:submission_create", args=[s["hatinh_only"].pk, units_2023["Hà Tĩnh"].pk]),
        {f"unit{units_2023['Hà Tĩnh'].pk}-report": s["submission"].report_id})
    assert not Submission.objects.filter(reporting_round=s["hatinh_only"]).exists()
    # A national viewer reads but cannot send.
    client_for(s["national"]).post(
        reverse("rounds:submission_create", args=[s["hatinh_only"].pk, units_2023["Hà Tĩnh"].pk]),
        {f"unit{units_2023['Hà Tĩnh'].pk}-report": s["submission"].report_id})
    assert not Submission.objects.filter(reporting_round=s["hatinh_only"]).exists()


def test_api_shows_a_province_only_its_rounds_rows_and_submissions(setting, api_client_for, units_2023):
    s = setting
    other = api_client_for(s["thanhhoa"])
    rounds = other.get("/api/rounds/").json()
    assert [item["title"] for item in rounds["results"]] == ["Đợt hỏi cả ba tỉnh"]
    assert other.get(f"/api/rounds/{s['hatinh_only'].pk}/").status_code == 404
    assert other.get(f"/api/rounds/{s['hatinh_only'].pk}/board/").status_code == 404
    board = other.get(f"/api/rounds/{s['asking_all'].pk}/board/").json()
    assert [row["unit_name"] for row in board] == ["Thanh Hóa"]
    assert other.get("/api/submissions/").json()["count"] == 0
    assert other.get(f"/api/submissions/{s['submission'].pk}/").status_code == 404
    own = api_client_for(s["hatinh"])
    assert [item["id"] for item in own.get("/api/submissions/").json()["results"]] == [s["submission"].pk]
    assert own.get(f"/api/rounds/{s['asking_all'].pk}/compilation/").status_code == 403
    national = api_client_for(s["national"])
    assert national.get("/api/rounds/").json()["count"] == 2
    assert len(national.get(f"/api/rounds/{s['asking_all'].pk}/board/").json()) == 3
    assert national.get("/api/submissions/").json()["count"] == 1
    assert national.get(f"/api/submissions/{s['submission'].pk}/document/").status_code == 200


def test_api_lets_only_the_national_administrator_manage(setting, api_client_for):
    s = setting
    pk = s["asking_all"].pk
    for user in (s["national"], s["thanhhoa_admin"], s["hatinh"]):
        client = api_client_for(user)
        assert client.patch(f"/api/rounds/{pk}/", {"due_on": "2030-01-01"}, format="json").status_code == 403
        assert client.post(f"/api/rounds/{pk}/close/").status_code == 403
        assert client.post(f"/api/submissions/{s['submission'].pk}/return/", {"comment": "x"},
                           format="json").status_code in (403, 404)
    reporting_round = ReportingRound.objects.get(pk=pk)
    assert reporting_round.is_open and reporting_round.due_on == date(2024, 1, 15)
    admin = api_client_for(s["admin"])
    assert admin.patch(f"/api/rounds/{pk}/", {"due_on": "2024-01-20"}, format="json").status_code == 200
    assert admin.post(f"/api/rounds/{pk}/close/").status_code == 200
    for user in (s["national"], s["hatinh"]):
        assert api_client_for(user).post(f"/api/rounds/{pk}/reopen/").status_code == 403
    assert not ReportingRound.objects.get(pk=pk).is_open
