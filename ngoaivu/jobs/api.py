"""/api/jobs/: the background work a user started (their own, in their scope), to poll
after a 202: status, progress, the message or error, and the result's API address."""
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.permissions import IsAuthenticated

from ngoaivu.jobs import selectors, services
from ngoaivu.jobs.models import Job


class JobSerializer(serializers.ModelSerializer):
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    finished = serializers.BooleanField(source="is_finished", read_only=True)
    url = serializers.HyperlinkedIdentityField(view_name="job-detail")
    page_url = serializers.SerializerMethodField()
    result_api_url = serializers.SerializerMethodField()

    class Meta:
        model = Job
        fields = ("id", "url", "page_url", "kind", "title", "status", "status_label", "progress", "message", "error",
                  "finished", "result_api_url", "created_at", "started_at", "finished_at")
        read_only_fields = fields

    def _absolute(self, path: str) -> str | None:
        request = self.context.get("request")
        return (request.build_absolute_uri(path) if request else path) if path else None

    def get_page_url(self, job) -> str:
        """The job's waiting page in the browser."""
        return self._absolute(services.job_url(job))

    def get_result_api_url(self, job) -> str | None:
        """Where the result is in the API once the job is done (e.g. the document read)."""
        return self._absolute(job.result_api_url)


@extend_schema(tags=["jobs"])
class JobViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = JobSerializer
    permission_classes = [IsAuthenticated]
    filterset_fields = ("status", "kind")

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no user
            return Job.objects.none()
        return selectors.job_list(user=self.request.user)

    def get_object(self):
        # A job whose worker died past its time limit reads as failed, as on its page.
        return services.job_fail_if_expired(super().get_object())
