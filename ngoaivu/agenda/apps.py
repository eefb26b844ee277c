from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "ngoaivu.agenda"
    label = "agenda"
    verbose_name = _("Lịch công việc")

    def ready(self):
        from ngoaivu.core.registry import NavigationPage, register_page

        register_page(NavigationPage(_("Đoàn, hội nghị"), _("Lịch hạn và sự kiện"), "agenda:calendar"))
        try:
            from celery.schedules import crontab

            from ngoaivu.agenda.services import reminders_job
            from ngoaivu.jobs.registry import JobKind, register_kind
        except ImportError:  # the task queue is optional; the command works without it
            return
        register_kind(JobKind(code="send_reminders", label=_("Gửi thư nhắc hạn"), run=reminders_job,
                              schedule=crontab(hour=6, minute=30)))
