"""The rule engine on sentences written for these tests (none is taken from the seeds)."""
import unicodedata
from datetime import date

import pytest

from ngoaivu.ingest.pipeline import extract_text
from ngoaivu.ingest.pipeline.normalize import normalize


def facts(text, kind=None, published=None):
    document = extract_text(text, published=published)
    return [f for f in document["facts"] if kind is None or f["kind"] == kind]


def observation(text, published=None, kind="observation"):
    found = facts(text, kind, published)
    assert len(found) == 1, found
    return found[0]


def indicators(text, published=None, kind="observation"):
    return [(f["indicator"], f.get("value", (f.get("value_min"), f.get("value_max")))) for f in facts(text, kind, published)]


# --- observations: values, attributes -------------------------------------------------


def test_export_with_change_and_plan():
    fact = observation("Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 1.250,5 triệu USD, tăng 12,3% so với cùng kỳ năm trước, bằng 104% kế hoạch.")
    assert fact["indicator"] == "export_value"
    assert fact["value"] == 1_250_500_000 and fact["unit"] == "USD"
    assert fact["period"] == {"start": "2024-01-01", "end": "2024-12-31"}
    assert (fact["change_pct"], fact["plan_pct"], fact["qualifier"]) == (12.3, 104.0, None)


def test_decrease_is_a_negative_change():
    fact = observation("Kim ngạch nhập khẩu 6 tháng đầu năm nay ước đạt 300 triệu USD, giảm 5,2% so với cùng kỳ.", date(2023, 7, 5))
    assert (fact["indicator"], fact["change_pct"], fact["qualifier"]) == ("import_value", -5.2, "estimate")
    assert fact["period"] == {"start": "2023-01-01", "end": "2023-06-30"}


def test_ratio_to_same_period_is_a_change():
    fact = observation("Năm 2021, tổng kim ngạch xuất nhập khẩu đạt khoảng 2,1 tỷ USD, bằng 95% so với cùng kỳ.")
    assert (fact["indicator"], fact["change_pct"], fact["qualifier"]) == ("trade_value", -5.0, "approx")


def test_multiple_of_an_old_year_is_not_a_change():
    fact = observation("Giai đoạn 2011-2015, giá trị xuất khẩu đạt 3.400 triệu USD, gấp 2,5 lần năm 2005.")
    assert fact["change_pct"] is None and fact["period"] == {"start": "2011-01-01", "end": "2015-12-31"}


def test_multiple_of_the_same_period_is_a_change():
    fact = observation("Năm 2022, kim ngạch xuất khẩu đạt 800 triệu USD, gấp 1,5 lần so với cùng kỳ.")
    assert fact["change_pct"] == 50.0


@pytest.mark.parametrize(
    ("wording", "plan"),
    [
        ("vượt 20% kế hoạch", 120.0),
        ("tăng 88% so với mục tiêu đề ra", 188.0),
        ("đạt 92,02% kế hoạch", 92.02),
        ("vượt kế hoạch năm 15%", 115.0),
    ],
)
def test_plan_share(wording, plan):
    fact = observation(f"Năm 2019, kim ngạch xuất khẩu đạt 700 triệu USD, {wording}.")
    assert fact["plan_pct"] == plan and fact["change_pct"] is None


def test_change_against_a_named_previous_year():
    fact = observation("Năm 2023, kim ngạch nhập khẩu đạt 2,7 tỷ USD, giảm 4% so với năm 2022.")
    assert fact["change_pct"] == -4.0


def test_vnd_amounts_and_oda_disbursement():
    fact = observation("Giai đoạn 2016-2020, tổng vốn ODA giải ngân đạt 2.345.678 triệu đồng.")
    assert (fact["indicator"], fact["value"], fact["unit"]) == ("oda_disbursed", 2_345_678_000_000, "VND")


def test_range_with_shared_unit_and_per_year():
    fact = observation("Giai đoạn 2011-2015, hằng năm kiều hối gửi về tỉnh khoảng 80 đến 95 triệu USD.")
    assert fact["indicator"] == "remittances"
    assert (fact["value_min"], fact["value_max"], fact["per"], fact["qualifier"]) == (80_000_000, 95_000_000, "year", "approx")


def test_at_least_qualifiers():
    assert observation("Năm 2022, kiều hối gửi về tỉnh đạt trên 500 triệu USD.")["qualifier"] == "at_least"
    fact = observation("Năm 2022, toàn tỉnh có từ 300 người trở lên đi làm việc ở nước ngoài.")
    assert (fact["indicator"], fact["unit"], fact["qualifier"]) == ("workers_abroad", "people", "at_least")


# --- FDI -----------------------------------------------------------------------------------


def test_fdi_new_added_and_capital_follow_their_projects():
    text = (
        "Trong quý I/2024, tỉnh cấp mới 3 dự án FDI với tổng vốn đăng ký 45 triệu USD; "
        "điều chỉnh tăng vốn cho 2 lượt dự án với số vốn tăng thêm 12 triệu USD."
    )
    assert indicators(text) == [
        ("fdi_new_projects", 3),
        ("fdi_new_capital", 45_000_000),
        ("fdi_adjusted_projects", 2),
        ("fdi_added_capital", 12_000_000),
    ]
    assert all(f["period"] == {"start": "2024-01-01", "end": "2024-03-31"} for f in facts(text, "observation"))


def test_fdi_stock_and_implemented_capital():
    text = (
        "Lũy kế đến ngày 30/6/2024, trên địa bàn tỉnh có 215 dự án FDI còn hiệu lực với tổng vốn đầu tư "
        "đăng ký 3,2 tỷ USD, vốn thực hiện ước đạt 2,1 tỷ USD, xếp thứ 12 cả nước về thu hút FDI."
    )
    found = facts(text, "observation")
    assert [(f["indicator"], f["value"]) for f in found] == [
        ("fdi_active_projects", 215),
        ("fdi_total_capital", 3_200_000_000),
        ("fdi_implemented_capital", 2_100_000_000),
        ("fdi_rank", 12),
    ]
    assert all(f["period"] == {"as_of": "2024-06-30"} for f in found)


def test_capital_without_currency_is_usd_in_an_fdi_context():
    fact = facts("Năm 2021, tỉnh thu hút 4 dự án đầu tư nước ngoài với tổng vốn đăng ký 25 triệu.", "observation")[1]
    assert (fact["indicator"], fact["value"], fact["unit"]) == ("fdi_new_capital", 25_000_000, "USD")


def test_projects_in_operation_are_a_stock():
    fact = observation("Hiện nay, tỉnh đang quản lý 37 dự án có vốn đầu tư trực tiếp nước ngoài (FDI).", date(2024, 5, 2))
    assert fact["indicator"] == "fdi_active_projects" and fact["period"] == {"as_of": "2024-05-02"}


# --- ODA, NGO ------------------------------------------------------------------------------


def test_oda_projects_and_mobilisation():
    text = "Năm 2020, trên địa bàn có 9 dự án ODA đang triển khai; tỉnh tiếp tục vận động 4 dự án sử dụng vốn vay ODA mới."
    assert indicators(text) == [("oda_projects", 9), ("oda_mobilizing_projects", 4)]


def test_ngo_aid_figures():
    text = (
        "Năm 2022, tỉnh có 26 tổ chức phi chính phủ nước ngoài và 4 tổ chức quốc tế hoạt động, triển khai 58 chương trình, "
        "dự án viện trợ với tổng giá trị cam kết 6,8 triệu USD, giải ngân 5,1 triệu USD."
    )
    assert indicators(text) == [
        ("ngo_organizations", 26),
        ("intl_organizations", 4),
        ("ngo_projects", 58),
        ("ngo_committed", 6_800_000),
        ("ngo_disbursed", 5_100_000),
    ]


def test_new_ngo_commitments():
    text = "Trong năm 2019, có 14 khoản viện trợ phi chính phủ nước ngoài mới được ký cam kết với tổng giá trị hơn 2 triệu USD."
    assert indicators(text) == [("ngo_new_commitments", 14), ("ngo_committed", 2_000_000)]


def test_breakdown_of_the_same_indicator_is_not_counted_twice():
    text = "Năm 2018, có 15 dự án ODA đang triển khai, trong đó có 9 dự án vốn vay và 6 dự án viện trợ không hoàn lại."
    assert indicators(text) == [("oda_projects", 15)]


def test_oda_disbursement_named_before_the_word_capital():
    text = "Hiện tỉnh có 28 dự án ODA đang triển khai với tổng vốn 580 triệu USD; giải ngân vốn ODA 6 tháng đạt 320 tỷ đồng."
    found = facts(text, "observation", date(2022, 7, 15))
    assert [(f["indicator"], f["value"], f["period"]) for f in found] == [
        ("oda_projects", 28, {"as_of": "2022-07-15"}),
        ("oda_disbursed", 320_000_000_000, {"start": "2022-01-01", "end": "2022-06-30"}),
    ]


def test_aid_received_in_a_year_is_a_new_commitment():
    found = facts("Tỉnh đã tiếp nhận 25 dự án viện trợ với tổng giá trị 5 triệu USD trong năm 2022.", "observation")
    assert [(f["indicator"], f["period"]) for f in found] == [
        ("ngo_new_commitments", {"start": "2022-01-01", "end": "2022-12-31"}),
        ("ngo_committed", {"start": "2022-01-01", "end": "2022-12-31"}),
    ]


def test_domestic_investment_capital_is_not_fdi():
    assert facts("Năm 2023, tổng vốn đầu tư phát triển toàn xã hội đạt 50.000 tỷ đồng.", "observation") == []


def test_new_plus_added_fdi_capital_is_registered_capital():
    assert indicators("Năm 2023, tổng vốn FDI đăng ký mới và tăng thêm đạt 450 triệu USD.") == [("fdi_registered_capital", 450_000_000)]


def test_fdi_projects_counted_up_to_now_are_in_force():
    found = facts("Tính đến nay, trên địa bàn tỉnh có 98 dự án FDI với tổng vốn đăng ký 2,7 tỷ USD.", "observation", date(2022, 7, 15))
    assert [(f["indicator"], f["period"]) for f in found] == [
        ("fdi_active_projects", {"as_of": "2022-07-15"}),
        ("fdi_total_capital", {"as_of": "2022-07-15"}),
    ]


def test_a_flow_does_not_take_the_date_of_a_running_total():
    text = "Năm 2023, tỉnh đón 40 đoàn khách quốc tế.\nKim ngạch xuất khẩu đạt 3,8 tỷ USD. Lũy kế đến hết năm 2023, tỉnh có 180 dự án FDI còn hiệu lực."
    export = facts(text, "observation")[1]
    assert export["indicator"] == "export_value" and export["period"] == {"start": "2023-01-01", "end": "2023-12-31"}


def test_citizens_protected_abroad_are_not_workers():
    assert facts("Năm 2023, tỉnh đã hỗ trợ, bảo hộ 25 công dân ở nước ngoài; đón 1,2 triệu lượt khách quốc tế.", "observation") == []


# --- activity counts -----------------------------------------------------------------------


def test_activity_counts():
    text = (
        "Trong năm 2023, tỉnh đã ký kết 7 thỏa thuận quốc tế, tổ chức 15 hội nghị, hội thảo quốc tế, "
        "đón và cử 42 đoàn ra, đoàn vào, tổ chức 3 hội nghị xúc tiến đầu tư tại tỉnh và 5 đoàn xúc tiến thương mại ở nước ngoài."
    )
    assert indicators(text) == [
        ("agreements_signed", 7),
        ("intl_conferences", 15),
        ("delegation_exchanges", 42),
        ("investment_promotion_domestic", 3),
        ("investment_promotion_abroad", 5),
    ]


def test_counts_in_other_contexts_are_ignored():
    text = "Năm 2023, tỉnh là một trong 5 tỉnh dẫn đầu cả nước; 3 năm liên tiếp đạt giải; tổ chức 20 lớp tập huấn cho 600 cán bộ."
    assert facts(text, "observation") == []


def test_partner_locality_count_and_people_abroad():
    text = "Đến nay, tỉnh có quan hệ hợp tác với 12 địa phương nước ngoài; có hơn 3.500 lao động đang làm việc tại nước ngoài."
    assert indicators(text, date(2022, 11, 3)) == [("partner_localities", 12), ("workers_abroad", 3500)]


# --- targets -------------------------------------------------------------------------------


def test_targets_under_goals():
    text = (
        "Kế hoạch đề ra các mục tiêu cụ thể giai đoạn 2026-2030: kim ngạch xuất khẩu tăng bình quân 10%/năm trở lên; "
        "thu hút vốn FDI đăng ký đạt khoảng 1,5 - 2 tỷ USD; tổ chức 05 hội nghị xúc tiến đầu tư ở nước ngoài."
    )
    found = facts(text, "target")
    assert [(f["indicator"], f.get("value", (f.get("value_min"), f.get("value_max")))) for f in found] == [
        ("export_growth", 10),
        ("fdi_registered_capital", (1_500_000_000, 2_000_000_000)),
        ("investment_promotion_abroad", 5),
    ]
    assert found[0]["per"] == "year" and found[0]["qualifier"] == "at_least" and found[0]["unit"] == "percent"
    assert all(f["period"] == {"start": "2026-01-01", "end": "2030-12-31"} for f in found)
    assert facts(text, "observation") == []


def test_targets_as_a_list_under_a_heading():
    text = "Mục tiêu năm 2025:\n- Kim ngạch xuất khẩu đạt 3 tỷ USD.\n- Thu hút 10 dự án FDI mới.\nKết quả năm 2024: kim ngạch xuất khẩu đạt 2,6 tỷ USD."
    assert indicators(text, kind="target") == [("export_value", 3_000_000_000), ("fdi_new_projects", 10)]
    assert indicators(text) == [("export_value", 2_600_000_000)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mục tiêu đến năm 2025, kim ngạch xuất khẩu đạt 5 tỷ USD.", "target"),
        ("Năm 2023, tỉnh hoàn thành các chỉ tiêu đề ra, kim ngạch xuất khẩu đạt 2 tỷ USD.", "observation"),
        ("Thực hiện mục tiêu kép, năm 2022 kim ngạch xuất khẩu đạt 2 tỷ USD.", "observation"),
    ],
)
def test_only_announced_goals_make_targets(text, kind):
    assert [f["kind"] for f in facts(text) if f["kind"] in ("target", "observation")] == [kind]


def test_average_growth_rate_is_a_value():
    fact = observation("Giai đoạn 2016-2020, tốc độ tăng trưởng xuất khẩu bình quân đạt 12,5%/năm.")
    assert (fact["indicator"], fact["value"], fact["unit"], fact["per"]) == ("export_growth", 12.5, "percent", "year")


# --- periods from context --------------------------------------------------------------------


def test_period_is_inherited_from_the_previous_sentence():
    text = "Trong 9 tháng năm 2022, kim ngạch xuất khẩu đạt 900 triệu USD. Kim ngạch nhập khẩu đạt 650 triệu USD."
    assert [f["period"] for f in facts(text, "observation")] == [{"start": "2022-01-01", "end": "2022-09-30"}] * 2


def test_running_total_to_now_ends_with_the_last_full_month():
    fact = observation("Đến nay, kim ngạch xuất khẩu đạt 420 triệu USD.", date(2021, 10, 12))
    assert fact["period"] == {"start": "2021-01-01", "end": "2021-09-30"}


def test_event_date_without_publication_date():
    text = "Sáng 20/12, Sở Ngoại vụ tổng kết công tác năm 2022.\nHiện có 11 tổ chức phi chính phủ nước ngoài hoạt động trên địa bàn tỉnh."
    document = extract_text(text)
    assert document["published"] is None
    assert [f["period"] for f in document["facts"] if f["kind"] == "observation"] == [{"as_of": "2022-12-20"}]


# --- partners ---------------------------------------------------------------------------------


def partners(text):
    return [(f["name"], f["partner_type"], f["country"], f["status"]) for f in facts(text, "partner")]


def test_localities_named_with_their_country():
    text = "Tỉnh đã ký kết biên bản ghi nhớ hợp tác với tỉnh Chiang Mai (Thái Lan) và thành phố Changwon, Hàn Quốc."
    assert partners(text) == [("Chiang Mai", "locality", "TH", "active"), ("Changwon", "locality", "KR", "active")]


def test_list_of_localities_sharing_a_country():
    text = "Tỉnh duy trì quan hệ hữu nghị với các tỉnh Champasak, Salavan và Sekong (nước CHDCND Lào)."
    assert [p[:3] for p in partners(text)] == [("Champasak", "locality", "LA"), ("Salavan", "locality", "LA"), ("Sekong", "locality", "LA")]


def test_localities_listed_after_their_country():
    text = "Tỉnh phối hợp với các địa phương của Campuchia (Ratanakiri, Mondulkiri) trao đổi thông tin."
    assert [p[:3] for p in partners(text)] == [("Ratanakiri", "locality", "KH"), ("Mondulkiri", "locality", "KH")]


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh ký kết thỏa thuận hợp tác với tỉnh Khammouane của Lào.",
        "Hợp tác với tỉnh Khammouane nước bạn Lào được tăng cường.",
        "Quan hệ hữu nghị với tỉnh Khammouane - Lào ngày càng sâu sắc.",
    ],
)
def test_ways_of_naming_the_country_of_a_locality(text):
    assert partners(text) == [("Khammouane", "locality", "LA", "active")]


def test_planned_relations():
    text = "Tỉnh đã ký thỏa thuận với bang Victoria, Úc và đang xúc tiến thiết lập quan hệ hợp tác với vùng Occitanie, Cộng hòa Pháp."
    assert partners(text) == [("Victoria", "locality", "AU", "active"), ("Occitanie", "locality", "FR", "planned")]


def test_a_place_without_a_relation_is_not_a_partner():
    assert partners("Đoàn công tác khảo sát tại một nhà máy ở thành phố Osaka, Nhật Bản (Ảnh: TL).") == []
    assert partners("Lãnh đạo tỉnh làm việc với huyện Mường Tè về hợp tác phát triển.") == []  # no foreign country


def test_organisations_from_the_catalogue_and_by_pattern():
    text = (
        "Các dự án do Ngân hàng Thế giới, KOICA và Tổ chức Y tế Thế giới tài trợ đang được triển khai; "
        "dự án bảo tồn nhận hỗ trợ từ Quỹ Toyota Foundation, Nhật Bản."
    )
    assert partners(text) == [
        ("WB", "organization", None, "active"),
        ("KOICA", "organization", "KR", "active"),
        ("WHO", "organization", None, "active"),
        ("Toyota Foundation", "organization", "JP", "active"),
    ]


def test_loans_being_sought_are_planned_partners():
    text = "Tỉnh tiếp tục vận động 2 dự án mới: Dự án cấp nước sử dụng vốn vay ADB; Dự án giao thông sử dụng vốn vay JICA."
    assert [(p[0], p[3]) for p in partners(text)] == [("ADB", "planned"), ("JICA", "planned")]


def test_a_body_listed_among_countries_is_not_an_organisation_partner():
    text = "Tỉnh sẽ tăng cường hợp tác với cơ quan đại diện của các nước như Nhật Bản, Hoa Kỳ, Liên minh châu Âu."
    assert [p for p in partners(text) if p[1] == "organization"] == []


def test_embassies():
    found = partners("Tỉnh làm việc với Đại sứ quán Hàn Quốc tại Việt Nam về hợp tác lao động.")
    assert found == [("Hàn Quốc", "embassy", "KR", "active")]


# --- legal documents and border gates ------------------------------------------------------------


def test_legal_documents():
    text = (
        "Thực hiện Nghị quyết số 59/NQ-CP ngày 12 tháng 5 năm 2021 của Chính phủ, Kết luận 12-KL/TW của Bộ Chính trị "
        "và Quyết định số 1234/QĐ-UBND ngày 5-3-2022 của UBND tỉnh; Nghị quyết số 59 nêu rõ."
    )
    assert [(f["doc_type"], f["number"], f["date"], f["issuer"]) for f in facts(text, "legal_document")] == [
        ("Nghị quyết", "59/NQ-CP", "2021-05-12", "Chính phủ"),
        ("Kết luận", "12-KL/TW", None, "Bộ Chính trị"),
        ("Quyết định", "1234/QĐ-UBND", "2022-03-05", "Ủy ban nhân dân tỉnh"),
    ]


def test_border_gates_with_explicit_and_inferred_country():
    text = (
        "Tỉnh Lạng Sơn mở lại cặp cửa khẩu phụ Na Hình (Việt Nam) - Nà Lầm (Trung Quốc); "
        "hoạt động qua các cặp cửa khẩu Chi Ma - Ái Điểm và Bình Nghi - Bình Nhi được duy trì."
    )
    gates = [(f["vn"], f["foreign"], f["country"]) for f in facts(text, "border_gate")]
    assert gates == [("Na Hình", "Nà Lầm", "CN"), ("Chi Ma", "Ái Điểm", "CN"), ("Bình Nghi", "Bình Nhi", "CN")]


# --- document level and evidence -------------------------------------------------------------------


def test_document_province_and_published():
    text = "Tỉnh Quảng Trị tăng cường hợp tác quốc tế\n10:05, 03/04/2023\nUBND tỉnh Quảng Trị cho biết tỉnh Quảng Trị đã ký 3 thỏa thuận."
    document = extract_text(text, source="x.txt")
    assert (document["source"], document["province"], document["published"]) == ("x.txt", "Quảng Trị", "2023-04-03")


def test_province_is_named_as_it_was_then():
    text = "Bà Rịa- Vũng Tàu đẩy mạnh đối ngoại\nNgày đăng 05/05/2023 08:00\nTỉnh Bà Rịa - Vũng Tàu và thành phố Vũng Tàu đón khách."
    assert extract_text(text)["province"] == "Bà Rịa - Vũng Tàu"


def test_evidence_points_into_the_original_text():
    original = unicodedata.normalize("NFD", "{body}\n0 bình luận\nNăm 2020, kim ngạch xuất khẩu đạt 5 triệu USD “theo báo cáo”.")
    document = extract_text(original)
    for fact in document["facts"]:
        assert original[fact["start"] : fact["end"]] == fact["evidence"]
    fact = document["facts"][0]
    assert unicodedata.normalize("NFC", fact["evidence"]).endswith("5 triệu USD")


def test_normalize_maps_offsets_back_across_dropped_lines():
    original = "Tiêu đề\n{name} - {time}\nĐang truy cập: 5892\nNội dung – chính"
    normalized = normalize(original)
    assert "{name}" not in normalized.text and "5892" not in normalized.text
    start = normalized.text.index("Nội dung")
    begin, end = normalized.span_to_original(start, start + len("Nội dung - chính"))
    assert original[begin:end] == "Nội dung – chính"
