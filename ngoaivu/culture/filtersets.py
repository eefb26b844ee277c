import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.culture.choices import CulturalEventKind, Venue
from ngoaivu.culture.models import CulturalEvent
from ngoaivu.geo.models import Country
from ngoaivu.partners.models import Partner
from ngoaivu.ui.filtersets import PeriodYearFilter, RecordFilterSet, scoped_choices


class CulturalEventFilterSet(RecordFilterSet):
    kind = django_filters.ChoiceFilter(choices=CulturalEventKind.choices, label=_("Loại hoạt động"))
    venue = django_filters.ChoiceFilter(choices=Venue.choices, label=_("Nơi tổ chức"))
    country = django_filters.ModelChoiceFilter(queryset=Country.objects.all(), label=_("Quốc gia"))
    partner = django_filters.ModelChoiceFilter(field_name="partners", queryset=scoped_choices(Partner),
                                               label=_("Đối tác"))
    year = PeriodYearFilter(start_field="start_date", end_field="end_date")

    class Meta:
        model = CulturalEvent
        fields = ["q", "kind", "venue", "country", "partner", "year"]
