"""The input of a workflow step, derived from its declaration: the date, the fields the step
records (the model's own form fields) and a note — or a reason where the step needs one.
The page and the API validate a step with the same form."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.ui.forms import RecordFormMixin


class StepForm(RecordFormMixin, forms.Form):
    on = forms.DateField(label=_("Ngày thực hiện"), required=False)
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def step_arguments(self) -> dict:
        """Keyword arguments of services.take_step."""
        data = dict(self.cleaned_data)
        return {"on": data.pop("on"), "note": data.pop("note"), "values": data}


def step_form(model, step, *, data=None, files=None, initial=None) -> StepForm:
    fields = {}
    for name in step.fields:
        # The record's own form field (its choices, limits, upload checks); the step's
        # fields are not editable in plain forms, so Django would not build them itself.
        field = model._meta.get_field(name).formfield()
        field.required = name in step.required
        fields[name] = field
    form = type(f"{model.__name__}{step.name.title().replace('_', '')}Form", (StepForm,), fields)(
        data=data, files=files, initial=initial)
    form.fields["on"].label = step.date_label
    if step.reason_required:
        form.fields["note"].label, form.fields["note"].required = _("Lý do"), True
    form.order_fields(["on", *step.fields, "note"])
    return form
