"""Exporting a list: its filters and search, the user's scope, real numbers and dates, no formulas."""
import datetime
import io

from openpyxl import load_workbook

from ngoaivu.exchange.exports import export_file
from ngoaivu.exchange.specs import spec_for
from ngoaivu.exchange.tests.conftest import read_xlsx
from ngoaivu.partners.models import Partner


def _partner(province, name, **extra):
    """Through the service, as a specialist of that province (so search columns are filled)."""
    from ngoaivu.accounts.models import User
    from ngoaivu.partners.services import partner_create

    actor = User.objects.filter(province=province, role="specialist").first() or \
        User.objects.create_user(username=f"cv-{province.key}", password="pw-test-123", role="specialist",
                                 province=province)
    return partner_create(actor=actor, data={"province": province, "name": name, "partner_type": "organization",
                                             **extra})


def test_list_page_offers_export_and_import(web):
    page = web.get("/doi-tac/").content.decode()
    assert "Xuất Excel" in page and "Xuất CSV" in page and "Nhập từ Excel" in page


def test_xlsx_export_keeps_filters_scope_types_and_neutralises_formulas(web, own_province, other_province):
    _partner(own_province, "=HYPERLINK(\"http://x\")", established_on=datetime.date(2020, 5, 17))
    _partner(own_province, "Quỹ châu Á")
    _partner(other_province, "=HYPERLINK khác tỉnh")
    response = web.get("/du-lieu/partners-partner/xuat/", {"format": "xlsx", "q": "hyperlink"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="partners-partner-')
    rows = read_xlsx(response.content)
    assert rows[0][0] == "Tên tiếng Việt" and "Ngày thiết lập quan hệ" in rows[0]
    assert len(rows) == 2                                        # filtered, and only the own province
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")"              # never a formula
    day = rows[1][rows[0].index("Ngày thiết lập quan hệ")]
    assert day == datetime.datetime(2020, 5, 17)                 # a real date
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert sheet.freeze_panes == "A2" and sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"


def test_csv_export_is_utf8_with_bom_and_vietnamese_numbers(specialist, own_province):
    from decimal import Decimal

    from ngoaivu.aid.tests.factories import make_oda

    make_oda(own_province, committed_amount=Decimal("1234567.5"))
    export = export_file(spec_for("aid.odaproject"), user=specialist, fmt="csv")
    assert export.content.startswith(b"\xef\xbb\xbf")
    text = export.content.decode("utf-8-sig")
    assert "Tổng vốn cam kết (theo cột “Loại tiền”)" in text
    assert "1.234.567,5" in text and "01/03/2020" in text


def test_unknown_format_and_unknown_type_are_refused(web):
    assert web.get("/du-lieu/partners-partner/xuat/", {"format": "pdf"}).status_code == 400
    assert web.get("/du-lieu/khong-co/xuat/").status_code == 404


def test_api_export_uses_the_same_filters(api_client_for, specialist, own_province, other_province):
    _partner(own_province, "Tổ chức A")
    _partner(own_province, "Tổ chức B")
    _partner(other_province, "Tổ chức A khác tỉnh")
    response = api_client_for(specialist).get("/api/partners/export/", {"format": "csv", "q": "Tổ chức A"})
    assert response.status_code == 200
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 2 and lines[1].startswith("Tổ chức A,")


def test_bulk_export_and_delete_selected(web, own_province, other_province):
    from ngoaivu.audit.models import ObjectChange

    keep, drop1, drop2 = (_partner(own_province, name) for name in ("Giữ", "Xóa 1", "Xóa 2"))
    foreign = _partner(other_province, "Tỉnh khác")
    response = web.post("/du-lieu/partners-partner/chon/", {"action": "xlsx", "ids": [drop1.pk, drop2.pk]})
    assert [row[0] for row in read_xlsx(response.content)[1:]] == ["Xóa 1", "Xóa 2"]
    web.post("/du-lieu/partners-partner/chon/", {"action": "delete", "ids": [drop1.pk, foreign.pk]})
    assert Partner.objects.filter(pk=drop1.pk).exists()          # one not allowed: nothing deleted
    web.post("/du-lieu/partners-partner/chon/", {"action": "delete", "ids": [drop1.pk, drop2.pk]})
    assert set(Partner.objects.values_list("name", flat=True)) >= {"Giữ"}
    assert not Partner.objects.filter(pk__in=[drop1.pk, drop2.pk]).exists()
    assert Partner.all_objects.filter(pk__in=[drop1.pk, drop2.pk], deleted_at__isnull=False).count() == 2
    assert ObjectChange.objects.filter(action="delete", object_id__in=[drop1.pk, drop2.pk]).count() == 2
    assert keep.pk in Partner.objects.values_list("pk", flat=True)


def test_the_export_command_reads_one_province_as_no_user(own_province, other_province, tmp_path):
    """`ngoaivu export` acts for no signed-in user: a read scope of the province, no User row."""
    from django.core.management import call_command

    from ngoaivu.accounts.models import User

    _partner(own_province, "Quỹ châu Á")
    _partner(other_province, "Quỹ của tỉnh khác")
    users_before = User.objects.count()
    output = tmp_path / "doi-tac.xlsx"
    call_command("export", "partner", province=own_province.name, output=output, stdout=io.StringIO())
    rows = read_xlsx(output.read_bytes())
    assert [row[0] for row in rows[1:]] == ["Quỹ châu Á"]
    sheet = load_workbook(io.BytesIO(output.read_bytes())).worksheets[0]
    assert sheet.oddHeader.center.text.endswith(f"— {own_province.name}")   # the printed header names it
    assert User.objects.count() == users_before
