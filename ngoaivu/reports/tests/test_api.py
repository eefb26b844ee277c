"""/api/reports/: create (generates), filter, paragraphs, regenerate, finalise, versions, downloads, national."""
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from ngoaivu.core.roles import Role
from ngoaivu.reports.models import Report

pytestmark = pytest.mark.django_db
YEAR = {"period_start": "2023-01-01", "period_end": "2023-12-31"}


def test_create_generates_version_one(users, api_client_for, own_province, trade_figure):
    trade_figure("export", 2023, "2.4e9", estimate=True)
    response = api_client_for(users[Role.SPECIALIST]).post(reverse("report-list"), YEAR, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["latest_version"] == 1 and data["status"] == "draft" and data["province"] == own_province.pk
    assert data["display_title"] == "Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"


def test_create_for_a_unit_by_its_key_and_errors_name_the_field(users, api_client_for):
    api = api_client_for(users[Role.SPECIALIST])
    response = api.post(reverse("report-list"), {**YEAR, "unit": "vn63-42"}, format="json")
    assert response.status_code == 201 and Report.objects.get().province.key == "vn63-42"
    response = api.post(reverse("report-list"), {**YEAR, "unit": "vn63-38"}, format="json")
    assert response.status_code == 400 and "unit" in response.json()
    response = api.post(reverse("report-list"), {"period_start": "2023-12-31", "period_end": "2023-01-01"},
                        format="json")
    assert response.status_code == 400 and "period_end" in response.json()
    assert Report.objects.count() == 1


def test_filter_by_status_and_year(users, api_client_for, make_report, own_province):
    make_report(own_province)
    api = api_client_for(users[Role.VIEWER])
    assert api.get(reverse("report-list"), {"year": 2023}).json()["count"] == 1
    assert api.get(reverse("report-list"), {"year": 2022}).json()["count"] == 0
    assert api.get(reverse("report-list"), {"status": "final"}).json()["count"] == 0


def test_paragraphs_regenerate_finalize_and_versions(users, api_client_for, make_report, own_province, trade_figure):
    report = make_report(own_province)
    api = api_client_for(users[Role.SPECIALIST])
    paragraphs_url = reverse("report-paragraphs", args=[report.pk])
    paragraphs = api.get(paragraphs_url).json()
    placeholders = [row["key"] for row in paragraphs if row["placeholder"]]
    assert "limitations" in placeholders and "tasks" in placeholders

    response = api.post(reverse("report-finalize", args=[report.pk]))
    assert response.status_code == 400 and set(response.json()) == {"paragraphs", "signer_name"}

    rows = api.post(paragraphs_url, {"key": "limitations", "text": "Phối hợp còn chậm."}, format="json").json()
    assert next(row for row in rows if row["key"] == "limitations")["edited"]
    assert api.post(paragraphs_url, {"key": "nope", "text": "x"}, format="json").json() == {
        "key": ["Báo cáo không có đoạn văn này."]}

    trade_figure("export", 2023, "2.4e9")
    assert api.post(reverse("report-regenerate", args=[report.pk])).json()["latest_version"] == 3
    document = api.get(reverse("report-document", args=[report.pk])).json()
    texts = [block["text"] for section in document["sections"] for block in section["blocks"]
             if block["type"] == "paragraph"]
    assert "Kim ngạch xuất khẩu đạt 2,4 tỷ USD." in texts and "Phối hợp còn chậm." in texts

    for key in placeholders:
        if key != "limitations":
            api.post(paragraphs_url, {"key": key, "text": ""}, format="json")
    api.patch(reverse("report-detail", args=[report.pk]), {"signer_name": "Thái Phúc Sơn"}, format="json")
    response = api.post(reverse("report-finalize", args=[report.pk]))
    assert response.status_code == 200 and response.json()["status"] == "final"
    assert api.post(reverse("report-regenerate", args=[report.pk])).status_code == 400
    assert api.delete(reverse("report-detail", args=[report.pk])).status_code == 400
    versions = api.get(reverse("report-versions", args=[report.pk])).json()
    assert [row["change"] for row in versions][-3:] == ["regenerated", "edited", "generated"]


def test_roles_on_the_actions(users, api_client_for, make_report, own_province):
    report = make_report(own_province)
    viewer = api_client_for(users[Role.VIEWER])
    assert viewer.get(reverse("report-paragraphs", args=[report.pk])).status_code == 200
    assert viewer.post(reverse("report-regenerate", args=[report.pk])).status_code == 403
    contributor = api_client_for(users[Role.CONTRIBUTOR])
    assert contributor.post(reverse("report-regenerate", args=[report.pk])).status_code == 200
    assert contributor.post(reverse("report-finalize", args=[report.pk])).status_code == 403


def test_downloads_of_a_version(users, api_client_for, make_report, own_province):
    report = make_report(own_province)
    api = api_client_for(users[Role.VIEWER])
    response = api.get(reverse("report-download", args=[report.pk, "xlsx"]), {"version": 1})
    assert response.status_code == 200 and response["Content-Type"].endswith("spreadsheetml.sheet")
    assert api.get(reverse("report-download", args=[report.pk, "docx"]), {"version": 5}).status_code == 404


def test_pdf_download(users, api_client_for, make_report, own_province):
    report = make_report(own_province)
    response = api_client_for(users[Role.VIEWER]).get(reverse("report-download", args=[report.pk, "pdf"]))
    assert response.status_code == 200
    assert "BÁO CÁO" in PdfReader(io.BytesIO(response.content)).pages[0].extract_text()


def test_pdf_without_libreoffice_is_a_clear_503(users, api_client_for, make_report, own_province, monkeypatch,
                                                tmp_path):
    report = make_report(own_province)
    monkeypatch.setenv("PATH", str(tmp_path))
    response = api_client_for(users[Role.VIEWER]).get(reverse("report-download", args=[report.pk, "pdf"]))
    assert response.status_code == 503 and "hãy tải bản DOCX" in response.json()["detail"]


def test_national_report_api(users, national_user, api_client_for, trade_figure):
    trade_figure("export", 2023, "2.4e9")
    query = {"start": "2023-01-01", "end": "2023-12-31"}
    data = api_client_for(national_user).get(reverse("report-national"), query).json()
    assert data["issuer"] == "BỘ NGOẠI GIAO"
    table = next(block for block in data["sections"][0]["blocks"] if block["type"] == "table")
    assert table["rows"][0][:3] == ["1", "Hà Tĩnh", "2.400"]
    assert "63 tỉnh, thành phố trước ngày 01/7/2025" in data["sections"][0]["blocks"][0]["text"]  # of 2023
    rolled_up = api_client_for(national_user).get(reverse("report-national"), {**query, "units": "today",
                                                                               "signer_name": "Nguyễn Văn An"}).json()
    assert "34 tỉnh, thành phố từ ngày 01/7/2025" in rolled_up["sections"][0]["blocks"][0]["text"]
    assert rolled_up["signer"] == ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ ĐỊA PHƯƠNG", "Nguyễn Văn An"]
    response = api_client_for(national_user).get(reverse("report-national-download", args=["docx"]), query)
    assert response.status_code == 200
    assert api_client_for(users[Role.SPECIALIST]).get(reverse("report-national"), query).status_code == 403
    bad = api_client_for(national_user).get(reverse("report-national"), {"start": "2023-12-31", "end": "2023-01-01"})
    assert bad.status_code == 400 and "end" in bad.json()
