import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.ui.tables import DetailLinkColumn, MoneyColumn, RecordTable


class OdaProjectTable(RecordTable):
    title = DetailLinkColumn(verbose_name=_("Tên chương trình, dự án"))
    donor = tables.Column(verbose_name=_("Nhà tài trợ"), order_by=("donor__name",))
    committed_amount = MoneyColumn(verbose_name=_("Vốn cam kết"))

    class Meta(RecordTable.Meta):
        model = OdaProject
        fields = ("title", "donor", "instrument", "project_type", "stage", "actual_start", "committed_amount",
                  "province")


class NgoAidTable(RecordTable):
    title = DetailLinkColumn(verbose_name=_("Tên chương trình, dự án"))
    ngo = tables.Column(verbose_name=_("Tổ chức tài trợ"), order_by=("ngo__name",))
    committed_amount = MoneyColumn(verbose_name=_("Giá trị cam kết"))

    class Meta(RecordTable.Meta):
        model = NgoAid
        fields = ("title", "ngo", "kind", "status", "actual_start", "committed_amount", "province")


class OdaTransactionTable(RecordTable):
    transaction_date = DetailLinkColumn(verbose_name=_("Ngày giao dịch"))
    amount = MoneyColumn(verbose_name=_("Số tiền"))

    class Meta(RecordTable.Meta):
        model = OdaTransaction
        fields = ("transaction_date", "transaction_type", "project", "amount", "note", "province")


class NgoAidTransactionTable(RecordTable):
    transaction_date = DetailLinkColumn(verbose_name=_("Ngày giao dịch"))
    amount = MoneyColumn(verbose_name=_("Số tiền"))

    class Meta(RecordTable.Meta):
        model = NgoAidTransaction
        fields = ("transaction_date", "transaction_type", "aid", "amount", "note", "province")
