"""Drafts, versions, regeneration and the lock, through the services."""
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.geo.models import Province
from ngoaivu.indicators.models import Indicator
from ngoaivu.plans.models import Plan, Target
from ngoaivu.reports import services
from ngoaivu.reports.choices import ReportStatus, VersionChange
from ngoaivu.reports.models import Report, ReportVersion
from ngoaivu.reports.selectors import report_text, report_version
from ngoaivu.reports.tests.conftest import YEAR_2023

pytestmark = pytest.mark.django_db


def trade_text(report, version=None) -> str:
    return report_text(report, version).paragraph("results.trade").text


def fill_placeholders(report, actor):
    for paragraph in report_text(report).placeholders:
        services.report_edit_paragraph(report, actor=actor, key=paragraph.key, text="")


def test_a_new_report_is_a_draft_written_from_the_figures(users, own_province, trade_figure, hatinh_before_2025):
    trade_figure("export", 2023, "2.4e9", estimate=True)
    trade_figure("export", 2022, "1.8045e9")
    plan = Plan.objects.create(province=hatinh_before_2025, name="Kế hoạch năm 2023", start_year=2023, end_year=2023)
    Target.objects.create(province=hatinh_before_2025, plan=plan, indicator=Indicator.objects.get(code="export_value"),
                          value=2_000_000_000, currency="USD")
    report = services.report_create(actor=users[Role.SPECIALIST], data={"province": own_province, **YEAR_2023})
    assert report.status == ReportStatus.DRAFT and report.province == own_province
    assert report.signer_title == "GIÁM ĐỐC" and "Bộ Ngoại giao (để b/c)" in report.recipient_list
    version = report_version(report)
    assert (version.number, version.change, version.edits) == (1, VersionChange.GENERATED, {})
    assert trade_text(report) == ("Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD, tăng 33% so với năm 2022 và vượt 20% "
                                  "kế hoạch năm.")
    assert ObjectChange.objects.filter(object_id=version.pk, action="create").exists()


def test_the_draft_regenerate_and_lock_cycle(users, own_province, trade_figure):
    specialist = users[Role.SPECIALIST]
    export = trade_figure("export", 2023, "2.4e9")
    report = services.report_create(actor=specialist, data={"province": own_province, **YEAR_2023})
    first = report_version(report)

    # A reworded paragraph is a new version; the earlier one is kept as it was.
    services.report_edit_paragraph(report, actor=specialist, key="limitations", text="Phối hợp còn chậm.")
    assert report_text(report).document.sections[1].blocks[0].text == "Phối hợp còn chậm."

    # New figures: the generated parts change, the reworded ones stay.
    trade_figure("import", 2023, "2.7e9")
    regenerated = services.report_regenerate(report, actor=specialist)
    assert regenerated.change == VersionChange.REGENERATED and regenerated.number == 3
    assert "Kim ngạch nhập khẩu đạt 2,7 tỷ USD" in trade_text(report)
    assert report_text(report).paragraph("limitations").text == "Phối hợp còn chậm."
    assert "nhập khẩu" not in trade_text(report, first), "an earlier version renders as it was"

    # A figure paragraph reworded, then its figures change: the wording stays and is flagged.
    services.report_edit_paragraph(report, actor=specialist, key="results.trade", text="Xuất khẩu tăng mạnh.")
    export.value = 2_500_000_000
    export.save()
    services.report_regenerate(report, actor=specialist)
    trade = report_text(report).paragraph("results.trade")
    assert trade.text == "Xuất khẩu tăng mạnh." and trade.stale and "2,5 tỷ USD" in trade.generated

    # Finalising waits for the placeholders and the signer; a refusal changes nothing.
    versions = ReportVersion.objects.count()
    with pytest.raises(ValidationError) as refused:
        services.report_finalize(report, actor=specialist)
    assert set(refused.value.message_dict) == {"paragraphs", "signer_name"}
    fill_placeholders(report, specialist)
    with pytest.raises(ValidationError) as refused:
        services.report_finalize(report, actor=specialist)
    assert set(refused.value.message_dict) == {"signer_name"}
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT and report.issued_on == timezone.localdate()  # a new draft is dated today
    assert ReportVersion.objects.count() > versions  # only the placeholders' edits

    services.report_update(report, actor=specialist, data={"signer_name": "Thái Phúc Sơn", "number": "125"})
    services.report_finalize(report, actor=specialist)
    report.refresh_from_db()
    assert report.status == ReportStatus.FINAL and report.issued_on == timezone.localdate()
    document = report_text(report).document
    assert document.reference() == "125/BC-SNgV" and document.date == report.issued_on

    # Locked: no edit, no new figures, no new particulars, no deletion.
    count = ReportVersion.objects.count()
    for attempt in (
        lambda: services.report_edit_paragraph(report, actor=specialist, key="tasks", text="Khác"),
        lambda: services.report_regenerate(report, actor=specialist),
        lambda: services.report_update(report, actor=specialist, data={"number": "126"}),
        lambda: services.report_delete(report, actor=specialist),
        lambda: services.report_finalize(report, actor=specialist),
    ):
        with pytest.raises(ValidationError, match="đã khóa"):
            attempt()
    report.refresh_from_db()
    assert ReportVersion.objects.count() == count and report.number == "125" and report.deleted_at is None
    assert report_text(report).document == document, "a final report always renders the same"


def test_the_generated_wording_restores_a_paragraph_and_an_unchanged_text_adds_no_version(users, make_report,
                                                                                      own_province):
    report = make_report(own_province)
    specialist = users[Role.SPECIALIST]
    generated = report_text(report).paragraph("tasks").generated
    services.report_edit_paragraph(report, actor=specialist, key="tasks", text="Nhiệm vụ  \r\n  năm 2024 ")
    assert report_version(report).edits["tasks"]["text"] == "Nhiệm vụ\nnăm 2024"
    services.report_edit_paragraph(report, actor=specialist, key="tasks", text="Nhiệm vụ\nnăm 2024")
    assert report_version(report).number == 2
    services.report_edit_paragraph(report, actor=specialist, key="tasks", text=generated)
    assert report_version(report).number == 3 and report_version(report).edits == {}


def test_an_unknown_paragraph_is_refused(users, make_report, own_province):
    report = make_report(own_province)
    with pytest.raises(ValidationError) as error:
        services.report_edit_paragraph(report, actor=users[Role.SPECIALIST], key="nope", text="x")
    assert "key" in error.value.message_dict and report_version(report).number == 1


def test_an_invalid_period_creates_nothing(users, own_province):
    with pytest.raises(ValidationError) as error:
        services.report_create(actor=users[Role.SPECIALIST], data={
            "province": own_province, "period_start": date(2023, 12, 31), "period_end": date(2023, 1, 1)})
    assert "period_end" in error.value.message_dict
    assert not Report.all_objects.exists() and not ReportVersion.all_objects.exists()
    assert not ObjectChange.objects.exists()


def test_the_period_of_a_report_is_fixed(users, make_report, own_province):
    report = make_report(own_province)
    with pytest.raises(ValidationError) as error:
        services.report_update(report, actor=users[Role.SPECIALIST], data={"period_end": date(2023, 6, 30)})
    assert "period_end" in error.value.message_dict


def test_a_unit_before_2025_of_the_users_lineage(users, own_province, hatinh_before_2025):
    report = services.report_create(actor=users[Role.SPECIALIST], data={
        "province": own_province, "unit": hatinh_before_2025, **YEAR_2023})
    assert report.province == hatinh_before_2025
    assert report_text(report).document.issuer_parent == "UBND TỈNH HÀ TĨNH"
    with pytest.raises(ValidationError) as error:
        services.report_create(actor=users[Role.SPECIALIST], data={
            "province": own_province, "unit": Province.objects.get(key="vn63-38"), **YEAR_2023})
    assert "unit" in error.value.message_dict


def test_finalising_needs_the_submit_right(users, make_report, own_province):
    report = make_report(own_province)
    with pytest.raises(ScopeDenied):
        services.report_finalize(report, actor=users[Role.CONTRIBUTOR])
    with pytest.raises(ScopeDenied):
        services.report_regenerate(report, actor=users[Role.VIEWER])
    assert report_version(report).number == 1


def test_a_report_of_another_province_cannot_be_changed(users, make_report, other_province):
    report = make_report(other_province)
    with pytest.raises(ScopeDenied):
        services.report_edit_paragraph(report, actor=users[Role.SPECIALIST], key="tasks", text="x")
    with pytest.raises(ScopeDenied):
        services.report_create(actor=users[Role.SPECIALIST], data={"province": other_province, **YEAR_2023})
