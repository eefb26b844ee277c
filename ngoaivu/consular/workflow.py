"""Which step of a citizen case may follow which.

tiếp nhận → chuyển Cục Lãnh sự → chờ kết quả → đã trả lời → đóng. A case may be
answered without a separate "awaiting" step, and closed at any step (the family
withdraws the request, the person comes home).
"""
from ngoaivu.consular.choices import CaseStatus

NEXT_STEPS: dict[str, tuple[str, ...]] = {
    CaseStatus.RECEIVED: (CaseStatus.FORWARDED, CaseStatus.CLOSED),
    CaseStatus.FORWARDED: (CaseStatus.AWAITING, CaseStatus.ANSWERED, CaseStatus.CLOSED),
    CaseStatus.AWAITING: (CaseStatus.ANSWERED, CaseStatus.CLOSED),
    CaseStatus.ANSWERED: (CaseStatus.CLOSED,),
    CaseStatus.CLOSED: (),
}
OPEN_STATUSES = tuple(status for status, steps in NEXT_STEPS.items() if steps)
# Answering or closing a case reports what happened to the person.
NEEDS_OUTCOME = (CaseStatus.ANSWERED, CaseStatus.CLOSED)


def next_steps(status: str) -> tuple[str, ...]:
    return NEXT_STEPS.get(status, ())
