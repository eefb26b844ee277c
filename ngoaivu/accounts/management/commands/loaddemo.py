from django.core.management.base import BaseCommand

from ngoaivu.accounts.demo import DEMO_PASSWORD, demo_loaded, demo_logins, load_demo


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu: năm tỉnh của các bài báo mẫu, người dùng theo vai trò và hồ sơ đối ngoại."

    def handle(self, *args, **options):
        if demo_loaded():
            self.stdout.write("Dữ liệu mẫu đã có sẵn; không tạo lại.")
        else:
            load_demo()
            self.stdout.write(self.style.SUCCESS("Đã tạo dữ liệu mẫu."))
        self.stdout.write(f"Tài khoản mẫu (mật khẩu chung: {DEMO_PASSWORD}):")
        for username, description in demo_logins():
            self.stdout.write(f"  {username:24} {description}")
