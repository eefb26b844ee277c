from django.core.management.base import BaseCommand

from ngoaivu.ingest.services import facts_attach_pending


class Command(BaseCommand):
    help = "Đưa các dữ kiện đã chấp nhận nhưng còn chờ (loại hồ sơ chưa có khi duyệt) vào hồ sơ."

    def handle(self, *args, **options):
        self.stdout.write(f"Đã đưa {facts_attach_pending()} dữ kiện vào hồ sơ.")
