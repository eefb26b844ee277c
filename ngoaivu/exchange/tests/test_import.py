"""Importing: dry run with row errors in Vietnamese, confirm, idempotence, linked records, undo; the bad-file corpus."""
import io
import unicodedata
import zipfile

import pytest
from openpyxl import Workbook

from ngoaivu.audit.models import ObjectChange
from ngoaivu.exchange.models import ImportStatus
from ngoaivu.exchange.services import import_confirm, import_preview, import_undo
from ngoaivu.exchange.specs import spec_for
from ngoaivu.partners.models import Partner

HEADERS = ["Tên tiếng Việt", "Loại đối tác", "Quốc gia", "Ngày thiết lập quan hệ"]


def xlsx(rows, *, headers=HEADERS, edit=None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    if edit:
        edit(sheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def preview(user, content, name="doi-tac.xlsx", mode="valid_rows"):
    return import_preview(spec_for("partners.partner"), user=user, file_name=name, content=content, mode=mode)


def test_dry_run_reports_each_row_and_error_then_confirm_writes_through_services(specialist):
    content = xlsx([["Tỉnh Chiang Mai", "Địa phương nước ngoài", "Thái Lan", "31/12/2019"],
                    ["Tỉnh Xiêng Khoảng", "Địa phương nước ngoài", "Lào", "31/02/2023"],
                    ["Tổ chức X", "Không có loại này", "", ""]])
    batch = preview(specialist, content)
    report = batch.report
    assert report["counts"] == {"create": 1, "update": 0, "unchanged": 0, "error": 2}
    errors = [error for row in report["rows"] for error in row["errors"]]
    assert "Dòng 3, cột 'Ngày thiết lập quan hệ': '31/02/2023' không phải là ngày (dd/mm/yyyy)" in errors
    assert any(error.startswith("Dòng 4, cột 'Loại đối tác': 'Không có loại này' không có trong danh sách")
               for error in errors)
    assert not Partner.objects.exists()                                   # a dry run writes nothing
    batch = import_confirm(batch, user=specialist)
    assert batch.status == ImportStatus.APPLIED
    partner = Partner.objects.get()
    assert (partner.name, partner.country_id, str(partner.established_on)) == ("Tỉnh Chiang Mai", "TH", "2019-12-31")
    assert ObjectChange.objects.get(object_id=partner.pk).channel == "import"


def test_all_or_nothing_writes_nothing_when_a_row_fails(specialist):
    content = xlsx([["Tỉnh Chiang Mai", "Địa phương nước ngoài", "Thái Lan", ""],
                    ["Tỉnh Luang Prabang", "Địa phương nước ngoài", "", ""]])    # a locality needs a country
    batch = import_confirm(preview(specialist, content, mode="all_or_nothing"), user=specialist)
    assert batch.status == ImportStatus.REJECTED and not Partner.objects.exists()
    errors = [error for row in batch.report["rows"] for error in row["errors"]]
    assert errors == ["Dòng 3, cột 'Quốc gia': Địa phương nước ngoài và cơ quan đại diện phải có quốc gia."]


def test_reimport_is_idempotent_updates_by_natural_key_and_undo_takes_it_back(specialist):
    rows = [["Tỉnh Chiang Mai", "Địa phương nước ngoài", "Thái Lan", "31/12/2019"]]
    import_confirm(preview(specialist, xlsx(rows)), user=specialist)
    again = import_confirm(preview(specialist, xlsx(rows)), user=specialist)
    assert again.report["counts"]["unchanged"] == 1 and Partner.objects.count() == 1
    changed = import_confirm(preview(specialist, xlsx([[*rows[0][:3], "01/01/2020"],
                                                       ["Quỹ mới", "Tổ chức phi chính phủ nước ngoài", "", ""]])),
                             user=specialist)
    assert changed.report["counts"] == {"create": 1, "update": 1, "unchanged": 0, "error": 0}
    assert changed.report["rows"][0]["changes"] == ["Ngày thiết lập quan hệ"]
    import_undo(changed, user=specialist)
    assert list(Partner.objects.values_list("name", "established_on__year")) == [("Tỉnh Chiang Mai", 2019)]
    assert Partner.all_objects.get(name="Quỹ mới").is_deleted                # restorable from the trash


def test_ambiguous_linked_name_is_reported_not_guessed(specialist, own_province):
    from ngoaivu.aid.tests.factories import make_partner

    make_partner(own_province, "Quỹ Hòa Bình", "ngo", country_id="US")
    make_partner(own_province, "Quỹ Hòa Bình", "ngo", country_id="JP")
    content = xlsx([["Chương trình nước sạch", "Quỹ Hòa Bình", "Dự án"]],
                   headers=["Tên chương trình, dự án", "Tổ chức tài trợ", "Hình thức viện trợ"])
    batch = import_preview(spec_for("aid.ngoaid"), user=specialist, file_name="v.xlsx", content=content,
                           mode="valid_rows")
    error = batch.report["rows"][0]["errors"][0]
    assert "'Quỹ Hòa Bình' trùng tên với nhiều" in error and "Hoa Kỳ" in error and "Nhật Bản" in error


def test_template_has_headers_example_and_allowed_values(web):
    from openpyxl import load_workbook

    response = web.get("/du-lieu/partners-partner/mau/")
    workbook = load_workbook(io.BytesIO(response.content))
    data, allowed = workbook.worksheets
    assert [cell.value for cell in data[1]][:2] == ["Tên tiếng Việt", "Tên gốc"] and data.max_row == 2
    values = [row[3] for row in allowed.iter_rows(values_only=True)]
    assert "Địa phương nước ngoài" in values and "Tổ chức quốc tế" in values


def test_upload_preview_confirm_and_undo_in_the_browser_pages(web, specialist):
    upload = io.BytesIO(xlsx([["Tỉnh Chiang Mai", "Địa phương nước ngoài", "Thái Lan", ""]]))
    upload.name = "doi-tac.xlsx"
    response = web.post("/du-lieu/partners-partner/nhap/", {"file": upload, "mode": "valid_rows"})
    detail = response["Location"]
    assert "Xác nhận ghi" in web.get(detail).content.decode()
    web.post(detail, {"action": "confirm"})
    assert Partner.objects.count() == 1 and "Hoàn tác" in web.get(detail).content.decode()
    web.post(detail, {"action": "undo"})
    assert Partner.objects.count() == 0


def test_api_import_dry_run_then_confirm(api_client_for, specialist):
    api = api_client_for(specialist)
    upload = io.BytesIO(xlsx([["Tỉnh Chiang Mai", "Địa phương nước ngoài", "Thái Lan", "xx"]]))
    upload.name = "a.xlsx"
    response = api.post("/api/imports/", {"record_type": "partners.partner", "file": upload, "mode": "all_or_nothing"},
                        format="multipart")
    # The check ran as a background job (in-process in tests, so it is done on return).
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "preview" and body["job"]["status"] == "done" and body["job"]["finished"]
    assert body["counts"]["error"] == 1 and body["rows"][0]["errors"][0].startswith("Dòng 2, cột 'Ngày thiết lập")
    assert api.get(f"/api/imports/{body['id']}/").json()["counts"] == body["counts"]
    confirmed = api.post(f"/api/imports/{body['id']}/confirm/")
    assert confirmed.status_code == 200 and confirmed.json()["status"] == "rejected"    # all or nothing
    assert not Partner.objects.exists()


# --- the bad-file corpus: each a clear message and no change ------------------------------

def _corpus():
    ok_row = ["Tỉnh Chiang Mai", "Địa phương nước ngoài", "Thái Lan", "31/12/2019"]

    def huge(sheet):
        sheet.cell(row=1_048_576, column=1, value="x")

    def merged(sheet):
        sheet.merge_cells("A2:B2")

    def formula(sheet):
        sheet["A2"] = "=CONCAT(\"Tỉnh \",\"X\")"

    broken = bytearray(xlsx([ok_row]))
    broken[len(broken) // 2: len(broken) // 2 + 200] = b"\x00" * 200
    return {
        "empty": ("a.xlsx", b"", "Tệp trống"),
        "renamed": ("a.xlsx", "Tên,Loại\nA,B\n".encode(), "không phải là bảng tính Excel"),
        "pdf": ("a.pdf", b"%PDF-1.4", "Chỉ nhận tệp Excel"),
        "corrupt zip": ("a.xlsx", bytes(broken), "không phải là bảng tính Excel"),
        "zip without workbook": ("a.xlsx", _zip_of({"x.txt": b"x"}), "không phải là bảng tính Excel"),
        "1.048.576 rows": ("a.xlsx", xlsx([ok_row], edit=huge), "1.048.576 dòng"),
        "merged cells": ("a.xlsx", xlsx([ok_row], edit=merged), "ô gộp (A2:B2)"),
        "formula": ("a.xlsx", xlsx([ok_row], edit=formula), "là công thức"),
        "missing column": ("a.xlsx", xlsx([["Thái Lan"]], headers=["Quốc gia"]), "Thiếu cột bắt buộc 'Tên tiếng Việt'"),
        "extra column": ("a.xlsx", xlsx([[*ok_row, "?"]], headers=[*HEADERS, "Cột lạ"]), "Cột 'Cột lạ' không có"),
        "date as text": ("a.csv", "Tên tiếng Việt,Loại đối tác,Ngày thiết lập quan hệ\nA,Tổ chức quốc tế,ngày 5\n"
                         .encode("utf-8-sig"), "'ngày 5' không phải là ngày"),
        "not utf-8 csv": ("a.csv", "Tên,Loại\n".encode("cp1258", errors="replace"), "UTF-8"),
    }


def _zip_of(members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize("case", list(_corpus()))
def test_bad_file_gets_a_clear_message_and_changes_nothing(case, specialist):
    name, content, message = _corpus()[case]
    before = ObjectChange.objects.count()
    batch = import_confirm(preview(specialist, content, name=name), user=specialist)
    messages = batch.report["file_errors"] + [e for row in batch.report.get("rows", []) for e in row["errors"]]
    assert any(message in text for text in messages), messages
    if case not in ("formula", "date as text"):
        assert batch.report["file_errors"]
    assert batch.report["counts"].get("create", 0) == 0 and not Partner.objects.exists()
    assert ObjectChange.objects.count() == before


def test_dates_as_serials_and_nfd_vietnamese_are_read(specialist):
    nfd = unicodedata.normalize("NFD", "Tỉnh Chiang Mai")
    kind = unicodedata.normalize("NFD", "Địa phương nước ngoài")
    content = xlsx([[nfd, kind, unicodedata.normalize("NFD", "Thái Lan"), 43830]])     # 43830 = 31/12/2019
    batch = import_confirm(preview(specialist, content), user=specialist)
    assert batch.report["counts"]["create"] == 1
    partner = Partner.objects.get()
    assert partner.name == "Tỉnh Chiang Mai" and str(partner.established_on) == "2019-12-31"


def _write_only_sheet(rows: int) -> bytes:
    """As openpyxl's write-only mode (and other libraries) write it: no <dimension> element."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Dữ liệu")
    sheet.append(HEADERS)
    for number in range(rows):
        sheet.append([f"Tỉnh số {number}", "Địa phương nước ngoài", "Thái Lan", "31/12/2019"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_sheet_without_a_dimension_is_counted_against_the_row_limit(specialist, monkeypatch):
    from ngoaivu.exchange import readers

    content = _write_only_sheet(12)
    assert b"<dimension" not in zipfile.ZipFile(io.BytesIO(content)).read("xl/worksheets/sheet1.xml")
    monkeypatch.setattr(readers, "MAX_ROWS", 10)
    batch = preview(specialist, content)
    assert batch.report["file_errors"] == ["Trang tính có 13 dòng, quá giới hạn 10 dòng mỗi lần nhập: hãy chia nhỏ tệp."]
    monkeypatch.setattr(readers, "MAX_ROWS", 12)
    assert readers.read_table("a.xlsx", content).total == 12


def test_a_sheet_inflating_beyond_the_limit_is_refused_before_it_is_read(specialist, monkeypatch):
    from ngoaivu.exchange import readers

    monkeypatch.setattr(readers, "MAX_UNZIPPED_BYTES", 64 * 1024)
    batch = import_confirm(preview(specialist, _write_only_sheet(2_000)), user=specialist)
    assert batch.report["file_errors"] == ["Tệp khi giải nén lớn hơn 0,1 MB: hãy chia nhỏ tệp."]
    assert not Partner.objects.exists()
