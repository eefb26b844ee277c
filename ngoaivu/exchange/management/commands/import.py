"""`ngoaivu import TYPE f.xlsx --user NAME [--dry-run]`: check, then write, a sheet of one record type."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ngoaivu.exchange.models import ImportMode

from ._common import find_spec, find_user


class Command(BaseCommand):
    help = ("Nhập một loại hồ sơ từ tệp .xlsx hoặc .csv: kiểm tra mọi dòng, rồi ghi qua các dịch vụ của loại hồ sơ "
            "(ghi nhật ký với kênh “import”, hoàn tác được trên trang lượt nhập). Chạy đồng bộ.")

    def add_arguments(self, parser):
        parser.add_argument("type", help="Loại hồ sơ, ví dụ partners.partner hoặc partner.")
        parser.add_argument("file", type=Path)
        parser.add_argument("--user", required=True, help="Tên đăng nhập của người nhập (quyền và nhật ký theo người này).")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra, không ghi.")
        parser.add_argument("--all-or-nothing", action="store_true", help="Không ghi gì nếu có dòng lỗi.")

    def handle(self, *args, type, file, user, dry_run, all_or_nothing, **options):
        from ngoaivu.exchange.services import import_confirm, import_preview

        if not file.is_file():
            raise CommandError(f"Không có tệp {file}.")
        spec, actor = find_spec(type), find_user(user)
        mode = ImportMode.ALL_OR_NOTHING if all_or_nothing else ImportMode.VALID_ROWS
        batch = import_preview(spec, user=actor, file_name=file.name, content=file.read_bytes(), mode=mode)
        if not dry_run and not batch.report["file_errors"]:
            batch = import_confirm(batch, user=actor)
        report = batch.report
        for error in report["file_errors"]:
            self.stderr.write(error)
        for row in report["rows"]:
            for error in row["errors"]:
                self.stderr.write(error)
        counts = report.get("counts", {})
        verb = "Kiểm tra (chưa ghi)" if dry_run else ("Đã ghi" if report.get("written") else "Không ghi")
        self.stdout.write(f"{verb} — lượt nhập #{batch.pk}: thêm {counts.get('create', 0)}, sửa {counts.get('update', 0)}, "
                          f"không đổi {counts.get('unchanged', 0)}, lỗi {counts.get('error', 0)}.")
        if report["file_errors"] or (counts.get("error") and (dry_run or all_or_nothing)):
            raise CommandError("Tệp có lỗi.")
