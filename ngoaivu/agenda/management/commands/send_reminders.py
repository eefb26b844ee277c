from django.core.management.base import BaseCommand

from ngoaivu.agenda.services import send_reminders


class Command(BaseCommand):
    help = ("Gửi thư nhắc các hạn sắp đến (trong N ngày tới) và các việc quá hạn; mỗi việc chỉ nhắc một lần. "
            "Chạy hằng ngày, ví dụ cron: 30 6 * * * ngoaivu send_reminders")

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Nhắc trước bao nhiêu ngày (mặc định theo cấu hình).")

    def handle(self, *args, days=None, **options):
        counts = send_reminders(days_before=days)
        self.stdout.write(f"Đã gửi {counts['mails']} thư: {counts['due']} việc sắp đến hạn, "
                          f"{counts['overdue']} việc quá hạn.")
