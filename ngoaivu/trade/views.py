from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import may_act_in_province, restrict
from ngoaivu.core.services import record_delete
from ngoaivu.trade import selectors, services
from ngoaivu.trade.forms import BorderGateStatusChangeForm
from ngoaivu.trade.models import BorderGate, BorderGateStatusChange
from ngoaivu.ui.display import field_rows
from ngoaivu.ui.views import records


class BorderGateDetailView(records.RecordDetailView):
    def detail_rows(self, obj):
        return [*super().detail_rows(obj), (_("Trạng thái hiện tại"), obj.attention_note or obj.current_status_label)]

    def extra_context(self, obj) -> dict:
        return {
            "status_changes": selectors.border_gate_status_history(user=self.request.user, gate=obj),
            "status_form": BorderGateStatusChangeForm(),
        }


class BorderGateStatusAddView(records.DetailFormView, BorderGateDetailView):
    model = BorderGate
    form_class = BorderGateStatusChangeForm
    form_context_name = "status_form"
    required_action = Action.ADD
    success_message = gettext_lazy("Đã ghi nhận thay đổi trạng thái cửa khẩu.")

    def save(self, gate, data):
        services.border_gate_status_change_add(actor=self.request.user, data={**data, "gate": gate},
                                               channel=records.UI_CHANNEL)


class BorderGateStatusDeleteView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        change = restrict(BorderGateStatusChange.objects.all(), request.user).filter(pk=pk).first()
        if change is None:
            raise Http404(_("Không tìm thấy bản ghi."))
        if not may_act_in_province(request.user, Action.DELETE, change.province_id):
            raise PermissionDenied(_("Bạn không có quyền thực hiện thao tác này."))
        record_delete(change, actor=request.user, channel=records.UI_CHANNEL)
        messages.success(request, _("Đã xóa “%(obj)s”. Có thể khôi phục trong Thùng rác.") % {"obj": change})
        return redirect("trade:gate_detail", change.gate_id)


class TradeFigureDetailView(records.RecordDetailView):
    def detail_rows(self, obj):
        return [*field_rows(obj, ("flow", "period_start", "period_end")), (_("Giá trị"), obj.value_display),
                *field_rows(obj, ("is_estimate", "border_gate", "commodity", "source", "note", "province"))]

    def extra_context(self, obj) -> dict:
        comparison = selectors.trade_figure_compared(
            user=self.request.user, province=obj.province, flow=obj.flow, start=obj.period_start,
            end=obj.period_end, border_gate=obj.border_gate, commodity=obj.commodity,
        )
        return {"comparison": comparison}
