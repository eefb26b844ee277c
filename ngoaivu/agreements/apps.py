from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "ngoaivu.agreements"
    label = "agreements"
