"""The national compilation written from the figures of the provinces (no database)."""
from datetime import date
from decimal import Decimal

from ngoaivu.reports.builder.national_compose import NationalSigning, compose_national
from ngoaivu.reports.builder.outline import has_placeholder
from ngoaivu.reports.rendering.model import Paragraph


def data(historic=False):
    return {
        "generated_on": "2024-01-10", "period": {"start": "2023-01-01", "end": "2023-12-31"}, "historic": historic,
        "unit_count": 63 if historic else 34,
        "indicators": {"export_value": {"unit": "USD"}, "agreements_signed": {"unit": "count"}},
        "units": {
            "vn34-42": {"name": "Hà Tĩnh", "merged": [], "values": {
                "export_value": {"value": "2400000000.00", "previous": "1804500000.00", "rank": 2},
                "agreements_signed": {"value": "8", "previous": None, "rank": 2}}},
            "vn34-08": {"name": "Tuyên Quang", "merged": ["Hà Giang", "Tuyên Quang"], "values": {
                "agreements_signed": {"value": "11", "previous": None, "rank": 1}}},
            "vn34-19": {"name": "Thái Nguyên", "merged": ["Bắc Kạn", "Thái Nguyên"], "values": {
                "export_value": {"value": "28300000000.00", "previous": "30400000000.00", "rank": 1}}},
        },
    }


def test_totals_and_the_highest_province_per_indicator():
    doc = compose_national(data())
    texts = [block.text for block in doc.sections[0].blocks if isinstance(block, Paragraph)]
    assert "theo 34 tỉnh, thành phố từ ngày 01/7/2025" in texts[0] and "Có 3 tỉnh, thành phố có số liệu" in texts[0]
    assert texts[1:] == [
        "Kim ngạch xuất khẩu: tổng cộng 30,7 tỷ USD (2 tỉnh, thành phố có số liệu), cao nhất là Thái Nguyên với "
        "28,3 tỷ USD.",
        "Số thỏa thuận quốc tế ký kết: tổng cộng 19 (2 tỉnh, thành phố có số liệu), nhiều nhất là Tuyên Quang với 11."]
    assert (doc.issuer, doc.title) == ("BỘ NGOẠI GIAO", "Tổng hợp kết quả công tác đối ngoại của các địa phương năm 2023")


def test_the_tables_by_province_note_the_units_merged_in_2025():
    trade, cooperation, exports, agreements = compose_national(data()).tables()
    assert trade.caption == "Bảng 1. Kim ngạch xuất khẩu, nhập khẩu và thu hút FDI theo tỉnh, thành phố năm 2023"
    assert trade.columns == ["TT", "Tỉnh, thành phố", "Xuất khẩu (triệu USD)"]
    assert trade.rows == [[1, "Hà Tĩnh", Decimal("2400.0")],
                          [2, "Thái Nguyên (gồm Bắc Kạn, Thái Nguyên)", Decimal("28300.0")],
                          ["", "Tổng cộng", Decimal("30700.0")]]
    assert cooperation.rows == [[1, "Hà Tĩnh", 8], [2, "Tuyên Quang (gồm Hà Giang, Tuyên Quang)", 11],
                                ["", "Tổng cộng", 19]]
    assert exports.caption == "Bảng 3. Xuất khẩu năm 2023 theo tỉnh, thành phố"
    assert exports.rows == [[1, "Thái Nguyên", Decimal("28300.0"), Decimal("30400.0"), Decimal("93.1")],
                            [2, "Hà Tĩnh", Decimal("2400.0"), Decimal("1804.5"), Decimal("133.0")]]
    assert [row[1] for row in agreements.rows] == ["Tuyên Quang", "Hà Tĩnh"]


def with_aid(figures):
    """Three provinces' aid commitments, one of them not a round number of hundred thousands."""
    figures["indicators"]["ngo_committed"] = {"unit": "USD"}
    for key, value, previous in (("vn34-42", "350000", "1060000"), ("vn34-08", "3000000", "1418000"),
                                 ("vn34-19", "2600000", "2800000")):
        figures["units"][key]["values"]["ngo_committed"] = {"value": value, "previous": previous, "rank": None}
    return figures


def test_one_precision_rule_for_sentences_and_tables():
    """A province report's rule: the sentence's total and the table's are the same number
    (5,95 above 5,95, never 5,95 above 6,0); a column aligned on its values; ratios 1 decimal."""
    doc = compose_national(with_aid(data()))
    texts = [block.text for block in doc.sections[0].blocks if isinstance(block, Paragraph)]
    assert any(text.startswith("Giá trị viện trợ phi chính phủ nước ngoài cam kết: tổng cộng 5,95 triệu USD")
               for text in texts), texts
    aid = next(table for table in doc.tables() if "ODA" in table.caption)
    column = aid.columns.index("Viện trợ PCPNN cam kết (triệu USD)")
    assert [aid.cell_text(column, row[column]) for row in aid.rows] == ["0,35", "2,60", "3,00", "5,95"]
    exports = next(table for table in doc.tables() if ". Xuất khẩu năm 2023" in table.caption)
    assert [exports.cell_text(column, value) for column, value in enumerate(exports.rows[0])] == [
        "1", "Thái Nguyên", "28.300,0", "30.400,0", "93,1"]
    ranking = next(table for table in doc.tables() if ". Viện trợ PCPNN cam kết năm 2023" in table.caption)
    assert {ranking.cell_text(4, row[4]) for row in ranking.rows} == {"211,6", "92,9", "33,0"}


def test_the_general_assessment_and_tasks_are_drafted_from_the_figures():
    doc = compose_national(with_aid(data()))
    assessment, tasks = doc.sections[1].blocks[0].text, doc.sections[2].blocks[0].text
    assert not has_placeholder(assessment) and not has_placeholder(tasks)
    assert "các tỉnh, thành phố có số liệu đã ký kết 19 thỏa thuận quốc tế" in assessment
    # Each rise and fall as the ranking tables print it (133,0 → 33%; 93,1 → 6,9%).
    assert ("So với năm 2022: kim ngạch xuất khẩu tăng ở Hà Tĩnh (33%), giảm ở Thái Nguyên (6,9%); giá trị viện trợ "
            "phi chính phủ nước ngoài cam kết tăng ở Tuyên Quang (111,6%), giảm ở Hà Tĩnh (67%) và Thái Nguyên (7,1%)"
            ) in assessment
    assert "Số liệu mới phản ánh kết quả của 3/34 tỉnh, thành phố" in assessment
    assert "Đôn đốc 31 tỉnh, thành phố chưa có số liệu" in tasks
    assert ("Phối hợp với Thái Nguyên và Hà Tĩnh đánh giá nguyên nhân các chỉ tiêu giảm so với năm 2022 (kim ngạch "
            "xuất khẩu và giá trị viện trợ phi chính phủ nước ngoài cam kết của Thái Nguyên; giá trị viện trợ phi chính "
            "phủ nước ngoài cam kết của Hà Tĩnh), đề xuất giải pháp cho năm 2024") in tasks
    # A value a year earlier only worked back from a stated change: ask the province for the statistic.
    marked = data()
    marked["units"]["vn34-42"]["values"]["export_value"]["previous_derived"] = True
    assert ("Đề nghị Hà Tĩnh cung cấp số liệu thống kê năm 2022 (kim ngạch xuất khẩu)"
            in compose_national(marked).sections[2].blocks[0].text)


def test_a_rounds_compilation_names_the_provinces_that_have_not_sent():
    sent = data()
    sent["missing"] = ["Cao Bằng", "Lạng Sơn"]
    assert sent_tasks(sent).startswith("- Đôn đốc 2 tỉnh, thành phố chưa gửi báo cáo năm 2023 hoàn thành việc gửi "
                                       "báo cáo: Cao Bằng và Lạng Sơn.")


def sent_tasks(figures) -> str:
    return compose_national(figures).sections[2].blocks[0].text


def test_no_figures_leave_the_judgement_to_the_specialist():
    empty = data()
    empty["units"] = {}
    doc = compose_national(empty)
    assert has_placeholder(doc.sections[1].blocks[0].text)
    assert doc.sections[2].blocks[0].text == ("Đôn đốc 34 tỉnh, thành phố chưa có số liệu cập nhật kết quả công tác "
                                              "đối ngoại năm 2023 vào hệ thống.")


def test_no_column_is_left_empty():
    agreements = compose_national(data()).tables()[3]
    # No province has last year's number of agreements: neither that column nor the ratio is printed.
    assert agreements.columns == ["Xếp hạng", "Tỉnh, thành phố", "Năm 2023"]
    for table in compose_national(data()).tables():
        for column in range(len(table.columns)):
            assert any(row[column] not in (None, "") for row in table.rows), (table.caption, table.columns[column])


def test_aid_is_compiled():
    figures = data()
    figures["indicators"].update({"oda_disbursed": {"unit": "USD"}, "ngo_disbursed": {"unit": "USD"}})
    figures["units"]["vn34-42"]["values"].update({
        "oda_disbursed": {"value": "12500000", "previous": None, "rank": 1},
        "ngo_disbursed": {"value": "1000000", "previous": None, "rank": 1}})
    aid = next(table for table in compose_national(figures).tables() if "ODA" in table.caption)
    assert aid.columns == ["TT", "Tỉnh, thành phố", "Giải ngân vốn ODA (triệu USD)",
                           "Giải ngân viện trợ PCPNN (triệu USD)"]
    assert aid.rows[0] == [1, "Hà Tĩnh", Decimal("12.5"), Decimal("1.0")]


def test_closing_and_signature_block():
    doc = compose_national(data(), NationalSigning(number="15", issued_on=date(2024, 1, 20),
                                                   signer_name="Nguyễn Văn An"))
    last = doc.sections[-1].blocks[-1]
    assert last.text == ("Trên đây là báo cáo tổng hợp kết quả công tác đối ngoại của các địa phương năm 2023 "
                         "của Bộ Ngoại giao./.")
    assert (doc.signer_authority, doc.signer_title, doc.signer_name) == (
        "TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ ĐỊA PHƯƠNG", "Nguyễn Văn An")
    assert doc.reference() == "15/BC-BNG" and doc.date == date(2024, 1, 20)
    assert doc.recipient_lines()[-1] == "- Lưu: VT."


def test_the_63_units_before_2025():
    doc = compose_national(data(historic=True))
    assert "theo 63 tỉnh, thành phố trước ngày 01/7/2025" in doc.sections[0].blocks[0].text


def test_amounts_in_dong_are_named_in_vietnamese():
    figures = data()
    figures["indicators"]["oda_disbursed"] = {"unit": "VND"}
    figures["units"]["vn34-42"]["values"]["oda_disbursed"] = {"value": "180000000000", "previous": None, "rank": 1}
    tables = compose_national(figures).tables()
    aid = next(table for table in tables if "ODA" in table.caption and "theo tỉnh" in table.caption)
    assert aid.columns[-1] == "Giải ngân vốn ODA (triệu đồng)" and aid.rows[0][-1] == Decimal("180000.0")
    assert next(table for table in tables if table.caption.endswith("Giải ngân vốn ODA năm 2023 theo tỉnh, thành phố")
                ).unit == "triệu đồng"


def test_a_value_worked_back_from_a_stated_change_is_marked_as_in_a_province_report():
    marked = data()
    marked["units"]["vn34-42"]["values"]["export_value"]["previous_derived"] = True
    doc = compose_national(marked)
    ranking = next(table for table in doc.tables() if table.caption.endswith("Xuất khẩu năm 2023 theo tỉnh, thành phố"))
    assert [row[3] for row in ranking.rows] == [Decimal("30400.0"), "≈ 1.800"]
    assert ranking.rows[1][4] == Decimal("133.0")  # the stated change, not one of the rounded value
    texts = [block.text for block in doc.sections[0].blocks if isinstance(block, Paragraph)]
    assert texts[-1].startswith("≈: số suy ra") and not any(t.startswith("≈") for t in
                                                             [b.text for b in compose_national(data()).sections[0].blocks
                                                              if isinstance(b, Paragraph)])


def test_records_filed_under_a_new_unit_are_a_row_of_the_63_units_and_counted_once():
    figures = data(historic=True)
    figures["filed_under_new_units"] = {"vn34-19": {"name": "Thái Nguyên", "values": {"agreements_signed": "3"}}}
    doc = compose_national(figures)
    texts = [block.text for block in doc.sections[0].blocks if isinstance(block, Paragraph)]
    assert "Số thỏa thuận quốc tế ký kết: tổng cộng 22 (2 tỉnh, thành phố có số liệu)" in texts[2]
    assert texts[-1].startswith("ghi dưới đơn vị mới: hồ sơ của kỳ ghi dưới tỉnh, thành phố từ ngày 01/7/2025")
    cooperation = doc.tables()[1]
    assert cooperation.rows[-2:] == [["", "Thái Nguyên (ghi dưới đơn vị mới)", 3], ["", "Tổng cộng", 22]]
