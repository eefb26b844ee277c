"""Demo rounds: the 2023 annual round, closed, to which the five seed provinces sent their
locked 2023 reports (the last one two days late); and the open annual round of the current year."""
import datetime

from django.utils import timezone

from ngoaivu.reports import services as report_services
from ngoaivu.reports.models import Report
from ngoaivu.reports.selectors import report_text
from ngoaivu.rounds import services
from ngoaivu.rounds.models import ReportingRound, Submission

D = datetime.date
CLOSED_TITLE = "Báo cáo công tác đối ngoại năm 2023"


def load(context) -> None:
    admin = context.national_admin
    if ReportingRound.objects.exists():
        return
    year_round = services.round_open(actor=admin, channel="demo", data={
        "title": CLOSED_TITLE, "period_start": D(2023, 1, 1), "period_end": D(2023, 12, 31),
        "due_on": D(2023, 12, 18), "provinces": list(context.historic.values()),
        "instructions": "Các tỉnh gửi báo cáo tổng kết công tác đối ngoại năm 2023 trước ngày 18/12/2023."})
    for index, slug in enumerate(context.provinces):
        report = _final_report(context, slug, D(2023, 1, 1), D(2023, 12, 31))
        submission = services.submission_create(actor=context.approver(slug), reporting_round=year_round,
                                                report=report, channel="demo")
        _date_as_sent_in_2023(submission, year_round.due_on + datetime.timedelta(days=3 * index - 10))
    services.round_close(year_round, actor=admin, channel="demo")
    # The annual round of the current year, due on 18/12 as the Ministry asks every year.
    year = timezone.localdate().year
    services.round_open(actor=admin, channel="demo", data={
        "title": f"Báo cáo công tác đối ngoại năm {year}", "period_start": D(year, 1, 1),
        "period_end": D(year, 12, 31), "due_on": D(year, 12, 18),
        "instructions": "Báo cáo theo đề cương của Bộ Ngoại giao; số liệu tháng 12 là số ước."})


def _date_as_sent_in_2023(submission: Submission, day: datetime.date) -> None:
    """The demo sends today what provinces sent in December 2023; left dated today, every
    row of the closed round would read years late. The last province sends two days
    after the due date, so the closed board shows a late submission too."""
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 30)))
    Submission.objects.filter(pk=submission.pk).update(submitted_at=moment)


def _final_report(context, slug: str, start, end) -> Report:
    """The unit's locked report of the period: the one the demo has, else generated; the
    paragraphs nothing in the demo data can fill are left out, as a department would."""
    unit = context.historic[slug]
    report = Report.objects.filter(province=unit, period_start=start, period_end=end).first()
    if report is None:
        report = Report.objects.filter(province=context.provinces[slug], period_start=start, period_end=end).first()
    actor = context.specialist(slug)
    if report is None:
        report = report_services.report_create(actor=actor, channel="demo", data={
            "province": context.provinces[slug], "unit": unit, "period_start": start, "period_end": end})
    if report.is_final:
        return report
    for paragraph in report_text(report).placeholders:
        report_services.report_edit_paragraph(report, actor=actor, key=paragraph.key, text="", channel="demo")
    if not report.signer_name:
        report_services.report_update(report, actor=actor, channel="demo",
                                      data={"signer_name": context.approver(slug).get_full_name()})
    return report_services.report_finalize(report, actor=actor, channel="demo")
