"""Rules found in session 45 (05/12/2026) in the retired long splits (dev304-dev315) and other studied ones. Each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import figures


def test_a_review_of_last_year_printed_early_in_the_next_holds_its_stocks_on_its_date():
    text = ("Năm 2024, tỉnh Hà Nam cấp mới 12 dự án FDI. Trong 6 tháng đầu năm, kim ngạch xuất khẩu đạt 3,1 tỷ USD. "
            "Lũy kế đến nay, toàn tỉnh có 350 dự án FDI còn hiệu lực.")
    found = figures(text, date(2025, 2, 20))
    assert ("fdi_active_projects", 350, None, ("2025-02-20",)) in found
    assert ("fdi_new_projects", 12, None, ("2024-01-01", "2024-12-31")) in found


def test_the_date_of_the_nation_s_figures_is_not_the_province_s_now():
    text = ("Tỉnh Hà Nam cho biết, hiện toàn tỉnh có 350 dự án FDI còn hiệu lực. Trên phạm vi cả nước, lũy kế đến ngày "
            "20/5/2025, cả nước có 42.000 dự án còn hiệu lực.")
    assert ("fdi_active_projects", 350, None, ("2025-06-10",)) in figures(text, date(2025, 6, 10))
