import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.core.uploads import UploadValidator
from ngoaivu.core.vnformat import format_date
from ngoaivu.legal.choices import DocumentStatus, DocumentType

# As written on the document: "41-CT/TW", "108/KH-UBND", "37-Ctr/TU", "31-NQ/CP", "339".
NUMBER_PATTERN = re.compile(r"^[\w./-]+$")


class LegalDocument(ProvinceRecord):
    """A directive, resolution, plan or decision the province's foreign-affairs work rests on.

    National texts (41-CT/TW) are stored per province too: each province keeps its own
    register of the texts it applies, and its plans and agreements link to that register.
    """

    number = models.CharField(_("số, ký hiệu"), max_length=60, help_text=_("Như ghi trên văn bản, ví dụ 41-CT/TW."))
    doc_type = models.CharField(_("loại văn bản"), max_length=20, choices=DocumentType.choices)
    title = models.CharField(_("trích yếu"), max_length=500)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=200, help_text=_("Ví dụ: Ban Bí thư, UBND tỉnh."))
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True,
                                 help_text=_("Để trống khi nguồn không ghi ngày."))
    effective_from = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    status = models.CharField(_("tình trạng hiệu lực"), max_length=10, choices=DocumentStatus.choices,
                              default=DocumentStatus.IN_FORCE)
    replaced_by = models.ForeignKey(
        "self", verbose_name=_("được thay thế bởi"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="replaces",
    )
    file = models.FileField(_("tệp văn bản"), upload_to="legal/%Y/", blank=True, validators=[UploadValidator()])
    notes = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("văn bản căn cứ")
        verbose_name_plural = _("văn bản căn cứ")
        ordering = ["-issued_on", "number"]
        indexes = [models.Index(fields=["province", "doc_type"], name="legal_doc_province_type_idx")]
        constraints = [
            # The backstop for two simultaneous entries; clean() gives the user the message first.
            models.UniqueConstraint(
                fields=["province", "number", "issued_on"], condition=Q(deleted_at__isnull=True),
                name="legal_doc_unique_alive_number",
                violation_error_message=_("Văn bản này đã có trong sổ văn bản căn cứ của tỉnh."),
            ),
        ]

    def __str__(self):
        return f"{self.get_doc_type_display()} {self.number}"

    def clean(self):
        self.number = (self.number or "").strip()
        errors = {}
        number_error = self._number_error()
        if number_error:
            errors["number"] = number_error
        if self.issued_on and self.issued_on > timezone.localdate():
            errors["issued_on"] = _("Ngày ban hành không được sau hôm nay.")
        if self.issued_on and self.effective_from and self.effective_from < self.issued_on:
            errors["effective_from"] = _("Ngày có hiệu lực không được trước ngày ban hành.")
        replacement_error = self._replacement_error()
        if replacement_error:
            errors["replaced_by"] = replacement_error
        elif self.replaced_by_id and self.status != DocumentStatus.REPLACED:
            errors["status"] = _("Văn bản đã có văn bản thay thế phải ở tình trạng “Đã được thay thế”.")
        if errors:
            raise ValidationError(errors)

    def _number_error(self):
        if not self.number:
            return _("Số, ký hiệu văn bản không được để trống.")
        if not NUMBER_PATTERN.match(self.number) or not any(char.isdigit() for char in self.number):
            return _("Số, ký hiệu gồm chữ số, chữ cái và các dấu “-”, “/”, “.”, không có khoảng trắng "
                     "(ví dụ 41-CT/TW, 108/KH-UBND).")
        if self._duplicates().exists():
            day = format_date(self.issued_on) if self.issued_on else _("không rõ ngày ban hành")
            return _("Văn bản số %(number)s (%(day)s) đã có trong sổ văn bản căn cứ của tỉnh.") % {
                "number": self.number, "day": day}
        return None

    def _duplicates(self):
        if not self.province_id:  # a form checks before the province is known; the service checks again
            return LegalDocument.objects.none()
        return LegalDocument.objects.filter(
            province_id=self.province_id, number__iexact=self.number, issued_on=self.issued_on,
        ).exclude(pk=self.pk)

    def _replacement_error(self):
        if not self.replaced_by_id:
            return None
        # Follow the chain as stored: A replaced by B replaced by A would leave no text in force.
        seen = {self.pk}
        next_id = self.replaced_by_id
        while next_id is not None:
            if next_id in seen:
                return _("Văn bản không thể được thay thế bởi chính nó hoặc bởi văn bản mà nó đã thay thế.")
            seen.add(next_id)
            next_id = LegalDocument.all_objects.filter(pk=next_id).values_list("replaced_by_id", flat=True).first()
        return None
