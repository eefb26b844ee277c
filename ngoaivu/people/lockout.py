"""What a locked-out login gets (django-axes' AXES_LOCKOUT_CALLABLE): a page, or JSON for the API."""
from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from ngoaivu.api.errors import API_PREFIX

LOCKOUT_STATUS = 429


def lockout_minutes() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_message() -> str:
    return _("Đăng nhập sai quá %(limit)d lần: tài khoản hoặc địa chỉ này bị tạm khóa đăng nhập. "
             "Hãy thử lại sau %(minutes)d phút, hoặc nhờ quản trị đặt lại mật khẩu.") % {
        "limit": settings.AXES_FAILURE_LIMIT, "minutes": lockout_minutes()}


def lockout_response(request, original_response=None, credentials=None):
    """429 with Retry-After: every attempt in the lockout, even with the right password, gets this."""
    headers = {"Retry-After": str(int(settings.AXES_COOLOFF_TIME.total_seconds()))}
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": lockout_message()}, status=LOCKOUT_STATUS, headers=headers)
    response = render(request, "registration/lockout.html", {"message": lockout_message()}, status=LOCKOUT_STATUS)
    response["Retry-After"] = headers["Retry-After"]
    return response
