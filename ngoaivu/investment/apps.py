from django.apps import AppConfig


class InvestmentConfig(AppConfig):
    name = "ngoaivu.investment"
    label = "investment"
