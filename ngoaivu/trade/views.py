from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from ngoaivu.accounts.roles import Action
from ngoaivu.core.scoping import may_act_in_province, restrict
from ngoaivu.trade import selectors, services
from ngoaivu.trade.filtersets import BorderGateFilterSet, TradeFigureFilterSet
from ngoaivu.trade.forms import BorderGateForm, BorderGateStatusChangeForm, TradeFigureForm
from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure
from ngoaivu.trade.tables import BorderGateTable, TradeFigureTable
from ngoaivu.ui.display import field_rows
from ngoaivu.ui.views import records


class BorderGateMixin:
    model = BorderGate
    select_related = ("country", "province")


class BorderGateListView(BorderGateMixin, records.RecordListView):
    filterset_class = BorderGateFilterSet
    table_class = BorderGateTable


class BorderGateDetailView(BorderGateMixin, records.RecordDetailView):
    template_name = "trade/bordergate_detail.html"

    def detail_rows(self, obj):
        return [*super().detail_rows(obj), (_("Trạng thái hiện tại"), obj.attention_note or obj.current_status_label)]

    def extra_context(self, obj) -> dict:
        return {
            "status_changes": selectors.border_gate_status_history(user=self.request.user, gate=obj),
            "status_form": BorderGateStatusChangeForm(),
        }


class BorderGateStatusAddView(records.DetailFormView, BorderGateDetailView):
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
        services.border_gate_status_change_delete(change, actor=request.user, channel=records.UI_CHANNEL)
        messages.success(request, _("Đã xóa “%(obj)s”. Có thể khôi phục trong Thùng rác.") % {"obj": change})
        return redirect("trade:gate_detail", change.gate_id)


class BorderGateCreateView(BorderGateMixin, records.RecordCreateView):
    form_class = BorderGateForm
    create_service = services.border_gate_create


class BorderGateUpdateView(BorderGateMixin, records.RecordUpdateView):
    form_class = BorderGateForm
    update_service = services.border_gate_update


class BorderGateDeleteView(BorderGateMixin, records.RecordDeleteView):
    delete_service = services.border_gate_delete


class BorderGateHistoryView(BorderGateMixin, records.RecordHistoryView):
    pass


class TradeFigureMixin:
    model = TradeFigure
    select_related = ("border_gate", "province")


class TradeFigureListView(TradeFigureMixin, records.RecordListView):
    filterset_class = TradeFigureFilterSet
    table_class = TradeFigureTable


class TradeFigureDetailView(TradeFigureMixin, records.RecordDetailView):
    template_name = "trade/tradefigure_detail.html"

    def detail_rows(self, obj):
        return [*field_rows(obj, ("flow", "period_start", "period_end")), (_("Giá trị"), obj.value_display),
                *field_rows(obj, ("is_estimate", "border_gate", "commodity", "source", "note", "province"))]

    def extra_context(self, obj) -> dict:
        comparison = selectors.trade_figure_compared(
            user=self.request.user, province=obj.province, flow=obj.flow, start=obj.period_start,
            end=obj.period_end, border_gate=obj.border_gate, commodity=obj.commodity,
        )
        return {"comparison": comparison}


class TradeFigureCreateView(TradeFigureMixin, records.RecordCreateView):
    form_class = TradeFigureForm
    create_service = services.trade_figure_create


class TradeFigureUpdateView(TradeFigureMixin, records.RecordUpdateView):
    form_class = TradeFigureForm
    update_service = services.trade_figure_update


class TradeFigureDeleteView(TradeFigureMixin, records.RecordDeleteView):
    delete_service = services.trade_figure_delete


class TradeFigureHistoryView(TradeFigureMixin, records.RecordHistoryView):
    pass
