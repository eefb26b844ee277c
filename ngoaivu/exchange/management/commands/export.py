"""`ngoaivu export TYPE --province … --output f.xlsx`: a record type's records of a province to XLSX or CSV."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ngoaivu.core.scoping import unit_reader
from ngoaivu.exchange.exports import FORMATS, export_file

from ._common import find_province, find_spec


class Command(BaseCommand):
    help = "Xuất các bản ghi của một loại hồ sơ của một tỉnh, thành phố ra tệp .xlsx hoặc .csv."

    def add_arguments(self, parser):
        parser.add_argument("type", help="Loại hồ sơ, ví dụ partners.partner hoặc partner.")
        parser.add_argument("--province", required=True, help="Tên tỉnh, thành phố, ví dụ \"Hà Tĩnh\".")
        parser.add_argument("--output", required=True, type=Path, help="Tệp kết quả: .xlsx hoặc .csv.")
        parser.add_argument("--filter", action="append", default=[], metavar="TÊN=GIÁ_TRỊ",
                            help="Bộ lọc như trên trang danh sách, ví dụ --filter q=ADB (lặp lại được).")

    def handle(self, *args, type, province, output, filter, **options):
        fmt = output.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            raise CommandError(f"Định dạng “{output.suffix}” không được hỗ trợ; dùng .xlsx hoặc .csv.")
        params = {}
        for item in filter:
            name, _, value = item.partition("=")
            params.setdefault(name, []).append(value)
        spec = find_spec(type)
        result = export_file(spec, user=unit_reader(find_province(province)), fmt=fmt, params=params)
        output.write_bytes(result.content)
        self.stdout.write(f"{output}: {result.rows} bản ghi {spec.label}.")
