"""Demo figures: the seed texts' aggregates that no record produces, and demo yearly values.

Figures the records give (trade figures, FDI projects, agreements…) are the other apps'
demo data and are computed from them. What is entered here:
- the values a year earlier that the texts' changes imply, marked approximate ("khoảng")
  with how they were worked back, so no report prints them as statistics;
- aggregates the texts state for whole terms or dates ("Giai đoạn 2016-2020 … 91 dự án
  FDI … 1.270,43 triệu USD"), entered by the province's specialist with the text cited;
- yearly 2021–2024 values for Thái Nguyên, so that the progress of Kế hoạch 108/KH-UBND
  can be shown: these are invented for the demonstration and say so in their note.
Exchange rates are national reference data (no province, written like the catalogue).
"""
from datetime import date as D
from decimal import Decimal

from ngoaivu.indicators import services
from ngoaivu.indicators.models import ExchangeRate, Indicator, Observation
from ngoaivu.indicators.periods import Period

MILLION = Decimal(10) ** 6
DEMO_RATE_SOURCE = "Dữ liệu mẫu: xấp xỉ tỷ giá trung tâm cuối năm của Ngân hàng Nhà nước"
# USD → đồng at the end of each year (demo values close to the State Bank's central rate).
USD_RATES = {2015: 21890, 2016: 22159, 2017: 22425, 2018: 22825, 2019: 23155, 2020: 23131, 2021: 23145,
             2022: 23612, 2023: 24000, 2024: 24269, 2025: 25100}

ARTICLES = {
    "hue": "Thừa Thiên Huế: Đẩy mạnh công tác ngoại giao để phục vụ kinh tế - xã hội (02/08/2022)",
    "tuyenquang": "Ngoại giao kinh tế phục vụ phát triển địa phương (Hà Giang, 17/01/2025)",
    "thanhhoa": "Tăng cường công tác đối ngoại đáp ứng yêu cầu trong giai đoạn mới (Báo Thanh Hóa)",
    "hatinh": "Tích cực, chủ động hội nhập quốc tế, quảng bá tiềm năng của Hà Tĩnh (Báo Hà Tĩnh)",
    "thainguyen": "Tỉnh Thái Nguyên đẩy mạnh công tác đối ngoại và hội nhập quốc tế giai đoạn 2021-2025 "
                  "(27/12/2021)",
}
TERM_2016_2020, TERM_2016_2021 = Period.term(2016, 2020), Period.term(2016, 2021)
END_2020 = Period.day(D(2020, 12, 31))
MID_2023 = Period.day(D(2023, 6, 30))
HATINH_CONFERENCE = Period.day(D(2023, 12, 8))
# Implemented capital is a flow; "lũy kế đến 31/12/2020" covers it since foreign investment began (1988).
SINCE_1988 = Period(D(1988, 1, 1), D(2020, 12, 31))



def derived(note: str) -> dict:
    """A value a year earlier worked back from the change a text states: approximate, and said so."""
    return {"qualifier": "approx", "note": note}


# slug → [(indicator, period, value, options)]; money in millions of its currency.
SEED_FIGURES = {
    "thanhhoa": [
        ("fdi_new_projects", TERM_2016_2020, 79, {}),
        ("fdi_new_capital", TERM_2016_2020, "3777.5", {}),
        ("fdi_active_projects", END_2020, 134, {"note": "Lũy kế đến hết năm 2020."}),
        ("fdi_total_capital", END_2020, 14350, {"note": "Lũy kế đến hết năm 2020: 14,35 tỷ USD."}),
        ("fdi_rank", END_2020, 8, {"note": "Đứng thứ 8 cả nước về thu hút đầu tư trực tiếp nước ngoài."}),
        ("delegation_exchanges", TERM_2016_2021, 260,
         {"counterpart": "Lào", "note": "Trao đổi đoàn với các địa phương của Lào (Hủa Phăn, Xiêng Khoảng, "
                                        "Luông Pha Băng)."}),
        ("delegation_exchanges", TERM_2016_2021, 250, {"counterpart": "Tỉnh Hủa Phăn"}),
    ],
    "thainguyen": [
        ("fdi_new_projects", TERM_2016_2020, 91, {}),
        ("fdi_new_capital", TERM_2016_2020, "1270.43", {}),
        ("fdi_adjusted_projects", TERM_2016_2020, 75, {}),
        ("fdi_added_capital", TERM_2016_2020, "397.87", {}),
        ("fdi_active_projects", END_2020, 162, {"note": "Lũy kế đến ngày 31/12/2020."}),
        ("fdi_total_capital", END_2020, 8584, {"note": "Lũy kế đến ngày 31/12/2020."}),
        ("fdi_implemented_capital", SINCE_1988, "7374.6", {"note": "Lũy kế đến ngày 31/12/2020."}),
        ("oda_disbursed", TERM_2016_2020, 1586317, {"note": "1.586.317 triệu đồng."}),
        ("export_growth", TERM_2016_2020, "10.85", {"note": "Tốc độ tăng bình quân 05 năm 2016-2020."}),
        ("import_growth", TERM_2016_2020, "5.8", {}),
        ("investment_promotion_domestic", TERM_2016_2020, 1, {}),
        ("investment_promotion_abroad", TERM_2016_2020, 12, {}),
        ("partner_localities", Period.day(D(2021, 12, 27)), 6,
         {"note": "Hàn Quốc, Lào, Hoa Kỳ, Pháp, Phần Lan và Thụy Điển."}),
    ],
    "hatinh": [
        ("export_value", Period.year(2022), "1804.5", derived("Suy ra từ mức tăng 33% năm 2023 (2,4 / 1,33).")),
        ("import_value", Period.year(2022), "2812.5", derived("Suy ra từ mức giảm 4% năm 2023 (2,7 / 0,96).")),
        ("ngo_organizations", HATINH_CONFERENCE, 8, {}),
        ("intl_organizations", HATINH_CONFERENCE, 7, {}),
        ("ngo_projects", HATINH_CONFERENCE, 21, {}),
        ("ngo_disbursed", Period.year(2023), 1, {"is_estimate": True}),
    ],
    "tuyenquang": [
        ("oda_projects", MID_2023, 5, {}),
        ("oda_mobilizing_projects", MID_2023, 3, {"note": "Vận động trong năm 2023: JICA, ADB, WB."}),
        ("ngo_projects", MID_2023, 49, {}),
        ("ngo_new_commitments", Period.year(2023), 18, {}),
        ("ngo_committed", Period.year(2023), 3, {"qualifier": "at_least", "note": "Đạt trên 3 triệu USD."}),
    ],
    "hue": [
        ("export_value", Period.to_end_of_month(2021, 7), "517.95",
         derived("Suy ra từ mức tăng 17,6% năm 2022 (609,1 / 1,176).")),
        ("import_value", Period.to_end_of_month(2021, 7), "346.74",
         derived("Suy ra từ mức tăng 16,6% năm 2022 (404,3 / 1,166).")),
        ("oda_projects", Period.day(D(2022, 6, 30)), 12,
         {"note": "7 dự án đầu tư và 5 dự án hỗ trợ kỹ thuật."}),
    ],
}

DEMO_NOTE = "Số liệu minh họa cho bản demo, không lấy từ văn bản."
# Thái Nguyên, each year of the 2021–2025 plan (and the year before, the base of growth).
THAINGUYEN_YEARS = [
    ("export_value", {2020: 26500, 2021: 27800, 2022: 30400, 2023: 28300, 2024: 31900}),
    ("fdi_registered_capital", {2021: 610, 2022: 720, 2023: 1050, 2024: 830}),
    ("fdi_implemented_capital", {2021: 420, 2022: 380, 2023: 450, 2024: 410}),
    ("ngo_committed", {2021: "2.1", 2022: "2.8", 2023: "2.6", 2024: "2.4"}),
    ("ngo_disbursed", {2021: "2.2", 2022: "2.3", 2023: "2.6", 2024: "2.4"}),
    ("local_export_growth", {2021: "12.5", 2022: "13.1", 2023: "9.8", 2024: "11.6"}),
    # Events: a year without one is a 0, not a gap.
    ("investment_promotion_domestic", {2021: 0, 2022: 1, 2023: 0, 2024: 0}),
    ("investment_promotion_abroad", {2021: 0, 2022: 1, 2023: 1, 2024: 0}),
    ("ngo_promotion_conferences", {2021: 0, 2022: 1, 2023: 0, 2024: 1}),
    ("cultural_events", {2021: 3, 2022: 5, 2023: 6, 2024: 5}),
]
THAINGUYEN_STOCKS = [
    ("partner_localities", {D(2020, 12, 31): 4, D(2022, 12, 31): 7, D(2023, 12, 31): 8, D(2024, 12, 31): 8}),
    ("friendship_associations", {D(2020, 12, 31): 5, D(2022, 12, 31): 6, D(2024, 12, 31): 7}),
]
# Thanh Hóa's partner localities before and after Farwaniyah (the text does not date it).
THANHHOA_STOCKS = [
    ("partner_localities", {D(2020, 12, 31): 5, D(2021, 12, 31): 6}),
]


def load(context) -> None:
    for year, rate in USD_RATES.items():
        ExchangeRate.objects.get_or_create(currency="USD", valid_on=D(year, 12, 31),
                                           defaults={"rate_to_vnd": Decimal(rate), "source": DEMO_RATE_SOURCE})
    for slug, figures in SEED_FIGURES.items():
        for code, period, value, options in figures:
            _enter(context, slug, code, period, value, source_document=ARTICLES[slug], **options)
    for code, years in THAINGUYEN_YEARS:
        for year, value in years.items():
            _enter(context, "thainguyen", code, Period.year(year), value, note=DEMO_NOTE)
    for slug, stocks in (("thainguyen", THAINGUYEN_STOCKS), ("thanhhoa", THANHHOA_STOCKS)):
        for code, readings in stocks:
            for day, value in readings.items():
                _enter(context, slug, code, Period.day(day), value, note=DEMO_NOTE)


def _enter(context, slug: str, code: str, period: Period, value, **options) -> None:
    indicator = Indicator.objects.get(code=code)
    province = context.historic[slug]
    amount = Decimal(str(value)) * (MILLION if indicator.is_money else 1)
    if Observation.objects.filter(province=province, indicator=indicator, period_start=period.start,
                                  period_end=period.end, counterpart=options.get("counterpart", "")).exists():
        return
    services.observation_create(actor=context.specialist(slug), channel="demo", data={
        "province": province, "indicator": indicator, "period_start": period.start, "period_end": period.end,
        "value": amount, "currency": indicator.currency, **options})
