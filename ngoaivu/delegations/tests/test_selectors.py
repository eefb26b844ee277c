import datetime

import pytest

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.core.roles import Role
from ngoaivu.delegations import selectors
from ngoaivu.delegations.choices import DelegationStatus as S
from ngoaivu.delegations.choices import Direction
from ngoaivu.delegations.models import Delegation
from ngoaivu.delegations.tests.helpers import make_delegation
from ngoaivu.geo.models import Province

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2023, 6, 30)


def back_on(province, day: datetime.date, status=S.COMPLETED, **extra):
    return make_delegation(province, status=status, start_date=day - datetime.timedelta(days=4),
                           end_date=day, returned_on=day, **extra)


def names(queryset) -> set[str]:
    return set(queryset.values_list("name", flat=True))


def test_report_due_n_days_after_return_with_the_provinces_setting(own_province):
    ProvinceSettings.objects.create(province=own_province, delegation_report_days=10)
    back_on(own_province, TODAY - datetime.timedelta(days=11), name="quá hạn")
    back_on(own_province, TODAY - datetime.timedelta(days=10), name="hạn hôm nay")
    back_on(own_province, TODAY - datetime.timedelta(days=5), name="hạn sau 5 ngày")
    back_on(own_province, TODAY - datetime.timedelta(days=4), name="hạn sau 6 ngày")
    back_on(own_province, TODAY - datetime.timedelta(days=30), name="vào", direction=Direction.INBOUND)
    back_on(own_province, TODAY - datetime.timedelta(days=30), name="đã báo cáo", status=S.REPORTED)
    everything = Delegation.objects.all()
    assert names(selectors.report_overdue(everything, today=TODAY)) == {"quá hạn"}
    assert names(selectors.report_due_soon(everything, today=TODAY)) == {"hạn hôm nay", "hạn sau 5 ngày"}


def test_missing_settings_row_means_the_default(own_province, settings):
    settings.NGOAIVU_DEFAULT_DELEGATION_REPORT_DAYS = 15
    back_on(own_province, TODAY - datetime.timedelta(days=16), name="quá hạn")
    back_on(own_province, TODAY - datetime.timedelta(days=15), name="hạn hôm nay")
    assert names(selectors.report_overdue(Delegation.objects.all(), today=TODAY)) == {"quá hạn"}


def test_each_province_keeps_its_own_deadline(own_province, other_province):
    ProvinceSettings.objects.create(province=own_province, delegation_report_days=5)
    ProvinceSettings.objects.create(province=other_province, delegation_report_days=20)
    back_on(own_province, TODAY - datetime.timedelta(days=10), name="Hà Tĩnh")
    back_on(other_province, TODAY - datetime.timedelta(days=10), name="Thanh Hóa")
    assert names(selectors.report_overdue(Delegation.objects.all(), today=TODAY)) == {"Hà Tĩnh"}


def test_a_historic_units_record_follows_todays_unit_setting(own_province):
    historic = Province.objects.get(key="vn63-42")
    ProvinceSettings.objects.create(province=own_province, delegation_report_days=3)
    delegation = back_on(historic, TODAY - datetime.timedelta(days=4), name="Hà Tĩnh 2023")
    assert names(selectors.report_overdue(Delegation.objects.all(), today=TODAY)) == {"Hà Tĩnh 2023"}
    assert delegation.report_due_on == TODAY - datetime.timedelta(days=1)


def test_approved_but_not_marked_back_counts_from_the_planned_end(own_province):
    make_delegation(own_province, status=S.APPROVED, name="chưa đánh dấu về",
                    start_date=TODAY - datetime.timedelta(days=40), end_date=TODAY - datetime.timedelta(days=30))
    assert names(selectors.report_overdue(Delegation.objects.all(), today=TODAY)) == {"chưa đánh dấu về"}


def test_home_page_rules_are_scoped_and_labelled(users, own_province, other_province):
    from ngoaivu.core.scoping import restrict

    make_delegation(own_province, status=S.SUBMITTED, name="chờ duyệt")
    make_delegation(other_province, status=S.SUBMITTED, name="tỉnh khác")
    back_on(own_province, datetime.date.today() - datetime.timedelta(days=40), name="quá hạn")
    scoped = restrict(Delegation.objects.all(), users[Role.APPROVER])
    rules = {str(label): (names(items), severity) for label, items, severity in selectors.delegation_attention(scoped)}
    assert rules["Đoàn chờ phê duyệt"] == ({"chờ duyệt"}, "due")
    assert rules["Đoàn ra quá hạn báo cáo kết quả"] == ({"quá hạn"}, "overdue")
    overdue = selectors.report_overdue(scoped).get()
    assert "quá 25 ngày" in overdue.attention_note


def test_statistics_count_by_direction_country_partner_and_year(users, own_province):
    from ngoaivu.partners.models import Partner

    houaphanh = Partner.objects.create(province=own_province, name="Tỉnh Hủa Phăn", partner_type="locality",
                                       country_id="LA")
    make_delegation(own_province, status=S.REPORTED, partner=houaphanh, start_date=datetime.date(2019, 3, 1),
                    end_date=datetime.date(2019, 3, 3))
    make_delegation(own_province, status=S.APPROVED, countries=("LA", "TH"), start_date=datetime.date(2020, 3, 1),
                    end_date=datetime.date(2020, 3, 3))
    make_delegation(own_province, status=S.COMPLETED, direction=Direction.INBOUND, partner=houaphanh,
                    start_date=datetime.date(2020, 9, 1), end_date=datetime.date(2020, 9, 3))
    make_delegation(own_province, status=S.DRAFT)                       # not carried out: not counted
    stats = selectors.delegation_statistics(user=users[Role.VIEWER])
    assert stats["total"] == 3
    assert [(row["key"], row["count"]) for row in stats["by_direction"]] == [("outbound", 2), ("inbound", 1)]
    assert stats["by_direction"][0]["label"] == "Đoàn ra"
    assert [(row["label"], row["count"]) for row in stats["by_country"]] == [("Lào", 3), ("Thái Lan", 1)]
    assert [(row["label"], row["count"]) for row in stats["by_partner"]] == [("Tỉnh Hủa Phăn", 2)]
    assert [(row["key"], row["count"]) for row in stats["by_year"]] == [(2019, 1), (2020, 2)]
    in_2020 = selectors.delegation_statistics(user=users[Role.VIEWER], date_from=datetime.date(2020, 1, 1),
                                              date_to=datetime.date(2020, 12, 31))
    assert in_2020["total"] == 2


def test_statistics_leave_out_other_provinces(users, other_province):
    make_delegation(other_province, status=S.REPORTED)
    assert selectors.delegation_statistics(user=users[Role.VIEWER])["total"] == 0
