import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class AgreementTable(RecordTable):
    title = DetailLinkColumn(verbose_name=_("Tên thỏa thuận"), attrs={"td": {"class": "text-wrap"}})
    partners = tables.ManyToManyColumn(verbose_name=_("Bên nước ngoài"), orderable=False)

    class Meta(RecordTable.Meta):
        model = Agreement
        fields = ("title", "kind", "partners", "vietnamese_party", "signed_on", "term_end", "status", "reported_on",
                  "province")


class AgreementReviewTable(RecordTable):
    year = DetailLinkColumn(verbose_name=_("Năm đánh giá"))

    class Meta(RecordTable.Meta):
        model = AgreementReview
        fields = ("year", "agreement", "rating", "summary", "province")


class AgreementDocumentTable(RecordTable):
    kind = DetailLinkColumn(verbose_name=_("Loại tài liệu"))

    class Meta(RecordTable.Meta):
        model = AgreementDocument
        fields = ("kind", "title", "agreement", "uploaded_by", "created_at", "province")
