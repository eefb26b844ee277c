from rest_framework import serializers
from rest_framework.relations import ManyRelatedField, RelatedField

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.core.scoping import restrict
from ngoaivu.core.validators import ProhibitControlCharactersValidator


class RecordSerializer(serializers.ModelSerializer):
    """Base serializer: the province is read-only (it comes from the user), with its name.

    Links to other province records only accept ids the requesting user can see, so an
    id from another province reads as "does not exist".
    """

    province_name = serializers.CharField(source="province.name", read_only=True)

    class Meta:
        read_only_fields = ("id", "province", "created_at", "updated_at")
        exclude = ("deleted_at",)

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        user = getattr(request, "user", None)
        for field in fields.values():
            if isinstance(field, serializers.CharField) and not field.read_only:
                field.validators.append(ProhibitControlCharactersValidator())
            related = field.child_relation if isinstance(field, ManyRelatedField) else field
            if isinstance(related, RelatedField) and related.queryset is not None \
                    and issubclass(related.queryset.model, ProvinceRecord):
                related.queryset = restrict(related.queryset, user) if user else related.queryset.none()
        return fields
