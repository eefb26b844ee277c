"""Cross-cutting pages: the province home, search across records, trash, change log."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ngoaivu.core.services import record_restore
from ngoaivu.ui import selectors
from ngoaivu.ui.selectors import change_list


@login_required
def home(request):
    return render(request, "ui/home.html", selectors.home_summary(user=request.user))


@login_required
def search(request):
    text = request.GET.get("q", "")
    return render(request, "ui/search.html", {"q": text, "results": selectors.search_all(user=request.user, text=text)})


@login_required
def trash(request):
    return render(request, "ui/trash.html", {"groups": selectors.trash_list(user=request.user)})


@login_required
@require_POST
def restore(request, model_key: str, pk: int):
    obj = selectors.deleted_record(user=request.user, model_key=model_key, pk=pk)
    if obj is None:
        raise Http404(_("Không tìm thấy bản ghi trong Thùng rác, hoặc bạn không có quyền khôi phục."))
    try:
        record_restore(obj, actor=request.user, channel="ui")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("ui:trash")
    messages.success(request, _("Đã khôi phục “%(obj)s”.") % {"obj": obj})
    return redirect("ui:trash")


@login_required
def changes(request):
    from ngoaivu.ui.history import change_rows
    from ngoaivu.ui.history_filters import ChangeFilterSet

    changes_filter = ChangeFilterSet(request.GET or None, queryset=change_list(user=request.user))
    queryset = changes_filter.qs if changes_filter.is_bound else changes_filter.queryset
    page = Paginator(queryset, 25).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "ui/changes.html", {"rows": change_rows(page.object_list), "page": page,
                                               "filter": changes_filter, "query": query.urlencode()})


@require_POST
def set_language(request):
    """The VI/EN switch: remembered for the signed-in user, and in a cookie before signing in."""
    from django.conf import settings
    from django.views.i18n import set_language as django_set_language

    language = request.POST.get("language", "")
    if language in dict(settings.LANGUAGES) and request.user.is_authenticated:
        request.user.language = language
        request.user.save(update_fields=["language"])
    return django_set_language(request)


@login_required
def partner_map(request):
    from ngoaivu.ui.map_data import map_groups

    groups = map_groups(user=request.user)
    return render(request, "ui/map.html", {
        "groups": groups, "partners": [g for g in groups if g["kind"] == "partner"],
        "gates": [g for g in groups if g["kind"] == "gate"]})


@login_required
def choices(request, model_key: str):
    """JSON options of a record type for a filter's search box, scoped to the user."""
    from django.http import JsonResponse

    from ngoaivu.ui.remote_choices import choice_options

    options = choice_options(user=request.user, model_key=model_key, text=request.GET.get("q", "")[:200])
    if options is None:
        raise Http404(_("Không có danh sách lựa chọn này."))
    return JsonResponse({"results": options})
