"""ODA and NGO aid indicators, computed from the projects and their transactions
(registered with ngoaivu.indicators.computations)."""
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.computations import STOCK, Computation, register

_DISBURSEMENTS = (("transaction_type", "disbursement"),)
_RUNNING = dict(kind=STOCK, end_field="actual_end")
_ODA, _NGO_AID, _NGO_MONEY = OdaProject._meta.label, NgoAid._meta.label, NgoAidTransaction._meta.label

register(
    Computation(Code.ODA_PROJECTS, _ODA, "actual_start", **_RUNNING),
    # Being sought: proposed, not yet decided on, not given up.
    Computation(Code.ODA_MOBILIZING_PROJECTS, _ODA, "proposed_on", STOCK, end_field="decided_on",
                excludes=(("stage", "cancelled"),)),
    Computation(Code.ODA_DISBURSED, OdaTransaction._meta.label, "transaction_date", measure="amount",
                currency_field="currency", filters=_DISBURSEMENTS),
    Computation(Code.NGO_PROJECTS, _NGO_AID, "actual_start", **_RUNNING),
    Computation(Code.NGO_NEW_COMMITMENTS, _NGO_AID, "decided_on", excludes=(("status", "refused"),)),
    Computation(Code.NGO_COMMITTED, _NGO_MONEY, "transaction_date", measure="amount", currency_field="currency",
                filters=(("transaction_type", "commitment"),)),
    Computation(Code.NGO_DISBURSED, _NGO_MONEY, "transaction_date", measure="amount", currency_field="currency",
                filters=_DISBURSEMENTS),
    Computation(Code.NGO_ORGANIZATIONS, _NGO_AID, "actual_start", **_RUNNING, distinct="ngo",
                filters=(("ngo__partner_type", "ngo"),)),
    Computation(Code.INTL_ORGANIZATIONS, _NGO_AID, "actual_start", **_RUNNING, distinct="ngo",
                filters=(("ngo__partner_type", "organization"),)),
)
