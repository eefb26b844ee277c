"""Pages of the reporting rounds: the list, opening a round, the status board (the
Ministry) or the province's own row with its submissions, sending, returning, the
submitted documents and the compilation."""
import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ngoaivu.core.roles import Action, can
from ngoaivu.core.scoping import may_act_in_province
from ngoaivu.reports.exports import FORMATS
from ngoaivu.reports.preview import document_preview
from ngoaivu.reports.selectors import report_list
from ngoaivu.reports.views import download
from ngoaivu.rounds import services
from ngoaivu.rounds.choices import BoardStatus
from ngoaivu.rounds.compilation import compile_round
from ngoaivu.rounds.forms import ReturnForm, RoundForm, SubmissionForm
from ngoaivu.rounds.selectors import board, board_counts, days_left, round_list, submission_list
from ngoaivu.ui.forms import apply_validation_error
from ngoaivu.ui.views.records import UI_CHANNEL

STATUS_PARAMETER = "trang-thai"


def _round_or_404(request, pk: int):
    return get_object_or_404(round_list(user=request.user), pk=pk)


def _manager(request) -> bool:
    return can(request.user, Action.MANAGE_ROUNDS)


@login_required
def round_list_view(request):
    rounds = list(round_list(user=request.user))
    rows = []
    for reporting_round in rounds:
        own = board(reporting_round, user=request.user)
        rows.append({"round": reporting_round, "days_left": days_left(reporting_round),
                     "counts": board_counts(own), "total": len(own), "own": own if request.user.province_id else []})
    return render(request, "rounds/round_list.html", {"rows": rows, "may_open": _manager(request)})


@login_required
def round_create_view(request):
    if not _manager(request):
        raise PermissionDenied(_("Chỉ quản trị cấp Trung ương (Bộ Ngoại giao) mở được đợt báo cáo."))
    form = RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            reporting_round = services.round_open(actor=request.user, data=form.service_data(), channel=UI_CHANNEL)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Đã mở đợt báo cáo “%(title)s”.") % {"title": reporting_round.title})
            return HttpResponseRedirect(reverse("rounds:round_detail", args=[reporting_round.pk]))
    return render(request, "rounds/round_form.html", {"form": form})


@login_required
def round_detail_view(request, pk: int):
    reporting_round = _round_or_404(request, pk)
    rows = board(reporting_round, user=request.user)
    counts = board_counts(rows)
    status = request.GET.get(STATUS_PARAMETER, "")
    if status and status not in BoardStatus.values:
        messages.warning(request, _("Không có trạng thái “%(status)s”; đang hiện mọi tỉnh, thành phố.") % {
            "status": status})
        status = ""
    shown = [row for row in rows if not status or row.status == status]
    if request.GET.get("tai") == "csv":
        return _board_csv(reporting_round, shown)
    submissions = submission_list(user=request.user).filter(reporting_round=reporting_round)
    context = {
        "round": reporting_round, "rows": shown, "counts": counts, "statuses": BoardStatus.choices,
        "status": status, "days_left": days_left(reporting_round),
        "days_overdue": max(0, -days_left(reporting_round)), "may_manage": _manager(request),
        "submissions": submissions.order_by("province__name", "-sequence"),
        "submit_forms": _submit_forms(request, reporting_round, rows),
        "return_form": ReturnForm(),
    }
    return render(request, "rounds/round_detail.html", context)


def _submit_forms(request, reporting_round, rows) -> list:
    """One form per unit of the user's province that may send, offering its final reports of the period."""
    if not reporting_round.is_open or request.user.province_id is None:
        return []
    forms = []
    finals = report_list(user=request.user).filter(status="final", period_start=reporting_round.period_start,
                                                   period_end=reporting_round.period_end)
    for row in rows:
        if may_act_in_province(request.user, Action.APPROVE, row.unit.pk):
            forms.append((row, SubmissionForm(reports=finals.filter(province=row.unit), prefix=f"unit{row.unit.pk}")))
    return forms


def _board_csv(reporting_round, rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="dot-bao-cao-{reporting_round.pk}.csv"'
    response.write("\ufeff")  # Excel reads UTF-8 only with the BOM
    writer = csv.writer(response)
    writer.writerow([_("Tỉnh, thành phố"), _("Trạng thái"), _("Số ngày trễ hạn"), _("Lần gửi"), _("Hoạt động gần nhất")])
    for row in rows:
        writer.writerow([row.unit.name, row.status_label, row.days_late, row.latest.sequence if row.latest else "",
                         row.last_activity.strftime("%d/%m/%Y %H:%M") if row.last_activity else ""])
    return response


@login_required
@require_POST
def round_close_view(request, pk: int):
    reporting_round = _round_or_404(request, pk)
    action = services.round_reopen if request.POST.get("mo-lai") else services.round_close
    try:
        action(reporting_round, actor=request.user, channel=UI_CHANNEL)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return HttpResponseRedirect(reverse("rounds:round_detail", args=[pk]))


@login_required
@require_POST
def submission_create_view(request, pk: int, unit_pk: int):
    reporting_round = _round_or_404(request, pk)
    finals = report_list(user=request.user).filter(status="final", province_id=unit_pk)
    form = SubmissionForm(request.POST, reports=finals, prefix=f"unit{unit_pk}")
    if form.is_valid():
        try:
            services.submission_create(actor=request.user, reporting_round=reporting_round,
                                       report=form.cleaned_data["report"], reason=form.cleaned_data["reason"],
                                       channel=UI_CHANNEL)
        except ValidationError as error:
            apply_validation_error(form, error)
    if form.errors:
        for message in [m for messages_ in form.errors.values() for m in messages_]:
            messages.error(request, message)
    else:
        messages.success(request, _("Đã gửi báo cáo đến Bộ Ngoại giao."))
    return HttpResponseRedirect(reverse("rounds:round_detail", args=[pk]))


@login_required
@require_POST
def submission_return_view(request, pk: int):
    submission = get_object_or_404(submission_list(user=request.user), pk=pk)
    form = ReturnForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors["comment"])
        services.submission_return(submission, actor=request.user, comment=form.cleaned_data["comment"],
                                   channel=UI_CHANNEL)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Đã trả lại báo cáo của %(unit)s.") % {"unit": submission.province.name})
    return HttpResponseRedirect(reverse("rounds:round_detail", args=[submission.reporting_round_id]))


@login_required
def submission_document_view(request, pk: int):
    submission = get_object_or_404(submission_list(user=request.user), pk=pk)
    response = HttpResponse(bytes(submission.document), content_type=FORMATS["docx"].content_type)
    response["Content-Disposition"] = (f'attachment; filename="bao-cao-{submission.province.key}-'
                                       f'lan-{submission.sequence}.docx"')
    return response


@login_required
def compilation_view(request, pk: int, fmt: str = ""):
    reporting_round = _round_or_404(request, pk)
    if request.user.province_id is not None:
        raise PermissionDenied(_("Báo cáo tổng hợp của đợt dành cho người dùng cấp Trung ương."))
    compilation = compile_round(reporting_round, user=request.user)
    if fmt:
        if fmt not in FORMATS:
            raise Http404(_("Không có định dạng này."))
        return download(request, compilation.document, fmt, subject=f"dot {reporting_round.pk}",
                        fallback=reverse("rounds:compilation", args=[pk]))
    return render(request, "rounds/compilation.html", {
        "round": reporting_round, "compilation": compilation, "formats": list(FORMATS),
        "preview": document_preview(compilation.document, [])})
