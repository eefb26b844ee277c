"""Accounts in Chromium: a province administrator adds a user from the "Quản trị" menu and
locks the account; a user makes an API key on their page; a name with 20 wrong passwords
meets the Vietnamese lockout page. Every page passes the CSP."""
import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "ngoaivu-demo"
NEW_PASSWORD = "Mat-khau-moi-2026"


@pytest.fixture
def demo(own_province, other_province):
    """The demo's names, without the demo's records (only accounts matter here)."""
    from ngoaivu.accounts.models import User
    from ngoaivu.core.roles import Role

    for username, role, province in (("hatinh.quantri", Role.ADMIN, own_province),
                                     ("hatinh.xem", Role.VIEWER, own_province),
                                     ("thanhhoa.xem", Role.VIEWER, other_province)):
        User.objects.create_user(username=username, password=PASSWORD, role=role, province=province)


def test_administrator_user_page_key_and_lockout(page, demo, screenshot):
    violations = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    login(page, "hatinh.quantri", PASSWORD)
    page.click("nav .dropdown-toggle:has-text('hatinh.quantri')")
    page.click("text=Quản trị người dùng")
    page.wait_for_url("**/tai-khoan/nguoi-dung/")
    assert page.locator("#user-table").is_visible()
    assert "thanhhoa" not in page.locator("#user-table").inner_text()  # another province's users
    page.click("text=Thêm người dùng")
    page.fill("#id_username", "hatinh.moi")
    page.fill("#id_last_name", "Nguyễn Thị")
    page.fill("#id_first_name", "Bình")
    page.select_option("#id_role", "contributor")
    page.fill("#id_password1", NEW_PASSWORD)
    page.fill("#id_password2", NEW_PASSWORD)
    page.click("#user-form button[type=submit]")
    assert "Đã tạo người dùng hatinh.moi" in page.locator(".alert-success").inner_text()
    page.click("#active-form button")
    assert "Đã khóa tài khoản hatinh.moi" in page.locator(".alert-success").inner_text()
    screenshot("accounts-user-edit")

    page.goto("/tai-khoan/")
    page.fill("#id_name", "Kịch bản nhập số liệu")
    page.click("#token-form button[type=submit]")
    key = page.locator("#issued-key code").inner_text().strip()
    assert len(key) == 40 and key[:8] in page.locator("table").inner_text()

    page.click("nav .dropdown-toggle:has-text('hatinh.quantri')")
    page.click("text=Đăng xuất")
    for _ in range(20):
        page.goto("/tai-khoan/dang-nhap/")
        page.fill("#id_username", "hatinh.xem")
        page.fill("#id_password", "sai-mat-khau")
        page.click("button[type=submit]")
    page.goto("/tai-khoan/dang-nhap/")
    page.fill("#id_username", "hatinh.xem")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    assert "Tạm khóa đăng nhập" in page.locator("h1").inner_text()
    assert page.locator("text=Quên mật khẩu? Đặt lại qua thư điện tử").is_visible()
    assert violations == []
