"""The steps of a conference's dossier (QĐ 06/2020/QĐ-TTg): who may take each, from where to where."""
from django.utils.translation import gettext_lazy as _

from ngoaivu.conferences.choices import ConferenceStatus as S
from ngoaivu.core.workflow.transition import approval_dossier_transitions

TRANSITIONS = approval_dossier_transitions(
    S, done_status=S.HELD, done_slug="da-to-chuc", done_label=_("Đánh dấu đã tổ chức"),
    cancel_label=_("Hủy hội nghị"))
SUBMIT, APPROVE, REJECT, REOPEN, COMPLETE, REPORT, CANCEL = TRANSITIONS
