"""A specialist edits the whole report on one page: rewords a paragraph drafted from the data,
fills in one to be written, sees the badges change without leaving the page, regenerates the
figures and finds the edits kept."""
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.core.roles import Role
from ngoaivu.reports.selectors import report_text
from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)


def test_edit_the_report_paragraph_by_paragraph(page, screenshot, make_user, own_province):
    from ngoaivu.geo.models import Province
    from ngoaivu.reports import services
    from ngoaivu.trade.models import TradeFigure

    hatinh_2023 = Province.objects.get(key="vn63-42")
    for year, value in ((2022, "1.8e9"), (2023, "2.4e9")):
        TradeFigure.objects.create(province=hatinh_2023, flow="export", period_start=date(year, 1, 1),
                                   period_end=date(year, 12, 31), value=Decimal(value), currency="USD",
                                   source="Sở Công Thương")
    specialist = make_user(role=Role.SPECIALIST, province=own_province, username="chuyenvien")
    report = services.report_create(actor=specialist, data={
        "province": own_province, "period_start": date(2023, 1, 1), "period_end": date(2023, 12, 31)})
    paragraphs = report_text(report).paragraphs
    drafted = next(p for p in paragraphs if "xuất khẩu" in p.generated.lower() and not p.placeholder)

    login(page, "chuyenvien", "pw-test-123")
    page.goto(f"/bao-cao/{report.pk}/")
    page.click("#report-edit-text")
    page.wait_for_selector("#report-editor")
    assert page.locator("form.paragraph-form").count() == len(paragraphs)
    form = page.locator(f'form[data-key="{drafted.key}"]')
    assert form.locator('[data-role="state"]').inner_text() == "Tự động từ số liệu"

    form.locator("textarea").fill("Kim ngạch xuất khẩu tăng mạnh, vượt kế hoạch năm.")
    assert form.locator('[data-role="status"]').inner_text() == "Chưa lưu"
    form.locator('[data-role="save"]').click()
    form.locator('[data-role="status"]:has-text("Đã lưu")').wait_for()
    assert form.locator('[data-role="state"]').inner_text() == "Đã sửa"
    assert f"/bao-cao/{report.pk}/soan-thao/" in page.url  # saved in place, no page change

    placeholders = page.locator("form.paragraph-form.state-placeholder")
    if placeholders.count():
        to_write = page.locator(f'form[data-key="{placeholders.first.get_attribute("data-key")}"]')
        to_write.locator("textarea").fill("Tỉnh tiếp tục củng cố quan hệ với các đối tác truyền thống.")
        to_write.locator('[data-role="save"]').click()
        to_write.locator('[data-role="state"]:has-text("Đã sửa")').wait_for()
    screenshot("report-editor")

    page.click("#editor-done")
    page.click("#report-regenerate")
    page.wait_for_selector(".alert-success, .alert")
    assert "Kim ngạch xuất khẩu tăng mạnh, vượt kế hoạch năm." in page.locator("#report-preview").inner_text()
    page.click("#report-edit-text")
    form = page.locator(f'form[data-key="{drafted.key}"]')
    assert form.locator("textarea").input_value() == "Kim ngạch xuất khẩu tăng mạnh, vượt kế hoạch năm."
    assert form.locator('[data-role="state"]').inner_text() in ("Đã sửa", "Đã sửa, số liệu đã thay đổi")

    form.locator('[data-role="restore"]').click()
    form.locator('[data-role="state"]:has-text("Tự động từ số liệu")').wait_for()
    assert form.locator("textarea").input_value() == report_text(report).paragraph(drafted.key).generated
