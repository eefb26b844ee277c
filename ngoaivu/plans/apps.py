from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "ngoaivu.plans"
    label = "plans"
