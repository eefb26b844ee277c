from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "ngoaivu.jobs"
    label = "jobs"
    verbose_name = _("Công việc chạy nền")
