from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.partners.choices import PartnerStatus, PartnerType, RelationType


class Partner(ProvinceRecord):
    """A foreign partner of the province: a locality, organisation, embassy, NGO or firm."""

    name = models.CharField(_("tên tiếng Việt"), max_length=200)
    name_original = models.CharField(_("tên gốc"), max_length=200, blank=True)
    partner_type = models.CharField(_("loại đối tác"), max_length=20, choices=PartnerType.choices)
    country = models.ForeignKey(
        "geo.Country", verbose_name=_("quốc gia"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+", help_text=_("Để trống với tổ chức quốc tế đa phương."),
    )
    relation_type = models.CharField(_("hình thức quan hệ"), max_length=20, choices=RelationType.choices,
                                     default=RelationType.COOPERATION)
    status = models.CharField(_("trạng thái quan hệ"), max_length=10, choices=PartnerStatus.choices,
                              default=PartnerStatus.ACTIVE)
    established_on = models.DateField(_("ngày thiết lập quan hệ"), null=True, blank=True)
    ended_on = models.DateField(_("ngày chấm dứt"), null=True, blank=True)
    notes = models.TextField(_("ghi chú"), blank=True)
    # The gazetteer's key of the place ("LA-BL"), so that "Bolikhamxay" and "Bô-ly-khăm-xay"
    # are known as one partner; filled by the services, empty when the place is unknown.
    place_key = models.CharField(_("mã địa danh"), max_length=20, blank=True, db_index=True, editable=False)

    class Meta:
        verbose_name = _("đối tác")
        verbose_name_plural = _("đối tác")
        ordering = ["name"]
        indexes = [models.Index(fields=["province", "partner_type"], name="partner_province_type_idx")]

    def __str__(self):
        return f"{self.name} ({self.country})" if self.country_id else self.name

    def clean(self):
        errors = {}
        if self.partner_type in (PartnerType.LOCALITY, PartnerType.EMBASSY) and not self.country_id:
            errors["country"] = _("Địa phương nước ngoài và cơ quan đại diện phải có quốc gia.")
        if self.established_on and self.ended_on and self.ended_on < self.established_on:
            errors["ended_on"] = _("Ngày chấm dứt phải sau ngày thiết lập quan hệ.")
        if self.status == PartnerStatus.LAPSED and not self.ended_on:
            errors["ended_on"] = _("Quan hệ đã ngừng cần có ngày chấm dứt.")
        if errors:
            raise ValidationError(errors)
