from django.apps import AppConfig


class ConferencesConfig(AppConfig):
    name = "ngoaivu.conferences"
    label = "conferences"
