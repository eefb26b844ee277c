"""Border-gate pairs, document metadata and legal documents written in other forms.

Every sentence here is made up (invented gate names, numbers and dates)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text, kind):
    return [f for f in extract_text(text)["facts"] if f["kind"] == kind]


def _pairs(text):
    return {(g["vn"], g["foreign"], g["country"]) for g in _facts(text, "border_gate")}


# --- border gates --------------------------------------------------------------------

def test_international_pair_with_its_class():
    assert _pairs("Tỉnh Lạng Sơn có cặp cửa khẩu quốc tế Minh Hòa – Bắc Vân với tỉnh Quảng Tây.") == {
        ("Minh Hòa", "Bắc Vân", "CN")}


def test_two_pairs_after_la():
    assert _pairs("Tỉnh Tây Ninh có hai cặp cửa khẩu là Đông Lộc – Sre Kan và Phú An – Prey Vel.") == {
        ("Đông Lộc", "Sre Kan", "KH"), ("Phú An", "Prey Vel", "KH")}


def test_countries_in_brackets():
    assert _pairs("Hai bên nâng cấp cửa khẩu Thanh Lộc (Việt Nam) – Bảo Hưng (Trung Quốc).") == {
        ("Thanh Lộc", "Bảo Hưng", "CN")}


def test_localities_in_brackets_are_skipped():
    pairs = _pairs("Hai bên nhất trí mở cặp cửa khẩu Tân Mỹ (tỉnh Quảng Bình) – Na Khê (tỉnh Khăm Muồn).")
    assert pairs == {("Tân Mỹ", "Na Khê", "LA")}


def test_a_pair_per_line_under_a_list_head():
    text = (
        "Tuyến biên giới của tỉnh Điện Biên với Lào có các cặp cửa khẩu sau:\n"
        "- Hòa Lạc – Pang Kham;\n"
        "- Nậm Sơn – Xốp Hun.\n"
        "Năm 2024, hai bên trao đổi 12 đoàn công tác."
    )
    assert _pairs(text) == {("Hòa Lạc", "Pang Kham", "LA"), ("Nậm Sơn", "Xốp Hun", "LA")}


def test_a_list_ends_at_the_next_paragraph():
    text = "Các cặp cửa khẩu gồm:\n- Cửa khẩu Hồng Lạc – Tà Phìn\nĐoàn công tác gồm:\n- Trưởng đoàn – Phó đoàn"
    assert {(vn, foreign) for vn, foreign, _ in _pairs(text)} == {("Hồng Lạc", "Tà Phìn")}


# --- metadata ------------------------------------------------------------------------

def test_report_header_gives_province_and_date():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 15/BC-UBND\nĐồng Nai, ngày 7 tháng 4 năm 2023\n"
        "BÁO CÁO\nKết quả công tác đối ngoại quý I năm 2023\nQuý I, tỉnh tổ chức 3 hội nghị quốc tế."
    )
    document = extract_text(text)
    assert document["province"] == "Đồng Nai" and document["published"] == "2023-04-07"


def test_dateline_in_figures():
    document = extract_text("SỞ NGOẠI VỤ\nBình Phước, ngày 03/11/2022\nKết quả tháng 10 năm 2022.")
    assert document["published"] == "2022-11-03"


def test_province_from_a_newspaper_byline():
    document = extract_text("(Baobinhthuan.vn) - Chiều 4/7, đoàn công tác đã làm việc với 3 doanh nghiệp.")
    assert document["province"] == "Bình Thuận"


def test_province_written_as_tinh_x_in_lower_case():
    assert extract_text("Đoàn công tác của tỉnh Gia Lai đã đến thăm và làm việc.")["province"] == "Gia Lai"


# --- legal documents -----------------------------------------------------------------

def test_date_and_issuer_before_the_number():
    (document,) = _facts("Ngày 9/2/2023, UBND tỉnh Cà Mau ban hành Kế hoạch số 27/KH-UBND về công tác đối ngoại.",
                         "legal_document")
    assert document["date"] == "2023-02-09" and document["issuer"] == "Ủy ban nhân dân tỉnh Cà Mau"


def test_date_in_words_before_the_number():
    (document,) = _facts("Ngày 14 tháng 8 năm 2021, Tỉnh ủy Bến Tre ban hành Nghị quyết số 08-NQ/TU về hội nhập.",
                         "legal_document")
    assert document["date"] == "2021-08-14" and document["issuer"] == "Tỉnh ủy Bến Tre"


def test_issuer_named_by_level_gets_the_reporting_province():
    text = "Thực hiện Kế hoạch số 33/KH-UBND ngày 2/3/2022 của UBND tỉnh, tỉnh Hậu Giang tổ chức 2 hội nghị quốc tế."
    (document,) = _facts(text, "legal_document")
    assert document["issuer"] == "Ủy ban nhân dân tỉnh Hậu Giang" and document["date"] == "2022-03-02"


def test_a_date_far_from_the_citation_is_not_taken():
    (document,) = _facts("Ngày 9/2/2023, đoàn công tác đến thăm tỉnh bạn; sau đó UBND tỉnh ban hành Kế hoạch số 5/KH-UBND.",
                         "legal_document")
    assert document["date"] is None


def test_crossing_points_pair_like_gates_and_zones_do_not():
    text = ("Hai bên mở cặp cửa khẩu Phù Lương (Việt Nam) - Lộc Thủy (Trung Quốc), gồm cả lối thông quan "
            "Khe Vân (huyện Tân Lạc) - Bình Dao (Trung Quốc). Khu kinh tế cửa khẩu Phù Lương - Lộc Thủy mở rộng.")
    assert {(vn, foreign) for vn, foreign, _ in _pairs(text)} == {("Phù Lương", "Lộc Thủy"), ("Khe Vân", "Bình Dao")}


def test_a_plan_with_its_own_number_is_a_legal_document():
    text = ("ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 41/KH-UBND\nSơn La, ngày 12 tháng 2 năm 2021\n\nKẾ HOẠCH\n"
            "Công tác đối ngoại năm 2021\n\nThực hiện Công văn số 17/BNG-LS ngày 3/1/2021 của Bộ Ngoại giao, "
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung sau.")
    documents = _facts(text, "legal_document")
    assert [(d["number"], d["doc_type"], d["date"], d["issuer"]) for d in documents] == [
        ("41/KH-UBND", "Kế hoạch", "2021-02-12", "Ủy ban nhân dân tỉnh Sơn La")]


def test_a_report_number_is_not_a_legal_document():
    text = "UBND TỈNH SƠN LA\nSố: 88/BC-UBND\nSơn La, ngày 12 tháng 2 năm 2021\n\nBÁO CÁO\nKết quả năm 2020"
    assert _facts(text, "legal_document") == []


def test_news_datelines_in_the_first_paragraph():
    for opening, day in (
        ("BẮC KẠN, 3/7/2023 - Tỉnh đã đón 4 đoàn khách quốc tế.", "2023-07-03"),
        ("Thứ Tư, 12/04/2023 09:15 - Chiều 11/4, đoàn công tác đã làm việc.", "2023-04-12"),
        ("10:40, 05/06/2023 - Sáng 5/6, tỉnh tổ chức hội nghị.", "2023-06-05"),
        ("Hòa Bình, 8/9/2023 (TTXVN) - Tỉnh ký kết biên bản ghi nhớ.", "2023-09-08"),
    ):
        assert extract_text(f"Tiêu đề bài viết\n{opening}")["published"] == day


def test_provinces_in_brackets_without_their_level():
    pairs = _pairs("Hai bên nâng cấp cặp cửa khẩu chính Bu Prăng (Đắk Nông) - Ô Raing (Mondulkiri) lên cửa khẩu quốc tế.")
    assert {(vn, foreign) for vn, foreign, _ in pairs} == {("Bu Prăng", "Ô Raing")}


def test_the_foreign_gate_named_as_a_gate_again():
    pairs = _pairs("Hai bên thống nhất mở cửa khẩu Tây Trang (Việt Nam) - cửa khẩu Pang Hốc (Lào) cho hàng hóa.")
    assert {(vn, foreign) for vn, foreign, _ in pairs} == {("Tây Trang", "Pang Hốc")}


def test_facing_gates_and_border_market_pairs():
    pairs = _pairs("Tỉnh Lào Cai có cửa khẩu Bản Vược đối diện với cửa khẩu Bá Sái; cặp chợ biên giới Kim Thành - Hà Khẩu "
                   "hoạt động ổn định.")
    assert {(vn, foreign) for vn, foreign, _ in pairs} == {("Bản Vược", "Bá Sái"), ("Kim Thành", "Hà Khẩu")}


def test_pairs_announced_after_a_qualifier():
    pairs = _pairs("Tỉnh hiện có 2 cặp cửa khẩu với tỉnh Sê-kông (Lào) là Hòa Bắc - Đắc Tà Oọc và Tây Giang - Kà Lừm.")
    assert pairs == {("Hòa Bắc", "Đắc Tà Oọc", "LA"), ("Tây Giang", "Kà Lừm", "LA")}


def test_a_regulation_numbered_with_its_year_under_a_spaced_letterhead():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "---------------\n\nSố: 12/2019/QĐ-UBND\n\nHà Nam, ngày 03 tháng 9 năm 2019\n\n\nQUYẾT ĐỊNH\n"
            "Ban hành quy định quản lý đoàn ra, đoàn vào\n\nCăn cứ Quyết định số 45/2018/QĐ-TTg ngày 9/11/2018 "
            "của Thủ tướng Chính phủ;")
    documents = _facts(text, "legal_document")
    assert [(d["number"], d["date"], d["issuer"]) for d in documents] == [
        ("12/2019/QĐ-UBND", "2019-09-03", "Ủy ban nhân dân tỉnh Hà Nam"),
        ("45/2018/QĐ-TTg", "2018-11-09", "Thủ tướng Chính phủ"),
    ]


def test_a_document_cited_again_by_its_number_is_one_document():
    text = ("UBND tỉnh triển khai Nghị quyết số 07-NQ/TU ngày 2/3/2021 của Ban Thường vụ Tỉnh ủy. "
            "Các sở, ngành quán triệt Nghị quyết 07-NQ/TU trong năm. Kế hoạch 07/KH-UBND đi kèm.")
    documents = _facts(text, "legal_document")
    assert sorted((d["number"], d["date"]) for d in documents) == [("07-NQ/TU", "2021-03-02"), ("07/KH-UBND", None)]


def test_gate_pairs_in_more_written_forms():
    for text, pairs in (
        ("Lễ nâng cấp cặp cửa khẩu Pò Lạn-Vân Khê diễn ra sáng nay.", {("Pò Lạn", "Vân Khê")}),
        ("Cặp cửa khẩu “Nà Tạo – Kim Khê” được nâng cấp.", {("Nà Tạo", "Kim Khê")}),
        ("Cặp cửa khẩu quốc tế Bình Lạc/Phum Sơn được công bố.", {("Bình Lạc", "Phum Sơn")}),
        ("Khai trương điểm thông quan Nậm Cúm – Bản Hạ.", {("Nậm Cúm", "Bản Hạ")}),
        ("Cặp chợ Lũng Hoa - Mã Liêu được mở lại.", {("Lũng Hoa", "Mã Liêu")}),
        ("Hai bên mở cặp cửa khẩu giữa Khe Tạo (Việt Nam) và Phù Liên (Trung Quốc).", {("Khe Tạo", "Phù Liên")}),
    ):
        assert {(vn, foreign) for vn, foreign, _ in _pairs(text)} == pairs, text


def test_the_foreign_side_written_first_or_with_its_locality():
    assert _pairs("Cặp cửa khẩu Nậm Sương (Lào) - Khe Đá (Việt Nam) đón nhiều khách.") == {("Khe Đá", "Nậm Sương", "LA")}
    assert _pairs("Cửa khẩu Ia Pết (Gia Lai) và cửa khẩu O Ma Rum (Kratie, Campuchia) là cặp cửa khẩu chính.") == {
        ("Ia Pết", "O Ma Rum", "KH")}
    assert {(vn, foreign) for vn, foreign, _ in _pairs(
        "Cửa khẩu phụ Tà Nông, tỉnh Quảng Nam - cửa khẩu Đắc Xê, tỉnh Xê Kông được khai trương.")} == {("Tà Nông", "Đắc Xê")}


def test_countries_provinces_and_two_gates_of_the_province_are_not_pairs():
    assert _pairs("Hàng hóa qua cửa khẩu Việt Nam - Trung Quốc tăng mạnh.") == set()
    assert _pairs("Tỉnh đầu tư hạ tầng cửa khẩu giữa Hà Tĩnh - Bokeo.") == set()
    assert _pairs("Tỉnh nâng cấp cửa khẩu Khe Đá và Bản Mới trong năm.") == set()


def test_the_date_written_after_the_issuer_or_in_brackets():
    for text, expected in (
        ("Tỉnh thực hiện Nghị quyết số 31-NQ/TW của Bộ Chính trị ngày 9/5/2019 về đối ngoại.",
         ("31-NQ/TW", "2019-05-09", "Bộ Chính trị")),
        ("UBND tỉnh ban hành Kế hoạch số 77/KH-UBND (ngày 2/6/2023) về hội nhập.",
         ("77/KH-UBND", "2023-06-02", "Ủy ban nhân dân tỉnh")),
        ("Kết luận số 40-KL/TW, ngày 1/3/2020 của Ban Bí thư được quán triệt.",
         ("40-KL/TW", "2020-03-01", "Ban Bí thư")),
    ):
        assert [(d["number"], d["date"], d["issuer"]) for d in _facts(text, "legal_document")] == [expected], text


def test_a_notice_is_correspondence_not_a_legal_document():
    text = "Theo Thông báo số 215/TB-UBND ngày 4/9/2023, tỉnh triển khai Kế hoạch số 90/KH-UBND."
    assert [d["number"] for d in _facts(text, "legal_document")] == ["90/KH-UBND"]


def test_the_facing_gate_after_a_comma_or_joined_by_noi_voi():
    for text in (
        "Tỉnh đề nghị nâng cấp cửa khẩu phụ Khe Mơ, đối diện cửa khẩu Bản Lạt của Lào.",
        "Cửa khẩu chính Khe Mơ đối diện là cửa khẩu Bản Lạt (Lào).",
        "Cửa khẩu Khe Mơ nối với cửa khẩu Bản Lạt của tỉnh Luang Namtha.",
    ):
        assert {(vn, foreign) for vn, foreign, _ in _pairs(text)} == {("Khe Mơ", "Bản Lạt")}, text
    assert _pairs("Tỉnh có cửa khẩu Khe Mơ, nối với Quốc lộ 8.") == set()


# --- bylines (dev9 round: made-up leads) -----------------------------------------------

def test_a_newspaper_named_in_brackets_before_the_lead_dates_the_text():
    document = extract_text("Hội nghị gặp mặt đối tác\n\n(Báo Bắc Kạn) - Sáng 5/3/2021, tỉnh tổ chức hội nghị gặp mặt các đối tác.")
    assert document["published"] == "2021-03-05"
    undated = extract_text("Hội nghị gặp mặt đối tác\n\nSáng 5/3/2021, tỉnh tổ chức hội nghị gặp mặt các đối tác.")
    assert undated["published"] is None  # an event's date without a byline


def test_a_provincial_newspaper_signing_with_its_acronym():
    document = extract_text("Thành lập hội hữu nghị\n\nLĐBD - Chiều 6/1/2019, hội hữu nghị tổ chức đại hội lần thứ nhất.")
    assert document["province"] == "Bình Dương"
    unknown = extract_text("Thành lập hội hữu nghị\n\nXYZT - Chiều 6/1/2019, hội hữu nghị tổ chức đại hội lần thứ nhất.")
    assert unknown["province"] is None


def test_a_site_or_a_place_with_its_agency_before_the_lead_dates_the_text():
    site = extract_text("Tiếp đoàn công tác\n\n(Baobackan.vn)- Sáng 12/9/2024, lãnh đạo tỉnh tiếp đoàn công tác.")
    assert site["published"] == "2024-09-12" and site["province"] == "Bắc Kạn"
    agency = extract_text("Đón đoàn đại biểu\n\nCao Bằng (TTXVN) - Ngày 12/3/2024, lãnh đạo tỉnh tiếp đoàn đại biểu.")
    assert agency["published"] == "2024-03-12" and agency["province"] == "Cao Bằng"


def test_an_outlet_named_after_its_province_with_more_words():
    # "Báo Điện Biên Phủ": the name starts with the province's
    document = extract_text("Đón đoàn đại biểu\n\nSáng 12/3, lãnh đạo tỉnh tiếp đoàn đại biểu tỉnh Kratie (Campuchia).\n\nTheo Báo Điện Biên Phủ")
    assert document["province"] == "Điện Biên"
    national = extract_text("Đón đoàn đại biểu\n\nSáng 12/3, lãnh đạo tỉnh tiếp đoàn đại biểu.\n\nTheo Báo Nhân Dân")
    assert national["province"] is None


def test_any_outlet_in_brackets_or_a_site_in_capitals_dates_the_lead():
    for byline in ("(Dân trí) - Chiều 12/5/2024", "VOV.VN - Ngày 12/5/2024"):
        document = extract_text(f"Tiếp đoàn bạn\n\n{byline}, UBND tỉnh Cà Mau tiếp đoàn công tác tỉnh Pursat.")
        assert document["published"] == "2024-05-12"


def test_a_national_agency_filing_from_the_capital_does_not_decide_the_province():
    elsewhere = extract_text("Tiếp đoàn bạn\n\nHÀ NỘI, 12/5 (TTXVN) - Sáng nay, UBND tỉnh Cà Mau tiếp đoàn tỉnh Pursat tại Cà Mau.")
    assert elsewhere["province"] == "Cà Mau"
    at_home = extract_text("Tiếp đoàn bạn\n\nHà Nội (TTXVN) - Sáng nay, UBND thành phố Hà Nội tiếp đoàn thủ đô Viêng Chăn.")
    assert at_home["province"] == "Hà Nội"
    # a province's own dateline still decides over the provinces it names
    own = extract_text("Tiếp đoàn bạn\n\nCà Mau (TTXVN) - Sáng nay, tỉnh tiếp đoàn công tác của tỉnh Bạc Liêu và tỉnh Pursat.")
    assert own["province"] == "Cà Mau"
