"""Writing observations, choosing the value that counts, catalogue and exchange rates."""
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.indicators import services
from ngoaivu.indicators.choices import Source
from ngoaivu.indicators.models import ExchangeRate, Indicator, Observation
from ngoaivu.indicators.money import convert
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.tests.helpers import indicator, millions, observe, unit

pytestmark = pytest.mark.django_db


def entry(province, code="export_value", period=Period.year(2023), value=millions(2400), **extra):
    ind = indicator(code)
    return {"province": province, "indicator": ind, "period_start": period.start, "period_end": period.end,
            "value": value, "currency": ind.currency, **extra}


def test_a_past_figure_goes_to_the_unit_of_its_time(users, own_province):
    observation = services.observation_create(actor=users[Role.SPECIALIST], data=entry(own_province))
    assert observation.province == unit("vn63-42")  # Hà Tĩnh before 1/7/2025
    recent = services.observation_create(actor=users[Role.SPECIALIST],
                                         data=entry(own_province, period=Period.year(2026)))
    assert recent.province == own_province


def test_a_period_of_merged_units_needs_the_unit_chosen(make_user):
    specialist = make_user(role=Role.SPECIALIST, province=unit("vn34-19"))  # Thái Nguyên + Bắc Kạn
    with pytest.raises(ValidationError) as error:
        services.observation_create(actor=specialist, data=entry(unit("vn34-19"), period=Period.year(2024)))
    assert "Thái Nguyên" in error.value.message_dict["reporting_unit"][0]
    assert "Bắc Kạn" in error.value.message_dict["reporting_unit"][0]
    chosen = services.observation_create(actor=specialist, data={
        **entry(unit("vn34-19"), period=Period.year(2024)), "reporting_unit": unit("vn63-06")})
    assert chosen.province == unit("vn63-06")


def test_a_chosen_unit_must_have_existed_in_the_period(make_user):
    """Bắc Kạn ended on 30/6/2025: a 2026 figure cannot be filed under it, a 2025 one can (its first half)."""
    specialist = make_user(role=Role.SPECIALIST, province=unit("vn34-19"))
    with pytest.raises(ValidationError) as error:
        services.observation_create(actor=specialist, data={
            **entry(unit("vn34-19"), period=Period.year(2026)), "reporting_unit": unit("vn63-06")})
    message = error.value.message_dict["reporting_unit"][0]
    assert "Bắc Kạn" in message and "30/06/2025" in message
    assert not Observation.all_objects.exists()
    whole_year = services.observation_create(actor=specialist, data={
        **entry(unit("vn34-19"), period=Period.year(2025)), "reporting_unit": unit("vn63-06")})
    assert whole_year.province == unit("vn63-06")
    with pytest.raises(ValidationError):  # the new unit did not exist in 2024
        services.observation_create(actor=specialist, data={
            **entry(unit("vn34-19"), period=Period.year(2024)), "reporting_unit": unit("vn34-19")})


def test_a_unit_outside_the_lineage_is_refused(users, own_province):
    with pytest.raises(ValidationError) as error:
        services.observation_create(actor=users[Role.SPECIALIST], data={
            **entry(own_province), "reporting_unit": unit("vn63-38")})
    assert "reporting_unit" in error.value.message_dict
    assert not Observation.all_objects.exists()


def test_a_stock_is_stored_as_a_reading_on_the_periods_last_day(users, own_province):
    observation = services.observation_create(actor=users[Role.SPECIALIST], data=entry(
        own_province, "ngo_projects", Period.year(2023), 21))
    assert observation.period == Period.day(date(2023, 12, 31))


def test_invalid_input_changes_nothing(users, own_province):
    with pytest.raises(ValidationError) as error:
        services.observation_create(actor=users[Role.SPECIALIST], data={
            **entry(own_province), "currency": "", "source": Source.EXTRACTED})
    assert set(error.value.message_dict) == {"currency", "source_document"}
    assert not Observation.all_objects.exists() and not ObjectChange.objects.exists()


def test_computed_values_are_not_typed_in(users, own_province):
    with pytest.raises(ValidationError) as error:
        services.observation_create(actor=users[Role.SPECIALIST], data={**entry(own_province),
                                                                         "source": Source.COMPUTED})
    assert "source" in error.value.message_dict


def test_another_provinces_figure_is_refused(users, other_province):
    with pytest.raises(ScopeDenied):
        services.observation_create(actor=users[Role.SPECIALIST], data=entry(other_province,
                                                                             period=Period.year(2026)))
    assert not Observation.all_objects.exists()


def test_choosing_the_value_that_counts_is_audited_and_exclusive(users):
    hatinh = unit("vn63-42")
    entered = observe(hatinh, "export_value", Period.year(2023), millions(2400))
    extracted = observe(hatinh, "export_value", Period.year(2023), millions(2410), source=Source.EXTRACTED,
                        source_document="Báo Hà Tĩnh")
    services.observation_choose(extracted, actor=users[Role.SPECIALIST])
    services.observation_choose(entered, actor=users[Role.SPECIALIST])
    entered.refresh_from_db()
    extracted.refresh_from_db()
    assert entered.counts and not extracted.counts
    changes = ObjectChange.objects.filter(object_id=extracted.pk, action="update")
    assert [change.after["counts"] for change in changes.order_by("pk")] == [True, False]


def test_a_viewer_cannot_choose(users):
    observation = observe(unit("vn63-42"), "export_value", Period.year(2023), millions(2400))
    with pytest.raises(ScopeDenied):
        services.observation_choose(observation, actor=users[Role.VIEWER])
    observation.refresh_from_db()
    assert not observation.counts


def test_moving_a_chosen_value_to_another_period_unchooses_it(users):
    observation = observe(unit("vn63-42"), "export_value", Period.year(2023), millions(2400), counts=True)
    moved = services.observation_update(observation, actor=users[Role.SPECIALIST], data={
        "period_start": date(2022, 1, 1), "period_end": date(2022, 12, 31)})
    assert not moved.counts


def test_storing_the_computed_value_keeps_both_and_counts_the_records(users):
    from ngoaivu.trade.models import TradeFigure

    hatinh = unit("vn63-42")
    TradeFigure.objects.create(province=hatinh, flow="export", period_start=date(2023, 1, 1),
                               period_end=date(2023, 12, 31), value=millions(2400), currency="USD",
                               is_estimate=True, source="Sở Công Thương")
    entered = observe(hatinh, "export_value", Period.year(2023), millions(2350))
    stored = services.observation_store_computed(actor=users[Role.SPECIALIST], province=hatinh,
                                                 indicator=indicator("export_value"), period=Period.year(2023),
                                                 choose=True)
    assert stored.source == Source.COMPUTED and stored.value == millions(2400) and stored.is_estimate
    assert stored.counts
    entered.refresh_from_db()
    assert not entered.counts and Observation.objects.count() == 2


def test_only_system_administrators_add_indicators(users, make_user):
    data = {"code": "tourists", "name_vi": "Khách quốc tế", "name_en": "International visitors",
            "unit": "people", "aggregation": "flow", "group": "culture"}
    with pytest.raises(ScopeDenied):
        services.indicator_create(actor=users[Role.ADMIN], data=data)
    root = make_user(role=Role.ADMIN, province=None, is_superuser=True)
    created = services.indicator_create(actor=root, data=data)
    assert Indicator.objects.get(code="tourists") == created
    assert ObjectChange.objects.filter(object_id__isnull=False, object_repr="Khách quốc tế").exists()


def test_the_catalogue_holds_every_schema_code():
    from ngoaivu.indicators.catalogue import CATALOGUE

    assert Indicator.objects.count() == len(CATALOGUE) == 35
    assert indicator("export_growth").growth_of == indicator("export_value")
    assert indicator("fdi_active_projects").aggregation == "stock"
    assert indicator("oda_disbursed").currency == "VND"


def test_conversion_uses_the_rate_in_force_and_says_so():
    ExchangeRate.objects.create(currency="USD", valid_on=date(2022, 12, 30), rate_to_vnd=Decimal("23612"),
                                source="NHNN")
    ExchangeRate.objects.create(currency="EUR", valid_on=date(2022, 12, 30), rate_to_vnd=Decimal("25000"),
                                source="NHNN")
    usd = convert(Decimal(100), "USD", "VND", date(2023, 3, 1))
    assert usd.amount == Decimal("2361200.00")
    assert usd.note == "quy đổi theo tỷ giá 1 USD = 23.612 đồng ngày 30/12/2022"
    eur = convert(Decimal(100), "EUR", "USD", date(2023, 1, 1))
    assert eur.amount == Decimal("105.88") and len(eur.rates) == 2
    assert convert(Decimal(1), "USD", "USD", date(2023, 1, 1)) is None
    with pytest.raises(ValidationError):
        convert(Decimal(1), "USD", "VND", date(2022, 12, 29))


def test_an_exchange_rate_for_the_dong_is_refused(make_user):
    root = make_user(role=Role.ADMIN, province=None, is_superuser=True)
    with pytest.raises(ValidationError) as error:
        services.exchange_rate_create(actor=root, data={"currency": "VND", "valid_on": date(2023, 1, 1),
                                                        "rate_to_vnd": Decimal(1), "source": "x"})
    assert "currency" in error.value.message_dict
