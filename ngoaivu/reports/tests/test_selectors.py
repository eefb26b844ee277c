import pytest

from ngoaivu.core.roles import Role
from ngoaivu.reports import services
from ngoaivu.reports.choices import ReportStatus
from ngoaivu.reports.models import Report
from ngoaivu.reports.selectors import drafts_to_finish, report_list
from ngoaivu.ui.selectors import home_summary

pytestmark = pytest.mark.django_db


def test_drafts_to_finish_are_on_the_home_page(users, make_report, own_province, other_province):
    draft, final, elsewhere = make_report(own_province), make_report(own_province), make_report(other_province)
    Report.objects.filter(pk=final.pk).update(status=ReportStatus.FINAL)
    assert list(drafts_to_finish(report_list(user=users[Role.VIEWER]))) == [draft]
    attention = [row for row in home_summary(user=users[Role.VIEWER])["attention"]
                 if row["label"] == "Báo cáo nháp chưa hoàn thành"]
    assert [row["items"] for row in attention] == [[draft]] and elsewhere not in attention[0]["items"]
    assert draft.attention_note == "năm 2023"


def test_report_list_carries_the_latest_version(users, make_report, own_province):
    report = make_report(own_province)
    services.report_regenerate(report, actor=users[Role.SPECIALIST])
    assert report_list(user=users[Role.VIEWER]).get(pk=report.pk).latest_version == 2
