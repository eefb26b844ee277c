"""Inputs of the workflow steps on the pages; field names are the step services' keywords."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.ui.forms import RecordFormMixin

TEXTAREA = forms.Textarea(attrs={"rows": 3})


class NoteForm(RecordFormMixin, forms.Form):
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=TEXTAREA)


class ReasonForm(RecordFormMixin, forms.Form):
    reason = forms.CharField(label=_("Lý do"), widget=TEXTAREA)


class ApprovalForm(NoteForm):
    approval_number = forms.CharField(label=_("Số văn bản cho phép"), required=False, max_length=50)
    approval_date = forms.DateField(label=_("Ngày văn bản cho phép"), required=False)

    field_order = ["approval_number", "approval_date", "note"]
