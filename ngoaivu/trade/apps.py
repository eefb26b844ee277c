from django.apps import AppConfig


class TradeConfig(AppConfig):
    name = "ngoaivu.trade"
    label = "trade"
