"""Test settings: fast hashing, in-memory media, same database selection as base."""
import os

from config.django.base import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Jobs run in-process, at once (ngoaivu.jobs.services.start_job): no broker, no worker.
CELERY_TASK_ALWAYS_EAGER = True

# The suite writes far faster than a person: no API rate limit unless a test sets one
# (ngoaivu/accounts/tests/test_doors.py), since the cache outlives each test's transaction.
NGOAIVU_API_THROTTLE_RATES = {"token": None, "write": None, "form": None}

# Every use of a kept statement (ngoaivu.core.statements.kept_rows) also compiles its queryset
# afresh and fails when the SQL differs: a statement key that misses something shows in the suite.
NGOAIVU_CHECK_KEPT_STATEMENTS = True

# The figures' grouped reads are not kept by default in the suite (ADR 0026): its tests count a
# cold read's statements. ngoaivu/indicators/tests/test_stamps.py keeps them and compares them
# with the live reads after writes of every kind; NGOAIVU_TEST_FIGURES_CACHE=figures keeps them
# in the whole suite.
NGOAIVU_FIGURES_CACHE = os.environ.get("NGOAIVU_TEST_FIGURES_CACHE", "")

# The suite needs no durability: PostgreSQL acknowledges its commits without waiting for the disk (on a slow disk the
# suite's PostgreSQL phase was most of CI's half hour).
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
