"""Issue 9's FDI round on dev13 (new, added and standing FDI on unseen phrasings): each rule on made-up
sentences, with the province's figure beside it that must stay."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text, kind="observation"):
    return [f for f in extract_text(text)["facts"] if f["kind"] == kind]


def _values(text, kind="observation"):
    return {(f["indicator"], f.get("value")) for f in _facts(text, kind)}


def test_a_change_written_as_more_than_after_a_comparison_is_no_level():
    found = _values("Năm 2032, tỉnh Hải Dương cấp mới 64 dự án FDI với vốn đăng ký 710 triệu USD; so với năm 2031, "
                    "số dự án nhiều hơn 7 và vốn đăng ký cao hơn 215 triệu USD.")
    assert ("fdi_new_projects", 64) in found and ("fdi_new_capital", 710e6) in found
    assert not {v for _, v in found} & {7, 215e6}
    found = _values("Chín tháng năm 2032, tỉnh Hải Dương cấp mới 30 dự án FDI. So với cùng kỳ năm 2031, số dự án FDI "
                    "cấp mới nhiều hơn 4 dự án.")
    assert ("fdi_new_projects", 30) in found and ("fdi_new_projects", 4) not in found


def test_more_than_without_a_comparison_stays_a_bound():
    found = _values("Năm 2032, tỉnh Hải Dương thu hút được nhiều hơn 60 dự án FDI mới.")
    assert ("fdi_new_projects", 60) in found


def test_a_converted_sum_of_domestic_and_foreign_capital_is_no_fdi_figure():
    found = _values("Tám tháng năm 2032, tỉnh Bắc Ninh cấp mới 25 dự án FDI với 300 triệu USD. Cộng dồn từ đầu năm, "
                    "vốn đầu tư quy đổi đạt hơn 2 tỷ USD, gấp 1,5 lần cùng kỳ.")
    assert ("fdi_new_capital", 300e6) in found
    assert not {v for _, v in found} & {2e9}


def test_new_and_added_capital_summed_in_a_clause_before_is_registered_capital():
    found = _values("Sáu tháng đầu năm 2032, tỉnh Thái Bình cấp mới 12 dự án FDI với 210 triệu USD. Cộng cả vốn cấp mới "
                    "và vốn bổ sung, vốn FDI vào tỉnh đạt 340 triệu USD.")
    assert ("fdi_new_capital", 210e6) in found and ("fdi_registered_capital", 340e6) in found
    assert ("fdi_new_capital", 340e6) not in found


def test_a_total_split_after_a_semicolon_or_a_colon_mixes_domestic_projects():
    found = _values("Thu hút FDI của Nam Định\n\nNăm tháng năm 2032, tỉnh Nam Định đứng thứ 12 cả nước về vốn FDI.\n\n"
                    "Lũy kế đến hết tháng 5/2032, trên địa bàn tỉnh có 950 dự án đầu tư; trong đó 870 dự án của nhà đầu tư "
                    "trong nước với vốn đăng ký 51.000 tỷ đồng và 80 dự án FDI với tổng vốn đăng ký 2.100 triệu USD.")
    assert ("fdi_active_projects", 80) in found and ("fdi_total_capital", 2.1e9) in found
    assert ("fdi_active_projects", 950) not in found
    found = _values("Năm 2032, tỉnh Nam Định cấp giấy chứng nhận cho 14 dự án: 11 dự án trong nước với vốn 3.000 tỷ đồng "
                    "và 3 dự án FDI với vốn 45 triệu USD.")
    assert ("fdi_new_projects", 3) in found and ("fdi_new_projects", 14) not in found


def test_the_board_named_before_as_the_subject_is_a_part():
    text = ("Năm 2032, tỉnh Quảng Trị có 9 dự án FDI mới.\n\n"
            "Theo Ban Quản lý Khu kinh tế tỉnh, năm 2032 khu kinh tế thu hút 11 dự án. Ban đã cấp giấy chứng nhận "
            "cho 6 dự án nước ngoài với vốn 40 triệu USD.")
    found = _values(text)
    assert ("fdi_new_projects", 9) in found
    assert not {v for _, v in found} & {6, 40e6}


def test_a_total_after_a_sentence_on_the_parks_is_the_parks():
    text = ("Năm 2032, tỉnh Thái Bình thu hút 70 dự án FDI mới.\n\n"
            "Năm 2032, các khu công nghiệp của tỉnh thu hút 50 dự án FDI. Tổng vốn cấp mới và tăng thêm đạt 900 triệu USD.")
    found = _values(text)
    assert ("fdi_new_projects", 70) in found
    assert not {v for _, v in found} & {50, 900e6}
    # the province's own total after a sentence on the province stays
    found = _values("Năm 2032, tỉnh Thái Bình thu hút 70 dự án FDI mới. Tổng vốn cấp mới và tăng thêm đạt 1.200 triệu USD.")
    assert ("fdi_registered_capital", 1.2e9) in found


def test_promotion_events_at_home_and_abroad_together_are_neither_count():
    assert not _facts("Năm 2032, tỉnh Phú Yên dự kiến tổ chức 5 hoạt động xúc tiến đầu tư trong và ngoài nước.", "target")
    found = _values("Năm 2032, tỉnh Phú Yên đã tổ chức 3 hội nghị xúc tiến đầu tư.")
    assert ("investment_promotion_domestic", 3) in found


def test_first_in_the_country_with_an_amount_is_a_rank_on_the_fdi_spoken_of():
    text = ("Vốn FDI năm 2032\n\n"
            "Năm 2032, tỉnh Hải Dương đứng đầu cả nước với hơn 2,9 tỷ USD tổng vốn đăng ký, chiếm 12% cả nước.")
    found = _values(text)
    assert ("fdi_rank", 1) in found and ("fdi_registered_capital", 2.9e9) in found
    # first in the country on something else, with no FDI around, is no FDI rank
    found = _values("Năm 2032, tỉnh Hải Dương đứng đầu cả nước với hơn 2,9 tỷ USD kim ngạch xuất khẩu nông sản.")
    assert ("fdi_rank", 1) not in found


def test_a_sentence_sourced_to_the_ministry_naming_no_province_is_the_nation_s():
    text = ("Vốn FDI năm 2032: tỉnh Long An thứ ba\n\n"
            "Theo Bộ Kế hoạch và Đầu tư, từ đầu năm đến ngày 20/12/2032, nhà đầu tư nước ngoài đăng ký tổng cộng "
            "gần 30 tỷ USD. Tỉnh Long An đứng thứ 3/63 với 2,1 tỷ USD vốn đăng ký.")
    found = _values(text)
    assert ("fdi_registered_capital", 2.1e9) in found
    assert ("fdi_registered_capital", 30e9) not in found
    # the ministry as the source of the province's own figure keeps it
    found = _values("Theo Bộ Kế hoạch và Đầu tư, năm 2032 tỉnh Long An thu hút 2,1 tỷ USD vốn FDI đăng ký.")
    assert ("fdi_registered_capital", 2.1e9) in found


def test_aid_received_with_the_new_ones_named_after_is_the_whole_carried_out():
    text = ("Năm 2032, tỉnh Hà Giang tiếp nhận 41 chương trình, dự án viện trợ phi chính phủ nước ngoài, tổng vốn cam kết "
            "5,1 triệu USD. Trong số này có 17 khoản viện trợ mới được phê duyệt trong năm.")
    found = _values(text)
    assert ("ngo_projects", 41) in found and ("ngo_new_commitments", 17) in found
    assert ("ngo_new_commitments", 41) not in found
    # received, with no new ones named after: what the province won in the year
    found = _values("Năm 2032, tỉnh Hà Giang tiếp nhận 41 chương trình, dự án viện trợ phi chính phủ nước ngoài mới.")
    assert ("ngo_new_commitments", 41) in found


def test_the_money_of_a_subset_singled_out_is_a_part():
    text = ("Năm 2032, tỉnh Hà Giang vận động được 12 khoản viện trợ phi chính phủ nước ngoài mới. Riêng phần vốn cam kết "
            "trong năm 2032 của các khoản này là 410.000 USD; giải ngân đến nay đạt 95.000 USD.\n\n"
            "Năm 2032, tổng vốn viện trợ phi chính phủ nước ngoài giải ngân trên địa bàn tỉnh đạt 2,3 triệu USD.")
    found = _values(text)
    assert ("ngo_new_commitments", 12) in found and ("ngo_disbursed", 2.3e6) in found
    assert not {v for _, v in found} & {410000, 95000}


def test_a_figure_among_a_group_takes_the_measure_the_sentence_before_names():
    text = ("Năm 2032, cả nước có 8 tỉnh đạt kim ngạch xuất khẩu từ 12 tỷ USD trở lên.\n\n"
            "Trong nhóm này, Thanh Hóa đạt 13,4 tỷ USD, tăng 6% so với năm 2031.")
    facts = _facts(text)
    assert [(f["indicator"], f["value"], f["change_pct"]) for f in facts] == [("export_value", 13.4e9, 6.0)]
    # a sentence before that names no measure gives none
    assert not _facts("Năm 2032, tỉnh Thanh Hóa có 8 khu công nghiệp.\n\nTrong nhóm này, Thanh Hóa đạt 13,4 tỷ USD.")


def test_a_total_with_its_capital_before_the_split_still_mixes_domestic_projects():
    found = _values("Năm 2032, tỉnh Quảng Trị cấp mới 5 dự án FDI.\n\nTính đến nay, toàn tỉnh Quảng Trị có hơn 900 dự án với "
                    "tổng vốn khoảng 90.000 tỷ đồng; trong đó hơn 860 dự án trong nước với vốn hơn 60.000 tỷ đồng và 40 dự án "
                    "nước ngoài với tổng vốn hơn 1,2 tỷ USD.")
    assert ("fdi_active_projects", 40) in found and ("fdi_total_capital", 1.2e9) in found
    assert ("fdi_active_projects", 900) not in found
