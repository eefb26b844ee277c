from django import forms

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.core.scoping import restrict
from ngoaivu.legal.models import LegalDocument
from ngoaivu.ui.forms import RecordForm


class ScopedRecordForm(RecordForm):
    """A record form that only offers the user's own records as choices, and reads a cleared file as empty.

    The generic views build forms without the user, so a link field would list every
    province's records; the app views pass `user` (ScopedFormMixin below). Shared by
    the apps that link records until ngoaivu.ui.forms offers the same.
    """

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, ProvinceRecord):
                field.queryset = restrict(queryset, user) if user is not None else queryset.none()

    def clean(self):
        cleaned = super().clean()
        # "Clear" on a file input gives False, which a FileField would store as the name "False".
        for name, field in self.fields.items():
            if isinstance(field, forms.FileField) and cleaned.get(name) is False:
                cleaned[name] = ""
        return cleaned


class ScopedFormMixin:
    """For the views of a ScopedRecordForm: hands the form the user whose scope limits its choices."""

    def form_kwargs(self, obj=None) -> dict:
        return {**super().form_kwargs(obj), "user": self.request.user}


class LegalDocumentForm(ScopedRecordForm):
    class Meta:
        model = LegalDocument
        fields = ["number", "doc_type", "title", "issuer", "issued_on", "effective_from", "status", "replaced_by",
                  "file", "notes"]
