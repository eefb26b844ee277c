"""/api/users/: the users a province's administrator manages (national: every user), the
same writes as the page (ngoaivu.accounts.users); another province's user is a 404."""
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from ngoaivu.accounts import users as user_services
from ngoaivu.accounts.models import User
from ngoaivu.accounts.selectors import users_managed_by
from ngoaivu.api.viewsets import API_CHANNEL
from ngoaivu.core.roles import Role
from ngoaivu.core.validators import ProhibitControlCharactersValidator
from ngoaivu.geo.models import Province

_TEXT = [ProhibitControlCharactersValidator()]


class ManagedUserSerializer(serializers.ModelSerializer):
    province = serializers.SlugRelatedField(slug_field="key", read_only=True)
    province_name = serializers.CharField(source="province.name", read_only=True, default=None)
    role_label = serializers.CharField(source="get_role_display", read_only=True)

    class Meta:
        model = User
        fields = ("id", "username", "first_name", "last_name", "email", "province", "province_name", "role",
                  "role_label", "is_active", "last_login", "date_joined")
        read_only_fields = ("id", "username", "province", "is_active", "last_login", "date_joined")
        extra_kwargs = {"first_name": {"validators": _TEXT}, "last_name": {"validators": _TEXT}}


class UserCreateSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150, validators=_TEXT)
    first_name = serializers.CharField(max_length=150, required=False, allow_blank=True, validators=_TEXT)
    last_name = serializers.CharField(max_length=150, required=False, allow_blank=True, validators=_TEXT)
    email = serializers.EmailField(required=False, allow_blank=True)
    role = serializers.ChoiceField(choices=Role.choices)
    password = serializers.CharField(max_length=128, trim_whitespace=False, write_only=True)
    province = serializers.SlugRelatedField(
        slug_field="key", queryset=Province.objects.filter(valid_to__isnull=True), required=False, allow_null=True,
        help_text="Mã tỉnh (chỉ quản trị Trung ương chọn; quản trị tỉnh luôn tạo người dùng của tỉnh mình).")


class PasswordSerializer(serializers.Serializer):
    password = serializers.CharField(max_length=128, trim_whitespace=False, write_only=True)


class ActiveSerializer(serializers.Serializer):
    is_active = serializers.BooleanField()


class UserViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ManagedUserSerializer
    permission_classes = [IsAuthenticated]
    search_fields = ("username", "first_name", "last_name", "email")
    filterset_fields = ("role", "is_active")
    ordering_fields = ("username", "last_login")

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if not user_services.may_manage_users(request.user):
            raise PermissionDenied(_("Chỉ quản trị của tỉnh, thành phố được quản lý người dùng."))

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no user
            return User.objects.none()
        return users_managed_by(self.request.user)

    @extend_schema(request=UserCreateSerializer, responses={201: ManagedUserSerializer})
    def create(self, request):
        """A new user of the administrator's province, with a first password."""
        body = UserCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        user = user_services.user_create(actor=request.user, data=body.validated_data, channel=API_CHANNEL)
        return Response(ManagedUserSerializer(user).data, status=201)

    def partial_update(self, request, pk=None):
        """Change the name, email or role."""
        body = ManagedUserSerializer(self.get_object(), data=request.data, partial=True)
        body.is_valid(raise_exception=True)
        user = user_services.user_update(body.instance, actor=request.user, data=body.validated_data,
                                         channel=API_CHANNEL)
        return Response(ManagedUserSerializer(user).data)

    @extend_schema(request=ActiveSerializer, responses=ManagedUserSerializer)
    @action(detail=True, methods=["post"])
    def active(self, request, pk=None):
        """Deactivate (`{"is_active": false}`) or reactivate a user."""
        body = ActiveSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        user = user_services.user_set_active(self.get_object(), actor=request.user,
                                             active=body.validated_data["is_active"], channel=API_CHANNEL)
        return Response(ManagedUserSerializer(user).data)

    @extend_schema(request=PasswordSerializer, responses={204: None})
    @action(detail=True, methods=["post"])
    def password(self, request, pk=None):
        """Set a new password (the user's sessions end, a login lockout of the name is lifted)."""
        body = PasswordSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        user_services.user_set_password(self.get_object(), actor=request.user,
                                        password=body.validated_data["password"], channel=API_CHANNEL)
        return Response(status=204)
