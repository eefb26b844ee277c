from django.apps import AppConfig


class DelegationsConfig(AppConfig):
    name = "ngoaivu.delegations"
    label = "delegations"
