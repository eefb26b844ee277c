"""A workflow in the API, the same for every record type:
`POST …/{id}/steps/{step}/` takes a step (body: `on`, `note`, the step's fields) and
`GET …/{id}/steps/` lists the step history, oldest first."""
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from ngoaivu.api.viewsets import API_CHANNEL
from ngoaivu.core.roles import Action
from ngoaivu.core.workflow.services import registers_later_state, take_step
from ngoaivu.ui.workflow_forms import step_form


class StepRecordSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    step = serializers.CharField(read_only=True)
    step_label = serializers.CharField(read_only=True)
    from_state = serializers.CharField(read_only=True)
    to_state = serializers.CharField(read_only=True)
    happened_on = serializers.DateField(read_only=True)
    actor = serializers.IntegerField(source="actor_id", read_only=True, allow_null=True)
    actor_name = serializers.CharField(read_only=True)
    note = serializers.CharField(read_only=True)
    created_at = serializers.DateTimeField(read_only=True)


def form_errors(form) -> dict:
    """A form's errors in the API's shape: {"field": ["message", …]}, "non_field_errors" for the rest."""
    return {("non_field_errors" if field == "__all__" else field): [error["message"] for error in errors]
            for field, errors in form.errors.get_json_data().items()}


class WorkflowRoutes:
    """Put before RecordViewSet: the step and history routes of the queryset's workflow."""

    @property
    def required_action(self):
        """A step needs the role action its declaration names; registering a record past its
        first state is an approver's; other routes go by the HTTP method."""
        model = self.queryset.model
        if getattr(self, "action", None) == "retired":
            return Action.VIEW
        if getattr(self, "action", None) == "step":
            step = model.workflow.step(self.kwargs.get("step", ""))
            return step.action if step else None
        if getattr(self, "action", None) == "create":
            # Only what the serializer accepts counts (a non-editable state is ignored, not refused).
            accepted = {name: self.request.data.get(name) for name in model.workflow.step_fields
                        if model._meta.get_field(name).editable and name in self.request.data}
            if registers_later_state(model, accepted):
                return Action.APPROVE
        return None

    @extend_schema(summary="Step history", responses=StepRecordSerializer(many=True))
    @action(detail=True, methods=["get"], url_path="steps", url_name="steps", filter_backends=[],
            pagination_class=None)
    def steps(self, request, pk=None):
        """The steps the record went through, oldest first (the first row is its registration)."""
        return Response(StepRecordSerializer(self.get_object().status_changes.all(), many=True).data)

    @extend_schema(summary="Take a workflow step",
                   request=inline_serializer("StepInput", {"on": serializers.DateField(required=False),
                                                           "note": serializers.CharField(required=False)}))
    @action(detail=True, methods=["post"], url_path=r"steps/(?P<step>[a-z_]+)", url_name="step")
    def step(self, request, pk=None, step=None):
        """Take a step of the record's workflow: `on` (the step's date, default today), `note`
        (the reason where the step needs one) and the fields the step records."""
        model = self.queryset.model
        definition = model.workflow.step(step)
        if definition is None:
            raise Http404
        obj = self.get_object()
        form = step_form(model, definition, data=request.data, files=request.FILES)
        if not form.is_valid():
            raise ValidationError(form_errors(form))
        obj = take_step(obj, definition.name, actor=request.user, channel=API_CHANNEL, **form.step_arguments())
        return Response(self.get_serializer(obj).data)

    # The routes of the four engines before (2026-12): each answers 410 naming its replacement.
    @extend_schema(exclude=True)
    @action(detail=True, methods=["get", "post"], url_name="retired", url_path=(
        r"(?P<old>submit|approve|reject|reopen|complete|report|cancel|refuse|start|transition|status-history)"))
    def retired(self, request, pk=None, old=None):
        new = "GET …/{id}/steps/" if old == "status-history" else "POST …/{id}/steps/{step}/"
        return Response({"detail": _("Đường dẫn …/{id}/%(old)s/ đã ngừng sử dụng; hãy dùng %(new)s "
                                     "(danh sách bước: GET …/{id}/steps/).") % {"old": old, "new": new}},
                        status=status.HTTP_410_GONE)
