import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.geo.models import Country
from ngoaivu.partners.choices import PartnerStatus, PartnerType, RelationType
from ngoaivu.partners.models import Partner
from ngoaivu.ui.filtersets import RecordFilterSet


class PartnerFilterSet(RecordFilterSet):
    partner_type = django_filters.ChoiceFilter(choices=PartnerType.choices, label=_("Loại đối tác"))
    relation_type = django_filters.ChoiceFilter(choices=RelationType.choices, label=_("Hình thức quan hệ"))
    status = django_filters.ChoiceFilter(choices=PartnerStatus.choices, label=_("Trạng thái"))
    country = django_filters.ModelChoiceFilter(queryset=Country.objects.all(), label=_("Quốc gia"))

    class Meta:
        model = Partner
        fields = ["q", "partner_type", "relation_type", "status", "country"]
