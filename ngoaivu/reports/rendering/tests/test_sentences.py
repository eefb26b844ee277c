from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.reports.sentences import Figure, figure_sentence, figure_sentences, join_sentences
from ngoaivu.reports.wording import WORDING

SCHEMA_CODES = {
    "export_value", "import_value", "trade_value", "export_growth", "import_growth",
    "local_export_growth", "fdi_new_projects", "fdi_new_capital", "fdi_adjusted_projects",
    "fdi_added_capital", "fdi_registered_capital", "fdi_active_projects", "fdi_total_capital",
    "fdi_implemented_capital", "fdi_rank", "oda_projects", "oda_mobilizing_projects",
    "oda_disbursed", "ngo_projects", "ngo_new_commitments", "ngo_committed", "ngo_disbursed",
    "ngo_organizations", "intl_organizations", "agreements_signed", "intl_conferences",
    "delegation_exchanges", "investment_promotion_domestic", "investment_promotion_abroad",
    "ngo_promotion_conferences", "partner_localities", "friendship_associations",
    "cultural_events", "workers_abroad", "remittances",
}
COUNT_CODES = {code for code, wording in WORDING.items() if wording.count_noun}
YEAR_2023 = {"period_start": date(2023, 1, 1), "period_end": date(2023, 12, 31)}


def export(value="609100000", **comparison):
    return Figure("export_value", Decimal(value), "USD", **comparison)


def test_increase_estimate_and_share_of_plan_as_the_seeds_write_them():
    figure = export(is_estimate=True, change_pct=Decimal("17.6"), plan_pct=Decimal(54))
    assert figure_sentence(figure) == (
        "Kim ngạch xuất khẩu ước đạt 609,1 triệu USD, tăng 17,6% so với cùng kỳ "
        "và đạt 54% kế hoạch năm"
    )


def test_above_plan_against_a_named_year():
    figure = export("2.4e9", is_estimate=True, change_pct=Decimal(33), change_basis=2022,
                    plan_pct=Decimal(120))
    assert figure_sentence(figure) == (
        "Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD, tăng 33% so với năm 2022 và vượt 20% kế hoạch năm"
    )


def test_decrease():
    figure = Figure("import_value", Decimal("2.7e9"), "USD", change_pct=Decimal(-4), change_basis=2022)
    assert figure_sentence(figure) == "Kim ngạch nhập khẩu đạt 2,7 tỷ USD, giảm 4% so với năm 2022"


def test_below_plan_of_a_term():
    figure = Figure("workers_abroad", Decimal(46101), "people", plan_pct=Decimal("92.02"),
                    plan_scope="term")
    assert figure_sentence(figure) == (
        "Toàn tỉnh đã đưa 46.101 người đi lao động ở nước ngoài, đạt 92,02% kế hoạch giai đoạn"
    )


@pytest.mark.parametrize("share", [Decimal(100), Decimal("100.001"), 100.0])
def test_exactly_the_plan(share):
    assert figure_sentence(export(plan_pct=share)).endswith(", hoàn thành kế hoạch năm")


def test_plan_of_the_period():
    assert figure_sentence(export(plan_pct=Decimal(80), plan_scope="period")).endswith(
        "đạt 80% kế hoạch"
    )


@pytest.mark.parametrize("change", [Decimal(0), Decimal("0.001"), Decimal("-0.004")])
def test_no_change(change):
    assert figure_sentence(export(change_pct=change)) == (
        "Kim ngạch xuất khẩu đạt 609,1 triệu USD, tương đương cùng kỳ"
    )


def test_missing_value_gives_no_sentence():
    assert figure_sentence(Figure("export_value", None, "USD", change_pct=Decimal(5))) is None
    assert figure_sentence(Figure("agreements_signed", None, "count")) is None


def test_missing_change_leaves_the_clause_out():
    assert figure_sentence(export(plan_pct=Decimal(54))) == (
        "Kim ngạch xuất khẩu đạt 609,1 triệu USD, đạt 54% kế hoạch năm"
    )


def test_missing_plan_leaves_the_clause_out():
    assert figure_sentence(export(change_pct=Decimal("17.6"))) == (
        "Kim ngạch xuất khẩu đạt 609,1 triệu USD, tăng 17,6% so với cùng kỳ"
    )


def test_value_alone():
    assert figure_sentence(export()) == "Kim ngạch xuất khẩu đạt 609,1 triệu USD"


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (Figure("agreements_signed", Decimal(8), "count"), "Tỉnh đã ký kết 8 thỏa thuận quốc tế"),
        (Figure("intl_conferences", Decimal(11), "count"),
         "Toàn tỉnh đã tổ chức 11 hội nghị, hội thảo quốc tế"),
        (Figure("oda_projects", Decimal(12), "count"),
         "Trên địa bàn tỉnh có 12 chương trình, dự án ODA và vốn vay ưu đãi đang thực hiện"),
        (Figure("partner_localities", 6, "count"),
         "Tỉnh có quan hệ hợp tác với 6 địa phương nước ngoài"),
        (Figure("fdi_rank", 8, "count"),
         "Tỉnh đứng thứ 8 cả nước về thu hút đầu tư trực tiếp nước ngoài"),
        (Figure("agreements_signed", 8, "count", is_estimate=True),
         "Tỉnh ước ký kết 8 thỏa thuận quốc tế"),
        (Figure("agreements_signed", 8, "count", change_pct=Decimal(60), change_basis=2022),
         "Tỉnh đã ký kết 8 thỏa thuận quốc tế, tăng 60% so với năm 2022"),
        (Figure("agreements_signed", 8, "count", count_noun="biên bản ghi nhớ"),
         "Tỉnh đã ký kết 8 biên bản ghi nhớ"),
    ],
)
def test_counts(figure, expected):
    assert figure_sentence(figure) == expected


def test_count_with_its_capital():
    projects = Figure("fdi_new_projects", Decimal(2), "count")
    capital = Figure("fdi_new_capital", Decimal("69.7e6"), "USD")
    assert figure_sentence(projects, capital=capital) == (
        "Tỉnh đã cấp mới 2 dự án FDI với tổng vốn đăng ký 69,7 triệu USD"
    )


def test_count_with_an_estimated_capital_and_its_comparison():
    projects = Figure("fdi_adjusted_projects", 75, "count")
    capital = Figure("fdi_added_capital", Decimal("397.87e6"), "USD", is_estimate=True,
                     change_pct=Decimal(12))
    assert figure_sentence(projects, capital=capital) == (
        "Tỉnh đã chấp thuận điều chỉnh tăng vốn cho 75 lượt dự án FDI với tổng vốn đăng ký "
        "tăng thêm ước đạt 397,87 triệu USD, tăng 12% so với cùng kỳ"
    )


def test_count_without_value_falls_back_to_its_capital():
    projects = Figure("fdi_new_projects", None, "count")
    capital = Figure("fdi_new_capital", Decimal("69.7e6"), "USD")
    assert figure_sentence(projects, capital=capital) == (
        "Vốn đăng ký của các dự án FDI cấp mới đạt 69,7 triệu USD"
    )


def test_figure_sentences_joins_a_count_and_its_capital_once():
    sentences = figure_sentences([
        Figure("fdi_new_capital", Decimal("69.7e6"), "USD"),
        Figure("agreements_signed", 8, "count"),
        Figure("fdi_new_projects", 2, "count"),
        Figure("export_value", None, "USD"),
    ])
    assert sentences == [
        "Tỉnh đã ký kết 8 thỏa thuận quốc tế",
        "Tỉnh đã cấp mới 2 dự án FDI với tổng vốn đăng ký 69,7 triệu USD",
    ]


def test_figure_sentences_keeps_a_capital_without_its_count():
    assert figure_sentences([Figure("fdi_new_capital", Decimal("69.7e6"), "USD")]) == [
        "Vốn đăng ký của các dự án FDI cấp mới đạt 69,7 triệu USD"
    ]


def test_money_in_dong():
    figure = Figure("oda_disbursed", Decimal("1586317e6"), "VND", money_scale="million")
    assert figure_sentence(figure) == "Vốn ODA thực hiện, giải ngân đạt 1.586.317 triệu đồng"
    automatic = Figure("oda_disbursed", Decimal("1586317e6"), "VND")
    assert figure_sentence(automatic) == "Vốn ODA thực hiện, giải ngân đạt 1.586,32 tỷ đồng"


def test_large_amounts_in_billions_or_in_millions():
    exports = Decimal("14081.67e6")
    assert "đạt 14,08 tỷ USD" in figure_sentence(export(exports))
    assert "đạt 14.081,67 triệu USD" in figure_sentence(export(exports, money_scale="million"))


def test_yearly_rate():
    figure = Figure("export_growth", Decimal("10.85"), "percent", per_year=True)
    assert figure_sentence(figure) == "Tốc độ tăng xuất khẩu bình quân đạt 10,85%/năm"


def test_opening_with_the_period():
    figure = Figure("agreements_signed", 8, "count", **YEAR_2023)
    assert figure_sentence(figure, with_period=True) == "Năm 2023, tỉnh đã ký kết 8 thỏa thuận quốc tế"


def test_opening_with_the_date_of_a_stock():
    projects = Figure("fdi_active_projects", 162, "count", period_end=date(2020, 12, 31))
    capital = Figure("fdi_total_capital", Decimal("8584e6"), "USD", money_scale="million")
    assert figure_sentence(projects, capital=capital, with_period=True) == (
        "Đến ngày 31/12/2020, trên địa bàn tỉnh có 162 dự án FDI còn hiệu lực "
        "với tổng vốn đầu tư đăng ký 8.584 triệu USD"
    )


def test_opening_with_the_period_needs_one():
    with pytest.raises(ValueError):
        figure_sentence(Figure("agreements_signed", 8, "count"), with_period=True)


def test_centrally_run_city():
    figure = Figure("oda_projects", 5, "count")
    assert figure_sentence(figure, locality="thành phố").startswith("Trên địa bàn thành phố có 5")


def test_label_override():
    figure = export(label="kim ngạch xuất khẩu hàng hóa")
    assert figure_sentence(figure).startswith("Kim ngạch xuất khẩu hàng hóa đạt")


def test_unknown_indicator_and_unit_are_refused():
    with pytest.raises(ValueError, match="wording"):
        figure_sentence(Figure("tourists", 5, "count"))
    with pytest.raises(ValueError, match="unit"):
        figure_sentence(Figure("export_value", 5, "EUR-ish"))


def test_join_sentences():
    assert join_sentences(["tỉnh đã ký kết 8 thỏa thuận quốc tế", None, "", "Đã xong.", "  "]) == (
        "Tỉnh đã ký kết 8 thỏa thuận quốc tế. Đã xong."
    )
    assert join_sentences([]) == ""


def test_wording_covers_every_indicator_of_the_schema():
    assert set(WORDING) == SCHEMA_CODES
    for wording in WORDING.values():
        assert wording.label == wording.label.strip() and wording.label[0].islower()
        if wording.capital_code:
            assert wording.capital_code in WORDING and wording.capital_phrase


@pytest.mark.parametrize("code", sorted(SCHEMA_CODES))
def test_every_indicator_reads_as_a_sentence(code):
    unit = "count" if code in COUNT_CODES else "USD"
    figure = Figure(code, Decimal(3), unit, change_pct=Decimal(5), plan_pct=Decimal(90))
    sentence = figure_sentence(figure)
    assert sentence[0].isupper()
    assert "None" not in sentence and "  " not in sentence and "{" not in sentence
    assert sentence.endswith("tăng 5% so với cùng kỳ và đạt 90% kế hoạch năm")


def test_the_stocks_on_the_territory_are_one_sentence_not_three():
    figures = [Figure("ngo_organizations", 8, "count"), Figure("intl_organizations", 7, "count"),
               Figure("ngo_projects", 21, "count"), Figure("ngo_disbursed", Decimal(1_000_000), "USD")]
    sentences = figure_sentences(figures)
    assert sentences[0] == ("Trên địa bàn tỉnh có 8 tổ chức phi chính phủ nước ngoài hoạt động, 7 tổ chức quốc tế "
                            "triển khai dự án và 21 chương trình, dự án viện trợ phi chính phủ nước ngoài đang "
                            "triển khai")
    assert len(sentences) == 2
    # One alone reads as before; a stock with a comparison keeps its own sentence.
    assert figure_sentences(figures[:1]) == ["Trên địa bàn tỉnh có 8 tổ chức phi chính phủ nước ngoài hoạt động"]
    compared = Figure("ngo_projects", 21, "count", plan_pct=Decimal(105))
    assert len(figure_sentences([figures[0], compared])) == 2
