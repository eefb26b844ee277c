"""The judgement parts of the national compilation, drafted from the compiled figures as
a province report drafts its own (builder.assessment): sentences, none where the data
supports nothing, and the caller leaves a placeholder.

- the general assessment (II): what the provinces with figures did, which indicators rose
  and fell beside the same period a year earlier, how many provinces the figures cover;
- the tasks (III): the provinces to press for figures, the falls to look into with the
  provinces concerned, the earlier values only worked back from a stated change.

`data` is collect_national's (or a round's) compiled figures. Pure Python.
"""
from __future__ import annotations

from decimal import Decimal

from ngoaivu.core.vnformat import format_number, format_percent
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.reports.builder.encoding import decimal_in
from ngoaivu.reports.builder.precision import percent
from ngoaivu.reports.builder.record_sentences import listing, lower_first
from ngoaivu.reports.wording import WORDING

# What the provinces did, in the words of an opening ("đã ký kết 19 thỏa thuận quốc tế").
DEEDS = {
    Code.AGREEMENTS_SIGNED: "ký kết {n} thỏa thuận quốc tế",
    Code.INTL_CONFERENCES: "tổ chức {n} hội nghị, hội thảo quốc tế",
    Code.FDI_NEW_PROJECTS: "cấp mới {n} dự án FDI",
}
MAX_NAMED = 5  # more provinces than this are counted, not named


def _label(code: str) -> str:
    return lower_first(WORDING[code].label)


def _basis(period: Period) -> str:
    return f"năm {period.end.year - 1}" if period.kind == PeriodKind.YEAR else "cùng kỳ năm trước"


def changes(data: dict) -> dict[str, list[tuple[str, Decimal]]]:
    """Per indicator, each province's change on a year earlier in %, as its ranking table prints it."""
    result: dict[str, list[tuple[str, Decimal]]] = {}
    for code in data["indicators"]:
        for unit in data["units"].values():
            values = unit["values"].get(code)
            if not values:
                continue
            value, previous = decimal_in(values["value"]), decimal_in(values.get("previous"))
            if previous:
                result.setdefault(code, []).append((unit["name"], percent(value / previous * 100) - 100))
    return result


def _reporting(data: dict) -> int:
    return sum(1 for unit in data["units"].values() if unit["values"])


def overview(data: dict, period: Period) -> list[str]:
    sentences = []
    totals = {code: sum(int(decimal_in(unit["values"][code]["value"])) for unit in data["units"].values()
                        if code in unit["values"]) for code in DEEDS if code in data["indicators"]}
    deeds = [DEEDS[code].format(n=format_number(total)) for code, total in totals.items() if total]
    if deeds:
        sentences.append(f"{period.label[:1].upper()}{period.label[1:]}, công tác đối ngoại của các địa phương tiếp "
                         f"tục được triển khai trên các lĩnh vực; các tỉnh, thành phố có số liệu đã {listing(deeds)}")
    compared = []
    for code, rows in changes(data).items():
        rose = [f"{name} ({format_percent(change)})" for name, change in rows if change > 0]
        fell = [f"{name} ({format_percent(-change)})" for name, change in rows if change < 0]
        parts = [f"tăng ở {listing(rose)}" if rose else "", f"giảm ở {listing(fell)}" if fell else ""]
        if rose or fell:
            compared.append(f"{_label(code)} {', '.join(part for part in parts if part)}")
    if compared:
        sentences.append(f"So với {_basis(period)}: " + "; ".join(compared))
    reporting, count = _reporting(data), data.get("unit_count") or 0
    if reporting and count > reporting:
        sentences.append(f"Số liệu mới phản ánh kết quả của {format_number(reporting)}/{format_number(count)} tỉnh, "
                         f"thành phố; chưa đủ cơ sở để đánh giá toàn diện công tác đối ngoại của các địa phương")
    return sentences


def tasks(data: dict, period: Period, upcoming: str) -> list[str]:
    sentences = []
    missing = data.get("missing")  # a round's provinces that sent nothing
    reporting, count = _reporting(data), data.get("unit_count") or 0
    if missing:
        named = f": {listing(missing)}" if len(missing) <= MAX_NAMED else ""
        sentences.append(f"Đôn đốc {format_number(len(missing))} tỉnh, thành phố chưa gửi báo cáo {period.label} "
                         f"hoàn thành việc gửi báo cáo{named}")
    elif count > reporting:
        sentences.append(f"Đôn đốc {format_number(count - reporting)} tỉnh, thành phố chưa có số liệu cập nhật kết "
                         f"quả công tác đối ngoại {period.label} vào hệ thống")
    fell: dict[str, list[str]] = {}
    for code, rows in changes(data).items():
        for name, change in rows:
            if change < 0:
                fell.setdefault(name, []).append(_label(code))
    if fell:
        detail = _by_province(fell)
        sentences.append(f"Phối hợp với {listing(list(fell))} đánh giá nguyên nhân các chỉ tiêu giảm so với "
                         f"{_basis(period)} ({detail}), đề xuất giải pháp cho {upcoming}")
    derived: dict[str, list[str]] = {}
    for unit in data["units"].values():
        for code, values in unit["values"].items():
            if values.get("previous_derived"):
                derived.setdefault(unit["name"], []).append(_label(code))
    if derived:
        detail = _by_province(derived)
        sentences.append(f"Đề nghị {listing(list(derived))} cung cấp số liệu thống kê {_basis(period)} ({detail}), "
                         f"hiện mới suy ra từ mức tăng, giảm do tỉnh báo cáo")
    return sentences


def _by_province(labels: dict[str, list[str]]) -> str:
    """"kim ngạch xuất khẩu của Thái Nguyên; kim ngạch nhập khẩu của Hà Tĩnh"; one province's bare."""
    if len(labels) == 1:
        return listing(next(iter(labels.values())))
    return "; ".join(f"{listing(items)} của {name}" for name, items in labels.items())
