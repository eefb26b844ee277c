import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.legal.choices import DocumentStatus, DocumentType
from ngoaivu.legal.models import LegalDocument
from ngoaivu.ui.filtersets import RecordFilterSet, YearFilter


class LegalDocumentFilterSet(RecordFilterSet):
    doc_type = django_filters.ChoiceFilter(choices=DocumentType.choices, label=_("Loại văn bản"))
    status = django_filters.ChoiceFilter(choices=DocumentStatus.choices, label=_("Tình trạng hiệu lực"))
    issuer = django_filters.CharFilter(lookup_expr="icontains", label=_("Cơ quan ban hành"))
    year = YearFilter(field_name="issued_on__year", label=_("Năm ban hành"))

    class Meta:
        model = LegalDocument
        fields = ["q", "doc_type", "status", "issuer", "year"]
