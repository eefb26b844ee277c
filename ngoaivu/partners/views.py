from ngoaivu.partners import services
from ngoaivu.partners.filtersets import PartnerFilterSet
from ngoaivu.partners.forms import PartnerForm
from ngoaivu.partners.models import Partner
from ngoaivu.partners.tables import PartnerTable
from ngoaivu.ui.views import records


class PartnerMixin:
    model = Partner
    select_related = ("country", "province")


class PartnerListView(PartnerMixin, records.RecordListView):
    filterset_class = PartnerFilterSet
    table_class = PartnerTable


class PartnerDetailView(PartnerMixin, records.RecordDetailView):
    pass


class PartnerCreateView(PartnerMixin, records.RecordCreateView):
    form_class = PartnerForm
    create_service = services.partner_create


class PartnerUpdateView(PartnerMixin, records.RecordUpdateView):
    form_class = PartnerForm
    update_service = services.partner_update


class PartnerDeleteView(PartnerMixin, records.RecordDeleteView):
    delete_service = services.partner_delete


class PartnerHistoryView(PartnerMixin, records.RecordHistoryView):
    pass
