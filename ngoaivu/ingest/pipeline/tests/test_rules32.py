"""Rules found in session 32 (05/12/2026) in the retired long splits (dev73-dev77). Each rule on made-up
sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _read


def test_a_rubric_and_the_page_s_date_above_the_title_leave_the_title_its_province():
    text = ("KINH TẾ - ĐẦU TƯ\n\nThứ Hai, 12/06/2023\n\nĐà Nẵng năm 2022: thu hút 40 dự án FDI\n\n"
            "Năm 2022, thành phố cấp mới 40 dự án đầu tư nước ngoài. Kim ngạch xuất khẩu cả năm đứng thứ 20 cả nước, sau "
            "TP. Hồ Chí Minh (40 tỷ USD), Bình Dương (30 tỷ USD), Đồng Nai (25 tỷ USD) và Bắc Ninh (20 tỷ USD). Cả nước xuất "
            "khẩu 370 tỷ USD.")
    result = extract_text(text)
    assert result["province"] == "Đà Nẵng"
    assert ("fdi_new_projects", 40, ("2022-01-01", "2022-12-31")) in _read(text)
