from django.db import models
from django.utils.translation import gettext_lazy as _


class TargetKind(models.TextChoices):
    VALUE = "value", _("Đạt mức")                      # "ký kết với 05 địa phương"
    RANGE = "range", _("Trong khoảng (từ – đến)")       # "khoảng 3,5 – 4 tỷ USD"
    FLOOR = "floor", _("Từ mức trở lên")               # "7%/năm trở lên", "trên 20 hoạt động"
    CEILING = "ceiling", _("Không vượt quá")


class TargetScope(models.TextChoices):
    TERM = "term", _("Cả kỳ kế hoạch")
    YEAR = "year", _("Mỗi năm")


class ProgressStatus(models.TextChoices):
    REACHED = "reached", _("Đã đạt")
    ON_TRACK = "on_track", _("Đúng tiến độ")
    AT_RISK = "at_risk", _("Có nguy cơ không đạt")
    BEHIND = "behind", _("Chậm tiến độ")
    NO_DATA = "no_data", _("Chưa có số liệu")
