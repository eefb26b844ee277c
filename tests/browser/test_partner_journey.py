"""A specialist records a foreign partner, gets a Vietnamese error first, then finds it."""
import pytest

from ngoaivu.core.roles import Role
from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)


def test_specialist_adds_partner_and_sees_history(page, screenshot, make_user, own_province):
    make_user(role=Role.SPECIALIST, province=own_province, username="chuyenvien")
    login(page, "chuyenvien", "pw-test-123")
    page.goto("/doi-tac/them/")
    page.fill("#id_name", "Tỉnh Chăm-pa-sắc")
    page.select_option("#id_partner_type", "locality")
    page.select_option("#id_status", "active")
    page.click("#record-save")
    # No country for a foreign locality: the message stands beside the field.
    assert page.locator("#id_country_errors").inner_text() == "Địa phương nước ngoài và cơ quan đại diện phải có quốc gia."
    screenshot("partner-form-error")

    page.select_option("#id_country", "LA")
    page.fill("#id_established_on", "15/04/2019")
    page.click("#record-save")
    page.wait_for_selector("h1:has-text('Tỉnh Chăm-pa-sắc')")
    assert "15/04/2019" in page.content()

    page.goto("/doi-tac/?country=LA&q=Chăm")
    page.click("text=Tỉnh Chăm-pa-sắc")
    page.click("text=Lịch sử")
    assert page.locator("#history-table").inner_text().count("Tạo mới") == 1
    screenshot("partner-history")
