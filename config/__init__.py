# The Celery app is loaded with Django so that tasks bind to it (config/celery.py).
from config.celery import app as celery_app

__all__ = ["celery_app"]
