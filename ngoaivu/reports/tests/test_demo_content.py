"""On the demo data, the reports a department head would sign: every field the records
support is written, the judgement sections are drafted, every statement is true."""
import re
from datetime import date

import pytest
from django.db import transaction

from ngoaivu.geo.selectors import province_find
from ngoaivu.indicators.periods import Period
from ngoaivu.reports.builder.collect import collect_snapshot
from ngoaivu.reports.builder.compose import compose
from ngoaivu.reports.builder.national import collect_national
from ngoaivu.reports.builder.national_compose import compose_national
from ngoaivu.reports.builder.outline import has_placeholder
from ngoaivu.reports.management.commands.report import system_user
from ngoaivu.reports.rendering.model import Chart, Heading, Paragraph, Table

pytestmark = pytest.mark.django_db
MAX_PLACEHOLDERS = 2


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    from ngoaivu.accounts.demo import load_demo
    from ngoaivu.testing.fixtures import ensure_geography

    with django_db_blocker.unblock(), transaction.atomic():
        ensure_geography()  # a transactional test before it in this worker may have flushed them
        yield load_demo()
        transaction.set_rollback(True)


def generated(name: str, start: date, end: date):
    return compose(collect_snapshot(user=system_user(), unit=province_find(name), period=Period(start, end)))


def paragraph(doc, key: str) -> str:
    return next(block.text for section in doc.sections for block in section.blocks
                if isinstance(block, Paragraph) and block.editable_key == key)


def text(doc) -> str:
    parts = []
    for section in doc.sections:
        for block in section.blocks:
            if isinstance(block, (Paragraph, Heading)):
                parts.append(block.text)
            elif isinstance(block, Table):
                parts += [block.caption, *(" | ".join(str(cell) for cell in row) for row in block.rows)]
    return "\n".join(parts)


def placeholders(doc) -> list[str]:
    return [block.text for section in doc.sections for block in section.blocks
            if isinstance(block, Paragraph) and has_placeholder(block.text)]


def table(doc, caption_part: str) -> Table:
    return next(block for block in doc.tables() if caption_part in block.caption)


def only_chart(doc) -> Chart:
    [chart] = [block for section in doc.sections for block in section.blocks if isinstance(block, Chart)]
    return chart


def assert_signable(doc):
    assert len(placeholders(doc)) <= MAX_PLACEHOLDERS, placeholders(doc)
    headings = [block.text for block in doc.sections[0].blocks if isinstance(block, Heading)]
    assert headings[0] == "Tình hình chung" and not has_placeholder(paragraph(doc, "results.overview"))
    for key in ("limitations", "tasks", "recommendations"):
        assert not has_placeholder(paragraph(doc, key)), key
    assert [section.heading for section in doc.sections][3] == "Kiến nghị, đề xuất"


def test_ha_tinh_2023(demo):
    doc = generated("Hà Tĩnh", date(2023, 1, 1), date(2023, 12, 31))
    assert_signable(doc)
    body = text(doc)
    assert paragraph(doc, "results.overview").startswith(
        "Năm 2023, công tác đối ngoại của tỉnh tiếp tục được triển khai đồng bộ trên các lĩnh vực; tỉnh đã cử 2 "
        "đoàn ra, ký kết 8 thỏa thuận quốc tế và tổ chức 11 hội nghị, hội thảo quốc tế.")
    # The 2 projects are the year's new ones: no stock "còn hiệu lực" is made of them.
    fdi = paragraph(doc, "results.fdi")
    assert fdi.startswith("Tỉnh đã cấp mới 2 dự án FDI với tổng vốn đăng ký 69,7 triệu USD.")
    assert "còn hiệu lực" not in body
    # The delegations sentence counts the rows of its table.
    said = int(re.search(r"Tỉnh đã cử (\d+) đoàn", paragraph(doc, "results.delegations")).group(1))
    assert said == len(table(doc, "Đoàn ra, đoàn vào").rows) == 2
    # Worked back from "tăng 33%", 2022 is marked, rounded, and never printed as a statistic.
    trade = table(doc, "Kim ngạch xuất khẩu, nhập khẩu")
    assert trade.rows[0][1] == "≈ 1.800" and "1.804,5" not in body and "1804.5" not in body
    assert "≈: số suy ra, không phải số liệu thống kê." in body
    # The chart beside the table marks the same value, rounded the same way (one rule).
    chart = only_chart(doc)
    index = chart.categories.index("2022")
    assert chart.is_approximate("Xuất khẩu", index) and chart.series["Xuất khẩu"][index] == 1800
    assert not chart.is_approximate("Xuất khẩu", chart.categories.index("2023"))
    # The Ministry's compilation prints the same value the same way.
    national = collect_national(user=system_user(), period=Period(date(2023, 1, 1), date(2023, 12, 31)))
    hatinh = next(unit for unit in national["units"].values() if unit["name"] == "Hà Tĩnh")
    assert hatinh["values"]["export_value"]["previous_derived"]
    assert "≈ 1.800" in text(compose_national(national))
    # One name for a partner everywhere.
    assert "Bolikhamxay" not in body and "Bô-ly-khăm-xay" in body
    assert "2 đoàn đi xúc tiến đầu tư, thương mại ở nước ngoài" in paragraph(doc, "results.promotion")
    assert "gặp mặt kiều bào nhân dịp Tết Nguyên đán Giáp Thìn 2024" in paragraph(doc, "tasks")
    assert "chưa được báo cáo sau ký" in paragraph(doc, "limitations")
    # No sentence opens on a figure ("2 trong 11 hội nghị …").
    assert "Trong số 11 hội nghị, hội thảo nêu trên, có 2 sự kiện được tổ chức theo hình thức trực tuyến" in body
    prose = " ".join(block.text for section in doc.sections for block in section.blocks
                     if isinstance(block, Paragraph))
    assert not re.search(r"(^|\. )\d", prose)


def test_thua_thien_hue_to_the_end_of_july_2022(demo):
    doc = generated("Thừa Thiên Huế", date(2022, 1, 1), date(2022, 7, 31))
    assert_signable(doc)
    assert "Tỉnh đã cấp mới 1 dự án FDI với tổng vốn đăng ký 25 triệu USD." in paragraph(doc, "results.fdi")
    assert "còn hiệu lực" not in text(doc)
    assert "giao lưu thư viện" in paragraph(doc, "results.culture")
    assert "Trại hè năm 2022" in paragraph(doc, "results.overseas")
    # A conference the province only attended is written, not left to the "other fields" placeholder.
    assert paragraph(doc, "results.conferences") == (
        "Tỉnh đã cử đại biểu tham dự Hội nghị trực tuyến giữa kỳ về hợp tác giữa các địa phương Việt Nam – Pháp "
        "(09/06/2022).")
    assert "hội nghị, hội thảo quốc tế (chưa có" not in paragraph(doc, "results.other")
    # 54% of the year's plan after 7 months is behind the calendar.
    assert "Kim ngạch xuất khẩu 7 tháng đầu năm 2022 mới đạt 609,1 triệu USD (54% mục tiêu" in paragraph(
        doc, "limitations")
    assert "lần thứ XII" in paragraph(doc, "tasks")
    assert "cửa khẩu A Đớt - Tà Vàng và Hồng Vân - Cô Tài" in paragraph(doc, "recommendations")
    assert table(doc, "Kim ngạch xuất khẩu, nhập khẩu").rows[0][1] == "≈ 518"
    chart = only_chart(doc)
    assert chart.is_approximate("Xuất khẩu", chart.categories.index("2021"))
    assert chart.series["Xuất khẩu"][chart.categories.index("2021")] == 518


def test_thai_nguyen_2021_2025_against_its_plan(demo):
    doc = generated("Thái Nguyên", date(2021, 1, 1), date(2025, 12, 31))
    body = text(doc)
    # The years it has are stated; the missing one is named.
    assert "Tính trong các năm 2021-2024 (chưa có số liệu năm 2025), kim ngạch xuất khẩu đạt 118,4 tỷ USD." in body
    years = table(doc, "từng năm")
    assert years.columns[1:] == ["Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"]
    assert years.rows[0][-1] == "—"
    # Each of the 12 targets of 108/KH-UBND with its status.
    targets = table(doc, "Kế hoạch số 108/KH-UBND")
    statuses = {row[1]: row[-1] for row in targets.rows}
    assert len(targets.rows) == 12
    assert statuses["Tổng vốn FDI đăng ký (cấp mới và tăng thêm)"] == "Đúng tiến độ"
    assert statuses["Tốc độ tăng xuất khẩu bình quân"] == "Chậm tiến độ"
    assert statuses["Hội hữu nghị cấp tỉnh"] == "Đã đạt"
    assert ("Tốc độ tăng xuất khẩu bình quân giai đoạn 2021-2025 (tính trong các năm đã có số liệu, chưa có số liệu năm "
            "2025) mới đạt 4,75%") in paragraph(doc, "limitations")
    # The note on the years qualifies every figure it concerns, not a paragraph's first sentence only.
    assert ("Tính trong các năm 2021-2024 (chưa có số liệu năm 2025), tổng vốn FDI đăng ký cấp mới và tăng thêm đạt "
            "3,21 tỷ USD; vốn thực hiện của các dự án FDI đạt 1,66 tỷ USD.") in paragraph(doc, "results.fdi")
    assert ("Tính trong các năm 2021-2024 (chưa có số liệu năm 2025), tỉnh đã tổ chức 1 hội nghị, sự kiện xúc tiến "
            "đầu tư trong nước; 2 sự kiện xúc tiến đầu tư, thương mại ở nước ngoài; 2 hội nghị vận động viện trợ phi "
            "chính phủ nước ngoài.") in paragraph(doc, "results.promotion")
    assert "kim ngạch xuất khẩu đạt 118,4 tỷ USD (các năm 2021-2024, chưa có số liệu năm 2025)" in paragraph(
        doc, "results.overview")
    for key in ("results.fdi", "results.ngo", "results.promotion", "results.culture"):
        for sentence in re.split(r"(?<=\.) ", paragraph(doc, key)):
            assert sentence.startswith(("Tính trong", "Đến ngày")), (key, sentence)


def test_national_2023_one_precision_and_drafted_judgement(demo):
    doc = compose_national(collect_national(user=system_user(), period=Period(date(2023, 1, 1), date(2023, 12, 31))))
    body = text(doc)
    # The aid sentence and its table print the same amount (not 5,95 above 6,0).
    assert "Giá trị viện trợ phi chính phủ nước ngoài cam kết: tổng cộng 5,95 triệu USD" in body
    aid = table(doc, "Vốn ODA và viện trợ phi chính phủ nước ngoài")
    column = aid.columns.index("Viện trợ PCPNN cam kết (triệu USD)")
    assert aid.cell_text(column, aid.rows[-1][column]) == "5,95"
    assert not placeholders(doc), placeholders(doc)
    assessment, tasks = paragraph(doc, "assessment"), paragraph(doc, "tasks")
    assert "kim ngạch xuất khẩu tăng ở Hà Tĩnh (33%), giảm ở Thái Nguyên (6,9%)" in assessment
    assert "Đôn đốc 60 tỉnh, thành phố chưa có số liệu cập nhật kết quả công tác đối ngoại năm 2023" in tasks
    assert "Đề nghị Hà Tĩnh cung cấp số liệu thống kê năm 2022 (kim ngạch xuất khẩu và kim ngạch nhập khẩu)" in tasks


def test_a_new_ha_tinh_draft_is_signed_by_the_director_the_seed_names(demo):
    from ngoaivu.reports.signing import signing_defaults

    signing = signing_defaults(province_find("Hà Tĩnh"))
    assert (signing["signer_title"], signing["signer_name"]) == ("GIÁM ĐỐC", "Thái Phúc Sơn")
