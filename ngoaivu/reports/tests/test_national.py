"""The national compilation written from the figures of the provinces (no database)."""
from datetime import date
from decimal import Decimal

from ngoaivu.reports.builder.national_compose import NationalSigning, compose_national
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


def test_one_precision_rule_in_every_table():
    for table in compose_national(data()).tables():
        numbers = [table.cell_text(column, value) for row in table.rows for column, value in enumerate(row)
                   if isinstance(value, Decimal)]
        assert all(text.rsplit(",", 1)[-1].isdigit() and len(text.rsplit(",", 1)[-1]) == 1 for text in numbers), \
            (table.caption, numbers)
    exports = compose_national(data()).tables()[2]
    assert [exports.cell_text(column, value) for column, value in enumerate(exports.rows[0])] == [
        "1", "Thái Nguyên", "28.300,0", "30.400,0", "93,1"]


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
