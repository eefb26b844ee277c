from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    name = "ngoaivu.agreements"
    label = "agreements"
    verbose_name = _("Thỏa thuận quốc tế")

    def ready(self):
        from ngoaivu.agreements import selectors
        from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
        from ngoaivu.core.registry import RecordType, register

        group = _("Đối tác, thỏa thuận")
        register(RecordType(
            model=Agreement,
            url_namespace="agreements:agreement",
            group=group,
            search_fields=("number", "title", "vietnamese_party"),
            attention=(selectors.awaiting_report, selectors.awaiting_opinions, selectors.term_ending),
        ))
        # Reviews and files are reached from their agreement's page; registered so that
        # the trash can list and restore them.
        for model, namespace in ((AgreementReview, "agreements:review"), (AgreementDocument, "agreements:document")):
            register(RecordType(model=model, url_namespace=namespace, group=group, in_navigation=False))
