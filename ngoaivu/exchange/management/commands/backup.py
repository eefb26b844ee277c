"""`ngoaivu backup --output f.zip`: every row and uploaded file, with a manifest of checksums."""
from pathlib import Path

from django.core.management.base import BaseCommand

from ngoaivu.exchange.backup import backup


class Command(BaseCommand):
    help = "Sao lưu toàn bộ dữ liệu (hồ sơ, lịch sử, nhật ký, cấu hình, người dùng) và tệp đính kèm ra một tệp .zip."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, type=Path)

    def handle(self, *args, output, **options):
        manifest = backup(output)
        rows = sum(manifest["rows"].values())
        media = sum(1 for name in manifest["files"] if name.startswith("media/"))
        self.stdout.write(f"{output}: {rows} dòng dữ liệu, {media} tệp đính kèm.")
