from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "ngoaivu.core"
    label = "core"
    verbose_name = _("Lõi hệ thống")

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from ngoaivu.core import pgtimes
        from ngoaivu.core.collation import install_sqlite_collation
        from ngoaivu.core.search_indexes import after_migrate
        from ngoaivu.core.statements import split_once

        connection_created.connect(install_sqlite_collation, dispatch_uid="ngoaivu-vi-collation")
        connection_created.connect(pgtimes.install, dispatch_uid="ngoaivu-pg-timestamps")
        post_migrate.connect(after_migrate, dispatch_uid="ngoaivu-search-trgm")
        split_once()
