from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "ngoaivu.indicators"
    label = "indicators"
