"""Demo reports: the two periods the seed texts report on, generated from the demo records.

- Hà Tĩnh, năm 2023: generated, the judgement parts written in the words of the press
  report of the conference of 08/12/2023 (signed by the director it names), then
  finalised, so the demo shows a locked report;
- Thừa Thiên Huế, 7 tháng đầu năm 2022: generated for the unit of that time, its
  limitations and tasks written from the seed, the fields the seed is silent on left as
  placeholders: a draft in progress.
"""
import datetime

from ngoaivu.accounts.services import province_settings_update
from ngoaivu.core.roles import Role
from ngoaivu.reports import services
from ngoaivu.reports.builder.compose import OTHER_FIELDS_KEY
from ngoaivu.reports.models import Report
from ngoaivu.reports.selectors import report_text

D = datetime.date
SEED_LEAD = ("Năm 2023, công tác đối ngoại của tỉnh tiếp tục được triển khai đồng bộ, toàn diện với nhiều dấu ấn "
             "nổi bật; kết quả cụ thể trên các lĩnh vực như sau:")
DELEGATIONS_LEAD = ("Công tác quản lý đoàn ra, đoàn vào trên địa bàn tỉnh đã đi vào nền nếp, có sự phân công, phân "
                    "cấp và phối hợp tốt giữa các đơn vị, địa phương.")
CARRIED_OUT = "được quan tâm triển khai thực hiện hiệu quả."
HATINH_EDITS = {
    "results.overview": SEED_LEAD,
    "results.promotion": (
        "Năm 2023, tỉnh đã tổ chức các buổi làm việc với đại sứ quán, các tổ chức quốc tế tại Việt Nam và tham gia "
        "các diễn đàn quốc tế do Bộ Ngoại giao và các cơ quan đại diện ngoại giao Việt Nam ở nước ngoài tổ chức; tổ "
        "chức các đoàn đi xúc tiến đầu tư ở nước ngoài, cung cấp tài liệu về tiềm năng, lợi thế, các dự án kêu gọi "
        "đầu tư, tình hình thu hút đầu tư vào tỉnh Hà Tĩnh cho các nhà đầu tư quan tâm."),
    "results.culture": f"Công tác văn hóa đối ngoại, thông tin đối ngoại và quản lý hoạt động thông tin, báo chí "
                       f"{CARRIED_OUT}",
    "results.overseas": f"Công tác đối với người Việt Nam ở nước ngoài {CARRIED_OUT}",
    "results.consular": f"Công tác lãnh sự và bảo hộ công dân {CARRIED_OUT}",
    "results.border": f"Công tác biên giới lãnh thổ {CARRIED_OUT}",
    "limitations": (
        "Tại hội nghị tổng kết công tác đối ngoại ngày 08/12/2023, các đại biểu đã thảo luận những hạn chế trong "
        "công tác phối hợp và đề xuất một số giải pháp thực hiện hiệu quả kế hoạch năm 2024."),
    "tasks": (
        "Tiếp tục đẩy mạnh thực hiện có hiệu quả các chủ trương, đường lối của Đảng, Nhà nước; tăng cường công tác "
        "quản lý đoàn ra, đoàn vào, công tác quản lý biên giới; triển khai kịp thời, có hiệu quả công tác lãnh sự, "
        "bảo hộ công dân, công tác thông tin đối ngoại và người Việt Nam ở nước ngoài.\n"
        "Tăng cường công tác thông tin, tuyên truyền quảng bá hình ảnh, đất nước con người và tiềm năng phát triển "
        "của tỉnh đến các nhà đầu tư, các tập đoàn kinh tế trong và ngoài nước, bạn bè quốc tế. Đổi mới, nâng cao "
        "hiệu quả công tác ngoại giao kinh tế và xúc tiến đầu tư.\n"
        "Tiếp tục duy trì và phát triển mối quan hệ hợp tác với các tỉnh của nước bạn Lào; tăng cường hợp tác với "
        "các tỉnh có sử dụng chung đường 8 và đường 12 của 3 nước Việt Nam - Lào - Thái Lan; tham mưu tổ chức gặp "
        "mặt kiều bào Tết Nguyên đán Giáp Thìn 2024."),
}
HUE_EDITS = {
    "results.political": (
        "Tỉnh tiếp tục giữ mối liên lạc trao đổi với các nước trong các lĩnh vực văn hóa di sản, du lịch; tăng cường "
        "hợp tác với các tỉnh Gifu, Niigata, Nara, Kyoto, Shiga (Nhật Bản), chính quyền Thủ đô Băng Cốc (Thái Lan) "
        "thông qua hoạt động giao lưu thư viện và hợp tác quảng bá song phương về văn hóa, du lịch trên các phương "
        "tiện truyền thông; tham gia Hội nghị trực tuyến giữa kỳ về hợp tác giữa các địa phương Việt Nam - Pháp do "
        "Bộ Ngoại giao Việt Nam và Hiệp hội các địa phương Pháp tổ chức."),
    "results.overseas": (
        "Tổ chức nhiều buổi giới thiệu các sản phẩm của các tổ chức là đối tác của kiều bào; phối hợp với Ủy ban "
        "Nhà nước về người Việt Nam ở nước ngoài chuẩn bị tổ chức Chương trình Trại hè năm 2022; phối hợp Trung tâm "
        "Khoa học và Giáo dục Gặp gỡ Việt Nam triển khai hoạt động trao học bổng Tài năng Odon Vallet năm 2022."),
    "limitations": (
        "Công tác vận động nguồn viện trợ phi chính phủ nước ngoài trên địa bàn tỉnh chưa có tính chủ động cao; "
        "công tác phối hợp giữa các cơ quan Trung ương và địa phương trong công tác hội nhập kinh tế quốc tế chưa "
        "được chặt chẽ; sản phẩm thông tin đối ngoại chưa thực sự hấp dẫn; hệ thống cơ sở hạ tầng và giao thông ở "
        "khu vực biên giới chưa hoàn thiện khiến hoạt động thương mại ở khu vực biên giới còn hạn chế, kim ngạch "
        "xuất nhập khẩu hàng hóa còn thấp."),
    "tasks": (
        "Tăng cường tiếp xúc, quảng bá hình ảnh, giới thiệu tiềm năng, thế mạnh của tỉnh với các cơ quan đại diện "
        "nước ngoài, các tổ chức quốc tế, các tổ chức phi chính phủ và các nhà đầu tư nước ngoài. Tập trung thu hút "
        "đầu tư vào các khu kinh tế, công nghiệp của tỉnh và các dự án trọng điểm; các dự án chế biến sâu từ nguyên "
        "liệu cát, gỗ, nông, thủy sản, sản xuất sợi, cơ khí và các dự án công nghệ cao, sản xuất nguyên phụ liệu "
        "ngành công nghiệp dệt may; dự án nông nghiệp công nghệ cao."),
}


# The director the Hà Tĩnh seed names: its new drafts (the CLI's, the page's) are signed by him.
HATINH_SIGNER = {"report_signer_title": "GIÁM ĐỐC", "report_signer_name": "Thái Phúc Sơn"}


def load(context) -> None:
    province_settings_update(actor=context.users[("hatinh", Role.ADMIN)], province=context.provinces["hatinh"],
                             data=HATINH_SIGNER, channel="demo")
    hatinh = _report(context, "hatinh", D(2023, 1, 1), D(2023, 12, 31), HATINH_EDITS,
                     signer_name=HATINH_SIGNER["report_signer_name"])
    if hatinh is not None:
        # The seed's judgement before the counts the records give.
        counts = report_text(hatinh).paragraph("results.delegations").generated
        services.report_edit_paragraph(hatinh, actor=context.specialist("hatinh"), channel="demo",
                                       key="results.delegations", text=f"{DELEGATIONS_LEAD} {counts}")
        services.report_finalize(hatinh, actor=context.specialist("hatinh"), channel="demo")
    _report(context, "hue", D(2022, 1, 1), D(2022, 7, 31), HUE_EDITS, unit=context.historic["hue"])


def _report(context, slug: str, start, end, edits: dict, **data) -> Report | None:
    """A draft of the province's report with the seed's wording put in; None when the demo has it.

    A field the records say nothing of is not a paragraph of its own but part of the one
    "other fields" placeholder: the seed's words for such fields fill that paragraph."""
    unit = data.get("unit", context.provinces[slug])
    if Report.objects.filter(province=unit, period_start=start, period_end=end).exists():
        return None
    actor = context.specialist(slug)
    report = services.report_create(actor=actor, channel="demo", data={
        "province": context.provinces[slug], "period_start": start, "period_end": end, **data})
    present = {paragraph.key for paragraph in report_text(report).paragraphs}
    for key, text in edits.items():
        if key in present:
            services.report_edit_paragraph(report, actor=actor, key=key, text=text, channel="demo")
    others = " ".join(text for key, text in edits.items() if key not in present and text)
    if others and OTHER_FIELDS_KEY in present:
        services.report_edit_paragraph(report, actor=actor, key=OTHER_FIELDS_KEY, text=others, channel="demo")
    return report
