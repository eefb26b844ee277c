"""Accepting, correcting and rejecting facts: records are matched, never created twice."""
import pytest
from django.core.exceptions import ValidationError

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.indicators.choices import Source
from ngoaivu.indicators.models import Observation
from ngoaivu.ingest import records, services
from ngoaivu.ingest.choices import FactKind, FactStatus
from ngoaivu.ingest.tests.texts import REPORT
from ngoaivu.legal.models import LegalDocument
from ngoaivu.partners.choices import PartnerType
from ngoaivu.partners.models import Partner
from ngoaivu.plans.choices import TargetKind, TargetScope
from ngoaivu.plans.models import Plan, Target
from ngoaivu.trade.models import BorderGate

pytestmark = pytest.mark.django_db


def test_accepting_a_partner_twice_creates_one_partner(fact_of, specialist, own_province):
    fact = fact_of("partner", name="Gyeonggi")
    accepted = services.fact_accept(fact, actor=specialist)
    again = services.fact_accept(accepted, actor=specialist)
    partner = Partner.objects.get()
    assert (partner.name, partner.country_id, partner.partner_type, partner.province) == \
        ("Gyeonggi", "KR", PartnerType.LOCALITY, own_province)
    assert "Sơ kết 6 tháng" in partner.notes
    assert (accepted.status, accepted.record, accepted.attached) == (FactStatus.ACCEPTED, partner, True)
    assert again.record == partner and again.reviewed_by == specialist
    assert ObjectChange.objects.filter(content_type__model="partner", action="create").count() == 1


def test_an_existing_partner_is_matched_not_duplicated(fact_of, specialist, own_province):
    existing = Partner.objects.create(province=own_province, name="Tỉnh Gyeonggi", name_original="Gyeonggi",
                                      partner_type=PartnerType.LOCALITY, country_id="KR")
    accepted = services.fact_accept(fact_of("partner", name="Gyeonggi"), actor=specialist)
    assert accepted.record == existing and Partner.objects.count() == 1


def test_a_partner_known_under_an_alias_is_matched(fact_of, specialist, own_province):
    existing = Partner.objects.create(province=own_province, name="Chương trình Phát triển Liên hợp quốc",
                                      partner_type=PartnerType.ORGANIZATION)
    assert services.fact_accept(fact_of("partner", name="UNDP"), actor=specialist).record == existing


@pytest.mark.parametrize("kind, fields, model", [
    ("partner", {"name": "UNDP"}, Partner),
    ("legal_document", {}, LegalDocument),
    ("observation", {}, Observation),
])
def test_the_same_fact_in_two_texts_becomes_one_record(kind, fields, model, report, fact_of, specialist,
                                                       own_province, monkeypatch):
    from ngoaivu.ingest.extraction import Extraction
    from ngoaivu.ingest.tests.texts import report_facts

    first = services.fact_accept(fact_of(kind, **fields), actor=specialist)
    monkeypatch.setattr(services, "extract_facts", lambda text, **kwargs: Extraction(None, None, report_facts()))
    second = services.document_ingest(actor=specialist, province=own_province, text=REPORT + "\nTin bổ sung.").document
    again = second.facts.get(kind=kind, fingerprint=first.fingerprint)
    assert services.fact_accept(again, actor=specialist).record == first.record
    assert model.objects.count() == 1


def test_reject_keeps_the_fact_out_of_the_records(fact_of, specialist):
    rejected = services.fact_reject(fact_of("partner", name="UNDP"), actor=specialist)
    assert (rejected.status, rejected.reviewed_by, rejected.record) == (FactStatus.REJECTED, specialist, None)
    assert not Partner.objects.exists()


def test_an_accepted_fact_can_no_longer_be_rejected(fact_of, specialist):
    accepted = services.fact_accept(fact_of("partner", name="UNDP"), actor=specialist)
    with pytest.raises(ValidationError):
        services.fact_reject(accepted, actor=specialist)
    accepted.refresh_from_db()
    assert accepted.status == FactStatus.ACCEPTED


def test_correct_then_accept_uses_the_correction(fact_of, specialist):
    fact = fact_of("partner", name="Gyeonggi")
    corrected = services.fact_correct(fact, actor=specialist, corrected_payload={"name": "Tỉnh Gyeonggi",
                                                                                 "status": "planned"})
    assert corrected.status == FactStatus.CORRECTED and not Partner.objects.exists()
    assert corrected.payload["name"] == "Gyeonggi"  # the extractor's reading stays as it was
    accepted = services.fact_accept(corrected, actor=specialist)
    partner = Partner.objects.get()
    assert (partner.name, partner.status) == ("Tỉnh Gyeonggi", "planned")
    assert accepted.corrected_payload["evidence"] == "tỉnh Gyeonggi (Hàn Quốc)"


def test_an_invalid_correction_names_the_field_and_changes_nothing(fact_of, specialist):
    fact = fact_of("observation")
    with pytest.raises(ValidationError) as error:
        services.fact_correct(fact, actor=specialist, corrected_payload={
            "period": {"start": "2024-06-30", "end": "2024-01-01"}})
    assert "period_end" in error.value.message_dict
    fact.refresh_from_db()
    assert (fact.status, fact.corrected_payload) == (FactStatus.PENDING, None)


def test_a_refusal_by_the_record_lands_on_the_facts_field(fact_of, specialist):
    # A foreign locality needs its country: the partner's rule, reported on the fact's field.
    with pytest.raises(ValidationError) as error:
        services.fact_accept(fact_of("partner", name="Gyeonggi"), actor=specialist, corrected_payload={"country": None})
    assert "country" in error.value.message_dict
    assert not Partner.objects.exists()
    assert fact_of("partner", name="Gyeonggi").status == FactStatus.PENDING


def test_a_legal_document_is_matched_by_number_and_date(fact_of, specialist, own_province):
    existing = LegalDocument.objects.create(province=own_province, number="22-nq/tw", doc_type="resolution",
                                            title="Về hội nhập quốc tế", issuer="Bộ Chính trị",
                                            issued_on="2013-04-10")
    assert services.fact_accept(fact_of("legal_document"), actor=specialist).record == existing
    assert LegalDocument.objects.count() == 1


def test_a_new_legal_document_is_registered(fact_of, specialist):
    services.fact_accept(fact_of("legal_document"), actor=specialist)
    document = LegalDocument.objects.get()
    assert (document.number, document.doc_type, str(document.issued_on), document.issuer) == \
        ("22-NQ/TW", "resolution", "2013-04-10", "Bộ Chính trị")


def test_a_border_gate_needs_its_class_then_is_created_once(fact_of, specialist):
    fact = fact_of("border_gate")
    with pytest.raises(ValidationError) as error:
        services.fact_accept(fact, actor=specialist)
    assert "gate_class" in error.value.message_dict and not BorderGate.all_objects.exists()
    accepted = services.fact_accept(fact, actor=specialist, corrected_payload={"gate_class": "main"})
    gate = BorderGate.objects.get()
    assert (gate.name_vn, gate.name_foreign, gate.country_id, gate.gate_class) == ("Chi Ma", "Ái Điểm", "CN", "main")
    assert accepted.record == gate


def test_an_existing_border_gate_is_matched(fact_of, specialist, own_province):
    gate = BorderGate.objects.create(province=own_province, name_vn="Chi Ma", name_foreign="Ái Điểm",
                                     country_id="CN", gate_class="main")
    assert services.fact_accept(fact_of("border_gate"), actor=specialist).record.pk == gate.pk


def test_an_observation_keeps_its_text_and_span(report, fact_of, specialist):
    fact = fact_of("observation")
    observation = services.fact_accept(fact, actor=specialist).record
    assert isinstance(observation, Observation)
    assert (observation.indicator.code, observation.value, observation.currency) == ("export_value", 512300000, "USD")
    assert (str(observation.period_start), str(observation.period_end)) == ("2024-01-01", "2024-06-30")
    assert observation.source == Source.EXTRACTED and observation.is_estimate
    assert (observation.reported_change_pct, observation.reported_plan_pct) == (12.5, 48)
    assert "Sơ kết 6 tháng" in observation.source_document
    assert REPORT[observation.evidence_start:observation.evidence_end] == observation.evidence_text == fact.evidence


def test_a_target_needs_a_plan_of_its_term(fact_of, specialist, own_province):
    fact = fact_of("target")
    with pytest.raises(ValidationError) as error:
        services.fact_accept(fact, actor=specialist)
    assert "plan" in error.value.message_dict and not Target.all_objects.exists()
    plan = Plan.objects.create(province=own_province, name="Kế hoạch hội nhập quốc tế", start_year=2021,
                               end_year=2025)
    target = services.fact_accept(fact, actor=specialist).record
    assert (target.plan, target.indicator.code, target.kind, target.scope, target.value, target.currency) == \
        (plan, "fdi_registered_capital", TargetKind.VALUE, TargetScope.TERM, 300000000, "USD")


def test_a_target_goes_to_the_plan_the_reviewer_names(fact_of, specialist, own_province):
    for name in ("Kế hoạch A", "Kế hoạch B"):  # two plans of the same term: the reviewer chooses
        Plan.objects.create(province=own_province, name=name, start_year=2021, end_year=2025)
    chosen = Plan.objects.get(name="Kế hoạch B")
    accepted = services.fact_accept(fact_of("target"), actor=specialist, corrected_payload={"plan": chosen.pk})
    assert accepted.record.plan == chosen and accepted.corrected_payload["plan"] == chosen.pk


def test_every_fact_kind_has_its_target():
    assert set(records.TARGETS) == set(FactKind.values)


def test_accept_all_accepts_what_it_can_and_reports_the_rest(report, specialist):
    result = services.facts_accept_all(report.document, actor=specialist)
    assert result.accepted == 4
    refused = {fact.kind: error.message_dict for fact, error in result.refused}
    assert "gate_class" in refused["border_gate"] and "plan" in refused["target"]
    assert report.document.facts.filter(status=FactStatus.PENDING).count() == 2


def test_another_provinces_user_cannot_decide(fact_of, make_user, other_province):
    stranger = make_user(role=Role.SPECIALIST, province=other_province)
    fact = fact_of("partner", name="UNDP")
    for decide in (services.fact_accept, services.fact_reject):
        with pytest.raises(ScopeDenied):
            decide(fact, actor=stranger)
    fact.refresh_from_db()
    assert fact.status == FactStatus.PENDING and not Partner.objects.exists()


@pytest.mark.parametrize("role", [Role.VIEWER, Role.APPROVER])
def test_roles_without_write_rights_cannot_decide(fact_of, users, role):
    with pytest.raises(ScopeDenied):
        services.fact_accept(fact_of("partner", name="UNDP"), actor=users[role])
    assert not Partner.objects.exists()


def test_decisions_are_audited(fact_of, specialist):
    fact = services.fact_accept(fact_of("partner", name="UNDP"), actor=specialist)
    change = ObjectChange.objects.filter(content_type__model="extractedfact", object_id=fact.pk,
                                         action="update").latest("pk")
    assert change.before["status"] == "pending" and change.after["status"] == "accepted"
    assert change.user == specialist
