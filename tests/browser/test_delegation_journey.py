"""The issue's journey: a specialist creates and submits a delegation, the approver
approves it, the specialist finds it in the filtered list and reads its history."""
import pytest

from ngoaivu.core.roles import Role
from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)


def test_delegation_from_draft_to_approved(page, screenshot, make_user, own_province):
    make_user(role=Role.SPECIALIST, province=own_province, username="chuyenvien", first_name="Lan")
    make_user(role=Role.APPROVER, province=own_province, username="giamdoc", first_name="Hùng")

    login(page, "chuyenvien", "pw-test-123")
    page.goto("/doan-ra-doan-vao/them/")
    page.select_option("#id_direction", "outbound")
    page.fill("#id_name", "Đoàn xúc tiến đầu tư tại Gyeonggi")
    page.select_option("#id_level", "provincial_leaders")
    page.fill("#id_head_name", "Nguyễn Văn A")
    page.fill("#id_head_title", "Phó Chủ tịch UBND tỉnh")
    page.fill("#id_start_date", "10/03/2026")
    page.fill("#id_end_date", "08/03/2026")
    page.select_option("#id_funding_source", "provincial_budget")
    page.fill("#id_purpose", "Xúc tiến đầu tư, thăm và làm việc với chính quyền tỉnh Gyeonggi")
    page.click("#record-save")
    # Two mistakes, two messages beside their fields; nothing saved.
    assert "Đoàn ra phải có ít nhất một quốc gia đến ngoài Việt Nam." in page.locator("#id_countries_errors").inner_text()
    assert page.locator("#id_end_date_errors").count() == 1
    screenshot("delegation-form-errors")

    page.fill("#id_end_date", "15/03/2026")
    page.select_option("#id_countries", "KR")
    page.click("#record-save")
    page.wait_for_selector("#status-badge[data-status=draft]")
    page.click("#workflow-submit")
    page.click("#step-confirm")
    page.wait_for_selector("#status-badge[data-status=submitted]")
    # A specialist may not approve: the button is not there.
    assert page.locator("#workflow-approve").count() == 0
    detail_url = page.url
    page.click("text=Đăng xuất", force=True) if page.locator("text=Đăng xuất").is_visible() else None
    page.context.clear_cookies()

    login(page, "giamdoc", "pw-test-123")
    page.goto("/")
    assert "Đoàn xúc tiến đầu tư tại Gyeonggi" in page.content()  # awaiting approval on the home page
    screenshot("home-approver")
    page.goto(detail_url)
    page.click("#workflow-approve")
    page.click("#step-confirm")
    page.wait_for_selector("#status-badge[data-status=approved]")
    screenshot("delegation-approved")
    page.context.clear_cookies()

    login(page, "chuyenvien", "pw-test-123")
    page.goto("/doan-ra-doan-vao/?status=approved&country=KR")
    page.click("text=Đoàn xúc tiến đầu tư tại Gyeonggi")
    history = page.locator("#status-history").inner_text()
    assert "Chờ phê duyệt" in history and "Đã phê duyệt" in history
    page.click("text=Lịch sử")
    log = page.locator("#history-table").inner_text()
    assert "Tạo mới" in log and "giamdoc" in log
    screenshot("delegation-history")
