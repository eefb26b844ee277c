import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.choices import Currency
from ngoaivu.geo.models import Country
from ngoaivu.investment.choices import EconomicSector, FdiStatus, LocationKind, PromotionKind
from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent
from ngoaivu.partners.models import Partner
from ngoaivu.ui.filtersets import RecordFilterSet, scoped_choices, year_range_filters


class FdiProjectFilterSet(RecordFilterSet):
    investor_country = django_filters.ModelChoiceFilter(queryset=Country.objects.all(),
                                                        label=_("Quốc gia nhà đầu tư"))
    status = django_filters.ChoiceFilter(choices=FdiStatus.choices, label=_("Tình trạng"))
    sector = django_filters.ChoiceFilter(choices=EconomicSector.choices, label=_("Ngành kinh tế"))
    capital_currency = django_filters.ChoiceFilter(choices=Currency.choices, label=_("Loại tiền"))
    year_from, year_to = year_range_filters("certificate_date")

    class Meta:
        model = FdiProject
        fields = ["q", "investor_country", "status", "sector", "capital_currency", "year_from", "year_to"]


class FdiCapitalAdjustmentFilterSet(RecordFilterSet):
    project = django_filters.ModelChoiceFilter(queryset=scoped_choices(FdiProject), label=_("Dự án"))
    year_from, year_to = year_range_filters("adjusted_on")

    class Meta:
        model = FdiCapitalAdjustment
        fields = ["q", "project", "year_from", "year_to"]


class FdiImplementationFilterSet(RecordFilterSet):
    project = django_filters.ModelChoiceFilter(queryset=scoped_choices(FdiProject), label=_("Dự án"))
    year_from, year_to = year_range_filters("period_end")

    class Meta:
        model = FdiImplementation
        fields = ["q", "project", "year_from", "year_to"]


class PromotionEventFilterSet(RecordFilterSet):
    kind = django_filters.ChoiceFilter(choices=PromotionKind.choices, label=_("Loại xúc tiến"))
    location_kind = django_filters.ChoiceFilter(choices=LocationKind.choices, label=_("Nơi tổ chức"))
    country = django_filters.ModelChoiceFilter(queryset=Country.objects.all(), label=_("Quốc gia"))
    partner = django_filters.ModelChoiceFilter(queryset=scoped_choices(Partner), label=_("Đối tác"))
    year_from, year_to = year_range_filters("start_date")

    class Meta:
        model = PromotionEvent
        fields = ["q", "kind", "location_kind", "country", "partner", "year_from", "year_to"]
