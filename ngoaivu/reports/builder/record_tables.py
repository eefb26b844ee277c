"""The tables and charts of a province report, read from the domain apps' selectors.

`user` is the read scope of collect.unit_reader: every selector returns that unit's
records only. Amounts stay in their own currency, in millions, with the currency beside.
"""
from __future__ import annotations

from ngoaivu.agreements.selectors import agreement_list, agreements_signed_between
from ngoaivu.aid.selectors import ngo_aid_active_at, oda_implementing_at
from ngoaivu.conferences.selectors import CARRIED_OUT_STATUSES, conference_list, organised
from ngoaivu.core.vnformat import format_date
from ngoaivu.delegations.selectors import CARRIED_OUT_STATUSES as DELEGATIONS_HELD
from ngoaivu.delegations.selectors import delegation_list
from ngoaivu.geo.models import Province
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.models import Indicator
from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.indicators.selectors import indicator_series
from ngoaivu.investment.selectors import fdi_project_list
from ngoaivu.reports.builder.encoding import chart_out, table_out
from ngoaivu.reports.builder.observed import approximate_notes
from ngoaivu.reports.builder.precision import derived_value, millions

CHART_YEARS = 5
NUMBER, CURRENCY = "TT", "Loại tiền"


def record_tables(*, user, period: Period) -> dict[str, dict]:
    """Tables keyed as the outline places them; a table without rows is left out."""
    tables = {
        "agreements": _agreements(user, period),
        "fdi_projects": _fdi_projects(user, period),
        "oda_projects": _oda_projects(user, period),
        "ngo_aid": _ngo_aid(user, period),
        "delegations": _delegations(user, period),
        "conferences": _conferences(user, period),
    }
    return {key: table for key, table in tables.items() if table["rows"]}


def _numbered(rows: list[list]) -> list[list]:
    return [[index, *row] for index, row in enumerate(rows, start=1)]


def _with_amounts(caption: str, columns: list[str], codes: list[str], rows: list[list], amount_label: str,
                  amount_code: str) -> dict:
    """A table whose last cells are an amount in millions and its currency: one currency goes
    into the heading ("Vốn đăng ký (triệu USD)"), several keep a currency column."""
    currencies = {row[-1] for row in rows}
    if len(currencies) <= 1:
        unit = f"triệu {currencies.pop() if currencies else 'USD'}"
        return table_out(caption, [*columns, f"{amount_label} ({unit})"], [*codes, amount_code],
                         _numbered([row[:-1] for row in rows]))
    return table_out(caption, [*columns, f"{amount_label} (triệu)", CURRENCY], [*codes, amount_code, "currency"],
                     _numbered(rows))


def _agreements(user, period: Period) -> dict:
    signed = agreements_signed_between(agreement_list(user=user), period.start, period.end) \
        .prefetch_related("partners").order_by("signed_on", "title")
    rows = [[agreement.title, ", ".join(partner.name for partner in agreement.partners.all()),
             format_date(agreement.signed_on), agreement.get_level_display()] for agreement in signed]
    return table_out(f"Các thỏa thuận quốc tế ký kết {period.label}",
                     [NUMBER, "Tên thỏa thuận", "Bên nước ngoài", "Ngày ký", "Cấp ký kết"],
                     ["no", "title", "foreign_parties", "signed_on", "level"], _numbered(rows))


def _fdi_projects(user, period: Period) -> dict:
    projects = fdi_project_list(user=user).filter(certificate_date__range=(period.start, period.end)) \
        .order_by("certificate_date", "name")
    rows = [[project.name, f"{project.investor_name} ({project.investor_country.name_vi})",
             format_date(project.certificate_date), millions(project.registered_capital), project.capital_currency]
            for project in projects]
    return _with_amounts(f"Các dự án FDI cấp mới {period.label}",
                         [NUMBER, "Tên dự án", "Nhà đầu tư (quốc gia, vùng lãnh thổ)", "Ngày cấp"],
                         ["no", "name", "investor", "certificate_date"], rows, "Vốn đăng ký",
                         "registered_capital_millions")


def _oda_projects(user, period: Period) -> dict:
    projects = oda_implementing_at(user=user, on=period.end).select_related("donor").order_by("title")
    rows = [[project.title, project.donor.name, project.get_project_type_display(),
             millions(project.committed_amount), project.currency] for project in projects]
    return _with_amounts(f"Các chương trình, dự án ODA và vốn vay ưu đãi đang thực hiện đến ngày "
                         f"{format_date(period.end)}",
                         [NUMBER, "Tên chương trình, dự án", "Nhà tài trợ", "Loại"],
                         ["no", "title", "donor", "project_type"], rows, "Vốn cam kết", "committed_millions")


def _ngo_aid(user, period: Period) -> dict:
    aid = ngo_aid_active_at(user=user, on=period.end).select_related("ngo").order_by("title")
    rows = [[item.title, item.ngo.name, millions(item.committed_amount), item.currency] for item in aid]
    return _with_amounts("Các chương trình, dự án viện trợ phi chính phủ nước ngoài đang triển khai "
                         f"đến ngày {format_date(period.end)}",
                         [NUMBER, "Tên chương trình, dự án", "Tổ chức tài trợ"], ["no", "title", "donor"], rows,
                         "Giá trị cam kết", "committed_millions")


def _delegations(user, period: Period) -> dict:
    """One row per delegation, so the count the paragraph states is the number of rows
    (a delegation to two countries is one delegation, not two)."""
    trips = delegation_list(user=user).filter(status__in=DELEGATIONS_HELD,
                                              start_date__range=(period.start, period.end))
    rows = [[trip.get_direction_display(), trip.name, ", ".join(country.name_vi for country in trip.countries.all()),
             trip.head_title, f"{format_date(trip.start_date)} - {format_date(trip.end_date)}"]
            for trip in trips.order_by("direction", "start_date", "name")]
    return table_out(f"Đoàn ra, đoàn vào {period.label}",
                     [NUMBER, "Loại đoàn", "Tên đoàn", "Quốc gia, vùng lãnh thổ", "Trưởng đoàn", "Thời gian"],
                     ["no", "direction", "name", "countries", "head", "dates"], _numbered(rows))


def _conferences(user, period: Period) -> dict:
    held = organised(conference_list(user=user)).filter(
        status__in=CARRIED_OUT_STATUSES, start_date__range=(period.start, period.end)).order_by("start_date", "title")
    rows = [[conference.title, format_date(conference.start_date), conference.place,
             conference.get_province_role_display(), conference.foreign_participants] for conference in held]
    return table_out(f"Các hội nghị, hội thảo quốc tế tổ chức {period.label}",
                     [NUMBER, "Tên hội nghị, hội thảo", "Ngày khai mạc", "Địa điểm", "Vai trò của tỉnh",
                      "Đại biểu nước ngoài"],
                     ["no", "title", "start_date", "place", "province_role", "foreign_participants"], _numbered(rows))


def record_charts(*, user, unit: Province, period: Period) -> dict[str, dict]:
    """Exports and imports over the same period of the last five years, when two have figures.
    A value worked back from a stated change is plotted as its table prints it: "≈", rounded."""
    if period.kind in (PeriodKind.TERM, PeriodKind.DAY):
        return {}
    periods = [period.shifted(-years) for years in range(CHART_YEARS - 1, -1, -1)]
    figures, currency = {}, "USD"
    for indicator in Indicator.objects.filter(code__in=(Code.EXPORT_VALUE, Code.IMPORT_VALUE)).order_by("code"):
        currency = indicator.currency
        name = "Xuất khẩu" if indicator.code == Code.EXPORT_VALUE else "Nhập khẩu"
        figures[name] = indicator_series(user=user, unit=unit, indicator=indicator, periods=periods)
    with_data = [index for index in range(len(periods)) if any(series[index].value is not None
                                                               for series in figures.values())]
    if len(with_data) < 2:
        return {}
    first = with_data[0]
    notes = approximate_notes([figure for series in figures.values() for figure in series[first:]])
    approximate = {name: [index for index, figure in enumerate(series[first:]) if id(figure) in notes]
                   for name, series in figures.items()}
    # Millions, as the trade table beside it (precision.py): one unit for the same figures.
    scaled = {name: [millions(derived_value(figure.value)) if id(figure) in notes else millions(figure.value)
                     for figure in series[first:]] for name, series in figures.items()}
    title = (f"Kim ngạch xuất khẩu, nhập khẩu các năm {periods[first].end.year}-{period.end.year}"
             if period.kind == PeriodKind.YEAR else
             f"Kim ngạch xuất khẩu, nhập khẩu {period.label} và cùng kỳ các năm trước")
    return {"trade": chart_out(title, [str(p.end.year) for p in periods[first:]], scaled, f"triệu {currency}",
                               approximate, list(dict.fromkeys(note for note in notes.values() if note)))}

