from ngoaivu.culture import services
from ngoaivu.culture.filtersets import CulturalEventFilterSet
from ngoaivu.culture.forms import CulturalEventForm
from ngoaivu.culture.models import CulturalEvent
from ngoaivu.culture.tables import CulturalEventTable
from ngoaivu.ui.views import records


class CulturalEventMixin:
    model = CulturalEvent
    select_related = ("country", "province")
    prefetch_related = ("partners",)


class CulturalEventListView(CulturalEventMixin, records.RecordListView):
    filterset_class = CulturalEventFilterSet
    table_class = CulturalEventTable


class CulturalEventDetailView(CulturalEventMixin, records.RecordDetailView):
    pass


class CulturalEventCreateView(CulturalEventMixin, records.RecordCreateView):
    form_class = CulturalEventForm
    create_service = services.cultural_event_create


class CulturalEventUpdateView(CulturalEventMixin, records.RecordUpdateView):
    form_class = CulturalEventForm
    update_service = services.cultural_event_update


class CulturalEventDeleteView(CulturalEventMixin, records.RecordDeleteView):
    delete_service = services.cultural_event_delete


class CulturalEventHistoryView(CulturalEventMixin, records.RecordHistoryView):
    pass
