"""A calendar entry: a deadline or an event of one province, with its state.

States: "due" (ahead, not done), "overdue" (passed, not done), "done" (done, on time or
not), "event" (something that happens: a trip, an opening, an expiry), "past" (a fixed
yearly date already passed that the system does not track).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

KINDS = {
    "delegation": _("Đoàn ra, đoàn vào"),
    "conference": _("Hội nghị, hội thảo quốc tế"),
    "filing": _("Hạn nộp hồ sơ xin phép"),
    "result_report": _("Hạn báo cáo kết quả"),
    "agreement_report": _("Hạn báo cáo sau ký thỏa thuận"),
    "agreement_review": _("Đánh giá thực hiện thỏa thuận"),
    "agreement_expiry": _("Thỏa thuận hết hiệu lực"),
    "aid": _("Hạn viện trợ phi chính phủ"),
    "annual": _("Báo cáo định kỳ hằng năm"),
    "round": _("Hạn gửi báo cáo cho Bộ Ngoại giao"),
}
STATES = {
    "due": _("Sắp đến hạn"), "overdue": _("Quá hạn"), "done": _("Đã xong"),
    "event": _("Sự kiện"), "past": _("Đã qua"),
}


@dataclass(frozen=True)
class Event:
    day: datetime.date
    kind: str
    title: str
    state: str
    province: str = ""
    url: str = ""
    uid: str = ""  # stable across runs: the iCal UID and the reminder's key
    note: str = ""

    @property
    def kind_label(self) -> str:
        return str(KINDS[self.kind])

    @property
    def state_label(self) -> str:
        return str(STATES[self.state])


def deadline_state(day: datetime.date, done: bool, today: datetime.date) -> str:
    if done:
        return "done"
    return "overdue" if day < today else "due"
