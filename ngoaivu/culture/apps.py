from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CultureConfig(AppConfig):
    name = "ngoaivu.culture"
    label = "culture"
    verbose_name = _("Văn hóa, thông tin đối ngoại")
    url_prefix = "van-hoa-doi-ngoai"

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.culture import services
        from ngoaivu.culture.filtersets import CulturalEventFilterSet
        from ngoaivu.culture.forms import CulturalEventForm
        from ngoaivu.culture.models import CulturalEvent
        from ngoaivu.culture.tables import CulturalEventTable

        register(RecordType(
            model=CulturalEvent,
            url_namespace="culture:event",
            group=_("Văn hóa, thông tin đối ngoại"),
            search_fields=("title", "heritage_name", "product", "place", "note"),
            url_path="",
            select_related=("country", "province"), prefetch_related=("partners__country",),
            form=CulturalEventForm, filterset=CulturalEventFilterSet, table=CulturalEventTable,
            create=services.cultural_event_create, update=services.cultural_event_update,
            api_path="cultural-events", api_basename="cultural-event",
            ordering_fields=("start_date", "audience_size", "created_at"),
        ))
