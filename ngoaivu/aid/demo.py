"""Demo ODA projects and NGO aid (the data and its sources: demo_data.py).

Everything goes through the services: records as each province's specialist, approvals
of NGO aid by its approver, so the change log shows each step. Records of the seed years
belong to the province unit of that time. Periodic reports are marked as submitted up
to the last half-year except for a few programmes, and three dossiers of today show the
appraisal workflow, so the home page has realistic due and overdue items.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from ngoaivu.aid import deadlines, services
from ngoaivu.aid.demo_data import (
    DONORS,
    HA_GIANG_DISTRICTS,
    HA_GIANG_NEW_COMMITMENTS,
    HA_GIANG_NGOS,
    HA_GIANG_OLDER_PROGRAMMES,
    HA_TINH_PROGRAMMES,
    LINE_AGENCY,
    NGO_THEMES,
    ODA_PROJECTS,
    THANH_HOA_PROGRAMMES,
)
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.core.services import child_create
from ngoaivu.core.workflow.services import take_step
from ngoaivu.partners import services as partner_services
from ngoaivu.partners.choices import RelationType
from ngoaivu.partners.selectors import partner_find_match

CHANNEL = "demo"


class Loader:
    def __init__(self, context):
        self.context = context
        self.today = timezone.localdate()
        self.donors: dict[tuple[str, str], object] = {}
        self.decisions = 0

    def donor(self, slug: str, key: str):
        """The partner the province already has (partners' demo, other apps), else a new one."""
        if (slug, key) not in self.donors:
            name, original, partner_type, country = DONORS[key]
            actor = self.context.specialist(slug)
            found = partner_find_match(user=actor, name=name, country_code=country) or \
                partner_find_match(user=actor, name=original, country_code=country)
            self.donors[slug, key] = found or partner_services.partner_create(actor=actor, channel=CHANNEL, data={
                "province": self.context.historic[slug], "name": name, "name_original": original,
                "partner_type": partner_type, "country_id": country, "relation_type": RelationType.DONOR})
        return self.donors[slug, key]

    # ------------------------------------------------------------ ODA

    def oda(self, slug: str, row) -> None:
        (title, donor, instrument, project_type, sector, stage, proposed_on, started, ended, planned_end, committed,
         currency, transactions) = row
        province, actor = self.context.historic[slug], self.context.specialist(slug)
        if OdaProject.objects.filter(province=province, title=title).exists():
            return
        project = services.oda_project_create(actor=actor, channel=CHANNEL, data={
            "province": province, "title": title, "donor": self.donor(slug, donor), "instrument": instrument,
            "project_type": project_type, "stage": stage, "sector": sector, "line_agency": LINE_AGENCY[slug],
            "proposed_on": proposed_on, "planned_start": started, "planned_end": planned_end, "actual_start": started,
            "actual_end": ended, "committed_amount": Decimal(committed) if committed else None, "currency": currency})
        for kind, day, amount, money, note in transactions:
            child_create(OdaTransaction, actor=actor, channel=CHANNEL, data={
                "project": project, "transaction_type": kind, "transaction_date": day, "amount": Decimal(amount),
                "currency": money, "note": note})

    # ------------------------------------------------------------ NGO aid, through the workflow

    def ngo_aid(self, slug: str, province, *, donor: str, title: str, kind: str, sector: str, area: str,
                started: date, committed: int, reported_through: date | None) -> NgoAid | None:
        """A programme received, approved, committed and started on plausible dates before `started`."""
        actor, approver = self.context.specialist(slug), self.context.approver(slug)
        if NgoAid.objects.filter(province=province, title=title).exists():
            return None
        self.decisions += 1
        aid = services.ngo_aid_create(actor=actor, channel=CHANNEL, data={
            "province": province, "title": title, "ngo": self.donor(slug, donor), "kind": kind, "sector": sector,
            "beneficiary_area": area, "line_agency": LINE_AGENCY[slug], "planned_start": started,
            "committed_amount": Decimal(committed), "currency": "USD"})
        aid = take_step(aid, "submit", actor=actor, channel=CHANNEL, on=started - timedelta(days=30))
        aid = take_step(aid, "approve", actor=approver, channel=CHANNEL, on=started - timedelta(days=15), values={
            "approval_authority": "province_chair", "decision_number": f"{1200 + self.decisions}/QĐ-UBND"})
        child_create(NgoAidTransaction, actor=actor, channel=CHANNEL, data={
            "aid": aid, "transaction_type": "commitment", "transaction_date": started - timedelta(days=10),
            "amount": Decimal(committed), "note": "Ký văn kiện, thư cam kết viện trợ"})
        aid = take_step(aid, "start", actor=actor, channel=CHANNEL, on=started)
        if reported_through and reported_through >= started:
            aid = services.ngo_aid_update(aid, actor=actor, channel=CHANNEL,
                                          data={"last_report_period_end": reported_through})
        return aid

    def disburse(self, slug: str, aid: NgoAid, day: date, amount: int, note: str) -> None:
        child_create(NgoAidTransaction, actor=self.context.specialist(slug), channel=CHANNEL, data={
            "aid": aid, "transaction_type": "disbursement", "transaction_date": day, "amount": Decimal(amount),
            "note": note})

    def ha_giang(self) -> None:
        """49 programmes under way in mid-2023; the last 18 committed in its first half."""
        province, up_to_date = self.context.historic["tuyenquang"], deadlines.last_ended_period(self.today)
        new_count = len(HA_GIANG_NEW_COMMITMENTS)
        for index in range(HA_GIANG_OLDER_PROGRAMMES + new_count):
            theme, kind, sector = NGO_THEMES[index % len(NGO_THEMES)]
            # Each theme cycles through the districts, so no two titles are the same.
            district = HA_GIANG_DISTRICTS[(index + 3 * (index // len(NGO_THEMES))) % len(HA_GIANG_DISTRICTS)]
            new = index >= HA_GIANG_OLDER_PROGRAMMES
            if new:
                number = index - HA_GIANG_OLDER_PROGRAMMES
                started, committed = date(2023, 2 + number % 5, 5 + number), HA_GIANG_NEW_COMMITMENTS[number]
            else:
                started, committed = date(2019 + index % 4, 1 + index * 5 % 12, 12), 60000 + index * 9500
            self.ngo_aid("tuyenquang", province, donor=HA_GIANG_NGOS[index % len(HA_GIANG_NGOS)],
                         title=f"{theme} huyện {district}", kind=kind, sector=sector, area=f"Huyện {district}",
                         started=started, committed=committed, reported_through=None if index < 3 else up_to_date)

    def ha_tinh(self) -> None:
        """21 programmes of 8 NGOs and 7 international organisations, about 1 million USD disbursed in 2023."""
        province = self.context.historic["hatinh"]
        up_to_date = deadlines.last_ended_period(self.today)
        for index, (donor, title, kind, sector, area, started, committed, disbursed) in enumerate(HA_TINH_PROGRAMMES):
            behind = deadlines.previous_period(up_to_date) if index < 2 else up_to_date
            aid = self.ngo_aid("hatinh", province, donor=donor, title=title, kind=kind, sector=sector, area=area,
                               started=started, committed=committed, reported_through=behind)
            if aid:
                self.disburse("hatinh", aid, date(2023, 11, 30), disbursed, "Giải ngân 11 tháng năm 2023")

    def thanh_hoa(self) -> None:
        """The NGO and foundation projects the text names, ended with their closing reports."""
        province, actor = self.context.historic["thanhhoa"], self.context.specialist("thanhhoa")
        for donor, title, kind, sector, area, started, ended, committed in THANH_HOA_PROGRAMMES:
            aid = self.ngo_aid("thanhhoa", province, donor=donor, title=title, kind=kind, sector=sector, area=area,
                               started=started, committed=committed, reported_through=ended)
            if aid:
                self.disburse("thanhhoa", aid, ended, committed, "Giải ngân toàn bộ")
                aid = take_step(aid, "complete", actor=actor, channel=CHANNEL, on=ended)
                services.ngo_aid_update(aid, actor=actor, channel=CHANNEL,
                                        data={"closing_report_on": ended + timedelta(days=75)})

    def dossiers_of_today(self) -> None:
        """Hà Tĩnh of today: one dossier being mobilised, two under appraisal (one past 20 days)."""
        slug, actor = "hatinh", self.context.specialist("hatinh")
        province = self.context.provinces[slug]
        for donor, title, received_days_ago in (
                ("PLAN", "Trang thiết bị cho trạm y tế xã vùng ven biển", None),
                ("HABITAT", "Nhà ở an toàn cho hộ nghèo sau bão", 6),
                ("UNICEF", "Nước sạch cho trường mầm non", 25)):
            if NgoAid.objects.filter(province=province, title=title).exists():
                continue
            aid = services.ngo_aid_create(actor=actor, channel=CHANNEL, data={
                "province": province, "title": title, "ngo": self.donor(slug, donor), "kind": "project",
                "line_agency": LINE_AGENCY[slug], "currency": "USD"})
            if received_days_ago is not None:
                take_step(aid, "submit", actor=actor, channel=CHANNEL, on=self.today - timedelta(days=received_days_ago))


def load(context) -> None:
    loader = Loader(context)
    for slug, rows in ODA_PROJECTS.items():
        for row in rows:
            loader.oda(slug, row)
    loader.ha_giang()
    loader.ha_tinh()
    loader.thanh_hoa()
    loader.dossiers_of_today()
