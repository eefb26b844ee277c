"""The report's text written from a snapshot: every sentence form, placeholders and edits (no database)."""
from decimal import Decimal

import pytest

from ngoaivu.indicators.periods import Period
from ngoaivu.reports.builder.compose import Particulars, apply_edits, compose
from ngoaivu.reports.builder.encoding import table_out
from ngoaivu.reports.builder.outline import default_title, has_placeholder
from ngoaivu.reports.builder.paragraphs import editable_paragraphs
from ngoaivu.reports.rendering.model import Heading, Paragraph, Table
from ngoaivu.reports.tests.snapshots import figure, snapshot

YEAR_2023 = Period.year(2023)
JULY_2022 = Period.to_end_of_month(2022, 7)


def paragraph(doc, key: str) -> str | None:
    found = [block.text for section in doc.sections for block in section.blocks
             if isinstance(block, Paragraph) and block.editable_key == key]
    return found[0] if found else None


def all_text(doc) -> str:
    return "\n".join(block.text if isinstance(block, (Paragraph, Heading)) else block.caption
                     for section in doc.sections for block in section.blocks if not hasattr(block, "categories"))


def test_estimate_increase_and_share_of_the_year_plan_as_hue_wrote_them():
    doc = compose(snapshot(JULY_2022, [
        figure("export_value", 609_100_000, period=JULY_2022, is_estimate=True, change_pct=Decimal("17.598"),
               plan_pct=Decimal("53.998"), previous=517_950_000),
        figure("import_value", 404_300_000, period=JULY_2022, change_pct=Decimal("16.6"), plan_pct=Decimal("62.2")),
    ]))
    assert paragraph(doc, "results.trade") == (
        "Kim ngạch xuất khẩu ước đạt 609,1 triệu USD, tăng 17,6% so với cùng kỳ và đạt 54% kế hoạch năm. "
        "Kim ngạch nhập khẩu đạt 404,3 triệu USD, tăng 16,6% so với cùng kỳ và đạt 62,2% kế hoạch năm.")


def test_above_plan_and_decrease_against_the_previous_year():
    doc = compose(snapshot(YEAR_2023, [
        figure("export_value", "2.4e9", period=YEAR_2023, is_estimate=True, change_pct=Decimal(33),
               plan_pct=Decimal(120)),
        figure("import_value", "2.7e9", period=YEAR_2023, change_pct=Decimal(-4)),
    ]))
    assert paragraph(doc, "results.trade") == (
        "Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD, tăng 33% so với năm 2022 và vượt 20% kế hoạch năm. "
        "Kim ngạch nhập khẩu đạt 2,7 tỷ USD, giảm 4% so với năm 2022.")


def test_counts_say_what_they_count():
    doc = compose(snapshot(YEAR_2023, [
        figure("agreements_signed", 8, "count", period=YEAR_2023),
        figure("intl_conferences", 11, "count", period=YEAR_2023),
        figure("fdi_new_projects", 2, "count", period=YEAR_2023),
        figure("fdi_new_capital", 69_700_000, period=YEAR_2023),
    ]))
    assert paragraph(doc, "results.agreements") == "Tỉnh đã ký kết 8 thỏa thuận quốc tế."
    assert paragraph(doc, "results.conferences") == "Toàn tỉnh đã tổ chức 11 hội nghị, hội thảo quốc tế."
    assert paragraph(doc, "results.fdi") == "Tỉnh đã cấp mới 2 dự án FDI với tổng vốn đăng ký 69,7 triệu USD."


def test_a_city_writes_thanh_pho():
    doc = compose(snapshot(YEAR_2023, [figure("agreements_signed", 3, "count", period=YEAR_2023)],
                           header={"locality": "thành phố"}))
    assert paragraph(doc, "results.agreements") == "Thành phố đã ký kết 3 thỏa thuận quốc tế."


def test_missing_data_is_left_out_never_printed_empty():
    doc = compose(snapshot(YEAR_2023, [figure("import_value", "2.7e9", period=YEAR_2023)]))
    assert paragraph(doc, "results.trade") == "Kim ngạch nhập khẩu đạt 2,7 tỷ USD."
    text = all_text(doc)
    assert "None" not in text and "xuất khẩu" not in paragraph(doc, "results.trade")
    # Fields with nothing to say are not printed empty: one placeholder names them all.
    assert paragraph(doc, "results.agreements") is None
    other = paragraph(doc, "results.other")
    assert has_placeholder(other) and "công tác ký kết, thực hiện thỏa thuận quốc tế" in other
    assert [block.caption for block in doc.tables()] == ["Bảng 1. Kim ngạch xuất khẩu, nhập khẩu năm 2023"]
    trade = doc.tables()[0]
    assert trade.rows == [["Kim ngạch nhập khẩu", None, Decimal("2700.00"), None, None]]


def test_a_total_is_stated_only_without_its_parts():
    only_total = compose(snapshot(YEAR_2023, [figure("trade_value", "102.6e6", period=YEAR_2023)]))
    assert paragraph(only_total, "results.trade") == "Tổng kim ngạch xuất, nhập khẩu đạt 102,6 triệu USD."
    with_parts = compose(snapshot(YEAR_2023, [figure("trade_value", "5.1e9", period=YEAR_2023),
                                              figure("export_value", "2.4e9", period=YEAR_2023)]))
    assert paragraph(with_parts, "results.trade") == "Kim ngạch xuất khẩu đạt 2,4 tỷ USD."


def test_record_sentences():
    doc = compose(snapshot(JULY_2022, [figure("oda_projects", 12, "count", period=JULY_2022),
                                       figure("oda_disbursed", "136.5e9", "VND", period=JULY_2022)], facts={
        "delegations": {"outbound": 3, "inbound": 2},
        "citizen_cases": {"received": 4, "closed": 1},
        "border_gates": [{"status": "reopened", "gate_class": "main",
                          "gates": ["A Đớt - Tà Vàng", "Hồng Vân - Cô Tài"]}],
        "oda_by_type": {"dự án đầu tư": 7, "dự án hỗ trợ kỹ thuật": 5},
    }))
    assert paragraph(doc, "results.border") == (
        "Tỉnh đã mở lại 2 cặp cửa khẩu chính A Đớt - Tà Vàng và Hồng Vân - Cô Tài, tạo điều kiện cho hoạt động "
        "thương mại, xuất nhập khẩu hàng hóa.")
    # A stored version of schema 1 counted delegations by direction: its text is still written.
    assert paragraph(doc, "results.delegations") == (
        "Tỉnh đã cử 3 đoàn đi công tác nước ngoài. Tỉnh đã đón 2 đoàn khách nước ngoài đến thăm và làm việc.")
    assert paragraph(doc, "results.consular") == (
        "Tỉnh đã tiếp nhận 4 vụ việc bảo hộ công dân. 1 vụ việc bảo hộ công dân đã được giải quyết, đóng hồ sơ "
        "trong kỳ.")
    # The kinds follow the count they break down, before the other figures of the field.
    assert paragraph(doc, "results.oda") == (
        "Trên địa bàn tỉnh có 12 chương trình, dự án ODA và vốn vay ưu đãi đang thực hiện. Trong đó có 7 dự án "
        "đầu tư và 5 dự án hỗ trợ kỹ thuật. Vốn ODA thực hiện, giải ngân đạt 136,5 tỷ đồng.")


def test_kinds_that_do_not_add_up_to_the_count_are_not_stated():
    doc = compose(snapshot(JULY_2022, [figure("oda_projects", 12, "count", period=JULY_2022)],
                           facts={"oda_by_type": {"dự án đầu tư": 7, "dự án hỗ trợ kỹ thuật": 4}}))
    assert "Trong đó" not in paragraph(doc, "results.oda")


@pytest.mark.parametrize("period, title", [
    (Period.year(2023), "Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"),
    (Period.half(2022), "Kết quả công tác đối ngoại 6 tháng đầu năm 2022 và phương hướng, nhiệm vụ 6 tháng cuối "
                        "năm 2022"),
    (Period.nine_months(2024), "Kết quả công tác đối ngoại 9 tháng năm 2024 và phương hướng, nhiệm vụ 3 tháng cuối "
                               "năm 2024"),
    (Period.term(2021, 2025), "Kết quả công tác đối ngoại giai đoạn 2021-2025 và phương hướng, nhiệm vụ giai đoạn "
                              "2026-2030"),
    (JULY_2022, "Kết quả công tác đối ngoại 7 tháng đầu năm 2022 và phương hướng, nhiệm vụ 5 tháng cuối năm 2022"),
    (Period.quarter(2022, 1), "Kết quả công tác đối ngoại quý I/2022"),
])
def test_titles(period, title):
    assert default_title(period) == title


def test_the_document_follows_the_outline_and_the_particulars():
    doc = compose(snapshot(YEAR_2023), Particulars(number="7", signer_name="Thái Phúc Sơn",
                                                  recipients=("Bộ Ngoại giao",)))
    assert [section.heading for section in doc.sections] == [
        "Kết quả thực hiện công tác đối ngoại năm 2023", "Tồn tại, hạn chế và nguyên nhân",
        "Phương hướng, nhiệm vụ năm 2024", "Kiến nghị, đề xuất"]
    assert doc.reference() == "07/BC-SNgV" and doc.signer_title == "GIÁM ĐỐC"
    assert doc.recipient_lines() == ["- Bộ Ngoại giao;", "- Lưu: VT."]
    assert has_placeholder(paragraph(doc, "limitations")) and has_placeholder(paragraph(doc, "tasks"))
    assert has_placeholder(paragraph(doc, "recommendations"))
    assert paragraph(doc, "closing") == ("Trên đây là báo cáo kết quả công tác đối ngoại năm 2023 và phương hướng, "
                                         "nhiệm vụ năm 2024 của Sở Ngoại vụ./.")


def test_tables_are_numbered_in_order_and_placed_under_their_field():
    agreements = table_out("Các thỏa thuận quốc tế ký kết năm 2023", ["TT", "Tên thỏa thuận"], ["no", "title"],
                           [[1, "Biên bản ghi nhớ"]])
    doc = compose(snapshot(YEAR_2023, [figure("export_value", "2.4e9", period=YEAR_2023, previous="1.8e9")],
                           tables={"agreements": agreements}))
    captions = [block.caption for block in doc.tables()]
    assert captions == ["Bảng 1. Kim ngạch xuất khẩu, nhập khẩu năm 2023",
                        "Bảng 2. Các thỏa thuận quốc tế ký kết năm 2023"]
    trade = doc.tables()[0]
    assert trade.columns[1:4] == ["Năm 2022", "Năm 2023", "So với năm 2022 (%)"]
    # Percentages the report computes have one decimal, in tables as in sentences.
    assert trade.rows[0][1:4] == [Decimal("1800.00"), Decimal("2400.00"), Decimal("133.3")]


def test_edits_replace_paragraphs_and_an_emptied_field_leaves_with_its_heading():
    base = snapshot(YEAR_2023, [figure("export_value", "2.4e9", period=YEAR_2023)])
    generated = compose(base)
    edits = {"limitations": {"text": "Phối hợp còn chậm.", "generated": paragraph(generated, "limitations")},
             "results.political": {"text": "", "generated": paragraph(generated, "results.political")}}
    doc = apply_edits(generated, edits)
    assert paragraph(doc, "limitations") == "Phối hợp còn chậm."
    assert paragraph(doc, "results.political") is None
    headings = [block.text for block in doc.sections[0].blocks if isinstance(block, Heading)]
    assert "Ngoại giao chính trị, quan hệ với các đối tác nước ngoài" not in headings
    assert "Ngoại giao kinh tế" in headings


def test_a_group_heading_leaves_when_all_its_fields_are_emptied():
    generated = compose(snapshot(YEAR_2023, [
        figure("fdi_new_projects", 2, "count", period=YEAR_2023), figure("ngo_disbursed", "1e6", period=YEAR_2023),
        figure("cultural_events", 4, "count", period=YEAR_2023)]))
    keys = ["results.fdi", "results.ngo"]
    doc = apply_edits(generated, {key: {"text": "", "generated": paragraph(generated, key)} for key in keys})
    headings = [block.text for block in doc.sections[0].blocks if isinstance(block, Heading)]
    assert "Ngoại giao kinh tế" not in headings and "Văn hóa đối ngoại và thông tin đối ngoại" in headings


def test_a_reworded_paragraph_is_stale_once_its_figures_change():
    before = compose(snapshot(YEAR_2023, [figure("export_value", "2.4e9", period=YEAR_2023)]))
    edits = {"results.trade": {"text": "Xuất khẩu tăng mạnh.", "generated": paragraph(before, "results.trade")}}
    after = compose(snapshot(YEAR_2023, [figure("export_value", "2.5e9", period=YEAR_2023)]))
    assert paragraph(apply_edits(after, edits), "results.trade") == "Xuất khẩu tăng mạnh."
    trade = next(p for p in editable_paragraphs(after, edits) if p.key == "results.trade")
    assert trade.edited and trade.stale and trade.generated.endswith("2,5 tỷ USD.")
    unchanged = next(p for p in editable_paragraphs(before, edits) if p.key == "results.trade")
    assert not unchanged.stale


def test_the_same_snapshot_always_gives_the_same_document():
    base = snapshot(YEAR_2023, [figure("export_value", "2.4e9", period=YEAR_2023)])
    assert compose(base) == compose(base)
    assert isinstance(compose(base).tables()[0], Table)
