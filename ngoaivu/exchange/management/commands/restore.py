"""`ngoaivu restore f.zip`: load a backup into an empty, migrated database."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ngoaivu.exchange.backup import BackupError, restore


class Command(BaseCommand):
    help = "Khôi phục bản sao lưu vào cơ sở dữ liệu trống (đã chạy ngoaivu migrate) và thư mục tệp đính kèm."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        if not file.is_file():
            raise CommandError(f"Không có tệp {file}.")
        try:
            manifest = restore(file)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Đã khôi phục {sum(manifest['rows'].values())} dòng dữ liệu "
                          f"(sao lưu lúc {manifest['created']}, từ {manifest['database']}).")
