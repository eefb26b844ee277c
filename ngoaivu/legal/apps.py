from django.apps import AppConfig


class LegalConfig(AppConfig):
    name = "ngoaivu.legal"
    label = "legal"
