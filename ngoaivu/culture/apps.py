from django.apps import AppConfig


class CultureConfig(AppConfig):
    name = "ngoaivu.culture"
    label = "culture"
