import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class CitizenCaseTable(RecordTable):
    person_name = DetailLinkColumn(verbose_name=_("Công dân"))
    country = tables.Column(verbose_name=_("Quốc gia"), order_by=("country__name_vi",))

    class Meta(RecordTable.Meta):
        model = CitizenCase
        fields = ("person_name", "kind", "country", "opened_on", "status", "closed_on", "province")


class OverseasActivityTable(RecordTable):
    title = DetailLinkColumn(verbose_name=_("Hoạt động"))

    class Meta(RecordTable.Meta):
        model = OverseasActivity
        fields = ("title", "kind", "status", "held_on", "country", "participants_count", "province")


class LabourDeploymentTable(RecordTable):
    period = DetailLinkColumn(verbose_name=_("Kỳ"), accessor="period_label", order_by=("period_start",))
    remittances = tables.Column(verbose_name=_("Kiều hối gửi về"), accessor="remittances_display",
                                order_by=("remittances",), attrs={"td": {"class": "text-end"}})

    class Meta(RecordTable.Meta):
        model = LabourDeployment
        fields = ("period", "country", "scheme", "workers_sent", "remittances",
                  "partner", "province")

