from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConferencesConfig(AppConfig):
    name = "ngoaivu.conferences"
    label = "conferences"
    verbose_name = _("Hội nghị, hội thảo quốc tế")
    url_prefix = "hoi-nghi-hoi-thao"

    def ready(self):
        from ngoaivu.conferences import views
        from ngoaivu.conferences.api.serializers import ConferenceSerializer
        from ngoaivu.conferences.filtersets import ConferenceFilterSet
        from ngoaivu.conferences.forms import ConferenceForm
        from ngoaivu.conferences.models import Conference
        from ngoaivu.conferences.selectors import conference_attention
        from ngoaivu.conferences.tables import ConferenceTable
        from ngoaivu.core.registry import RecordType, register

        register(RecordType(
            model=Conference,
            url_namespace="conferences:conference",
            group=_("Đoàn, hội nghị"),  # the delegations' group: one menu entry
            search_fields=("title", "organiser", "place", "topics", "approval_number"),
            attention=(conference_attention,),
            url_path="",
            select_related=("province",), prefetch_related=("countries", "co_organisers"),
            form=ConferenceForm, filterset=ConferenceFilterSet, table=ConferenceTable,
            serializer=ConferenceSerializer,
            detail_fields=views.DETAIL_FIELDS, detail_template="conferences/conference_detail.html",
            views={"detail": views.ConferenceDetailView, "edit": views.ConferenceUpdateView},
            api_path="conferences", api_basename="conference", api_prefetch_related=("status_changes",),
            ordering_fields=("start_date", "end_date", "created_at"),
        ))
