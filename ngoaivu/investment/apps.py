from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvestmentConfig(AppConfig):
    name = "ngoaivu.investment"
    label = "investment"
    verbose_name = _("Đầu tư nước ngoài, xúc tiến")

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent

        group = _("Ngoại giao kinh tế")
        register(RecordType(
            model=FdiProject, url_namespace="investment:project", group=group,
            search_fields=("name", "investor_name", "certificate_number"),
        ))
        register(RecordType(model=PromotionEvent, url_namespace="investment:promotion", group=group,
                            search_fields=("title", "organiser")))
        # Rows of a project: reached from its page, but registered for the trash and history.
        register(RecordType(model=FdiCapitalAdjustment, url_namespace="investment:adjustment", group=group,
                            in_navigation=False))
        register(RecordType(model=FdiImplementation, url_namespace="investment:implementation", group=group,
                            in_navigation=False))
