import datetime

import pytest

from ngoaivu.conferences import selectors
from ngoaivu.conferences.choices import ConferenceStatus as S
from ngoaivu.conferences.choices import ProvinceRole
from ngoaivu.conferences.models import Conference
from ngoaivu.conferences.tests.helpers import make_conference
from ngoaivu.core.roles import Role

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2023, 3, 1)


def day(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


def titles(queryset) -> set[str]:
    return set(queryset.values_list("title", flat=True))


def test_dossier_due_soon_and_late(own_province):
    make_conference(own_province, title="còn 7 ngày", start_date=day(37), end_date=day(37))
    make_conference(own_province, title="còn 8 ngày", start_date=day(38), end_date=day(38))
    make_conference(own_province, title="Thủ tướng, còn 5 ngày", start_date=day(45), end_date=day(45),
                    needs_prime_minister=True)
    make_conference(own_province, title="nháp quá hạn", start_date=day(29), end_date=day(29))
    make_conference(own_province, title="nộp muộn", start_date=day(20), end_date=day(20), status=S.SUBMITTED,
                    dossier_filed_on=day(-5))
    make_conference(own_province, title="nộp đúng hạn", start_date=day(20), end_date=day(20), status=S.APPROVED,
                    dossier_filed_on=day(-15))
    make_conference(own_province, title="tham dự", start_date=day(10), end_date=day(10),
                    province_role=ProvinceRole.PARTICIPANT)
    make_conference(own_province, title="đã diễn ra", start_date=day(-2), end_date=day(-2))
    everything = Conference.objects.all()
    assert titles(selectors.dossier_due_soon(everything, today=TODAY)) == {"còn 7 ngày", "Thủ tướng, còn 5 ngày"}
    assert titles(selectors.dossier_late(everything, today=TODAY)) == {"nháp quá hạn", "nộp muộn"}


def test_result_report_due_within_15_days_of_the_closing(own_province):
    make_conference(own_province, title="quá hạn", status=S.HELD, start_date=day(-16), end_date=day(-16))
    make_conference(own_province, title="hạn hôm nay", status=S.HELD, start_date=day(-15), end_date=day(-15))
    make_conference(own_province, title="chưa đánh dấu", status=S.APPROVED, start_date=day(-12), end_date=day(-11))
    make_conference(own_province, title="còn 6 ngày", status=S.HELD, start_date=day(-9), end_date=day(-9))
    make_conference(own_province, title="đã báo cáo", status=S.REPORTED, start_date=day(-30), end_date=day(-30))
    make_conference(own_province, title="tham dự", status=S.HELD, start_date=day(-30), end_date=day(-30),
                    province_role=ProvinceRole.PARTICIPANT)
    everything = Conference.objects.all()
    assert titles(selectors.report_overdue(everything, today=TODAY)) == {"quá hạn"}
    assert titles(selectors.report_due_soon(everything, today=TODAY)) == {"hạn hôm nay", "chưa đánh dấu"}


def test_home_page_rules(users, own_province):
    from ngoaivu.core.scoping import restrict

    make_conference(own_province, title="chờ duyệt", status=S.SUBMITTED)
    make_conference(own_province, title="quá hạn báo cáo", status=S.HELD)
    rules = {str(label): (titles(items), severity)
             for label, items, severity in selectors.conference_attention(
                 restrict(Conference.objects.all(), users[Role.APPROVER]))}
    assert rules["Hội nghị, hội thảo chờ phê duyệt"] == ({"chờ duyệt"}, "due")
    assert rules["Hội nghị, hội thảo quá hạn báo cáo kết quả"] == ({"quá hạn báo cáo"}, "overdue")


def test_statistics(users, own_province, other_province):
    for month in range(1, 4):
        make_conference(own_province, status=S.REPORTED, start_date=datetime.date(2023, month, 10),
                        end_date=datetime.date(2023, month, 10), foreign_participants=10)
    make_conference(own_province, status=S.REPORTED, province_role=ProvinceRole.PARTICIPANT, kind="conference",
                    format="online", place="", start_date=datetime.date(2023, 5, 1), end_date=datetime.date(2023, 5, 1))
    make_conference(own_province, status=S.DRAFT, start_date=datetime.date(2023, 6, 1),
                    end_date=datetime.date(2023, 6, 1))
    make_conference(other_province, status=S.REPORTED)
    stats = selectors.conference_statistics(user=users[Role.VIEWER], date_from=datetime.date(2023, 1, 1),
                                            date_to=datetime.date(2023, 12, 31))
    assert (stats["total"], stats["organised"], stats["foreign_participants"]) == (4, 3, 30)
    assert [(row["label"], row["count"]) for row in stats["by_kind"]] == [("Hội thảo", 3), ("Hội nghị", 1)]
    assert [(row["key"], row["count"]) for row in stats["by_role"]] == [("organiser", 3), ("participant", 1)]
    assert [(row["key"], row["count"]) for row in stats["by_year"]] == [(2023, 4)]
