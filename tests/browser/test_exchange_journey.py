"""A specialist imports partners from Excel (dry run, confirm), exports the list, and deletes two selected rows."""
import io

import pytest
from openpyxl import Workbook, load_workbook

from ngoaivu.core.roles import Role
from ngoaivu.partners.models import Partner
from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)


def _sheet(path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Tên tiếng Việt", "Loại đối tác", "Quốc gia"])
    for name in ("Tỉnh Savannakhet", "Tỉnh Khammouane", "Tỉnh Bolikhamxay"):
        sheet.append([name, "Địa phương nước ngoài", "Lào"])
    sheet.append(["Quỹ không rõ loại", "Loại lạ", ""])
    workbook.save(path)


def test_import_export_and_bulk_delete(page, screenshot, make_user, own_province, tmp_path):
    make_user(role=Role.SPECIALIST, province=own_province, username="chuyenvien")
    login(page, "chuyenvien", "pw-test-123")
    page.goto("/doi-tac/")
    page.click("text=Nhập từ Excel")
    _sheet(tmp_path / "doi-tac.xlsx")
    page.set_input_files("input[type=file]", str(tmp_path / "doi-tac.xlsx"))
    page.click("text=Kiểm tra tệp (chưa ghi)")
    assert "Dòng 5, cột 'Loại đối tác': 'Loại lạ' không có trong danh sách" in page.locator("#import-errors").inner_text()
    assert Partner.objects.count() == 0
    screenshot("import-preview")
    page.click("text=Xác nhận ghi")
    page.wait_for_selector("text=Hoàn tác cả lượt nhập")
    assert Partner.objects.count() == 3

    page.goto("/doi-tac/")
    with page.expect_download() as download:
        page.click("text=Xuất Excel")
    rows = list(load_workbook(io.BytesIO(open(download.value.path(), "rb").read())).worksheets[0].values)
    assert [row[0] for row in rows[1:]] == ["Tỉnh Bolikhamxay", "Tỉnh Khammouane", "Tỉnh Savannakhet"]

    boxes = page.locator("input.bulk-pick")
    assert boxes.count() == 3
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("text=Xóa mục đã chọn")
    page.wait_for_selector("text=Đã xóa 2 bản ghi")
    assert list(Partner.objects.values_list("name", flat=True)) == ["Tỉnh Savannakhet"]
    screenshot("bulk-delete")
