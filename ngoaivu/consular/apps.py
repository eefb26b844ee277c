from django.apps import AppConfig


class ConsularConfig(AppConfig):
    name = "ngoaivu.consular"
    label = "consular"
