"""An import: the uploaded sheet, what its dry run found, and what applying it wrote (to undo it)."""
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportMode(models.TextChoices):
    VALID_ROWS = "valid_rows", _("Ghi các dòng hợp lệ, bỏ qua dòng lỗi")
    ALL_OR_NOTHING = "all_or_nothing", _("Chỉ ghi khi mọi dòng đều hợp lệ")


class ImportStatus(models.TextChoices):
    CHECKING = "checking", _("Đang kiểm tra")
    PREVIEW = "preview", _("Đã kiểm tra, chờ xác nhận")
    WRITING = "writing", _("Đang ghi")
    APPLIED = "applied", _("Đã ghi")
    REJECTED = "rejected", _("Không ghi (có lỗi)")
    UNDONE = "undone", _("Đã hoàn tác")


class ImportBatch(models.Model):
    record_type = models.CharField(_("loại hồ sơ"), max_length=100)
    file_name = models.CharField(_("tên tệp"), max_length=255)
    content = models.BinaryField(_("nội dung tệp"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người nhập"), on_delete=models.PROTECT,
                             related_name="+")
    province = models.ForeignKey("geo.Province", verbose_name=_("tỉnh, thành phố"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    mode = models.CharField(_("cách ghi"), max_length=20, choices=ImportMode.choices, default=ImportMode.VALID_ROWS)
    status = models.CharField(_("trạng thái"), max_length=10, choices=ImportStatus.choices,
                              default=ImportStatus.PREVIEW)
    report = models.JSONField(_("kết quả kiểm tra"), default=dict)
    # The background job checking or writing it now (ADR 0010); its page shows the progress.
    job = models.ForeignKey("jobs.Job", verbose_name=_("công việc nền"), null=True, blank=True,
                            on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("thời điểm tải lên"), auto_now_add=True)
    applied_at = models.DateTimeField(_("thời điểm ghi"), null=True, blank=True)
    undone_at = models.DateTimeField(_("thời điểm hoàn tác"), null=True, blank=True)

    class Meta:
        verbose_name = _("lượt nhập dữ liệu")
        verbose_name_plural = _("lượt nhập dữ liệu")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.file_name} ({self.created_at:%d/%m/%Y %H:%M})"


class ImportEntry(models.Model):
    """One record an applied import created or changed, with its state before."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="entries")
    row = models.PositiveIntegerField(_("dòng"))
    action = models.CharField(_("thao tác"), max_length=10)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.BigIntegerField(_("mã bản ghi"))
    before = models.JSONField(_("trước"), null=True, blank=True)
    after = models.JSONField(_("sau"), null=True, blank=True)

    class Meta:
        ordering = ["row", "pk"]
