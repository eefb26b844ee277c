"""Reads of consular records, always within the user's province scope."""
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.consular.choices import ActivityStatus
from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.consular.workflow import OPEN_STATUSES
from ngoaivu.core.registry import records

# An internal follow-up threshold, not a legal deadline: no time limit for the
# Cục Lãnh sự's answer is set in writing.
CASE_FOLLOW_UP_DAYS = 30
# How far ahead a planned activity with overseas Vietnamese shows as coming up.
ACTIVITY_NOTICE_DAYS = 30


def citizen_case_list(*, user):
    return records(CitizenCase, user)


def citizen_cases_open_too_long(cases):
    """Attention rule: cases still open a month after they were received."""
    limit = timezone.localdate() - timedelta(days=CASE_FOLLOW_UP_DAYS)
    stale = cases.filter(status__in=OPEN_STATUSES, opened_on__lt=limit).order_by("opened_on")
    return [(_("Vụ việc bảo hộ công dân mở quá %(days)s ngày") % {"days": CASE_FOLLOW_UP_DAYS}, stale, "overdue")]


def overseas_activity_list(*, user):
    return records(OverseasActivity, user)


def overseas_activities_to_follow(activities):
    """Attention rule: planned activities coming up, and those whose date passed without a result."""
    today = timezone.localdate()
    planned = activities.filter(status=ActivityStatus.PLANNED).order_by("held_on")
    return [
        (_("Hoạt động với kiều bào sắp diễn ra"),
         planned.filter(held_on__gte=today, held_on__lte=today + timedelta(days=ACTIVITY_NOTICE_DAYS)), "due"),
        (_("Hoạt động với kiều bào đã qua ngày dự kiến, chưa cập nhật kết quả"),
         planned.filter(held_on__lt=today), "overdue"),
    ]


def labour_deployment_list(*, user):
    return records(LabourDeployment, user)
