from django.core.management.base import BaseCommand

from ngoaivu.jobs.services import jobs_purge


class Command(BaseCommand):
    help = "Xóa các công việc nền đã kết thúc quá N ngày cùng tệp kết quả của chúng."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30)

    def handle(self, *args, days, **options):
        self.stdout.write(f"Đã xóa {jobs_purge(older_than_days=days)} công việc.")
