"""API of the reporting rounds: rounds (the Ministry opens, closes), the status board,
submissions (a province's approver sends; the Ministry returns) and the compilation."""
from django.http import HttpResponse
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from ngoaivu.api.viewsets import API_CHANNEL
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Action, can
from ngoaivu.reports.exports import FORMATS, attachment
from ngoaivu.rounds import services
from ngoaivu.rounds.api.serializers import (
    BoardRowSerializer,
    CompilationSerializer,
    ReportingRoundSerializer,
    ReturnSerializer,
    SubmissionSerializer,
)
from ngoaivu.rounds.compilation import compile_round
from ngoaivu.rounds.selectors import board, round_list, submission_list


class ReportingRoundViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                            mixins.UpdateModelMixin, viewsets.GenericViewSet):
    """The Ministry's reporting rounds. Every signed-in user lists the rounds that ask their
    province (national users: all); only the national administrator opens, edits and closes."""

    serializer_class = ReportingRoundSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return round_list(user=self.request.user).prefetch_related("provinces")

    def perform_create(self, serializer):
        serializer.instance = services.round_open(actor=self.request.user, data=dict(serializer.validated_data),
                                                  channel=API_CHANNEL)

    def perform_update(self, serializer):
        serializer.instance = services.round_update(serializer.instance, actor=self.request.user,
                                                    data=dict(serializer.validated_data), channel=API_CHANNEL)

    @extend_schema(request=None, responses=ReportingRoundSerializer)
    @action(detail=True, methods=["post"])
    def close(self, request, pk=None):
        reporting_round = services.round_close(self.get_object(), actor=request.user, channel=API_CHANNEL)
        return Response(self.get_serializer(reporting_round).data)

    @extend_schema(request=None, responses=ReportingRoundSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request, pk=None):
        reporting_round = services.round_reopen(self.get_object(), actor=request.user, channel=API_CHANNEL)
        return Response(self.get_serializer(reporting_round).data)

    @extend_schema(responses=BoardRowSerializer(many=True),
                   description="Trạng thái từng tỉnh, thành phố: not_started, drafting, submitted, returned, late.")
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def board(self, request, pk=None):
        return Response(BoardRowSerializer(board(self.get_object(), user=request.user), many=True).data)

    @extend_schema(responses=CompilationSerializer,
                   description="Tổng hợp từ các báo cáo đã gửi; ?fmt=docx|xlsx|pdf trả về văn bản.")
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def compilation(self, request, pk=None):
        if request.user.province_id is not None:
            raise ScopeDenied("Báo cáo tổng hợp của đợt dành cho người dùng cấp Trung ương.")
        compilation = compile_round(self.get_object(), user=request.user)
        fmt = request.query_params.get("fmt", "")
        if fmt in FORMATS:
            return attachment(compilation.document, fmt, subject=f"dot {pk}")
        differences = [{"unit": item.unit_name, "indicator": item.code, "submitted": str(item.submitted),
                        "today": None if item.today is None else str(item.today)} for item in compilation.differences]
        return Response({"submitted": compilation.submitted, "missing": compilation.missing,
                         "units": compilation.data["units"], "differences": differences})


class SubmissionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                        viewsets.GenericViewSet):
    """Reports sent to a round. Never changed once sent: a correction is a new submission
    with a reason. A province sees only its own; national users read all."""

    serializer_class = SubmissionSerializer
    permission_classes = [IsAuthenticated]
    filterset_fields = ["reporting_round", "state"]

    def get_queryset(self):
        return submission_list(user=self.request.user)

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = services.submission_create(
            actor=self.request.user, reporting_round=data["reporting_round"], report=data["report"],
            reason=data.get("reason", ""), channel=API_CHANNEL)

    @extend_schema(request=ReturnSerializer, responses=SubmissionSerializer)
    @action(detail=True, methods=["post"], url_path="return")
    def return_submission(self, request, pk=None):
        if not can(request.user, Action.MANAGE_ROUNDS):
            raise ScopeDenied("Chỉ quản trị cấp Trung ương trả lại được báo cáo.")
        body = ReturnSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        submission = services.submission_return(self.get_object(), actor=request.user,
                                                comment=body.validated_data["comment"], channel=API_CHANNEL)
        return Response(self.get_serializer(submission).data)

    @extend_schema(responses={(200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"): bytes})
    @action(detail=True, methods=["get"])
    def document(self, request, pk=None):
        submission = self.get_object()
        response = HttpResponse(bytes(submission.document), content_type=FORMATS["docx"].content_type)
        response["Content-Disposition"] = f'attachment; filename="bao-cao-{submission.province.key}.docx"'
        return response
