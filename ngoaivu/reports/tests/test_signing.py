"""Signing: the province's settings give a new draft its signer, symbol and date; each report
edits its own; regenerating keeps them; the administrator edits the settings (page and API)."""
from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from ngoaivu.accounts.models import ProvinceSettings, User
from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role
from ngoaivu.geo.models import Province
from ngoaivu.geo.selectors import unit_of_period
from ngoaivu.indicators.periods import Period
from ngoaivu.reports import services
from ngoaivu.reports.builder.collect import collect_snapshot
from ngoaivu.reports.selectors import report_text

pytestmark = pytest.mark.django_db
SIGNER = {"report_signer_authority": "KT. GIÁM ĐỐC", "report_signer_title": "PHÓ GIÁM ĐỐC",
          "report_signer_name": "Nguyễn Văn An", "report_number_suffix": "BC-SNV"}


@pytest.fixture(autouse=True)
def exports_2023(trade_figure):
    """A figure of the period: a report of a period without data is refused."""
    return trade_figure("export", 2023, "2.4e9")


def test_a_new_draft_takes_the_settings_and_today(make_report, own_province):
    ProvinceSettings.objects.create(province=own_province, **SIGNER)
    report = make_report(own_province)
    assert (report.signer_authority, report.signer_title, report.signer_name, report.symbol) == (
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "BC-SNV")
    assert report.issued_on == timezone.localdate()
    document = report_text(report).document
    assert document.reference() == "/BC-SNV" and document.signer_name == "Nguyễn Văn An"
    assert (document.signer_authority, document.signer_title) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")


def test_the_command_signs_as_the_province_settings_say(tmp_path, own_province):
    import io

    import docx
    from django.core.management import call_command

    ProvinceSettings.objects.create(province=own_province, **SIGNER)
    output = tmp_path / "r.docx"
    call_command("report", "--province", own_province.name, "--from", "2023-01-01", "--to", "2023-12-31",
                 "--output", str(output), stdout=io.StringIO())
    document = docx.Document(io.BytesIO(output.read_bytes()))
    text = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Nguyễn Văn An" in text and "KT. GIÁM ĐỐC" in text and "/BC-SNV" in text


def test_without_settings_the_issuer_gives_the_symbol_and_title(make_report, own_province):
    report = make_report(own_province)
    assert report.symbol == "BC-SNgV" and report.signer_title == "GIÁM ĐỐC" and report.signer_name == ""


def test_each_report_edits_its_own_and_regenerating_keeps_the_chosen_date(users, make_report, own_province):
    ProvinceSettings.objects.create(province=own_province, **SIGNER)
    report = make_report(own_province)
    specialist = users[Role.SPECIALIST]
    services.report_update(report, actor=specialist, data={
        "issued_on": date(2024, 1, 10), "signer_name": "Trần Thị Bình", "number": "7", "symbol": "BC-SNgV"})
    services.report_regenerate(report, actor=specialist)
    report.refresh_from_db()
    document = report_text(report).document
    assert document.date == date(2024, 1, 10) and document.signer_name == "Trần Thị Bình"
    assert document.reference() == "07/BC-SNgV"
    # The settings changing later never moves a report already made.
    ProvinceSettings.objects.filter(province=own_province).update(report_signer_name="Lê Văn Cường")
    assert report_text(report).document.signer_name == "Trần Thị Bình"


def test_finalising_keeps_the_chosen_issue_date(users, make_report, own_province):
    report = make_report(own_province, signer_name="Nguyễn Văn An")
    services.report_update(report, actor=users[Role.SPECIALIST], data={"issued_on": date(2024, 1, 10)})
    for paragraph in report_text(report).placeholders:
        services.report_edit_paragraph(report, actor=users[Role.SPECIALIST], key=paragraph.key, text="Nội dung.")
    services.report_finalize(report, actor=users[Role.SPECIALIST])
    report.refresh_from_db()
    assert report.is_final and report.issued_on == date(2024, 1, 10)


def test_the_administrator_edits_the_settings_page_audited(users, client_for, own_province):
    url = reverse("accounts:province_settings")
    admin = client_for(users[Role.ADMIN])
    page = admin.get(url)
    assert page.status_code == 200 and "Cấu hình tỉnh, thành phố" in page.content.decode()
    form = {"responsible_body": "Sở Ngoại vụ", "responsible_body_abbreviation": "SNgV",
            "delegation_report_days": "15", **SIGNER, "iati_organisation_identifier": ""}
    response = admin.post(url, form)
    assert response.status_code == 302
    settings = ProvinceSettings.objects.get(province=own_province)
    assert settings.report_signer_name == "Nguyễn Văn An" and settings.report_number_suffix == "BC-SNV"
    assert ObjectChange.objects.filter(object_id=settings.pk, content_type__model="provincesettings").exists()
    bad = admin.post(url, {**form, "delegation_report_days": "500"})
    assert bad.status_code == 400 and "delegation_report_days" in bad.context["form"].errors


def test_only_the_administrator_changes_the_settings(users, client_for, national_user):
    url = reverse("accounts:province_settings")
    specialist = client_for(users[Role.SPECIALIST])
    page = specialist.get(url)
    assert page.status_code == 200 and "Lưu cấu hình" not in page.content.decode()
    assert specialist.post(url, {"report_signer_name": "X"}).status_code == 403
    assert client_for(national_user).get(url).status_code == 403


def test_settings_api(users, api_client_for, own_province):
    url = reverse("province-settings")
    admin = api_client_for(users[Role.ADMIN])
    assert admin.get(url).json()["report_signer_name"] == ""
    response = admin.patch(url, {"report_signer_name": "Nguyễn Văn An", "report_number_suffix": "BC-SNV"},
                           format="json")
    assert response.status_code == 200, response.content
    assert response.json()["report_signer_name"] == "Nguyễn Văn An"
    bad = admin.patch(url, {"delegation_report_days": 0}, format="json")
    assert bad.status_code == 400 and "delegation_report_days" in bad.json()
    specialist = api_client_for(users[Role.SPECIALIST])
    assert specialist.get(url).json()["report_number_suffix"] == "BC-SNV"
    assert specialist.patch(url, {"report_signer_name": "X"}, format="json").status_code == 403


@pytest.mark.parametrize("key, on, expected", [
    ("vn34-46", date(2022, 7, 31), "vn63-46"),   # Huế in 2022 was the province of Thừa Thiên Huế
    ("vn34-08", date(2023, 12, 31), "vn63-08"),  # Tuyên Quang before it took in Hà Giang
    ("vn34-42", date(2026, 1, 1), "vn34-42"),
    ("vn63-02", date(2023, 12, 31), "vn63-02"),
])
def test_the_unit_as_it_was_in_the_period(key, on, expected):
    assert unit_of_period(Province.objects.get(key=key), on).key == expected


def test_the_header_names_the_unit_of_the_period():
    hue = Province.objects.get(key="vn34-46")
    snapshot = collect_snapshot(user=User(username="cli", is_superuser=True), unit=hue,
                                period=Period(date(2022, 1, 1), date(2022, 7, 31)))
    assert snapshot["header"]["issuer_parent"] == "UBND TỈNH THỪA THIÊN HUẾ"
    assert snapshot["header"]["place"] == "Thừa Thiên Huế"
