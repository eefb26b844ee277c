from django.apps import AppConfig


class AidConfig(AppConfig):
    name = "ngoaivu.aid"
    label = "aid"
