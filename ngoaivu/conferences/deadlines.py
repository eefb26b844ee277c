"""Deadlines of QĐ 06/2020/QĐ-TTg on international conferences and seminars.

Art. 4: the dossier reaches the deciding authority at least 30 days before the opening,
40 when the Prime Minister decides (minister-level participants, or topics of
sovereignty, security, defence, ethnicity, religion, human rights, state secrets —
Art. 3); the organiser reports the result within 15 days after the closing.
"""
import datetime

DOSSIER_LEAD_DAYS = 30
DOSSIER_LEAD_DAYS_PRIME_MINISTER = 40
RESULT_REPORT_DAYS = 15
# How early the home page starts reminding that a dossier is due.
DOSSIER_REMINDER_DAYS = 7
REPORT_REMINDER_DAYS = 5


def dossier_lead_days(needs_prime_minister: bool) -> int:
    return DOSSIER_LEAD_DAYS_PRIME_MINISTER if needs_prime_minister else DOSSIER_LEAD_DAYS


def dossier_due_on(start_date: datetime.date, needs_prime_minister: bool) -> datetime.date:
    return start_date - datetime.timedelta(days=dossier_lead_days(needs_prime_minister))


def report_due_on(end_date: datetime.date) -> datetime.date:
    return end_date + datetime.timedelta(days=RESULT_REPORT_DAYS)
