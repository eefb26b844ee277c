"""Observations on wordings found in session 30 (04/12/2026) in the retired long splits (dev59-dev62): days of a
span whose year is written only at its end, a span from a year to a quarter, projects raising their capital named
after their own count, a stock held at the end of a quarter. Each rule on made-up sentences (none names a development
text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _read

_BULLETIN = "Bản tin thu hút FDI tỉnh Phú Thọ\n\n"


def test_a_span_of_days_with_its_year_at_the_end_is_those_days():
    text = _BULLETIN + "Từ ngày 10/3 đến ngày 9/4/2021, tỉnh cấp mới 6 dự án FDI với vốn đăng ký 14 triệu USD."
    span = ("2021-03-10", "2021-04-09")
    assert _read(text) == [("fdi_new_capital", 14e6, span), ("fdi_new_projects", 6, span)]


def test_projects_raising_their_capital_after_new_ones_are_adjusted_projects():
    text = _BULLETIN + ("Trong quý II/2021, tỉnh cấp mới 9 dự án FDI với vốn đăng ký 20 triệu USD; 4 dự án tăng thêm vốn "
                        "3,5 triệu USD.")
    found = _read(text)
    quarter = ("2021-04-01", "2021-06-30")
    assert ("fdi_adjusted_projects", 4, quarter) in found and ("fdi_new_projects", 9, quarter) in found
    assert ("fdi_new_projects", 4, quarter) not in found


def test_new_projects_listed_before_those_raising_capital_stay_new():
    text = _BULLETIN + ("Trong quý II/2021, tỉnh cấp giấy chứng nhận đầu tư mới cho 9 dự án và điều chỉnh tăng vốn cho 4 dự án.")
    found = _read(text)
    assert ("fdi_new_projects", 9, ("2021-04-01", "2021-06-30")) in found


def test_a_part_of_all_projects_held_at_the_end_of_a_quarter_is_a_stock():
    text = _BULLETIN + ("Tính đến hết quý III/2021, trên địa bàn tỉnh có 510 dự án đầu tư, trong đó 41 dự án có vốn đầu tư "
                        "trực tiếp nước ngoài với tổng vốn đăng ký 720 triệu USD.")
    assert _read(text) == [("fdi_active_projects", 41, ("as_of", "2021-09-30")),
                           ("fdi_total_capital", 720e6, ("as_of", "2021-09-30"))]


def test_a_span_from_a_year_to_a_quarter_and_the_same_time_after_it():
    text = ("Công tác đối ngoại tỉnh Phú Thọ\n\nTừ năm 2020 đến hết quý II/2023, tỉnh đã cử 40 đoàn đi công tác nước ngoài. "
            "Cũng trong thời gian này, tỉnh đón tiếp 90 đoàn khách quốc tế.")
    span = ("2020-01-01", "2023-06-30")
    assert _read(text) == [("delegation_exchanges", 40, span), ("delegation_exchanges", 90, span)]


def test_a_place_in_a_leading_group_is_no_rank():
    text = _BULLETIN + ("Trong 9 tháng năm 2022, tỉnh thu hút 40 dự án FDI, đưa tỉnh vào nhóm 10 địa phương dẫn đầu cả nước "
                        "về thu hút FDI.")
    assert [f for f in _read(text) if f[0] == "fdi_rank"] == []


def test_the_first_named_after_the_rank_is_another_province_s():
    text = ("Bản tin thu hút FDI tỉnh Phú Thọ\n\nTrong 5 tháng đầu năm 2022, tỉnh Phú Thọ thu hút 60 triệu USD vốn FDI. "
            "Địa phương đứng đầu là tỉnh Bình Dương với 1,2 tỷ USD.")
    assert _read(text) == [("fdi_registered_capital", 60e6, ("2022-01-01", "2022-05-31"))]


def test_a_rank_held_as_a_position_among_all_provinces():
    text = _BULLETIN + "Trong 5 tháng đầu năm 2022, tỉnh giữ vị trí thứ hai trong các địa phương cả nước về thu hút vốn FDI."
    assert _read(text) == [("fdi_rank", 2, ("as_of", "2022-05-31"))]


def test_memoranda_handed_to_projects_and_projects_ended_are_not_licensed():
    text = _BULLETIN + ("Trong năm 2022, tỉnh cấp mới 20 dự án FDI với tổng vốn đăng ký 300 triệu USD, đồng thời thu hồi, chấm dứt "
                        "4 dự án chậm triển khai. Tại hội nghị xúc tiến đầu tư, tỉnh trao biên bản ghi nhớ hợp tác đầu tư cho 30 "
                        "dự án FDI với tổng vốn dự kiến 2 tỷ USD.")
    year = ("2022-01-01", "2022-12-31")
    assert _read(text) == [("fdi_new_capital", 300e6, year), ("fdi_new_projects", 20, year)]


def test_delegations_of_foreign_ngos_received_are_delegations():
    text = ("Công tác phi chính phủ nước ngoài tỉnh Phú Thọ\n\nTrong 6 tháng đầu năm 2022, tỉnh đã tiếp và làm việc với 12 "
            "đoàn PCPNN; tổ chức 2 đoàn vận động viện trợ phi chính phủ nước ngoài tại châu Âu.")
    half = ("2022-01-01", "2022-06-30")
    assert _read(text) == [("delegation_exchanges", 12, half), ("ngo_promotion_conferences", 2, half)]


def test_aid_projects_received_and_carried_out_are_projects_under_way():
    text = ("Công tác phi chính phủ nước ngoài tỉnh Phú Thọ\n\nTrong giai đoạn 2016 - 2020, tỉnh đã tiếp nhận và triển khai "
            "hơn 90 dự án của các tổ chức phi chính phủ nước ngoài.")
    assert _read(text) == [("ngo_projects", 90, ("2016-01-01", "2020-12-31"))]


_REPORT = ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ THỌ                     Độc lập - Tự do - "
           "Hạnh phúc\nSố:    /BC-UBND                   Phú Thọ, ngày    tháng 01 năm 2022\n\nBÁO CÁO\nKết quả thu hút đầu tư "
           "năm 2021\n\nI. THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI\n\n1. Diễn biến trong năm\n\n")


def test_a_roman_numbered_heading_gives_its_topic_to_a_long_section():
    long_paragraph = ("Những tháng đầu năm, dòng vốn khởi động chậm do dịch bệnh kéo dài, nhiều nhà đầu tư chưa thể sang khảo sát "
                      "địa điểm, các cuộc gặp phải chuyển sang hình thức trực tuyến và nhiều thủ tục bị kéo dài hơn dự kiến; các "
                      "sở, ngành đã phối hợp tháo gỡ vướng mắc, hỗ trợ doanh nghiệp đang hoạt động mở rộng sản xuất, rà soát quỹ "
                      "đất sạch và hoàn thiện hạ tầng kỹ thuật để sẵn sàng đón làn sóng đầu tư mới khi tình hình được kiểm soát.")
    text = _REPORT + long_paragraph + "\n\nTrong 6 tháng đầu năm 2021, tỉnh thu hút 250 triệu USD.\n\nII. XUẤT NHẬP KHẨU\n\n" \
        "Trong năm 2021, tỉnh thu hút 40 triệu USD.\n"
    assert _read(text) == [("fdi_registered_capital", 250e6, ("2021-01-01", "2021-06-30"))]


def test_projects_among_which_some_are_foreign_are_all_investors():
    text = _BULLETIN + ("Ngày 15/9/2021, UBND tỉnh trao giấy chứng nhận đăng ký đầu tư cho 9 dự án với tổng vốn hơn 900 triệu "
                        "USD, trong đó có các dự án nước ngoài như nhà máy điện tử của một công ty Hàn Quốc.")
    assert _read(text) == []


def test_counted_items_whose_owner_is_named_after_the_next_figure():
    text = ("Công tác phi chính phủ nước ngoài tỉnh Phú Thọ\n\nNăm 2021, tỉnh đã thực hiện 41 chương trình, dự án và 12 khoản "
            "viện trợ phi dự án của các tổ chức phi chính phủ nước ngoài.")
    assert _read(text) == [("ngo_projects", 41, ("2021-01-01", "2021-12-31"))]


def test_agreements_in_force_signed_in_earlier_years_are_not_signed_now():
    text = ("Công tác đối ngoại tỉnh Phú Thọ\n\nNăm 2021, tỉnh ký 3 thỏa thuận hợp tác; các sở, ngành tiếp tục thực hiện 15 "
            "thỏa thuận còn hiệu lực đã ký từ những năm trước.")
    assert _read(text) == [("agreements_signed", 3, ("2021-01-01", "2021-12-31"))]


def test_months_without_a_year_take_the_year_of_the_same_months_named_last():
    text = ("Bản tin kinh tế đối ngoại tỉnh Phú Thọ số 5/2021\n\nTính chung 5 tháng đầu năm 2021, tổng kim ngạch xuất nhập khẩu "
            "đạt 900 triệu USD.\n\nỞ chiều xuất khẩu, kim ngạch của toàn tỉnh trong 5 tháng ước đạt 400 triệu USD.\n\nĐể so "
            "sánh, sau 7 tháng năm 2020, xuất khẩu đạt 500 triệu USD. Năm 2020 tăng trưởng đạt 6%. Tháng 7/2020 xuất khẩu đạt "
            "70 triệu USD.")
    assert ("export_value", 400e6, ("2021-01-01", "2021-05-31")) in _read(text)


def test_a_total_split_into_new_and_adjusted_projects_is_registered_capital():
    text = _BULLETIN + ("Tính đến ngày 20/8/2021, tỉnh thu hút 90 dự án với tổng vốn đăng ký khoảng 700 triệu USD, đạt 80% kế "
                        "hoạch năm 2021; trong đó 50 dự án cấp mới với khoảng 300 triệu USD và 40 dự án điều chỉnh vốn với "
                        "khoảng 400 triệu USD tăng thêm.")
    span = ("2021-01-01", "2021-08-20")
    assert _read(text) == [("fdi_added_capital", 400e6, span), ("fdi_adjusted_projects", 40, span),
                           ("fdi_new_capital", 300e6, span), ("fdi_new_projects", 50, span),
                           ("fdi_registered_capital", 700e6, span)]


def test_projects_revoked_and_their_capital_are_not_licensed():
    text = _BULLETIN + ("Năm 2021, tỉnh thu hồi 5 dự án FDI với tổng vốn 20 triệu USD; cấp mới 30 dự án với tổng vốn 300 triệu "
                        "USD. Đến hết năm 2021, tỉnh có 400 dự án còn hiệu lực (tính cả các dự án đã thu hồi là 520 dự án, "
                        "gần 9 tỷ USD).")
    found = _read(text)
    assert [f for f in found if f[1] in (5, 20e6, 520, 9e9)] == []
    assert ("fdi_new_projects", 30, ("2021-01-01", "2021-12-31")) in found


def test_the_planning_department_s_name_announces_no_plan():
    text = _BULLETIN + ("Để so sánh, Sở Kế hoạch và Đầu tư công bố giữa năm 2015: đến cuối tháng 6/2015, toàn tỉnh có 64 dự án "
                        "FDI đang hoạt động.")
    assert _read(text) == [("fdi_active_projects", 64, ("as_of", "2015-06-30"))]
