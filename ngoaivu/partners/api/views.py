from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from ngoaivu.api.viewsets import API_CHANNEL, RecordViewSet
from ngoaivu.partners import selectors, services


class PartnerRoutes(RecordViewSet):
    """The partners' own route besides the record's (ngoaivu.api.records)."""

    @extend_schema(
        description="Những đối tác có thể trùng với đối tác này (cùng địa danh hoặc cùng tên) và các địa phương "
                    "mà tên của nó có thể chỉ khi chưa rõ (Viêng Chăn: thủ đô hay tỉnh).",
        responses=inline_serializer("PartnerDuplicates", {
            "duplicates": inline_serializer("PartnerDuplicate", {"id": serializers.IntegerField(),
                                                                 "name": serializers.CharField()}, many=True),
            "namesakes": serializers.ListField(child=serializers.CharField()),
        }),
    )
    @action(detail=True, methods=["get"])
    def duplicates(self, request, pk=None):
        partner = self.get_object()
        return Response({
            "duplicates": [{"id": p.pk, "name": p.name} for p in selectors.partner_duplicates(partner, user=request.user)],
            "namesakes": selectors.partner_namesakes(partner),
        })

    @extend_schema(
        description="Gộp một đối tác trùng vào đối tác này: mọi liên kết chuyển sang, đối tác trùng vào Thùng rác.",
        request=inline_serializer("PartnerMerge", {"duplicate": serializers.IntegerField()}),
    )
    @action(detail=True, methods=["post"], required_action="change")
    def merge(self, request, pk=None):
        partner = self.get_object()
        try:
            duplicate_id = int(request.data.get("duplicate"))
        except (TypeError, ValueError):
            raise ValidationError({"duplicate": [_("Hãy cho biết mã (id) của đối tác trùng.")]}) from None
        # another province's partner is "not found", like everywhere in the API
        duplicate = selectors.partner_merge_choices(partner, user=request.user).filter(pk=duplicate_id).first()
        if duplicate is None:
            raise ValidationError({"duplicate": [_("Không có đối tác này cùng tỉnh, cùng quốc gia để gộp.")]})
        kept = services.partner_merge(partner, duplicate, actor=request.user, channel=API_CHANNEL)
        return Response(self.get_serializer(kept).data)
