"""Workflow steps in the API: POST /api/<records>/{id}/<step>/ for each transition."""
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from ngoaivu.api.viewsets import API_CHANNEL


class NoteInput(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="")


class ReasonInput(serializers.Serializer):
    reason = serializers.CharField()


class ApprovalInput(NoteInput):
    approval_number = serializers.CharField(required=False, allow_blank=True, max_length=50, default="")
    approval_date = serializers.DateField(required=False, allow_null=True, default=None)


class StatusChangeSerializer(serializers.Serializer):
    from_status = serializers.CharField(read_only=True)
    to_status = serializers.CharField(read_only=True)
    note = serializers.CharField(read_only=True)
    actor_name = serializers.CharField(read_only=True)
    created_at = serializers.DateTimeField(read_only=True)


def _step_route(transition, input_class):
    def route(self, request, pk=None):
        obj = self.get_object()
        params = input_class(data=request.data)
        params.is_valid(raise_exception=True)
        updated = type(self).step_service(obj, transition.name, actor=request.user, channel=API_CHANNEL,
                                          **params.validated_data)
        return Response(self.get_serializer(updated).data)

    route.__name__ = transition.name
    route.__doc__ = str(transition.label)
    # The role table decides through `required_action` (approve for approve/reject, …).
    routed = action(detail=True, methods=["post"], required_action=transition.action)(route)
    return extend_schema(request=input_class, summary=str(transition.label))(routed)


def workflow_routes(transitions, inputs: dict):
    """A viewset mixin with one POST route per transition; `inputs` maps a step name to its
    input serializer (NoteInput by default). The viewset sets `step_service`."""
    attributes = {"required_action": None, "step_service": None}
    for transition in transitions:
        attributes[transition.name] = _step_route(transition, inputs.get(transition.name, NoteInput))
    return type("WorkflowRoutes", (), attributes)
