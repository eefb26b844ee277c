"""Validators shared by the forms and the API serializers (one rule per concept)."""
import re

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# C0 control characters other than tab and line breaks: invisible, and not allowed in the
# XML of XLSX and DOCX files, so one stored would break every export and report.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@deconstructible
class ProhibitControlCharactersValidator:
    message = _("Văn bản chứa ký tự điều khiển không in được; hãy xóa ký tự đó rồi nhập lại.")
    code = "control_characters"

    def __call__(self, value):
        if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, ProhibitControlCharactersValidator)


def without_control_characters(text: str) -> str:
    """For writers of files (XLSX, DOCX) reading text stored before the rule existed."""
    return CONTROL_CHARACTERS.sub("", text)
