"""`ngoaivu iati --province … --output f.xml`: a province's ODA and NGO aid as an IATI 2.03 activity file."""
from pathlib import Path

from django.core.management.base import BaseCommand

from ngoaivu.core.scoping import unit_reader
from ngoaivu.exchange.iati import iati_file

from ._common import find_province


class Command(BaseCommand):
    help = "Xuất chương trình, dự án ODA và viện trợ PCPNN của một tỉnh, thành phố ra tệp IATI 2.03 (iati-activities)."

    def add_arguments(self, parser):
        parser.add_argument("--province", required=True, help="Tên tỉnh, thành phố, ví dụ \"Hà Tĩnh\".")
        parser.add_argument("--output", required=True, type=Path)

    def handle(self, *args, province, output, **options):
        unit = find_province(province)
        result = iati_file(unit_reader(unit), unit)
        output.write_bytes(result.content)
        self.stdout.write(f"{output}: {result.activities} hoạt động IATI.")
        for reason in result.skipped:
            self.stderr.write(f"Bỏ qua {reason}")
        if result.provisional:
            self.stderr.write("Tỉnh chưa khai báo mã tổ chức IATI (Cấu hình tỉnh): dùng mã tạm thời VN-PROV-….")
