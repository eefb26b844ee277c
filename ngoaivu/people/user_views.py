"""The user-management pages of a province's administrator (national: every user).

Another province's user is "not found"; every write goes through ngoaivu.accounts.users.
"""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ngoaivu.accounts import users as user_services
from ngoaivu.accounts.selectors import users_managed_by
from ngoaivu.core.channels import UI_CHANNEL
from ngoaivu.core.roles import Role
from ngoaivu.people.forms import UserCreateForm, UserDetailsForm, UserPasswordForm
from ngoaivu.ui.forms import apply_validation_error

PAGE_SIZE = 50


def _require_manager(request) -> None:
    if not user_services.may_manage_users(request.user):
        raise PermissionDenied(_("Chỉ quản trị của tỉnh, thành phố được quản lý người dùng."))


def _managed_user(request, pk: int):
    _require_manager(request)
    user = users_managed_by(request.user).filter(pk=pk).first()
    if user is None:
        raise Http404(_("Không tìm thấy người dùng."))
    return user


def _active_filter(value: str):
    return {"1": True, "0": False}.get(value)


@login_required
def user_list(request):
    _require_manager(request)
    query, role, active = request.GET.get("q", "").strip(), request.GET.get("role", ""), request.GET.get("active", "")
    page = Paginator(users_managed_by(request.user, query=query, role=role if role in Role.values else "",
                                      active=_active_filter(active)), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "people/user_list.html", {
        "page": page, "query": query, "role": role, "active": active, "roles": Role.choices,
        "every_province": user_services.manages_every_province(request.user)})


def _saved(request, form, write) -> bool:
    try:
        write()
    except ValidationError as error:
        apply_validation_error(form, error)
        return False
    return True


@login_required
def user_create(request):
    _require_manager(request)
    every_province = user_services.manages_every_province(request.user)
    form = UserCreateForm(request.POST or None, every_province=every_province, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data, "password": form.cleaned_data["password1"]}
        created = {}
        if _saved(request, form, lambda: created.setdefault(
                "user", user_services.user_create(actor=request.user, data=data, channel=UI_CHANNEL))):
            messages.success(request, _("Đã tạo người dùng %(name)s.") % {"name": created["user"].username})
            return HttpResponseRedirect(reverse("accounts:user_edit", args=[created["user"].pk]))
    return render(request, "people/user_form.html", {"form": form, "creating": True},
                  status=400 if request.method == "POST" else 200)


@login_required
def user_edit(request, pk: int):
    """A user's details and role; deactivating and the password are buttons on the same page."""
    target = _managed_user(request, pk)
    initial = {name: getattr(target, name) for name in user_services.DETAIL_FIELDS}
    form = UserDetailsForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        if _saved(request, form, lambda: user_services.user_update(target, actor=request.user,
                                                                   data=form.cleaned_data, channel=UI_CHANNEL)):
            messages.success(request, _("Đã lưu người dùng %(name)s.") % {"name": target.username})
            return HttpResponseRedirect(reverse("accounts:user_edit", args=[pk]))
    return render(request, "people/user_form.html", {
        "form": form, "target": target, "password_form": UserPasswordForm(user=request.user),
        "is_self": target.pk == request.user.pk}, status=400 if request.method == "POST" else 200)


@login_required
@require_POST
def user_set_active(request, pk: int):
    target = _managed_user(request, pk)
    active = request.POST.get("active") == "1"
    try:
        user_services.user_set_active(target, actor=request.user, active=active, channel=UI_CHANNEL)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, (_("Đã mở lại tài khoản %(name)s.") if active else
                                   _("Đã khóa tài khoản %(name)s: không đăng nhập được nữa.")) % {"name": target.username})
    return HttpResponseRedirect(reverse("accounts:user_edit", args=[pk]))


@login_required
@require_POST
def user_password(request, pk: int):
    target = _managed_user(request, pk)
    form = UserPasswordForm(request.POST, user=request.user)
    if form.is_valid() and _saved(request, form, lambda: user_services.user_set_password(
            target, actor=request.user, password=form.cleaned_data["password1"], channel=UI_CHANNEL)):
        messages.success(request, _("Đã đặt mật khẩu mới cho %(name)s. Hãy báo cho người dùng và nhắc đổi mật khẩu.")
                         % {"name": target.username})
        return HttpResponseRedirect(reverse("accounts:user_edit", args=[pk]))
    initial = {name: getattr(target, name) for name in user_services.DETAIL_FIELDS}
    return render(request, "people/user_form.html", {
        "form": UserDetailsForm(initial=initial, user=request.user), "target": target, "password_form": form,
        "is_self": target.pk == request.user.pk}, status=400)
