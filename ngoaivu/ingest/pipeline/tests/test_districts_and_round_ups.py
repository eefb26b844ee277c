"""Where no province is named: its districts' and towns' names (data/vn_districts.json); and
round-ups of the nation's, a region's or several provinces' figures, which are no province's.

Sentences are made up; places are chosen only for what their names are (a district shared by two
provinces, one also common among communes, a town of a province merged in 2025)."""
import importlib.util
import json
import zipfile
from pathlib import Path

from ngoaivu.geo import catalog
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.geography import DISTRICTS_FILE, commune_province, district_province

ROOT = Path(__file__).resolve().parents[4]


def _build_module():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the table ---------------------------------------------------------------------------


def test_every_district_names_a_province_before_the_mergers():
    data = json.loads(DISTRICTS_FILE.read_text(encoding="utf-8"))
    assert len(data["districts"]) > 500
    for name, key, common in data["districts"]:
        unit = catalog.province_by_key(key)
        assert unit is not None and unit.scheme == "vn63", name
        assert isinstance(common, bool)
    mapped = {catalog.normalize_name(name) for name, _, _ in data["districts"]}
    assert not mapped & {catalog.normalize_name(name) for name in data["ambiguous"]}


def test_shared_and_province_names_are_never_read_and_common_ones_only_after_a_designator():
    assert district_province("Châu Thành") is None  # a district of several provinces
    assert district_province("huyện Bảo Lâm") is None  # Cao Bằng's and Lâm Đồng's
    assert district_province("Hưng Yên") is None  # a province's name is the province matcher's business
    assert district_province("Thống Nhất") is None  # also many communes' name: a common word
    assert catalog.province_by_key(district_province("huyện Thống Nhất")).name == "Đồng Nai"
    assert catalog.province_by_key(district_province("Bát Xát")).name == "Lào Cai"
    assert catalog.province_by_key(district_province("TP. Phan Thiết")).name == "Bình Thuận"


def test_communes_and_wards_from_the_mergers_name_their_new_province():
    data = json.loads(DISTRICTS_FILE.read_text(encoding="utf-8"))
    assert len(data["communes"]) > 2000
    assert all(catalog.province_by_key(key).scheme == "vn34" for _, key, _ in data["communes"])
    assert catalog.province_by_key(commune_province("phường Sa Pa")).name == "Lào Cai"
    assert commune_province("Thành Vinh") is None  # a ward of Nghệ An's and a commune of Thanh Hóa's


def test_the_script_leaves_out_shared_names_and_marks_common_ones(tmp_path):
    lookup = "\n".join(
        [
            "District('Huyện Xuân Lạc', DistrictCode.D_001, T.HUYEN, 'x', ProvinceCode.P_02),",
            "District('Huyện Xuân Lạc', DistrictCode.D_002, T.HUYEN, 'x', ProvinceCode.P_04),",
            "District('Thị xã Đông Vọng', DistrictCode.D_003, T.THI_XA, 'x', ProvinceCode.P_02),",
            "District('Huyện Bình Đông', DistrictCode.D_004, T.HUYEN, 'x', ProvinceCode.P_06),",
            "District('Quận 3', DistrictCode.D_005, T.QUAN, 'x', ProvinceCode.P_79),",
            "District('Thành phố Lào Cai', DistrictCode.D_006, T.THANH_PHO, 'x', ProvinceCode.P_10),",
            *(
                f"Ward('Xã Bình Đông', WardCode.W_{i}, T.XA, 'x', DistrictCode.D_00{d}),"
                for i, d in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 6))
            ),
        ]
    )
    wheel = tmp_path / "fake.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("vietnam_provinces/legacy/_lookup.py", f"MAPPING = [\n{lookup}\n]\n")
    data = _build_module().vietnamese_districts(wheel)
    assert data["districts"] == [["Bình Đông", "vn63-06", True], ["Đông Vọng", "vn63-02", False]]
    assert data["ambiguous"] == ["Lào Cai", "Xuân Lạc"]


# --- datelines, letterheads and mentions ---------------------------------------------------------


def test_a_district_dateline_names_the_province():
    text = (
        "Đoàn đại biểu huyện bạn thăm huyện biên giới\n"
        "Bát Xát – Sáng 5/4, lãnh đạo huyện đã tiếp đoàn đại biểu của huyện bạn sang trao đổi về quản lý biên giới."
    )
    assert extract_text(text)["province"] == "Lào Cai"


def test_a_town_dateline_is_named_as_its_province_was_on_the_text_date():
    lead = (
        "Phan Thiết (TTXVN) - Chiều 14/3/{year}, thành phố đã đón đoàn doanh nghiệp nước ngoài đến tìm hiểu "
        "cơ hội đầu tư vào du lịch biển.\n"
    )
    assert extract_text("Tin du lịch\n" + lead.format(year=2023))["province"] == "Bình Thuận"
    assert extract_text("Tin du lịch\n" + lead.format(year=2026))["province"] == "Lâm Đồng"


def test_a_town_and_its_date_alone_on_a_line_name_the_province():
    assert extract_text("Tin đối ngoại\nTP Bảo Lộc, 12/3/2024\nLãnh đạo thành phố tiếp đoàn khách.")["province"] == "Lâm Đồng"


def test_a_short_byline_with_a_district_like_name_is_no_dateline():
    text = "Tin hội nghị\nHải Hà - 12/3/2024\nHội nghị bàn về hợp tác với tỉnh Khánh Hòa và tỉnh Khánh Hòa."
    assert extract_text(text)["province"] == "Khánh Hòa"


def test_a_district_letterhead_and_an_administrative_dateline_name_the_province():
    text = "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG NHÉ\nSố: 15/BC-UBND\nBÁO CÁO\nKết quả giao lưu với huyện bạn."
    assert extract_text(text)["province"] == "Điện Biên"
    text = "SỞ NGOẠI VỤ\nĐồng Hới, ngày 10 tháng 3 năm 2024\nTHÔNG BÁO\nVề đoàn công tác sang nước bạn."
    document = extract_text(text)
    assert document["province"] == "Quảng Bình" and document["published"] == "2024-03-10"


def test_districts_mentioned_where_no_province_is_named():
    text = (
        "Giao lưu hữu nghị ở vùng biên\n"
        "Lãnh đạo huyện Quế Phong đã tiếp đoàn đại biểu nước bạn. Đoàn đi thăm trường học của huyện Quế Phong."
    )
    assert extract_text(text)["province"] == "Nghệ An"
    # a district shared by two provinces says nothing; a province named decides over any district
    assert extract_text("Tin\nLãnh đạo huyện Châu Thành tiếp đoàn khách.")["province"] is None
    text = "Tin\nLãnh đạo huyện Quế Phong và tỉnh Thanh Hóa, tỉnh Thanh Hóa cùng tiếp đoàn khách."
    assert extract_text(text)["province"] == "Thanh Hóa"


# --- round-ups -------------------------------------------------------------------------------


def test_a_national_round_up_is_no_province_s_and_its_figures_are_not_observations():
    text = (
        "12 tỉnh, thành phố xuất khẩu trên 5 tỷ USD\n"
        "Năm qua, cả nước xuất khẩu 300 tỷ USD. Đứng đầu là Hải Phòng với 30 tỷ USD, sau đó là Long An, "
        "Vĩnh Phúc và Hà Nam. Phú Yên đạt 1,2 tỷ USD, tăng 5%."
    )
    document = extract_text(text)
    assert document["province"] is None
    assert not [f for f in document["facts"] if f["kind"] in ("observation", "target")]


def test_a_headline_province_without_a_figure_of_its_own():
    text = (
        "Vốn ngoại: Hải Phòng dẫn đầu cả nước\n"
        "Mười tháng qua, cả nước thu hút 20 tỷ USD vốn FDI, vượt 10% kế hoạch năm.\n"
        "Hải Phòng hiện dẫn đầu các địa phương về thu hút vốn ngoại."
    )
    assert extract_text(text)["province"] is None
    # with a figure of its own, the headline's province is the text's
    text = text.replace("về thu hút vốn ngoại.", "với 2,5 tỷ USD vốn đăng ký.")
    assert extract_text(text)["province"] == "Hải Phòng"


def test_a_round_up_that_follows_one_province_is_that_province_s():
    text = (
        "Năm 2019 có 7 tỉnh, thành xuất khẩu trên 10 tỷ USD\n"
        "Cả nước xuất khẩu 260 tỷ USD. Nhóm này gồm Hải Phòng (12 tỷ USD), Long An, Vĩnh Phúc và Hà Nam.\n"
        "Đáng chú ý, xuất khẩu của Phú Yên tăng vọt lên 11 tỷ USD, đưa tỉnh này vào nhóm lần đầu."
    )
    assert extract_text(text)["province"] == "Phú Yên"


def test_a_digest_of_two_provinces_news_is_neither_s():
    text = (
        "Ninh Bình, Hà Giang đẩy mạnh đưa lao động đi làm việc ở nước ngoài\n"
        "Sở Nội vụ tỉnh Ninh Bình cho biết năm nay đã đưa 1.200 người đi làm việc ở nước ngoài.\n"
        "* Tại Hà Giang, từ đầu năm đến nay có 800 lao động xuất cảnh theo hợp đồng."
    )
    document = extract_text(text)
    assert document["province"] is None and not [f for f in document["facts"] if f["kind"] == "observation"]


def test_a_dash_inside_a_province_s_name_is_no_dateline():
    text = (
        "Các địa phương thu hút vốn ngoại\n"
        "Bà Rịa - Vũng Tàu dẫn đầu với 1,1 tỷ USD; tiếp theo là Long An, Vĩnh Phúc và Hà Nam. "
        "Cả nước thu hút 9 tỷ USD."
    )
    assert extract_text(text)["province"] is None


def test_a_group_s_total_is_not_the_province_s():
    text = (
        "Tỉnh vào nhóm xuất khẩu tỷ đô\n"
        "Năm 2022, xuất khẩu của tỉnh Phú Yên đạt 1,1 tỷ USD. "
        "Kim ngạch xuất khẩu của 8 địa phương trong nhóm đạt tổng cộng 95 tỷ USD."
    )
    values = [f["value"] for f in extract_text(text)["facts"] if f["kind"] == "observation"]
    assert values == [1100000000]


def test_a_related_news_line_is_page_furniture():
    text = (
        "Viện trợ phi chính phủ cả nước tăng\n"
        "Năm 2027, giá trị viện trợ của các tổ chức phi chính phủ nước ngoài dành cho Việt Nam đạt 200 triệu USD.\n"
        "Tin liên quan: Liên hiệp Hữu nghị Phú Yên vận động được 9 tỷ đồng viện trợ trong năm"
    )
    document = extract_text(text)
    assert document["province"] is None
    assert not [f for f in document["facts"] if f["kind"] == "observation"]


def test_jobs_created_at_home_are_not_workers_abroad():
    text = (
        "Tin tỉnh Phú Yên\nNăm 2027, tỉnh Phú Yên giải quyết việc làm mới cho 20.000 lao động, chuyển dịch 5.000 lao động "
        "sang phi nông nghiệp và đưa 900 lao động đi làm việc ở nước ngoài."
    )
    values = [f["value"] for f in extract_text(text)["facts"] if f["kind"] == "observation"]
    assert values == [900]


def test_a_place_s_dateline_with_a_full_date_dates_the_text():
    text = "Tin đối ngoại\nTP Phan Thiết – Sáng 12/3/2024, lãnh đạo thành phố đã tiếp đoàn công tác của thành phố bạn."
    document = extract_text(text)
    assert (document["province"], document["published"]) == ("Bình Thuận", "2024-03-12")
    # an author's name before the date is no place
    assert extract_text("Tin đối ngoại\nMinh Anh - Sáng 3/6/2024, lãnh đạo tiếp đoàn.")["published"] is None


def test_a_commune_or_ward_is_read_only_in_texts_of_the_merged_provinces():
    lead = "Tin đối ngoại\nSa Pa – Ngày 29/8/{year}, lãnh đạo địa phương đón đoàn đại biểu nước bạn sang thăm và làm việc."
    assert extract_text(lead.format(year=2025))["province"] == "Lào Cai"
    text = "Tin\nNgày đăng: 12/10/{year}\nLãnh đạo phường Bắc Hà tiếp đoàn khách. Đoàn thăm phường Bắc Hà."
    assert extract_text(text.format(year=2026))["province"] == "Lào Cai"
    assert extract_text(text.format(year=2023))["province"] is None  # "phường" names no unit of its time
    letterhead = "ỦY BAN NHÂN DÂN\nPHƯỜNG SA PA\nSố: 5/BC-UBND\nSa Pa, ngày 5 tháng 9 năm 2025\nBÁO CÁO\nKết quả giao lưu."
    assert extract_text(letterhead)["province"] == "Lào Cai"


def test_a_count_of_provinces_is_no_figure_of_a_round_up():
    # a meeting of several provinces counted as "N tỉnh" under one province's title: that province's news
    text = (
        "Phú Yên dự hội nghị hợp tác 7 tỉnh ven biển\n"
        "Hội nghị lần thứ năm của 7 tỉnh ven biển miền Trung đã diễn ra tại thành phố Đà Nẵng. "
        "Lãnh đạo các tỉnh cùng bàn về du lịch biển."
    )
    assert extract_text(text)["province"] == "Phú Yên"
    # with the nation's amount ("12 tỉ"), the same title over the nation's figures is a round-up
    text = (
        "Phú Yên lọt nhóm 7 tỉnh xuất khẩu cả nước\n"
        "Cả nước xuất khẩu 12 tỉ USD trong quý. Phú Yên có tên trong nhóm dẫn đầu về thủy sản."
    )
    assert extract_text(text)["province"] is None


def test_a_titled_province_the_body_calls_tinh_is_the_text_s():
    text = (
        "Phú Yên lọt nhóm 7 tỉnh xuất khẩu cả nước\n"
        "Cả nước xuất khẩu 12 tỉ USD trong quý. Phú Yên có tên trong nhóm dẫn đầu về thủy sản.\n"
        "Kim ngạch xuất khẩu của tỉnh trong quý đạt 310 triệu USD."
    )
    assert extract_text(text)["province"] == "Phú Yên"


def test_a_listing_page_of_several_provinces_news_items_is_no_province_s():
    text = (
        "Hợp tác với Lào\n"
        "Kon Tum tăng cường giao lưu với tỉnh Attapư\n"
        "Sáng 2/4, lãnh đạo tỉnh Kon Tum tiếp đoàn đại biểu tỉnh Attapư sang thăm và bàn kế hoạch giao lưu văn hóa, "
        "thể thao giữa hai tỉnh trong năm nay.\n"
        "Quảng Nam trao học bổng cho lưu học sinh Lào\n"
        "Chiều 5/4, tỉnh Quảng Nam trao học bổng cho các lưu học sinh Lào đang theo học tại các trường đại học "
        "và cao đẳng trên địa bàn tỉnh.\n"
    )
    assert extract_text(text)["province"] is None
    # one headline naming two provinces above its story is one province's news
    text = (
        "12/4/2024\n"
        "Lãnh đạo tỉnh Kon Tum làm việc tại Quảng Nam\n"
        "Sáng 12/4, đoàn cán bộ Sở Ngoại vụ tỉnh Kon Tum đến làm việc tại Sở Ngoại vụ tỉnh Quảng Nam về hợp tác với "
        "các tỉnh Nam Lào và trao đổi kinh nghiệm quản lý đoàn ra, đoàn vào của hai tỉnh.\n"
    )
    assert extract_text(text)["province"] == "Kon Tum"
    # related-news lines under a province's story are no items of their own
    text = (
        "Kon Tum tăng cường giao lưu với tỉnh Attapư\n"
        "Sáng 2/4, lãnh đạo tỉnh Kon Tum tiếp đoàn đại biểu tỉnh Attapư sang thăm và bàn kế hoạch giao lưu văn hóa, "
        "thể thao giữa hai tỉnh trong năm nay.\n"
        "Tin liên quan:\n- Quảng Nam trao học bổng cho lưu học sinh Lào\n- Gia Lai đón đoàn tỉnh Attapư\n"
    )
    assert extract_text(text)["province"] == "Kon Tum"


def test_a_round_up_that_follows_several_provinces_in_turn_is_none_s():
    text = (
        "Ba địa phương chiếm nửa vốn ngoại cả nước\n"
        "Quý I, cả nước thu hút 9 tỷ USD vốn FDI; Long An, Hải Phòng và Quảng Ninh chiếm gần một nửa.\n"
        "Long An đạt 2,1 tỷ USD, chiếm 23% vốn của cả nước.\n"
        "Hải Phòng đứng thứ hai với 1,6 tỷ USD; tỉnh được hưởng lợi từ các khu công nghiệp ven biển.\n"
    )
    assert extract_text(text)["province"] is None
    # following one of them in its own paragraph makes it that province's
    text = text.replace("Hải Phòng đứng thứ hai", "Đứng thứ hai là Hải Phòng")
    assert extract_text(text)["province"] == "Long An"
