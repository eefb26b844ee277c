"""`ngoaivu renew_stamps`: install the record stamps' triggers again and give every unit a new
stamp, so that no figure kept in the cache is read again (ADR 0026). Needed only after writes
made with the triggers switched off (`pg_restore --disable-triggers`,
`session_replication_role = replica`); `migrate` does the same by itself."""
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS

from ngoaivu.indicators import stamps


class Command(BaseCommand):
    help = "Cài lại trigger dấu thay đổi và làm mới mọi dấu: số liệu giữ trong bộ nhớ đệm được tính lại."

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, database=DEFAULT_DB_ALIAS, **options):
        stamps.install(database)
        self.stdout.write(f"{len(stamps.installed_tables(database))} bảng có trigger; mọi dấu đã làm mới.")
