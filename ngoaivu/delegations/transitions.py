"""The steps of a delegation's dossier: who may take each, from which status to which."""
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.workflow.transition import approval_dossier_transitions
from ngoaivu.delegations.choices import DelegationStatus as S

TRANSITIONS = approval_dossier_transitions(
    S, done_status=S.COMPLETED, done_slug="da-ve", done_label=_("Đánh dấu đã về"), cancel_label=_("Hủy đoàn"))
SUBMIT, APPROVE, REJECT, REOPEN, COMPLETE, REPORT, CANCEL = TRANSITIONS
