from datetime import date

import django_filters
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from ngoaivu.aid.choices import (
    NGO_AID_TRANSACTION_TYPES,
    NgoAidKind,
    NgoAidStatus,
    OdaInstrument,
    OdaProjectType,
    OdaStage,
    TransactionType,
)
from ngoaivu.aid.iati import sector_choices
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.core.choices import Currency
from ngoaivu.partners.models import Partner
from ngoaivu.ui.filtersets import RecordFilterSet, YearFilter, scoped_choices, year_range_filters


class ActivityFilterSet(RecordFilterSet):
    """Activities under way at some time in a range of years (actual dates, else planned)."""

    sector = django_filters.ChoiceFilter(choices=sector_choices, label=_("Lĩnh vực"))
    year_from = YearFilter(method="running_from", label=_("Thực hiện từ năm"))
    year_to = YearFilter(method="running_to", label=_("Đến năm"))

    def running_from(self, queryset, name, value):
        ends = Coalesce("actual_end", "planned_end")
        return queryset.alias(ends=ends).filter(Q(ends__isnull=True) | Q(ends__gte=date(int(value), 1, 1)))

    def running_to(self, queryset, name, value):
        starts = Coalesce("actual_start", "planned_start")
        return queryset.alias(starts=starts).filter(Q(starts__isnull=True) | Q(starts__lte=date(int(value), 12, 31)))


class OdaProjectFilterSet(ActivityFilterSet):
    donor = django_filters.ModelChoiceFilter(queryset=scoped_choices(Partner), label=_("Nhà tài trợ"))
    instrument = django_filters.ChoiceFilter(choices=OdaInstrument.choices, label=_("Loại vốn"))
    project_type = django_filters.ChoiceFilter(choices=OdaProjectType.choices, label=_("Loại chương trình, dự án"))
    stage = django_filters.ChoiceFilter(choices=OdaStage.choices, label=_("Giai đoạn"))

    class Meta:
        model = OdaProject
        fields = ["q", "donor", "instrument", "project_type", "stage", "sector", "year_from", "year_to"]


class NgoAidFilterSet(ActivityFilterSet):
    ngo = django_filters.ModelChoiceFilter(queryset=scoped_choices(Partner), label=_("Tổ chức tài trợ"))
    kind = django_filters.ChoiceFilter(choices=NgoAidKind.choices, label=_("Hình thức viện trợ"))
    status = django_filters.ChoiceFilter(choices=NgoAidStatus.choices, label=_("Trạng thái"))

    class Meta:
        model = NgoAid
        fields = ["q", "ngo", "kind", "status", "sector", "year_from", "year_to"]


class OdaTransactionFilterSet(RecordFilterSet):
    project = django_filters.ModelChoiceFilter(queryset=scoped_choices(OdaProject), label=_("Dự án"))
    transaction_type = django_filters.ChoiceFilter(choices=TransactionType.choices, label=_("Loại giao dịch"))
    currency = django_filters.ChoiceFilter(choices=Currency.choices, label=_("Loại tiền"))
    year_from, year_to = year_range_filters("transaction_date")

    class Meta:
        model = OdaTransaction
        fields = ["q", "project", "transaction_type", "currency", "year_from", "year_to"]


class NgoAidTransactionFilterSet(RecordFilterSet):
    aid = django_filters.ModelChoiceFilter(queryset=scoped_choices(NgoAid), label=_("Chương trình, dự án"))
    transaction_type = django_filters.ChoiceFilter(choices=NGO_AID_TRANSACTION_TYPES, label=_("Loại giao dịch"))
    currency = django_filters.ChoiceFilter(choices=Currency.choices, label=_("Loại tiền"))
    year_from, year_to = year_range_filters("transaction_date")

    class Meta:
        model = NgoAidTransaction
        fields = ["q", "aid", "transaction_type", "currency", "year_from", "year_to"]
