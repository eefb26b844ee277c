"""Targets in other forms than the seeds': cues, goal headings and plan documents (made-up texts)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _by_kind(text):
    facts = extract_text(text)["facts"]
    return ({(f["indicator"], f.get("value", (f.get("value_min"), f.get("value_max")))) for f in facts if f["kind"] == "target"},
            {(f["indicator"], f.get("value")) for f in facts if f["kind"] == "observation"})


def test_expected_range_is_a_target():
    targets, observations = _by_kind("Năm 2026, tỉnh Bắc Giang dự kiến thu hút khoảng 420-480 triệu USD vốn FDI.")
    assert targets == {("fdi_registered_capital", (420e6, 480e6))} and not observations


def test_phan_dau_dat():
    targets, _ = _by_kind("Năm 2026, tỉnh Nam Định phấn đấu đạt kim ngạch xuất khẩu 3,2 tỷ USD.")
    assert targets == {("export_value", 3.2e9)}


def test_the_year_s_quota_line():
    targets, observations = _by_kind("Chỉ tiêu năm 2026: thu hút 12 dự án FDI mới.")
    assert targets == {("fdi_new_projects", 12)} and not observations


def test_from_now_to_the_end_of_the_year_at_least():
    facts = extract_text("Từ nay đến hết năm 2026, tỉnh Yên Bái có thêm tối thiểu 4 địa phương nước ngoài "
                         "thiết lập quan hệ hợp tác.")["facts"]
    (target,) = [f for f in facts if f["kind"] == "target"]
    assert target["indicator"] == "partner_localities" and target["value"] == 4 and target["qualifier"] == "at_least"


def test_goal_over_a_later_span():
    facts = extract_text("Tỉnh Ninh Bình đặt mục tiêu thu hút 2 tỷ USD vốn FDI trong giai đoạn 2026-2030.")["facts"]
    (target,) = [f for f in facts if f["kind"] == "target"]
    assert target["period"] == {"start": "2026-01-01", "end": "2030-12-31"}


def test_lines_under_a_goal_heading_without_a_colon():
    text = ("Kết quả năm 2025\nNăm 2025, tỉnh ký 4 thỏa thuận hợp tác quốc tế.\n"
            "2. Mục tiêu cụ thể năm 2026\nKý kết 6 thỏa thuận hợp tác quốc tế.\n- Tổ chức 2 hội nghị quốc tế.")
    targets, observations = _by_kind(text)
    assert targets == {("agreements_signed", 6), ("intl_conferences", 2)}
    assert observations == {("agreements_signed", 4)}


def test_a_plan_s_figures_are_targets_except_what_was_done():
    text = ("UBND TỈNH PHÚ YÊN\nKẾ HOẠCH\nCông tác đối ngoại năm 2026\n"
            "I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025\nNăm 2025, tỉnh tổ chức 3 hội nghị quốc tế.\n"
            "II. NHIỆM VỤ NĂM 2026\n- Kim ngạch xuất khẩu đạt 700 triệu USD.\n"
            "- Tổ chức 2 đoàn xúc tiến đầu tư ở nước ngoài.\nNăm 2025 tỉnh đã đón 9 đoàn vào.")
    targets, observations = _by_kind(text)
    assert targets == {("export_value", 700e6), ("investment_promotion_abroad", 2)}
    assert observations == {("intl_conferences", 3), ("delegation_exchanges", 9)}


def test_results_against_the_goal_are_observations():
    _, observations = _by_kind("Năm 2025, kim ngạch xuất khẩu đạt 1,1 tỷ USD, vượt 10% so với dự kiến.")
    assert observations == {("export_value", 1.1e9)}


def test_a_news_title_with_a_goal_word_does_not_make_the_article_a_plan():
    text = "Phấn đấu trở thành điểm đến đầu tư\nNăm 2025, tỉnh thu hút 35 dự án FDI mới."
    targets, observations = _by_kind(text)
    assert not targets and observations == {("fdi_new_projects", 35)}


def test_a_list_under_a_line_naming_a_group_of_quotas():
    text = "Các chỉ tiêu đối ngoại năm 2026:\n- Ký kết 4 thỏa thuận hợp tác quốc tế.\n- Tổ chức 2 hội nghị quốc tế."
    targets, observations = _by_kind(text)
    assert targets == {("agreements_signed", 4), ("intl_conferences", 2)} and not observations


def test_delegations_abroad_for_investment_promotion():
    targets, _ = _by_kind("KẾ HOẠCH\nCông tác đối ngoại năm 2026\n1. Tổ chức 4 đoàn ra nước ngoài xúc tiến đầu tư, thương mại.")
    assert targets == {("investment_promotion_abroad", 4)}
