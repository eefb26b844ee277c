from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.conferences import services
from ngoaivu.conferences.api.serializers import ConferenceSerializer
from ngoaivu.conferences.filtersets import ConferenceFilterSet
from ngoaivu.conferences.models import Conference
from ngoaivu.core.workflow.api import WorkflowRoutes


class ConferenceViewSet(WorkflowRoutes, RecordViewSet):
    queryset = Conference.objects.select_related("province").prefetch_related(
        "countries", "co_organisers", "status_changes")
    serializer_class = ConferenceSerializer
    filterset_class = ConferenceFilterSet
    search_fields = ("title", "organiser", "topics")
    ordering_fields = ("start_date", "end_date", "created_at")
    create_service = services.conference_create
    update_service = services.conference_update
    delete_service = services.conference_delete
