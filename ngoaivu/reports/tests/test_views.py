"""The report pages: list, create with presets, preview, paragraph edit, regenerate, finalise, downloads."""
import io
from datetime import date

import docx
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from openpyxl import load_workbook

from ngoaivu.core.roles import Role
from ngoaivu.reports import services
from ngoaivu.reports.choices import ReportStatus
from ngoaivu.reports.models import Report
from ngoaivu.reports.selectors import report_text, report_version

pytestmark = pytest.mark.django_db


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_list_filters_by_status(users, make_report, own_province, client_for):
    draft, final = make_report(own_province), make_report(own_province)
    Report.objects.filter(pk=final.pk).update(status=ReportStatus.FINAL)
    page = client_for(users[Role.VIEWER]).get(reverse("reports:report_list"), {"status": "final"})
    body = page.content.decode()
    assert page.status_code == 200
    assert reverse("reports:report_detail", args=[final.pk]) in body
    assert reverse("reports:report_detail", args=[draft.pk]) not in body


@pytest.mark.parametrize("form, start, end", [
    ({"preset": "half", "year": "2022"}, date(2022, 1, 1), date(2022, 6, 30)),
    ({"preset": "nine_months", "year": "2024"}, date(2024, 1, 1), date(2024, 9, 30)),
    ({"preset": "year", "year": "2023"}, date(2023, 1, 1), date(2023, 12, 31)),
    ({"preset": "term", "first_year": "2021", "last_year": "2025"}, date(2021, 1, 1), date(2025, 12, 31)),
    ({"preset": "custom", "date_from": "01/01/2022", "date_to": "31/07/2022"}, date(2022, 1, 1), date(2022, 7, 31)),
])
def test_create_with_a_period_preset(users, own_province, client_for, form, start, end):
    response = client_for(users[Role.SPECIALIST]).post(reverse("reports:report_add"), form)
    report = Report.objects.get()
    assert response.status_code == 302 and response.url == reverse("reports:report_detail", args=[report.pk])
    assert (report.period_start, report.period_end, report.province) == (start, end, own_province)
    assert report_version(report).number == 1


def test_create_for_a_unit_before_2025(users, client_for, hatinh_before_2025):
    client_for(users[Role.SPECIALIST]).post(reverse("reports:report_add"), {
        "preset": "year", "year": "2023", "unit": hatinh_before_2025.pk})
    assert Report.objects.get().province == hatinh_before_2025


def test_a_period_error_is_shown_beside_its_field_and_creates_nothing(users, client_for):
    page = client_for(users[Role.SPECIALIST]).post(reverse("reports:report_add"), {
        "preset": "custom", "date_from": "31/07/2022", "date_to": "01/01/2022"})
    assert page.status_code == 400
    body = page.content.decode()
    assert 'id="id_date_to_errors"' in body and "Ngày cuối kỳ phải sau ngày đầu kỳ." in body
    page = client_for(users[Role.SPECIALIST]).post(reverse("reports:report_add"), {"preset": "term",
                                                                                   "first_year": "2021"})
    assert page.status_code == 400 and 'id="id_last_year_errors"' in page.content.decode()
    assert not Report.all_objects.exists()


def test_detail_previews_the_document_with_edit_links(users, make_report, own_province, client_for, trade_figure):
    trade_figure("export", 2023, "2.4e9", estimate=True)
    report = make_report(own_province)
    body = client_for(users[Role.SPECIALIST]).get(reverse("reports:report_detail", args=[report.pk])).content.decode()
    assert "UBND TỈNH HÀ TĨNH" in body and "Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD." in body
    assert "[Chuyên viên bổ sung: những tồn tại, hạn chế trong kỳ và nguyên nhân]" in body
    editor = reverse("reports:report_editor", args=[report.pk])
    assert f"{editor}#p-limitations" in body and 'id="report-edit-text"' in body
    assert 'id="report-finalize"' in body and 'id="report-placeholders"' in body
    viewer = client_for(users[Role.VIEWER]).get(reverse("reports:report_detail", args=[report.pk])).content.decode()
    assert editor not in viewer
    assert 'id="report-regenerate"' not in viewer and 'id="report-finalize"' not in viewer


def test_edit_a_paragraph_then_restore_the_generated_wording(users, make_report, own_province, client_for):
    report = make_report(own_province)
    web = client_for(users[Role.SPECIALIST])
    url = reverse("reports:report_paragraph", args=[report.pk, "limitations"])
    assert "[Chuyên viên bổ sung" in web.get(url).content.decode()
    response = web.post(url, {"text": "Công tác phối hợp còn hạn chế."})
    assert response.status_code == 302 and response.url.endswith("#p-limitations")
    assert report_text(report).paragraph("limitations").text == "Công tác phối hợp còn hạn chế."
    web.post(url, {"text": "ignored", "restore": "1"})
    assert report_version(report).edits == {} and report_version(report).number == 3


def test_regenerate_and_finalise_from_the_page(users, make_report, own_province, client_for, trade_figure):
    report = make_report(own_province)
    web = client_for(users[Role.SPECIALIST])
    trade_figure("import", 2023, "2.7e9")
    response = web.post(reverse("reports:report_regenerate", args=[report.pk]))
    assert "Đã cập nhật số liệu (phiên bản 2)" in " ".join(messages_of(response))
    assert "Kim ngạch nhập khẩu đạt 2,7 tỷ USD." in report_text(report).paragraph("results.trade").text

    response = web.post(reverse("reports:report_finalize", args=[report.pk]))
    shown = " ".join(messages_of(response))
    assert "Cần ghi họ tên người ký" in shown and "đoạn chưa bổ sung nội dung" in shown
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT
    for paragraph in report_text(report).placeholders:
        services.report_edit_paragraph(report, actor=users[Role.SPECIALIST], key=paragraph.key, text="")
    services.report_update(report, actor=users[Role.SPECIALIST], data={"signer_name": "Thái Phúc Sơn"})
    response = web.post(reverse("reports:report_finalize", args=[report.pk]))
    assert "Đã hoàn thành và khóa báo cáo." in messages_of(response)
    body = web.get(reverse("reports:report_detail", args=[report.pk])).content.decode()
    assert 'id="report-regenerate"' not in body and reverse("reports:report_edit", args=[report.pk]) not in body
    assert web.get(reverse("reports:report_paragraph", args=[report.pk, "tasks"])).status_code == 403


def test_particulars_are_edited_on_the_generic_form(users, make_report, own_province, client_for):
    report = make_report(own_province)
    response = client_for(users[Role.SPECIALIST]).post(reverse("reports:report_edit", args=[report.pk]), {
        "number": "125", "signer_authority": "KT. GIÁM ĐỐC", "signer_title": "PHÓ GIÁM ĐỐC",
        "signer_name": "Nguyễn Văn Minh", "recipients": "UBND tỉnh (để b/c)\nBộ Ngoại giao (để b/c)", "title": ""})
    assert response.status_code == 302
    report.refresh_from_db()
    document = report_text(report).document
    assert document.reference() == "125/BC-SNgV" and document.signer_authority == "KT. GIÁM ĐỐC"


def test_versions_and_history_pages(users, make_report, own_province, client_for):
    report = make_report(own_province)
    services.report_edit_paragraph(report, actor=users[Role.SPECIALIST], key="tasks", text="Nhiệm vụ năm 2024.")
    web = client_for(users[Role.VIEWER])
    versions = web.get(reverse("reports:report_versions", args=[report.pk])).content.decode()
    assert "Sửa đoạn văn" in versions and "Tạo báo cáo" in versions
    old = web.get(reverse("reports:report_detail", args=[report.pk]), {"phien-ban": 1}).content.decode()
    assert "Đang xem phiên bản 1" in old and "Nhiệm vụ năm 2024." not in old
    assert web.get(reverse("reports:report_detail", args=[report.pk]), {"phien-ban": 9}).status_code == 404
    history = web.get(reverse("reports:report_history", args=[report.pk]))
    assert history.status_code == 200


def test_downloads(users, make_report, own_province, client_for, trade_figure):
    trade_figure("export", 2023, "2.4e9", estimate=True)
    report = make_report(own_province)
    web = client_for(users[Role.VIEWER])
    response = web.get(reverse("reports:report_download", args=[report.pk, "docx"]))
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-ha-tinh-nam-2023.docx"'
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD." in text
    workbook = load_workbook(io.BytesIO(web.get(reverse("reports:report_download", args=[report.pk, "xlsx"]))
                                        .content))
    assert workbook.sheetnames[:2] == ["Thông tin", "Bảng 1"]
    assert web.get(reverse("reports:report_download", args=[report.pk, "odt"])).status_code == 404


def test_pdf_without_libreoffice_says_so(users, make_report, own_province, client_for, monkeypatch, tmp_path):
    report = make_report(own_province)
    monkeypatch.setenv("PATH", str(tmp_path))
    response = client_for(users[Role.VIEWER]).get(reverse("reports:report_download", args=[report.pk, "pdf"]))
    assert response.status_code == 302 and response.url == reverse("reports:report_detail", args=[report.pk])
    assert "chưa cài LibreOffice" in " ".join(messages_of(response))


def test_national_report_page_is_for_national_users(users, national_user, client_for, make_report, own_province,
                                                    trade_figure):
    trade_figure("export", 2023, "2.4e9")
    query = {"preset": "year", "year": "2023"}
    page = client_for(national_user).get(reverse("reports:national"), query)
    body = page.content.decode()
    assert page.status_code == 200
    assert "Tổng hợp kết quả công tác đối ngoại của các địa phương năm 2023" in body
    assert "Kim ngạch xuất khẩu: tổng cộng 2,4 tỷ USD (1 tỉnh, thành phố có số liệu)" in body
    assert "theo 63 tỉnh, thành phố trước ngày 01/7/2025" in body  # the units of 2023
    rolled_up = client_for(national_user).get(reverse("reports:national"), {
        **query, "units": "today", "signer_name": "Nguyễn Văn An", "number": "15"}).content.decode()
    assert "theo 34 tỉnh, thành phố từ ngày 01/7/2025" in rolled_up
    assert "Nguyễn Văn An" in rolled_up and "15/BC-BNG" in rolled_up and "TL. BỘ TRƯỞNG" in rolled_up
    download = client_for(national_user).get(reverse("reports:national_download", args=["xlsx"]), query)
    assert download["Content-Disposition"] == 'attachment; filename="bao-cao-toan-quoc-nam-2023.xlsx"'
    assert client_for(users[Role.SPECIALIST]).get(reverse("reports:national"), query).status_code == 403
