from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ngoaivu.geo.choices import ProvinceKind, Scheme
from ngoaivu.geo.loading import FastFromDb


class Country(FastFromDb, models.Model):
    """A country or territory (ISO 3166-1 alpha-2), Vietnamese name from CLDR."""

    code = models.CharField(_("mã ISO"), max_length=2, primary_key=True)
    name_vi = models.CharField(_("tên tiếng Việt"), max_length=120)
    name_en = models.CharField(_("tên tiếng Anh"), max_length=120)
    aliases = models.JSONField(_("tên gọi khác"), default=list, blank=True)

    class Meta:
        verbose_name = _("quốc gia")
        verbose_name_plural = _("quốc gia")
        ordering = ["name_vi"]

    def __str__(self):
        # The English interface shows CLDR's English name (the data has both).
        return self.name_en if get_language() == "en" and self.name_en else self.name_vi


class Province(FastFromDb, models.Model):
    """A Vietnamese province-level unit of one scheme (63 before, 34 after 1 July 2025).

    Codes collide across schemes (80 was Long An, is now Tây Ninh), so the unit is
    identified by `key` ("vn63-80"), never by its bare code.
    """

    key = models.CharField(_("mã định danh"), max_length=12, unique=True)
    scheme = models.CharField(_("giai đoạn"), max_length=4, choices=Scheme.choices)
    code = models.CharField(_("mã đơn vị hành chính"), max_length=4)
    name = models.CharField(_("tên"), max_length=80)
    full_name = models.CharField(_("tên đầy đủ"), max_length=120)
    kind = models.CharField(_("loại"), max_length=10, choices=ProvinceKind.choices)
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    aliases = models.JSONField(_("tên gọi khác"), default=list, blank=True)
    predecessors = models.ManyToManyField(
        "self",
        through="ProvinceSuccession",
        through_fields=("successor", "predecessor"),
        symmetrical=False,
        related_name="successors",
        verbose_name=_("đơn vị tiền thân"),
    )

    class Meta:
        verbose_name = _("tỉnh, thành phố")
        verbose_name_plural = _("tỉnh, thành phố")
        ordering = ["-scheme", "name"]
        constraints = [
            models.UniqueConstraint(fields=["scheme", "code", "name"], name="geo_province_unique_scheme_code_name"),
        ]

    def __str__(self):
        if self.scheme == Scheme.VN63 and self.valid_to:
            return f"{self.name} ({_('đến')} {self.valid_to:%d/%m/%Y})"
        return self.name

    @property
    def is_current(self) -> bool:
        return self.valid_to is None


class ProvinceSuccession(models.Model):
    """Old unit → new unit on a date (merger, or Thừa Thiên Huế becoming Thành phố Huế)."""

    predecessor = models.ForeignKey(Province, on_delete=models.CASCADE, related_name="succession_to")
    successor = models.ForeignKey(Province, on_delete=models.CASCADE, related_name="succession_from")
    effective = models.DateField(_("ngày hiệu lực"))

    class Meta:
        verbose_name = _("kế thừa đơn vị hành chính")
        verbose_name_plural = _("kế thừa đơn vị hành chính")
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="geo_succession_unique_pair"),
        ]

    def __str__(self):
        return f"{self.predecessor.name} → {self.successor.name} ({self.effective:%d/%m/%Y})"
