from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.ingest.models import SourceDocument
from ngoaivu.ingest.reading import ACCEPTED_EXTENSIONS
from ngoaivu.ui.forms import RecordForm, RecordFormMixin


class SourceDocumentUploadForm(RecordFormMixin, forms.Form):
    """Upload a file or paste a text; the service reads and checks it (messages go beside the field)."""

    file = forms.FileField(
        label=_("Tệp văn bản"), required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(f".{ext}" for ext in ACCEPTED_EXTENSIONS)}),
        help_text=_("Tệp .txt, .docx, .pdf hoặc trang web .html, tối đa 10 MB."),
    )
    text = forms.CharField(label=_("Hoặc dán nội dung văn bản"), required=False,
                           widget=forms.Textarea(attrs={"rows": 10}), strip=False)
    title = forms.CharField(label=_("Tiêu đề"), max_length=300, required=False,
                            help_text=_("Để trống thì lấy tên tệp hoặc dòng đầu của văn bản."))
    url = forms.URLField(label=_("Địa chỉ nguồn"), max_length=500, required=False, assume_scheme="https")
    published = forms.DateField(label=_("Ngày đăng"), required=False,
                                help_text=_("Để trống thì lấy ngày ghi trong văn bản, nếu có."))


class SourceDocumentForm(RecordForm):
    """Editing a stored document: its description only, never its text."""

    url = forms.URLField(label=_("Địa chỉ nguồn"), max_length=500, required=False, assume_scheme="https")

    class Meta:
        model = SourceDocument
        fields = ["title", "url", "published"]
