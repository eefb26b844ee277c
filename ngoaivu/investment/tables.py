import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent
from ngoaivu.ui.tables import DetailLinkColumn, MoneyColumn, RecordTable


class FdiProjectTable(RecordTable):
    name = DetailLinkColumn(verbose_name=_("Tên dự án"))
    investor_country = tables.Column(verbose_name=_("Quốc gia"), order_by=("investor_country__name_vi",))
    registered_capital = MoneyColumn(verbose_name=_("Vốn đăng ký ban đầu"), currency_field="capital_currency")

    class Meta(RecordTable.Meta):
        model = FdiProject
        fields = ("name", "investor_name", "investor_country", "certificate_date", "registered_capital", "status",
                  "province")


class FdiCapitalAdjustmentTable(RecordTable):
    adjusted_on = DetailLinkColumn(verbose_name=_("Ngày điều chỉnh"))
    added_capital = MoneyColumn(verbose_name=_("Vốn tăng thêm"))

    class Meta(RecordTable.Meta):
        model = FdiCapitalAdjustment
        fields = ("adjusted_on", "project", "added_capital", "certificate_number", "province")


class FdiImplementationTable(RecordTable):
    period_end = DetailLinkColumn(verbose_name=_("Đến ngày"))
    amount = MoneyColumn(verbose_name=_("Vốn thực hiện"))

    class Meta(RecordTable.Meta):
        model = FdiImplementation
        fields = ("period_end", "period_start", "project", "amount", "province")


class PromotionEventTable(RecordTable):
    title = DetailLinkColumn(verbose_name=_("Tên sự kiện"))
    country = tables.Column(verbose_name=_("Quốc gia"), order_by=("country__name_vi",))

    class Meta(RecordTable.Meta):
        model = PromotionEvent
        fields = ("title", "kind", "location_kind", "country", "start_date", "agreements_signed", "province")
