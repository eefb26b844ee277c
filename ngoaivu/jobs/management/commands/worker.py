"""`ngoaivu worker`: the background worker, with the limits of settings (ADR 0006)."""
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Chạy tiến trình xử lý công việc nền (Celery worker) với các giới hạn thời gian và bộ nhớ."

    def add_arguments(self, parser):
        parser.add_argument("--beat", action="store_true",
                            help="Cũng chạy lịch công việc định kỳ (một máy chủ duy nhất, như bản demo).")
        parser.add_argument("--concurrency", type=int, default=settings.NGOAIVU_WORKER_CONCURRENCY)
        parser.add_argument("--loglevel", default="INFO")

    def handle(self, *args, beat, concurrency, loglevel, **options):
        from config.celery import app

        argv = [
            "worker", f"--loglevel={loglevel}", "--pool=prefork", f"--concurrency={concurrency}",
            # Replace a process that grew past this after its job (KiB), and after 50 jobs anyway.
            f"--max-memory-per-child={settings.NGOAIVU_WORKER_MAX_MEMORY_MB * 1024}", "--max-tasks-per-child=50",
            "--without-gossip", "--without-mingle",
        ]
        if beat:
            argv.append("--beat")
        app.worker_main(argv)
