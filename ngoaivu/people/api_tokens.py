"""/api/auth/token/ (a new key for a user name and password) and /api/auth/tokens/ (one's own keys)."""
from django.conf import settings
from django.contrib.auth import authenticate
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from ngoaivu.accounts.models import ApiToken
from ngoaivu.accounts.selectors import tokens_of
from ngoaivu.accounts.tokens import token_issue, token_revoke
from ngoaivu.api.throttles import TokenRequestThrottle
from ngoaivu.people.lockout import lockout_response


class TokenRequestSerializer(serializers.Serializer):
    username = serializers.CharField(label=_("Tên đăng nhập"), max_length=150)
    password = serializers.CharField(label=_("Mật khẩu"), max_length=128, trim_whitespace=False,
                                     style={"input_type": "password"})
    name = serializers.CharField(label=_("Tên khóa"), max_length=100, required=False, allow_blank=True)
    days = serializers.IntegerField(label=_("Số ngày hiệu lực"), required=False, min_value=1,
                                    max_value=settings.NGOAIVU_API_TOKEN_MAX_DAYS)


class ApiTokenSerializer(serializers.ModelSerializer):
    active = serializers.SerializerMethodField()

    class Meta:
        model = ApiToken
        fields = ("id", "name", "prefix", "created_at", "expires_at", "last_used_at", "revoked_at", "active")
        read_only_fields = fields

    def get_active(self, token) -> bool:
        from django.utils import timezone

        return token.revoked_at is None and token.expires_at > timezone.now()


class IssuedTokenSerializer(ApiTokenSerializer):
    token = serializers.CharField(help_text="Khóa, chỉ trả về một lần: gửi trong `Authorization: Token <khóa>`.")

    class Meta(ApiTokenSerializer.Meta):
        fields = ("token", *ApiTokenSerializer.Meta.fields)


class TokenObtainView(APIView):
    """A new API key for the user name and password; it expires (`days`, default from the
    settings) and can be revoked. Wrong passwords count towards the login lockout."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [TokenRequestThrottle]

    @extend_schema(request=TokenRequestSerializer, responses={201: IssuedTokenSerializer})
    def post(self, request):
        body = TokenRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        # The Django request, so the lockout (django-axes) sees and marks this attempt.
        django_request = request._request
        user = authenticate(django_request, username=body.validated_data["username"],
                            password=body.validated_data["password"])
        if user is None:
            if getattr(django_request, "axes_locked_out", False):
                return lockout_response(django_request)
            raise ValidationError({"non_field_errors": [_("Tên đăng nhập hoặc mật khẩu không đúng.")]})
        issued = token_issue(user=user, name=body.validated_data.get("name", ""),
                             days=body.validated_data.get("days"))
        data = {**ApiTokenSerializer(issued.token).data, "token": issued.key}
        return Response(data, status=status.HTTP_201_CREATED)


class OwnTokenListView(APIView):
    """The requesting user's API keys (never the keys themselves: only their first characters)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=ApiTokenSerializer(many=True))
    def get(self, request):
        return Response(ApiTokenSerializer(tokens_of(request.user), many=True).data)


class OwnTokenDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={204: None})
    def delete(self, request, pk: int):
        """Revoke one of one's own keys: requests with it are refused from now on."""
        token_revoke(get_object_or_404(tokens_of(request.user), pk=pk), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
