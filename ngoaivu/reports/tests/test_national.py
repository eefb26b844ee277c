"""The national compilation written from the figures of the provinces (no database)."""
from decimal import Decimal

from ngoaivu.reports.builder.national_compose import compose_national
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
    assert trade.rows == [[1, "Hà Tĩnh", Decimal("2400.00")],
                          [2, "Thái Nguyên (gồm Bắc Kạn, Thái Nguyên)", Decimal("28300.00")],
                          ["", "Tổng cộng", Decimal("30700.00")]]
    assert cooperation.rows == [[1, "Hà Tĩnh", 8], [2, "Tuyên Quang (gồm Hà Giang, Tuyên Quang)", 11],
                                ["", "Tổng cộng", 19]]
    assert exports.caption == "Bảng 3. Xuất khẩu năm 2023 theo tỉnh, thành phố"
    assert exports.rows == [[1, "Thái Nguyên", Decimal("28300.00"), Decimal("30400.00"), Decimal("93.09")],
                            [2, "Hà Tĩnh", Decimal("2400.00"), Decimal("1804.50"), Decimal("133.00")]]
    assert [row[1] for row in agreements.rows] == ["Tuyên Quang", "Hà Tĩnh"]


def test_the_63_units_before_2025():
    doc = compose_national(data(historic=True))
    assert "theo 63 tỉnh, thành phố trước ngày 01/7/2025" in doc.sections[0].blocks[0].text
