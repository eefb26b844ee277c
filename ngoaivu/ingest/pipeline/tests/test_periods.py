from datetime import date

import pytest

from ngoaivu.ingest.pipeline.metadata import find_published_date
from ngoaivu.ingest.pipeline.normalize import fold_case
from ngoaivu.ingest.pipeline.periods import Period, Timeline, build_timeline, find_periods, period_for, resolve

TIMELINE = Timeline(reporting_year=2023, reference_date=date(2023, 8, 15))


def only_period(text, *, stock=False, timeline=TIMELINE):
    mentions = find_periods(fold_case(text))
    assert len(mentions) == 1, mentions
    resolved = resolve(mentions[0], timeline)
    return period_for(resolved, stock=stock, stated=True, target=False, timeline=timeline).to_json()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trong 6 tháng đầu năm 2022", {"start": "2022-01-01", "end": "2022-06-30"}),
        ("6 tháng đầu năm nay", {"start": "2023-01-01", "end": "2023-06-30"}),
        ("6 tháng cuối năm 2021", {"start": "2021-07-01", "end": "2021-12-31"}),
        ("Trong 9 tháng, tỉnh", {"start": "2023-01-01", "end": "2023-09-30"}),
        ("9 tháng năm 2023", {"start": "2023-01-01", "end": "2023-09-30"}),
        ("trong quý I/2024", {"start": "2024-01-01", "end": "2024-03-31"}),
        ("quý 3 năm 2023", {"start": "2023-07-01", "end": "2023-09-30"}),
        ("giai đoạn 2016-2020", {"start": "2016-01-01", "end": "2020-12-31"}),
        ("05 năm 2016-2020", {"start": "2016-01-01", "end": "2020-12-31"}),
        ("từ năm 2011 đến năm 2015", {"start": "2011-01-01", "end": "2015-12-31"}),
        ("năm 2023", {"start": "2023-01-01", "end": "2023-12-31"}),
        ("Trong năm, tỉnh", {"start": "2023-01-01", "end": "2023-12-31"}),
        ("trong năm nay", {"start": "2023-01-01", "end": "2023-12-31"}),
        ("năm trước", {"start": "2022-01-01", "end": "2022-12-31"}),
        ("tháng 5/2022", {"start": "2022-05-01", "end": "2022-05-31"}),
        ("tính đến tháng 5", {"start": "2023-01-01", "end": "2023-05-31"}),
        ("đến hết tháng 7", {"start": "2023-01-01", "end": "2023-07-31"}),
        ("từ tháng 8 năm nay", {"start": "2023-08-01", "end": "2023-12-31"}),
        ("Đến nay", {"start": "2023-01-01", "end": "2023-07-31"}),  # a flow: to the last full month
        ("lũy kế đến hết năm 2020", {"as_of": "2020-12-31"}),
        ("Lũy kế đến ngày 31/12/2020", {"as_of": "2020-12-31"}),
        ("ngày 15/4/2010", {"start": "2010-04-15", "end": "2010-04-15"}),
        ("ngày 15-4-2010", {"start": "2010-04-15", "end": "2010-04-15"}),
        ("ngày 2 tháng 9 năm 2015", {"start": "2015-09-02", "end": "2015-09-02"}),
        ("Tính đến hết quý II/2021", {"start": "2021-01-01", "end": "2021-06-30"}),  # the year so far
        ("đến quý 3 năm 2022", {"start": "2022-01-01", "end": "2022-09-30"}),
    ],
)
def test_period_forms(text, expected):
    assert only_period(text) == expected


@pytest.mark.parametrize("text", ["Hiện có", "Hiện tại,", "hiện nay", "Đến nay"])
def test_present_time_is_the_reference_date_for_stocks(text):
    assert only_period(text, stock=True) == {"as_of": "2023-08-15"}


@pytest.mark.parametrize(
    "text",
    [
        "tăng 33% so với năm 2022",
        "tăng 8% so với cả năm 2021",
        "chỉ bằng 40,5% của năm 2020",
        "bằng 70% so với cùng kỳ năm 2019",
        "gấp 2,5 lần năm 2010",
        "so với cùng kỳ năm 2022",
        "tầm nhìn đến năm 2045",
        "định hướng đến năm 2030",
        "trong những năm qua",
        "5 năm qua",
        "hằng năm",
    ],
)
def test_comparison_bases_and_horizons_are_not_periods(text):
    assert find_periods(fold_case(text)) == []


def test_periods_inside_excluded_spans_are_skipped():
    text = "Chỉ thị số 41-CT/TW ngày 15/4/2010 của Ban Bí thư"
    assert find_periods(fold_case(text), exclude=[(0, len(text))]) == []


def test_event_day_without_year_sets_the_reference_date():
    mentions = find_periods(fold_case("Chiều 8/12, hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Năm 2023, tỉnh đạt."))
    timeline = build_timeline(mentions, published=None)
    assert timeline == Timeline(2023, date(2023, 12, 8))


def test_without_publication_date_the_most_named_year_is_reported():
    mentions = find_periods(fold_case("Năm 2023 tỉnh đạt; năm 2023 cũng; kế hoạch năm 2024; nhiệm vụ năm 2024."))
    assert build_timeline(mentions, published=None).reporting_year == 2023


def test_publication_date_gives_the_reporting_year():
    mentions = find_periods(fold_case("6 tháng đầu năm nay"))
    assert build_timeline(mentions, published=date(2022, 8, 2)) == Timeline(2022, date(2022, 8, 2), dated=True)


def test_republished_text_keeps_its_own_year():
    # A January page cannot report "the first six months of this year": the text is
    # older, and its year is the latest it names.
    text = "ban hành ngày 21/3/2021. Trong 6 tháng đầu năm nay, tỉnh ký 3 thỏa thuận."
    mentions = find_periods(fold_case(text))
    timeline = build_timeline(mentions, published=date(2023, 1, 17))
    assert timeline == Timeline(2021, date(2021, 6, 30))


def test_stock_inheriting_a_period_is_valued_at_its_end():
    resolved = resolve(find_periods(fold_case("trong năm nay"))[0], TIMELINE)
    assert period_for(resolved, stock=True, stated=False, target=False, timeline=TIMELINE) == Period(as_of=date(2023, 8, 15))
    assert period_for(resolved, stock=True, stated=True, target=False, timeline=TIMELINE).to_json() == {
        "start": "2023-01-01",
        "end": "2023-12-31",
    }


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Tiêu đề\nXã hội - Ngày đăng : 13:16, 02/08/2022\nNội dung", date(2022, 8, 2)),
        ("Tiêu đề\n\n27-12-2021 09:52\n\nNội dung", date(2021, 12, 27)),
        ("Tiêu đề\n\n2025-01-17 20:15:20\nNội dung", date(2025, 1, 17)),
        ("Tiêu đề\nThứ Hai, 15/5/2023\nNội dung", date(2023, 5, 15)),
        ("Tiêu đề\nNgày 10/6/2021, UBND tỉnh ban hành Kế hoạch số 108/KH-UBND về việc triển khai hoạt động đối ngoại trong năm.", None),
    ],
)
def test_published_date_from_header(header, expected):
    found = find_published_date(header)
    assert (found.day if found else None) == expected
