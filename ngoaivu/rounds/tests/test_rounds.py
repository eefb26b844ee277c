"""The Ministry's round: opening, submitting, returning, the board, the compilation, scoping."""
from datetime import date, datetime
from datetime import timezone as dt_timezone
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ngoaivu.core.roles import Role
from ngoaivu.rounds import services
from ngoaivu.rounds.choices import BoardStatus, SubmissionState
from ngoaivu.rounds.compilation import compile_round
from ngoaivu.rounds.models import Submission
from ngoaivu.rounds.selectors import board, board_counts, round_list, submission_list

pytestmark = pytest.mark.django_db


def test_only_the_national_administrator_opens_and_closes_a_round(open_round, make_user, own_province, national_user):
    for user in (make_user(role=Role.ADMIN, province=own_province), national_user):
        with pytest.raises(PermissionDenied):
            services.round_open(actor=user, data={"title": "x", "period_start": date(2023, 1, 1),
                                                  "period_end": date(2023, 12, 31), "due_on": date(2024, 1, 1)})
    reporting_round = open_round()
    with pytest.raises(PermissionDenied):
        services.round_close(reporting_round, actor=national_user)
    assert services.round_close(reporting_round, actor=reporting_round.opened_by).status == "closed"


def test_a_due_date_before_the_period_is_refused(national_admin):
    with pytest.raises(ValidationError) as error:
        services.round_open(actor=national_admin, data={"title": "x", "period_start": date(2023, 1, 1),
                                                        "period_end": date(2023, 12, 31), "due_on": date(2022, 12, 1)})
    assert "due_on" in error.value.message_dict


def test_an_approver_submits_a_locked_report_frozen_as_sent(open_round, final_report, approver_of, units_2023,
                                                            export_figure):
    unit = units_2023["Hà Tĩnh"]
    export_figure(unit, "2400000000")
    reporting_round, report = open_round(), final_report(unit)
    submission = services.submission_create(actor=approver_of(unit), reporting_round=reporting_round, report=report)
    assert (submission.province, submission.sequence, submission.state) == (unit, 1, SubmissionState.SUBMITTED)
    assert bytes(submission.document)[:2] == b"PK" and len(submission.document_sha256) == 64
    assert submission.snapshot["figures"]["export_value"]["value"] == "2400000000.00"


def test_a_draft_or_another_period_cannot_be_sent(open_round, make_report_draft, final_report, approver_of,
                                                  units_2023):
    unit = units_2023["Hà Tĩnh"]
    reporting_round = open_round()
    with pytest.raises(ValidationError) as error:
        services.submission_create(actor=approver_of(unit), reporting_round=reporting_round,
                                   report=make_report_draft(unit))
    assert "hoàn thành" in str(error.value)
    other = open_round(period_start=date(2023, 1, 1), period_end=date(2023, 6, 30), due_on=date(2023, 7, 15))
    with pytest.raises(ValidationError) as error:
        services.submission_create(actor=approver_of(unit), reporting_round=other, report=final_report(unit))
    assert "khác kỳ" in str(error.value)


def test_only_an_approver_of_the_province_sends(open_round, final_report, make_user, approver_of, units_2023):
    unit = units_2023["Hà Tĩnh"]
    reporting_round, report = open_round(), final_report(unit)
    specialist = make_user(role=Role.SPECIALIST, province=report.province)
    for user in (specialist, approver_of(units_2023["Thanh Hóa"])):
        with pytest.raises(PermissionDenied):
            services.submission_create(actor=user, reporting_round=reporting_round, report=report)
    assert not Submission.objects.exists()


def test_a_correction_needs_a_reason_and_becomes_a_new_version(open_round, final_report, approver_of, units_2023):
    unit = units_2023["Hà Tĩnh"]
    reporting_round, report, approver = open_round(), final_report(unit), approver_of(unit)
    first = services.submission_create(actor=approver, reporting_round=reporting_round, report=report)
    with pytest.raises(ValidationError) as error:
        services.submission_create(actor=approver, reporting_round=reporting_round, report=report)
    assert "reason" in error.value.message_dict
    second = services.submission_create(actor=approver, reporting_round=reporting_round, report=report,
                                        reason="Cập nhật số liệu xuất khẩu")
    assert (second.sequence, second.reason) == (2, "Cập nhật số liệu xuất khẩu")
    first.refresh_from_db()
    assert first.state == SubmissionState.SUBMITTED and first.sequence == 1


def test_the_ministry_returns_with_comments_and_the_province_resubmits(open_round, final_report, approver_of,
                                                                       units_2023, national_admin):
    unit = units_2023["Hà Tĩnh"]
    reporting_round, report, approver = open_round(), final_report(unit), approver_of(unit)
    submission = services.submission_create(actor=approver, reporting_round=reporting_round, report=report)
    with pytest.raises(ValidationError):
        services.submission_return(submission, actor=national_admin, comment="  ")
    with pytest.raises(PermissionDenied):
        services.submission_return(submission, actor=approver, comment="Tự trả lại")
    returned = services.submission_return(submission, actor=national_admin, comment="Bổ sung số liệu FDI")
    assert (returned.state, returned.return_comment) == (SubmissionState.RETURNED, "Bổ sung số liệu FDI")
    assert board(reporting_round, user=national_admin)[0].status == BoardStatus.RETURNED
    again = services.submission_create(actor=approver, reporting_round=reporting_round, report=report)
    assert again.sequence == 2  # after a return, no reason is required
    with pytest.raises(ValidationError):
        services.submission_return(returned, actor=national_admin, comment="Lần nữa")


def test_a_closed_round_takes_no_report(open_round, final_report, approver_of, units_2023, national_admin):
    unit = units_2023["Hà Tĩnh"]
    reporting_round = open_round()
    services.round_close(reporting_round, actor=national_admin)
    with pytest.raises(ValidationError):
        services.submission_create(actor=approver_of(unit), reporting_round=reporting_round, report=final_report(unit))


def test_the_board_shows_each_state_and_days_late(open_round, final_report, make_report_draft, approver_of,
                                                  units_2023, national_admin):
    reporting_round = open_round(due=date(2024, 1, 15))
    services.submission_create(actor=approver_of(units_2023["Hà Tĩnh"]), reporting_round=reporting_round,
                               report=final_report(units_2023["Hà Tĩnh"]))
    make_report_draft(units_2023["Thanh Hóa"])
    before_due = {row.unit.name: row for row in board(reporting_round, user=national_admin, today=date(2024, 1, 10))}
    assert {name: row.status for name, row in before_due.items()} == {
        "Hà Tĩnh": BoardStatus.SUBMITTED, "Thanh Hóa": BoardStatus.DRAFTING, "Nghệ An": BoardStatus.NOT_STARTED}
    after_due = board(reporting_round, user=national_admin, today=date(2024, 1, 20))
    assert board_counts(after_due)[BoardStatus.LATE] == 2
    assert {row.unit.name: row.days_late for row in after_due if row.status == BoardStatus.LATE} == {
        "Thanh Hóa": 5, "Nghệ An": 5}


def test_a_report_sent_after_the_due_date_counts_its_days_late(open_round, final_report, approver_of, units_2023,
                                                              national_admin):
    unit = units_2023["Hà Tĩnh"]
    reporting_round = open_round(due=date(2024, 1, 15))
    submission = services.submission_create(actor=approver_of(unit), reporting_round=reporting_round,
                                            report=final_report(unit))
    Submission.objects.filter(pk=submission.pk).update(submitted_at=datetime(2024, 1, 18, 3, tzinfo=dt_timezone.utc))
    row = board(reporting_round, user=national_admin, today=date(2024, 2, 1))[0]
    assert (row.status, row.days_late) == (BoardStatus.SUBMITTED, 3)


def test_a_province_sees_the_rounds_asking_it_and_only_its_own_submissions(
        open_round, final_report, approver_of, units_2023, make_user, national_admin):
    reporting_round = open_round(provinces=[units_2023["Hà Tĩnh"], units_2023["Thanh Hóa"]])
    for name in ("Hà Tĩnh", "Thanh Hóa"):
        services.submission_create(actor=approver_of(units_2023[name]), reporting_round=reporting_round,
                                   report=final_report(units_2023[name]))
    hatinh_viewer = make_user(role=Role.VIEWER, province=approver_of(units_2023["Hà Tĩnh"]).province)
    assert [s.province.name for s in submission_list(user=hatinh_viewer)] == ["Hà Tĩnh"]
    assert [row.unit.name for row in board(reporting_round, user=hatinh_viewer)] == ["Hà Tĩnh"]
    nghean_viewer = make_user(role=Role.VIEWER, province=approver_of(units_2023["Nghệ An"]).province)
    assert list(round_list(user=nghean_viewer)) == []
    assert submission_list(user=national_admin).count() == 2


def test_the_compilation_uses_the_submitted_figures_and_names_the_missing(
        open_round, final_report, approver_of, units_2023, national_admin, export_figure):
    unit = units_2023["Hà Tĩnh"]
    figure = export_figure(unit, "2400000000")
    reporting_round = open_round()
    services.submission_create(actor=approver_of(unit), reporting_round=reporting_round, report=final_report(unit))
    # After sending, the records change and another province has figures but sent nothing.
    type(figure).objects.filter(pk=figure.pk).update(value=Decimal("2500000000"))
    export_figure(units_2023["Thanh Hóa"], "900000000")
    compilation = compile_round(reporting_round, user=national_admin)
    assert compilation.submitted == ["Hà Tĩnh"] and compilation.missing == ["Nghệ An", "Thanh Hóa"]
    assert compilation.data["units"]["vn63-42"]["values"]["export_value"]["value"] == "2400000000.00"
    assert "vn63-38" not in compilation.data["units"]  # Thanh Hóa's draft figures are not compiled
    [difference] = compilation.differences
    assert (difference.submitted, difference.today) == (Decimal("2400000000.00"), Decimal("2500000000.00"))
    texts = [getattr(block, "text", "") for block in compilation.document.sections[0].blocks]
    assert any("1/3 tỉnh, thành phố đã gửi báo cáo" in text and "Chưa gửi báo cáo: Nghệ An, Thanh Hóa" in text
               for text in texts)
    tables = compilation.document.tables()
    assert tables[-1].rows == [["Hà Tĩnh", "Kim ngạch xuất khẩu (triệu USD)", Decimal("2400"), Decimal("2500")]]


def test_a_submission_stays_as_sent(open_round, final_report, approver_of, units_2023, national_admin,
                                    export_figure, make_user):
    """Neither a return, a resubmission, the records changing nor the report's services
    alter what was sent: its document, fingerprint and figures stay byte for byte."""
    import hashlib

    from ngoaivu.reports import services as report_services

    unit = units_2023["Hà Tĩnh"]
    figure = export_figure(unit, "2400000000")
    reporting_round, report, approver = open_round(), final_report(unit), approver_of(unit)
    sent = services.submission_create(actor=approver, reporting_round=reporting_round, report=report)
    frozen = (bytes(sent.document), sent.document_sha256, sent.snapshot, sent.submitted_at, sent.report_version_id)
    writer = make_user(role=Role.SPECIALIST, province=approver.province)
    type(figure).objects.filter(pk=figure.pk).update(value=Decimal("2500000000"))
    for change in (lambda: report_services.report_regenerate(report, actor=writer),
                   lambda: report_services.report_delete(report, actor=writer),
                   lambda: report_services.report_update(report, actor=writer, data={"signer_name": "Khác"})):
        with pytest.raises(ValidationError):
            change()
    services.submission_return(sent, actor=national_admin, comment="Bổ sung")
    services.submission_create(actor=approver, reporting_round=reporting_round, report=report)
    sent.refresh_from_db()
    assert (bytes(sent.document), sent.document_sha256, sent.snapshot, sent.submitted_at,
            sent.report_version_id) == frozen
    assert hashlib.sha256(bytes(sent.document)).hexdigest() == sent.document_sha256
    assert sent.snapshot["figures"]["export_value"]["value"] == "2400000000.00"


def test_a_closed_round_returns_nothing(open_round, final_report, approver_of, units_2023, national_admin, client_for):
    """Returned in a closed round, a report could not be sent again: the Ministry reopens first."""
    from django.urls import reverse

    unit = units_2023["Hà Tĩnh"]
    reporting_round = open_round()
    sent = services.submission_create(actor=approver_of(unit), reporting_round=reporting_round,
                                      report=final_report(unit))
    services.round_close(reporting_round, actor=national_admin)
    with pytest.raises(ValidationError) as error:
        services.submission_return(sent, actor=national_admin, comment="Bổ sung")
    assert "mở lại" in str(error.value)
    page = client_for(national_admin).get(reverse("rounds:round_detail", args=[reporting_round.pk])).content.decode()
    assert reverse("rounds:submission_return", args=[sent.pk]) not in page
    services.round_reopen(reporting_round, actor=national_admin)
    assert services.submission_return(sent, actor=national_admin, comment="Bổ sung").state == SubmissionState.RETURNED


def test_only_the_latest_sending_offers_a_return(open_round, final_report, approver_of, units_2023, national_admin,
                                                 client_for):
    from django.urls import reverse

    unit = units_2023["Hà Tĩnh"]
    reporting_round, report, approver = open_round(), final_report(unit), approver_of(unit)
    first = services.submission_create(actor=approver, reporting_round=reporting_round, report=report)
    second = services.submission_create(actor=approver, reporting_round=reporting_round, report=report,
                                        reason="Cập nhật số liệu")
    page = client_for(national_admin).get(reverse("rounds:round_detail", args=[reporting_round.pk])).content.decode()
    assert reverse("rounds:submission_return", args=[second.pk]) in page
    assert reverse("rounds:submission_return", args=[first.pk]) not in page
