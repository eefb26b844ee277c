"""Form helpers shared by every record form: Bootstrap classes, vi number and date input."""
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.core.scoping import restrict
from ngoaivu.core.validators import ProhibitControlCharactersValidator

DATE_PLACEHOLDER = "dd/mm/yyyy"


class RecordFormMixin:
    """Styles widgets and localises numbers so users type 1.234,5 and 15/04/2024.

    Given the user, drop-downs of other province records offer only the records of the
    user's scope (the generic views always pass it), as the API serializers do.
    """

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        for name, field in self.fields.items():
            _vietnamese_empty_choice(field)
            initial = self.initial.get(name)
            if isinstance(initial, Decimal) and initial == initial.to_integral_value():
                self.initial[name] = initial.quantize(Decimal(1))  # "900.000.000", not "900.000.000,00"
            queryset = getattr(field, "queryset", None)
            if user is not None and queryset is not None and issubclass(queryset.model, ProvinceRecord):
                field.queryset = restrict(queryset, user)
            if isinstance(field, forms.CharField):
                field.validators.append(ProhibitControlCharactersValidator())
            widget = field.widget
            if isinstance(field, (forms.DecimalField, forms.FloatField, forms.IntegerField)):
                field.localize = True
                widget.is_localized = True
                if isinstance(widget, forms.NumberInput):
                    # A text input: number inputs refuse the Vietnamese "1.234,5".
                    field.widget = widget = forms.TextInput(attrs={"inputmode": "decimal"})
            if isinstance(field, forms.DateField) and not isinstance(widget, forms.HiddenInput):
                field.widget = widget = forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": DATE_PLACEHOLDER})
            if isinstance(widget, forms.Textarea):
                widget.attrs.setdefault("rows", 3)
            css = "form-select" if isinstance(widget, (forms.Select, forms.SelectMultiple)) else "form-control"
            if isinstance(widget, forms.CheckboxInput):
                css = "form-check-input"
            if isinstance(widget, forms.CheckboxSelectMultiple):
                css = ""
            widget.attrs["class"] = " ".join(filter(None, [widget.attrs.get("class", ""), css])).strip()

    def clean(self):
        cleaned = super().clean()
        # "Clear" on a file input gives False, which a FileField would store as the name "False".
        for name, field in self.fields.items():
            if isinstance(field, forms.FileField) and cleaned.get(name) is False:
                cleaned[name] = ""
        return cleaned


def _vietnamese_empty_choice(field) -> None:
    """Django's "---------" becomes "— Chọn —" (or "— Không chọn —" where empty is allowed)."""
    label = _("— Chọn —") if field.required else _("— Không chọn —")
    if isinstance(field, forms.ModelChoiceField) and not isinstance(field, forms.ModelMultipleChoiceField):
        if field.empty_label is not None:
            field.empty_label = label
    elif isinstance(field, forms.ChoiceField) and not isinstance(field, forms.MultipleChoiceField):
        choices = list(field.choices)
        if choices and choices[0][0] in ("", None) and str(choices[0][1]).strip("-") == "":
            field.choices = [("", label), *choices[1:]]


class RecordForm(RecordFormMixin, forms.ModelForm):
    """Base ModelForm of a province record: the province comes from the user, not the form."""


def apply_validation_error(form: forms.BaseForm, error) -> None:
    """Put a service's ValidationError beside the fields it names (or above the form)."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            target = field if field in form.fields else None
            for message in messages:
                form.add_error(target, message)
    else:
        for message in error.messages:
            form.add_error(None, message)


class ChildFormMixin:
    """The parent is chosen when the row is added and shown, not editable, afterwards."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields[self._meta.model.parent_field].disabled = True


def inline_child_form(form_class, user, parent, **initial):
    """The small "add a row" form shown on the parent's page, the parent fixed and hidden."""
    parent_field = form_class._meta.model.parent_field
    form = form_class(user=user, initial={parent_field: parent.pk, **initial})
    form.fields[parent_field].widget = forms.HiddenInput()
    return form
