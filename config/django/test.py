"""Test settings: fast hashing, in-memory media, same database selection as base."""
from config.django.base import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Jobs run in-process, at once (ngoaivu.jobs.services.start_job): no broker, no worker.
CELERY_TASK_ALWAYS_EAGER = True
