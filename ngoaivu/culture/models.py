from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.culture.choices import PRODUCT_KINDS, CulturalEventKind, Venue


class CulturalEvent(ProvinceRecord):
    """Cultural diplomacy and external information: exchanges, heritage work, festivals, products."""

    title = models.CharField(_("tên hoạt động"), max_length=255)
    kind = models.CharField(_("loại hoạt động"), max_length=20, choices=CulturalEventKind.choices)
    start_date = models.DateField(_("ngày bắt đầu"))
    end_date = models.DateField(_("ngày kết thúc"), null=True, blank=True,
                                help_text=_("Để trống với hoạt động trong một ngày."))
    venue = models.CharField(_("nơi tổ chức"), max_length=20, choices=Venue.choices, default=Venue.IN_PROVINCE)
    place = models.CharField(_("địa điểm"), max_length=200, blank=True)
    country = models.ForeignKey("geo.Country", verbose_name=_("quốc gia"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="+",
                                help_text=_("Nước tổ chức, hoặc nước của đối tác khi tổ chức trong nước."))
    partners = models.ManyToManyField("partners.Partner", verbose_name=_("đối tác"), blank=True, related_name="+")
    heritage_name = models.CharField(_("di sản"), max_length=200, blank=True,
                                     help_text=_("Ví dụ: Quần thể di tích Cố đô Huế, Thành Nhà Hồ."))
    product = models.CharField(_("sản phẩm"), max_length=255, blank=True,
                               help_text=_("Ấn phẩm, video, phóng sự… làm ra hoặc phát hành."))
    audience_size = models.PositiveIntegerField(_("số người tham dự, tiếp cận"), null=True, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("hoạt động văn hóa, thông tin đối ngoại")
        verbose_name_plural = _("hoạt động văn hóa, thông tin đối ngoại")
        ordering = ["-start_date", "-pk"]
        # The national list's order over live rows (issue 13): read in index order, no sort.
        indexes = [
            models.Index(fields=["-start_date", "-id"],
                         condition=models.Q(deleted_at__isnull=True), name="cultural_event_live_order_idx"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Ngày kết thúc không được trước ngày bắt đầu.")
        if self.venue == Venue.ABROAD and not self.country_id:
            errors["country"] = _("Hoạt động ở nước ngoài cần ghi quốc gia tổ chức.")
        if self.kind == CulturalEventKind.HERITAGE and not self.heritage_name.strip():
            errors["heritage_name"] = _("Hoạt động về di sản cần ghi tên di sản.")
        if self.kind in PRODUCT_KINDS and not self.product.strip():
            errors["product"] = _("Cần ghi tên sản phẩm, ấn phẩm.")
        if errors:
            raise ValidationError(errors)
