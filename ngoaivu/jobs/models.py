from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.jobs.choices import FINISHED, JobStatus


class Job(models.Model):
    """One piece of background work someone asked for, with what the waiting page shows.

    A job is the state of a technical task, not a record of the province's work: it is
    written directly (not through the audited record services) and kept until purged.
    The province is empty for national work (the Ministry's compilation) and for
    scheduled work nobody asked for (the daily reminders).
    """

    kind = models.CharField(_("loại công việc"), max_length=40)
    title = models.CharField(_("tên công việc"), max_length=300)
    params = models.JSONField(_("tham số"), default=dict, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người yêu cầu"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    province = models.ForeignKey("geo.Province", verbose_name=_("tỉnh, thành phố"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("trạng thái"), max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0, validators=[MaxValueValidator(100)])
    message = models.CharField(_("bước đang làm"), max_length=300, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    # What the job works on when it is a file (an upload read in the worker); deleted once
    # the job has finished with it.
    input_file = models.FileField(_("tệp đầu vào"), upload_to="jobs/in/%Y/%m/", blank=True)
    result_file = models.FileField(_("tệp kết quả"), upload_to="jobs/%Y/%m/", blank=True)
    result_url = models.CharField(_("trang kết quả"), max_length=500, blank=True)
    result_api_url = models.CharField(_("kết quả trong API"), max_length=500, blank=True)
    open_result = models.BooleanField(_("tự mở trang kết quả"), default=True)
    attempts = models.PositiveSmallIntegerField(_("số lần chạy"), default=0)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    started_at = models.DateTimeField(_("bắt đầu lúc"), null=True, blank=True)
    finished_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("công việc chạy nền")
        verbose_name_plural = _("công việc chạy nền")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "-created_at"], name="jobs_user_recent_idx")]

    def __str__(self):
        return self.title

    @property
    def is_finished(self) -> bool:
        return self.status in FINISHED
