import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.agreements.choices import AgreementKind, AgreementLevel, AgreementStatus, ReviewRating
from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview, CooperationField
from ngoaivu.geo.models import Country
from ngoaivu.partners.models import Partner
from ngoaivu.ui.filtersets import RecordFilterSet, YearFilter, scoped_choices


class AgreementFilterSet(RecordFilterSet):
    kind = django_filters.ChoiceFilter(choices=AgreementKind.choices, label=_("Loại"))
    level = django_filters.ChoiceFilter(choices=AgreementLevel.choices, label=_("Cấp ký kết"))
    status = django_filters.ChoiceFilter(choices=AgreementStatus.choices, label=_("Trạng thái"))
    # Filters across partners and fields would repeat an agreement once per matching link, so
    # they (only they: a DISTINCT over the whole list defeats its ordering index) ask for DISTINCT.
    sector = django_filters.ModelChoiceFilter(field_name="sectors", queryset=CooperationField.objects.all(),
                                              label=_("Lĩnh vực hợp tác"), distinct=True)
    partner = django_filters.ModelChoiceFilter(field_name="partners", queryset=scoped_choices(Partner),
                                               label=_("Bên nước ngoài"), distinct=True)
    country = django_filters.ModelChoiceFilter(field_name="partners__country", queryset=Country.objects.all(),
                                               label=_("Quốc gia"), distinct=True)
    signed = django_filters.DateFromToRangeFilter(field_name="signed_on", label=_("Ngày ký (từ – đến)"))
    unreported = django_filters.BooleanFilter(method="filter_unreported", label=_("Chưa báo cáo sau ký"))

    class Meta:
        model = Agreement
        fields = ["q", "kind", "level", "status", "sector", "partner", "country", "signed", "unreported"]

    def filter_unreported(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(signed_on__isnull=False, reported_on__isnull=value)


class AgreementReviewFilterSet(RecordFilterSet):
    agreement = django_filters.ModelChoiceFilter(queryset=scoped_choices(Agreement), label=_("Thỏa thuận"))
    year = YearFilter(label=_("Năm đánh giá"))
    rating = django_filters.ChoiceFilter(choices=ReviewRating.choices, label=_("Kết quả thực hiện"))

    class Meta:
        model = AgreementReview
        fields = ["q", "agreement", "year", "rating"]


class AgreementDocumentFilterSet(RecordFilterSet):
    agreement = django_filters.ModelChoiceFilter(queryset=scoped_choices(Agreement), label=_("Thỏa thuận"))

    class Meta:
        model = AgreementDocument
        fields = ["q", "agreement", "kind"]
