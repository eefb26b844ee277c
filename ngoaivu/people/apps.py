from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    """The pages and API of the people using ngoaivu: login, profile, API keys, a province's
    users and settings. Above ui and api, which they are built on; the users, roles and
    keys themselves are ngoaivu.accounts', below every record."""

    name = "ngoaivu.people"
    label = "people"
    verbose_name = _("Trang người dùng")
