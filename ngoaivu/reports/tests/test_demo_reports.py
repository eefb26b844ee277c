"""On the demo data, `ngoaivu report` writes what the seed texts say, in their words."""
import io

import docx
import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from openpyxl import load_workbook
from pypdf import PdfReader

from ngoaivu.reports.choices import ReportStatus
from ngoaivu.reports.models import Report
from ngoaivu.reports.selectors import report_text

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for this module and rolled back after it."""
    from ngoaivu.accounts.demo import load_demo
    from ngoaivu.testing.fixtures import ensure_geography

    with django_db_blocker.unblock(), transaction.atomic():
        ensure_geography()  # a transactional test before it in this worker may have flushed them
        yield load_demo()
        transaction.set_rollback(True)


def report_file(tmp_path, name: str, *arguments: str) -> bytes:
    output = tmp_path / name
    call_command("report", *arguments, "--output", str(output), stdout=io.StringIO())
    return output.read_bytes()


def docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def test_ha_tinh_2023_in_the_seeds_words(demo, tmp_path):
    text = docx_text(report_file(tmp_path, "r.docx", "--province", "Hà Tĩnh", "--from", "2023-01-01",
                                 "--to", "2023-12-31"))
    assert "UBND TỈNH HÀ TĨNH" in text and "SỞ NGOẠI VỤ" in text and "Số:" in text
    assert "Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024" in text
    assert ("Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD, tăng 33% so với năm 2022 và vượt 20% kế hoạch năm. "
            "Kim ngạch nhập khẩu đạt 2,7 tỷ USD, giảm 4% so với năm 2022.") in text
    assert "Tỉnh đã ký kết 8 thỏa thuận quốc tế." in text
    assert "Toàn tỉnh đã tổ chức 11 hội nghị, hội thảo quốc tế." in text
    assert "Giá trị giải ngân viện trợ phi chính phủ nước ngoài ước đạt 1 triệu USD." in text
    assert "Nơi nhận:" in text and "None" not in text


def test_thua_thien_hue_to_the_end_of_july_2022(demo, tmp_path):
    text = docx_text(report_file(tmp_path, "hue.docx", "--province", "Thừa Thiên Huế", "--from", "2022-01-01",
                                 "--to", "2022-07-31"))
    assert "UBND TỈNH THỪA THIÊN HUẾ" in text and "Kết quả công tác đối ngoại 7 tháng đầu năm 2022" in text
    assert ("Kim ngạch xuất khẩu ước đạt 609,1 triệu USD, tăng 17,6% so với cùng kỳ và đạt 54% kế hoạch năm. "
            "Kim ngạch nhập khẩu đạt 404,3 triệu USD, tăng 16,6% so với cùng kỳ và đạt 62,2% kế hoạch năm.") in text
    assert "Trên địa bàn tỉnh có 12 chương trình, dự án ODA và vốn vay ưu đãi đang thực hiện." in text
    assert "Tỉnh đã mở lại 2 cặp cửa khẩu chính A Đớt - Tà Vàng và Hồng Vân - Cô Tài" in text


def test_the_annex_and_the_national_compilation(demo, tmp_path):
    annex = load_workbook(io.BytesIO(report_file(tmp_path, "r.xlsx", "--province", "Hà Tĩnh", "--from",
                                                 "2023-01-01", "--to", "2023-12-31")))
    trade = annex["Bảng 1"]
    assert [cell.value for cell in trade[3]][:3] == ["Chỉ tiêu", "Năm 2022", "Năm 2023"]
    assert [cell.value for cell in trade[4]][2] == 2400
    national = docx_text(report_file(tmp_path, "national.docx", "--national", "--roll-up", "--from", "2023-01-01",
                                     "--to", "2023-12-31"))
    assert "BỘ NGOẠI GIAO" in national and "Tuyên Quang (gồm Hà Giang, Tuyên Quang)" in national
    of_the_period = docx_text(report_file(tmp_path, "national63.docx", "--national", "--from", "2023-01-01",
                                          "--to", "2023-12-31"))
    assert "theo 63 tỉnh, thành phố trước ngày 01/7/2025" in of_the_period and "(gồm" not in of_the_period


def test_the_docx_opens_in_libreoffice(demo, tmp_path):
    pages = PdfReader(io.BytesIO(report_file(tmp_path, "r.pdf", "--province", "Hà Tĩnh", "--from", "2023-01-01",
                                             "--to", "2023-12-31"))).pages
    assert round(float(pages[0].mediabox.width) / 72 * 25.4) == 210
    assert "BÁO CÁO" in pages[0].extract_text() and "2,4 tỷ USD" in pages[0].extract_text()


@pytest.mark.parametrize("arguments, message", [
    (["--province", "Atlantis"], "Không tìm thấy tỉnh, thành phố"),
    (["--province", "Hà Tĩnh", "--national"], "Cần đúng một trong hai"),
])
def test_command_errors(demo, tmp_path, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("report", *arguments, "--from", "2023-01-01", "--to", "2023-12-31",
                     "--output", str(tmp_path / "r.docx"))
    with pytest.raises(CommandError, match="không được hỗ trợ"):
        call_command("report", "--province", "Hà Tĩnh", "--from", "2023-01-01", "--to", "2023-12-31",
                     "--output", str(tmp_path / "r.odt"))


def test_demo_reports(demo):
    hatinh = Report.objects.get(province__key="vn34-42")
    assert hatinh.status == ReportStatus.FINAL and hatinh.signer_name == "Thái Phúc Sơn"
    assert not report_text(hatinh).placeholders
    hue = Report.objects.get(province__key="vn63-46", period_end="2022-07-31")  # rounds add its 2023 one
    text = report_text(hue)
    assert hue.status == ReportStatus.DRAFT and text.placeholders
    assert text.paragraph("limitations").text.startswith("Công tác vận động nguồn viện trợ phi chính phủ")
