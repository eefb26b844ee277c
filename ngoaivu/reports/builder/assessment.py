"""The parts of a report that judge the period, drafted from what the data shows:

- the opening "Tình hình chung" from the period's headline figures;
- limitations (II): targets behind their pace, indicators that fell, reports and filings
  overdue on the period's last day, agreements past their term;
- tasks (III): the next period's targets, the targets still short, the work already
  planned (delegations, conferences, activities), agreements that end;
- recommendations (IV): a request where the data gives a reason for one;
- a term's targets, each with its status (plans.progress measured them at collection).

Every function returns sentences (without the final full stop); none means the data
supports nothing, and the caller leaves a placeholder. Pure Python.
"""
from __future__ import annotations

from ngoaivu.core.vnformat import format_date, format_number, format_percent
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.periods import Period
from ngoaivu.reports.builder.encoding import date_in, decimal_in
from ngoaivu.reports.builder.record_sentences import listing, lower_first
from ngoaivu.reports.sentences import Figure, figure_sentence, years_note
from ngoaivu.reports.wording import WORDING

SHORT = ("behind", "at_risk")
HEADLINE_CODES = (Code.EXPORT_VALUE, Code.FDI_NEW_PROJECTS, Code.NGO_DISBURSED, Code.ODA_DISBURSED)
STATUS_PHRASES = {"behind": "chậm so với tiến độ", "at_risk": "có nguy cơ không đạt"}
MAX_LISTED = 5


def _label(code: str) -> str:
    return WORDING[code].label if code in WORDING else code


def _fell(figures: dict[str, Figure]) -> list[Figure]:
    return [fig for fig in figures.values() if fig.change_pct is not None and fig.change_pct < 0]


def _short_targets(outlook: dict) -> list[dict]:
    return [row for row in outlook.get("targets", []) if row["status"] in SHORT]


def opening(period: Period, locality: str, facts: dict, figures: dict[str, Figure], outlook: dict) -> list[str]:
    deeds = []
    trips = facts.get("delegations") or []
    outbound = sum(1 for trip in trips if trip["direction"] == "outbound")
    inbound = len(trips) - outbound
    if outbound or inbound:
        deeds.append(" và ".join(part for part in (
            outbound and f"cử {format_number(outbound)} đoàn ra", inbound and f"đón {format_number(inbound)} đoàn vào")
            if part))
    signed = figures.get(Code.AGREEMENTS_SIGNED)
    count = int(signed.value) if signed else len(facts.get("agreements") or [])
    if count:
        deeds.append(f"ký kết {format_number(count)} thỏa thuận quốc tế")
    held = figures.get(Code.INTL_CONFERENCES)
    count = int(held.value) if held else sum(1 for item in facts.get("conferences") or [] if item["organised"])
    if count:
        deeds.append(f"tổ chức {format_number(count)} hội nghị, hội thảo quốc tế")
    sentences = []
    if deeds:
        sentences.append(f"{period.label.capitalize()}, công tác đối ngoại của {locality} tiếp tục được triển khai "
                         f"đồng bộ trên các lĩnh vực; {locality} đã {listing(deeds)}")
    economy = []
    for code in HEADLINE_CODES:
        fig = figures.get(code)
        if fig is None:
            continue
        capital = figures.get(WORDING[code].capital_code or "")
        text = figure_sentence(fig, capital=capital, locality=locality)
        if text and fig.missing_years:  # a term's total of the years it has says which
            text += f" ({years_note(fig.covered_years, fig.missing_years, inner=True)})"
        if text:
            economy.append(lower_first(text))
    if economy:
        lead = "Ngoại giao kinh tế tiếp tục được chú trọng: " if deeds else \
            f"{period.label.capitalize()}, ngoại giao kinh tế của {locality} đạt các kết quả chính: "
        sentences.append(lead + "; ".join(economy))
    targets = outlook.get("targets", [])
    if targets:
        plans = listing(list(dict.fromkeys(row["plan"] for row in targets)))
        by_status: dict[str, int] = {}
        for row in targets:
            by_status[row["status_label"]] = by_status.get(row["status_label"], 0) + 1
        parts = [f"{format_number(n)} mục tiêu {lower_first(label)}" for label, n in by_status.items()]
        sentences.append(f"Đối chiếu với {format_number(len(targets))} mục tiêu của {plans} đến ngày "
                         f"{format_date(period.end)}: {listing(parts)}")
    return sentences


def _target_sentence(row: dict, period: Period) -> str:
    """"Kim ngạch xuất khẩu mới đạt 609,1 triệu USD (54% mục tiêu 1,13 tỷ USD); theo nhịp độ hiện
    nay ước đạt 1,04 tỷ USD, có nguy cơ không đạt"."""
    sentence = f"{row['label']} {period.label}"
    if row.get("missing_years"):  # measured on the years it has
        sentence += f" (tính trong các năm đã có số liệu, chưa có số liệu năm {listing([str(year) for year in row['missing_years']])})"
    sentence += f" mới đạt {row['value']}"
    if row["pct"]:
        sentence += f" ({format_percent(round(decimal_in(row['pct']), 1))} mục tiêu {row['target']})"
    else:
        sentence += f" (mục tiêu {row['target']})"
    if row["status"] == "at_risk" and row["forecast"]:
        sentence += f"; theo nhịp độ hiện nay ước đạt {row['forecast']}, có nguy cơ không đạt"
    else:
        sentence += f", {STATUS_PHRASES[row['status']]}"
    if row["pace"]:
        sentence += f"; các năm còn lại cần bình quân {row['pace']} mỗi năm"
    return sentence


def limitations(period: Period, locality: str, facts: dict, figures: dict[str, Figure], outlook: dict) -> list[str]:
    sentences = [_target_sentence(row, period) for row in _short_targets(outlook)[:MAX_LISTED]]
    fell = _fell(figures)
    if fell:
        basis = f"năm {period.end.year - 1}" if period.kind.value == "year" else "cùng kỳ"
        sentences.append(f"Một số chỉ tiêu giảm so với {basis}: " + listing(
            [f"{_label(fig.indicator_code)} (giảm {format_percent(abs(fig.change_pct))})" for fig in fell]))
    late = outlook.get("late", {})
    if late.get("agreement_reports"):
        titles = late["agreement_reports"]
        sentences.append(f"Còn {format_number(len(titles))} thỏa thuận quốc tế chưa được báo cáo sau ký trong thời "
                         f"hạn 15 ngày theo Luật Thỏa thuận quốc tế ({listing([lower_first(t) for t in titles])})")
    if late.get("delegation_reports"):
        sentences.append(f"{format_number(len(late['delegation_reports']))} đoàn ra chưa báo cáo kết quả chuyến công "
                         f"tác đúng hạn")
    if late.get("conference_reports"):
        sentences.append(f"{format_number(len(late['conference_reports']))} hội nghị, hội thảo quốc tế chưa báo cáo "
                         f"kết quả đúng hạn")
    past = outlook.get("agreements_ending", {}).get("past", [])
    if past:
        sentences.append(f"{format_number(len(past))} thỏa thuận đã hết thời hạn nhưng chưa được gia hạn hoặc chấm "
                         f"dứt: " + listing([lower_first(item["title"]) for item in past]))
    return sentences


def tasks(period: Period, next_label: str, locality: str, facts: dict, outlook: dict) -> list[str]:
    sentences = []
    upcoming = outlook.get("next_targets", [])
    if upcoming:
        sentences.append(f"Phấn đấu đạt các mục tiêu {next_label}: " + "; ".join(
            f"{lower_first(row['label'])} {row['target']}" for row in upcoming[:MAX_LISTED]))
    short = _short_targets(outlook)
    running = [row for row in short if date_in(row.get("ends")) and date_in(row["ends"]) > period.end]
    if running:
        sentences.append("Tập trung đẩy nhanh các mục tiêu còn chậm: " + "; ".join(
            f"{lower_first(row['label'])}" + (f" (cần thêm {row['remaining']} để đạt {row['target']})"
                                              if row["remaining"] else "")
            for row in running[:MAX_LISTED]))
    short = [row for row in short if row not in running]
    if short:
        sentences.append(f"Đánh giá nguyên nhân các mục tiêu chưa đạt ({listing([lower_first(row['label']) for row in short[:MAX_LISTED]])}) "
                         f"để xây dựng mục tiêu, giải pháp phù hợp cho {next_label}")
    planned = outlook.get("planned", {})
    for item in planned.get("overseas", []):
        sentences.append(f"Tổ chức {lower_first(item['title'])} (dự kiến ngày {format_date(date_in(item['on']))})")
    for item in planned.get("delegations", []):
        sentences.append(f"Tổ chức {lower_first(item['name'])} (dự kiến ngày {format_date(date_in(item['start']))})")
    for item in planned.get("conferences", []):
        verb = "Tổ chức" if item["organised"] else "Chuẩn bị tham dự"
        sentences.append(f"{verb} {item['title']} (dự kiến ngày {format_date(date_in(item['start']))})")
    ending = outlook.get("agreements_ending", {}).get("upcoming", [])
    if ending:
        sentences.append(f"Đánh giá kết quả thực hiện, đề xuất gia hạn hoặc ký mới các thỏa thuận hết hạn trong "
                         f"{next_label}: " + listing([lower_first(item["title"]) for item in ending]))
    partners = list(dict.fromkeys(lower_first(name) for item in facts.get("agreements") or []
                                  for name in item["partners"]))
    if partners:
        sentences.append(f"Tiếp tục triển khai các văn bản hợp tác đã ký kết {period.label} với "
                         f"{listing(partners[:MAX_LISTED + 3])}")
    late = outlook.get("late", {})
    if late.get("agreement_reports") or late.get("delegation_reports") or late.get("conference_reports"):
        sentences.append("Đôn đốc các cơ quan, đơn vị hoàn thành các báo cáo còn chậm (báo cáo sau ký thỏa thuận, "
                         "báo cáo kết quả đoàn ra, hội nghị, hội thảo quốc tế)")
    return sentences


def recommendations(locality: str, facts: dict, figures: dict[str, Figure], outlook: dict) -> list[str]:
    sentences = []
    short = _short_targets(outlook)
    if short:
        sentences.append(f"Đề nghị UBND {locality} chỉ đạo các sở, ngành, địa phương tập trung giải pháp để hoàn "
                         f"thành các mục tiêu còn chậm: " + listing([lower_first(row["label"]) for row in short[:MAX_LISTED]]))
    exports = figures.get(Code.EXPORT_VALUE)
    export_short = any(row["code"] == Code.EXPORT_VALUE for row in short)
    if export_short or (exports is not None and exports.change_pct is not None and exports.change_pct < 0):
        sentences.append("Đề nghị Bộ Công Thương, các Thương vụ Việt Nam ở nước ngoài tiếp tục cung cấp thông tin thị "
                         f"trường, hỗ trợ doanh nghiệp của {locality} mở rộng thị trường xuất khẩu")
    ngo = [fig for fig in _fell(figures) if fig.indicator_code.startswith("ngo_")]
    if ngo:
        sentences.append("Đề nghị Bộ Ngoại giao, Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài hỗ trợ "
                         f"{locality} kết nối, vận động các tổ chức phi chính phủ nước ngoài, do "
                         f"{_label(ngo[0].indicator_code)} giảm {format_percent(abs(ngo[0].change_pct))}")
    reopened = [gate for group in facts.get("border_gates") or [] if group["status"] in ("reopened", "open")
                for gate in group["gates"]]
    if reopened:
        sentences.append(f"Đề nghị Trung ương bố trí nguồn lực phát triển hạ tầng khu vực cửa khẩu "
                         f"{listing(reopened)}, nâng cao hiệu quả giao thương qua biên giới")
    planned = (facts.get("partners") or {}).get("planned") or []
    if planned:
        sentences.append(f"Đề nghị Bộ Ngoại giao hỗ trợ {locality} trong việc xúc tiến thiết lập quan hệ hợp tác với "
                         f"{listing(planned)}")
    past = outlook.get("agreements_ending", {}).get("past", [])
    if past:
        sentences.append(f"Đề nghị UBND {locality} cho chủ trương gia hạn hoặc chấm dứt các thỏa thuận đã hết thời hạn")
    return sentences


def term_targets(outlook: dict) -> tuple[list[str], dict | None]:
    """The plan's targets as a term report measures them: a summary and a table of each."""
    rows = outlook.get("targets", [])
    if not rows:
        return [], None
    missing = sorted({year for row in rows for year in row["missing_years"]})
    sentences = []
    if missing:
        sentences.append(f"Chưa có số liệu năm {listing([str(year) for year in missing])} của một số chỉ tiêu; kết quả "
                         f"dưới đây tính theo các năm đã có số liệu")
    reached = [lower_first(row["label"]) for row in rows if row["status"] == "reached"]
    if reached:
        sentences.append(f"Các mục tiêu đã đạt: {listing(reached)}")
    table = {
        "caption": f"Kết quả thực hiện các mục tiêu của {listing(list(dict.fromkeys(row['plan'] for row in rows)))}",
        "columns": ["TT", "Mục tiêu", "Chỉ tiêu kế hoạch", "Kết quả", "Đạt (%)", "Đánh giá"],
        "column_codes": ["no", "indicator", "target", "value", "pct", "status"],
        "rows": [[index, row["label"], row["target"], row["value"] or "—",
                  {"n": str(round(decimal_in(row["pct"]), 1))} if row["pct"] else None, row["status_label"]]
                 for index, row in enumerate(rows, start=1)],
        "unit": "",
    }
    return sentences, table
