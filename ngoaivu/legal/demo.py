"""Demo legal basis: the texts each seed province cites, in that province's register.

Numbers, dates and issuers are as the seed texts write them (the Thanh Hóa text dates
22/NQ-TW 13-5-2014). Law 70/2020 is added for the provinces whose agreements rest on it.
"""
from datetime import date

from ngoaivu.core.services import record_create
from ngoaivu.legal.choices import DocumentType
from ngoaivu.legal.models import LegalDocument
from ngoaivu.legal.selectors import legal_document_find

D = DocumentType

CT41 = ("41-CT/TW", D.DIRECTIVE, "Về tăng cường công tác ngoại giao kinh tế trong thời kỳ đẩy mạnh công nghiệp hóa, "
        "hiện đại hóa đất nước", "Ban Bí thư", date(2010, 4, 15), "Ban Bí thư khóa X.")
LAW70 = ("70/2020/QH14", D.LAW, "Luật Thỏa thuận quốc tế", "Quốc hội", date(2020, 11, 13),
         "Căn cứ ký kết thỏa thuận quốc tế của tỉnh từ ngày 01/07/2021.")
EFFECTIVE_FROM = {"70/2020/QH14": date(2021, 7, 1)}

# slug → [(number, type, title, issuer, issued on, notes)]
SEED_DOCUMENTS = {
    "tuyenquang": [
        CT41,
        ("15-CT/TW", D.DIRECTIVE, "Về công tác ngoại giao kinh tế phục vụ phát triển đất nước đến năm 2030",
         "Ban Bí thư", date(2022, 8, 10), ""),
        ("37-Ctr/TU", D.PROGRAMME, "Về phát triển kinh tế đối ngoại tỉnh Hà Giang, giai đoạn 2023-2030, "
         "tầm nhìn đến năm 2045", "Ban Chấp hành Đảng bộ tỉnh Hà Giang", date(2023, 3, 21),
         "UBND tỉnh đã ban hành kế hoạch thực hiện Chương trình."),
        LAW70,
    ],
    "thanhhoa": [
        CT41,
        ("22/NQ-TW", D.RESOLUTION, "Về hội nhập quốc tế", "Bộ Chính trị", date(2014, 5, 13), ""),
        ("31-NQ/CP", D.RESOLUTION, "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 22 của "
         "Bộ Chính trị về hội nhập quốc tế", "Chính phủ", date(2014, 5, 13), ""),
        LAW70,
    ],
    "hatinh": [
        ("339", D.DECISION, "Về việc ban hành Quy chế Quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh "
         "Hà Tĩnh", "Ban Thường vụ Tỉnh ủy Hà Tĩnh", None,
         "Nguồn không ghi ngày ban hành; năm 2024 tham mưu sửa đổi cho phù hợp thực tế."),
        LAW70,
    ],
    "thainguyen": [
        ("108/KH-UBND", D.PLAN, "Về triển khai hoạt động đối ngoại một cách đồng bộ, toàn diện, hiệu quả; đẩy mạnh "
         "hội nhập quốc tế trên tất cả các lĩnh vực, phục vụ phát triển bền vững của tỉnh giai đoạn 2021-2025",
         "Ủy ban nhân dân tỉnh Thái Nguyên", date(2021, 6, 10), ""),
    ],
}


def load(context) -> None:
    for slug, rows in SEED_DOCUMENTS.items():
        actor = context.specialist(slug)
        for number, doc_type, title, issuer, issued_on, notes in rows:
            if legal_document_find(user=actor, number=number, issued_on=issued_on):
                continue
            record_create(LegalDocument, actor=actor, channel="demo", data={
                "province": context.historic[slug], "number": number, "doc_type": doc_type, "title": title,
                "issuer": issuer, "issued_on": issued_on, "effective_from": EFFECTIVE_FROM.get(number),
                "notes": notes,
            })
