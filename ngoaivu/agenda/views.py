"""The calendar page (month and agenda views), the iCal feed and its settings page."""
from __future__ import annotations

import calendar as month_calendar
import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ngoaivu.agenda import ical, selectors, services
from ngoaivu.agenda.events import KINDS, STATES
from ngoaivu.agenda.models import FeedToken

FEED_PAST = datetime.timedelta(days=365)
FEED_AHEAD = datetime.timedelta(days=550)
MONTH_NAMES = ["", "Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8",
               "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]
WEEKDAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
DAY_LIMIT = 6  # entries shown in a day's box; the rest are counted and listed in the list view


def _month(request, errors: list) -> datetime.date:
    """?thang=2023-12 or the current month; an unreadable value is said, not ignored."""
    value = request.GET.get("thang", "")
    if value:
        try:
            return datetime.datetime.strptime(value, "%Y-%m").date()
        except ValueError:
            errors.append(_("Tháng “%(value)s” không đúng dạng năm-tháng (ví dụ 2023-12); đang hiển thị tháng này.")
                          % {"value": value})
    return timezone.localdate().replace(day=1)


@login_required
def calendar_page(request):
    errors: list[str] = []
    month = _month(request, errors)
    view = request.GET.get("xem", "thang")
    if view not in ("thang", "danh-sach"):
        errors.append(_("Cách xem “%(value)s” không có; đang xem theo tháng.") % {"value": view})
        view = "thang"
    kinds = [kind for kind in request.GET.getlist("loai") if kind in KINDS]
    unknown = [kind for kind in request.GET.getlist("loai") if kind not in KINDS]
    if unknown:
        errors.append(_("Loại “%(value)s” không có; đã bỏ qua.") % {"value": ", ".join(unknown)})
    weeks = month_calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    first, last = weeks[0][0], weeks[-1][-1]
    events = selectors.calendar_events(user=request.user, first=first, last=last, kinds=kinds)
    by_day: dict[datetime.date, list] = {}
    for event in events:
        by_day.setdefault(event.day, []).append(event)
    in_month = [event for event in events if event.day.month == month.month]
    suggestion = None
    if not [event for event in in_month if event.kind != "annual"] and "thang" not in request.GET:
        latest = selectors.latest_event_day(user=request.user)
        suggestion = latest.replace(day=1) if latest and latest.replace(day=1) != month else None
    previous_month = (month - datetime.timedelta(days=1)).replace(day=1)
    next_month = (month + datetime.timedelta(days=32)).replace(day=1)
    context = {
        "month": month, "month_label": f"{MONTH_NAMES[month.month]}/{month.year}", "view": view,
        "weeks": [[{"day": day, "in_month": day.month == month.month, "events": by_day.get(day, [])[:DAY_LIMIT],
                    "more": max(0, len(by_day.get(day, [])) - DAY_LIMIT),
                    "today": day == timezone.localdate()} for day in week] for week in weeks],
        "weekdays": WEEKDAYS, "events": in_month, "kinds": KINDS, "states": STATES, "selected_kinds": kinds,
        "previous_month": previous_month, "next_month": next_month, "errors": errors, "suggestion": suggestion,
        "national": request.user.province_id is None,
    }
    return render(request, "agenda/calendar.html", context)


@login_required
def feed_page(request):
    token = services.feed_token_for(request.user)
    url = request.build_absolute_uri(reverse("agenda:ical", args=[token.token]))
    return render(request, "agenda/feed.html", {"feed_url": url, "webcal_url": url.replace("http", "webcal", 1)})


@login_required
@require_POST
def feed_revoke(request):
    services.feed_token_revoke(request.user)
    messages.success(request, _("Đã thu hồi địa chỉ lịch cũ; các lịch đã đăng ký theo địa chỉ đó sẽ không cập nhật "
                                "nữa. Dưới đây là địa chỉ mới."))
    return redirect("agenda:feed")


def ical_feed(request, token: str):
    """No session: calendar programs fetch with the secret address alone."""
    feed = FeedToken.objects.select_related("user", "user__province").filter(token=token).first()
    if feed is None or not feed.user.is_active:
        raise Http404(_("Địa chỉ lịch không còn hiệu lực."))
    today = timezone.localdate()
    events = selectors.calendar_events(user=feed.user, first=today - FEED_PAST, last=today + FEED_AHEAD,
                                       today=today)
    name = _("Công tác đối ngoại — %(who)s") % {
        "who": feed.user.province.name if feed.user.province_id else _("Trung ương")}
    body = ical.to_ical(events, name=name, base_url=request.build_absolute_uri("/")[:-1])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="ngoaivu.ics"'
    return response
