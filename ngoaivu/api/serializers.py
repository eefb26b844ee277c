from django.utils.functional import cached_property
from rest_framework import serializers
from rest_framework.relations import ManyRelatedField, RelatedField

from ngoaivu.api.rows import RowListSerializer
from ngoaivu.core.models import ProvinceRecord, choice_labels
from ngoaivu.core.scoping import restrict
from ngoaivu.core.validators import ProhibitControlCharactersValidator


class ChoiceLabelField(serializers.CharField):
    """The label of a choice field's value ("Nháp" for "draft"), read only, from the labels
    the models' get_FOO_display() also reads (core.models.choice_labels)."""

    def __init__(self, choice_field: str, **kwargs):
        super().__init__(source=choice_field, read_only=True, **kwargs)

    def to_representation(self, value):
        return choice_labels(self.parent.Meta.model._meta.get_field(self.source)).get(value, value)

    def row_formatter(self):
        """to_representation for the rows of one request (ngoaivu.api.rows): the labels looked
        up once, in the request's language."""
        labels = choice_labels(self.parent.Meta.model._meta.get_field(self.source))
        return lambda value: labels.get(value, value)


class RecordSerializer(serializers.ModelSerializer):
    """Base serializer: the province is read-only (it comes from the user), with its name.

    Links to other province records only accept ids the requesting user can see, so an
    id from another province reads as "does not exist".
    """

    province_name = serializers.CharField(source="province.name", read_only=True)

    class Meta:
        read_only_fields = ("id", "province", "created_at", "updated_at")
        # The search columns are derived, folded copies of the other fields (core.search):
        # not the record's data, and the widest columns of a row.
        exclude = ("deleted_at", "search_title", "search_text")
        # A list's rows (and a record's nested rows) by a plan compiled once per request.
        list_serializer_class = RowListSerializer

    @cached_property
    def _readable_fields(self):
        # DRF filters the fields again for every row it serializes; a page of 50 rows of
        # 40 fields made that a measurable part of a list request.
        return [field for field in self.fields.values() if not field.write_only]

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
